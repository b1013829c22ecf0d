"""Where an unknown name lies: the area written beside it, and which towns are no focus.

An unknown name (a village, a district the gazetteer lacks) with a containing area in its
own phrase ("X village of Y district, Z province") lies in that area, not at the document's
focus. A town named only in an upper-case dateline ("KABUL, Afghanistan (Jan. 25) -") is
where the report was filed; when the text names areas of the same country outside it, the
story is elsewhere and the dateline town is not the focus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from .gazetteer import Entry


class _HasSpan(Protocol):
    start: int
    end: int
    containers: list[int]


# what follows a dateline town: ", Country", " (date)", " -", " —"
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—:])")


def container_entry(items: list, chosen: list[tuple[Entry | None, float]],
                    it: _HasSpan) -> Entry | None:
    """The resolved area that contains an unknown name in the text ("X village of Y
    district, Z province"), following unresolved containers outward; None if none."""
    todo = list(it.containers)
    for j in todo:  # containers lie after their names: no cycles, a short chain
        if chosen[j][0] is not None:
            # "X in Somalia's Gedo region": the country's possessive opens the area that holds X
            owned = next((chosen[k][0] for k, o in enumerate(items)
                          if getattr(o, "possessor", None) == j and chosen[k][0] is not None
                          and chosen[k][0].feature_code in ("ADM1", "ADM2")
                          and chosen[k][0].country == chosen[j][0].country), None) \
                if chosen[j][0].feature_code in ("PCLI", "PCLD", "PCLS") else None
            return owned or chosen[j][0]
        todo += items[j].containers if len(todo) < 8 else []
    return None


def dateline_towns(text: str, items: list, chosen: list[tuple[Entry | None, float]]) -> set[int]:
    """Towns named only in an upper-case dateline while the text resolves places of the
    same country in another admin1 ("KABUL, Afghanistan" over a story in Ghazni)."""
    dateline: dict[int, Entry] = {}
    other: list[Entry] = []
    for it, (e, _) in zip(items, chosen):
        if e is None:
            continue
        surface = text[it.start:it.end]
        if e.feature_class == "P" and len(surface) >= 4 and surface.isupper() \
                and _DATELINE_AFTER.match(text, it.end):
            dateline[e.geonameid] = e
        else:
            other.append(e)
    seen = {e.geonameid for e in other}
    return {g for g, e in dateline.items() if g not in seen and any(
        o.country == e.country and o.admin1_code and o.admin1_code != e.admin1_code
        and (o.feature_class == "P" or o.feature_code in ("ADM1", "ADM2"))
        for o in other)}


# a sentence's end: ". ", "! ", "? " before a capital, or a paragraph break
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])|\n\s*\n")


def sentence_area(text: str, items: list, chosen: list[tuple[Entry | None, float]],
                  index: int, focus: Entry | None) -> Entry | None:
    """An unknown name whose own sentence names, before it, a known area of another country
    than the document's focus ("DOHA - ... Fighting went on in Darfur, where fighters attacked
    the town of X"): the name lies in that area, not at the focus (a dateline abroad)."""
    if focus is None or not focus.country:
        return None
    start = items[index].start
    if _WATERS.search(text, start, items[index].end):
        return None  # "the seabed of the Gulf of X": a sea lies in no country
    stops = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    opening = stops[-1] if stops else 0
    for j in range(index - 1, -1, -1):
        it, (e, _) = items[j], chosen[j]
        if it.end <= opening:
            break
        if e is None or it.context_only or not e.country:
            continue
        return e if abroad_scene(text, opening, it.start, it.end, e.country, focus.country, (
            e.feature_class == "A" or e.precision in ("country", "region", "admin1", "admin2")
        )) else None
    return None


def abroad_scene(text: str, opening: int, start: int, end: int, country: str,
                 focus_country: str, area: bool) -> bool:
    """The nearest known name before an unknown one in its sentence (text[start:end], of
    `country`; `area`: a country, region or division) is an area of another country than the
    document's focus that sets the sentence's scene ("DOHA - ... Fighting went on in Darfur,
    where gunmen attacked the village of X"): X lies there. Shared by `sentence_area` (over
    the gazetteer's entries) and `missed_names` (over toponyms)."""
    return country != focus_country and area and sets_scene(text, opening, start, end)


# a compass part of an area: "northern", "far north-east", "central" (lower case; the
# patterns that use it say whether case matters)
COMPASS_PART = r"(?:far\s+)?(?:(?:north|south)-?(?:east|west)?|east|west|central)(?:ern)?"
# "in Darfur", "in eastern": the area a sentence's action is set in
AREA_IN = re.compile(r"\b[Ii]n\s+(?:the\s+)?(?:" + COMPASS_PART + r"\s+)?$")
_WHERE_AFTER = re.compile(r"\s*(?:region|province|state|county|district)?\s*,\s*where\b", re.I)


def sets_scene(text: str, opening: int, start: int, end: int) -> bool:
    """The area at text[start:end] sets the scene of what its sentence tells after it: "in
    Darfur, where gunmen ...", or a sentence that opens "In Darfur, ..."."""
    if not AREA_IN.search(text[max(opening, start - 30):start]):
        return False
    return bool(_WHERE_AFTER.match(text, end)) or (
        not text[opening:start].strip()[2:].strip(" ,") and text[end:end + 2].startswith(","))
_WATERS = re.compile(r"\b(?:gulf|sea|strait|straits|bay|ocean|river|lake|channel)\b", re.I)


# ", about 300 km northeast of Y": how far and which way a name lies from a known place
DISTANCE_FROM = re.compile(
    r",\s*(?:(?:about|some|around|roughly|nearly|almost|just|over|more\s+than|less\s+than)\s+)?"
    r"[\d,.]+\s*(?:-\s*)?(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:\([^)]*\)\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west)\s+)?(?:of|from)\s+(?:the\s+)?",
    re.IGNORECASE)


def distance_ref_start(text: str, end: int) -> int | None:
    """Where the known place starts that a name ending at `end` is told to lie some distance
    from ("in X, about 300 km northeast of Y": Y's start), else None."""
    m = DISTANCE_FROM.match(text, end)
    return None if m is None else m.end()


def distance_reference(text: str, items: list, chosen: list[tuple[Entry | None, float]],
                       it: _HasSpan) -> Entry | None:
    """The known place an unknown name is told to lie some distance from ("in X, about 300
    km northeast of Y"): the name is in Y's country, not at the document's focus."""
    return distance_place(text, it.end, ((o.start, e) for o, (e, _) in zip(items, chosen)))


_Known = TypeVar("_Known", bound="_HasCountry")


class _HasCountry(Protocol):
    @property
    def country(self) -> str | None: ...


def distance_place(text: str, end: int, known: Iterable[tuple[int, _Known | None]]
                   ) -> _Known | None:
    """Of `known` (where each known place starts, and the place: a gazetteer entry or a
    resolved place), the one a name ending at `end` is told to lie some distance from, with
    a country; None if the text tells no distance or the place is not known."""
    ref = distance_ref_start(text, end)
    if ref is None:
        return None
    return next((p for start, p in known if start == ref and p is not None and p.country), None)
