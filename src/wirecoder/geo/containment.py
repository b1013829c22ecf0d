"""Where places lie relative to each other: great-circle distance and whether one gazetteer
area contains a place (by its codes; a city a smaller one by distance). Moved out of
`resolve` (the same code)."""

from __future__ import annotations

import math

from .gazetteer import Entry, name_key


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def contains(outer: Entry, inner: Entry) -> bool:
    """Whether the area `outer` contains the place `inner` (by codes; cities by distance)."""
    if outer.geonameid == inner.geonameid or outer.country is None and outer.feature_code != "CONT":
        return False
    code = outer.feature_code
    if code == "CONT":
        return False
    if code in ("PCLI", "PCLD", "PCLS"):
        return inner.country == outer.country and inner.feature_code not in ("PCLI", "PCLD", "PCLS")
    if inner.country != outer.country:
        return False
    if code == "ADM1":
        return inner.admin1_code == outer.admin1_code and inner.feature_code != "ADM1"
    if code == "ADM2":
        return (inner.admin1_code == outer.admin1_code and inner.admin2_code == outer.admin2_code
                and inner.feature_class == "P")
    if outer.feature_class == "P" and inner.feature_class == "P":
        return outer.population > inner.population and haversine_km(
            outer.lat, outer.lon, inner.lat, inner.lon) < 40
    return False


# the division word a district's name may end in ("Mossurize District"; the gazetteer's
# second-level names end in "Prefecture" or "Department" in some countries, so these are
# not name_candidates._GENERIC's second-level words, which tell the level a text means)
DISTRICT_WORDS = frozenset("district municipality county prefecture department".split())


def district_key(name: str) -> str:
    """The name key of a district without its division word ("Balad District": "balad")."""
    words = name_key(name).split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in DISTRICT_WORDS else words)


def named_for_town(area: Entry, town: Entry) -> bool:
    """Whether the district `area` bears the name of the town `town` in the same province: a
    district is named for its seat, so the town lies in it even where the gazetteer links the
    town to no district or another one (a district with no town inside)."""
    return (area.feature_code == "ADM2" and town.feature_class == "P"
            and town.country == area.country and town.admin1_code == area.admin1_code
            and name_key(town.name) == district_key(area.name))
