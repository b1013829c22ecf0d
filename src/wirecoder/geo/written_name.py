"""A town's name as the text writes it: "Hodeidah", not GeoNames' "Al Ḩudaydah"; "Poonch",
not "Pūnch". The gazetteer's main name is a transliteration an English reader may not know;
the text's spelling is one the gazetteer lists for the same place (its id, coordinates and
admin area stay the gazetteer's), and is what the reader of the report searches for.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Place
from .gazetteer import Gazetteer, _latin, name_key
from .place_words import PLACE_NOUNS

TOWN_PRECISIONS = ("city", "point")
# a province or district is named as written too ("Daraa", not "Dar'a"; "Amhara", not
# "Amara"): readers use the report's spelling; its admin1 stays the gazetteer's
AREA_PRECISIONS = ("admin1", "admin2")


def as_written(place: Place | None, gazetteer: Gazetteer) -> Place | None:
    """`place` named as its evidence spells it, when that spelling is another name the
    gazetteer gives the same town or area (not only the accents: "Bogota" stays "Bogotá"); a
    dateline in capitals, a country or a phrase ("the Kenyan capital") keeps the gazetteer's."""
    if place is None or place.precision not in TOWN_PRECISIONS + AREA_PRECISIONS \
            or not place.evidence \
            or place.geonameid is None:
        return place
    surface = place.evidence[0].text.strip()
    words = surface.split()
    if place.precision in AREA_PRECISIONS and len(words) > 1 \
            and words[-1].lower() in PLACE_NOUNS:
        return place  # "Kech District", "Panjshir province": reports keep or drop the noun
    if not surface[:1].isupper() or surface.isupper() or not _latin(surface) \
            or name_key(surface) == name_key(place.name):
        return place
    if not any(e.geonameid == place.geonameid for e in gazetteer.lookup(surface)):
        return place
    if place.precision in TOWN_PRECISIONS \
            and name_key(place.name).startswith(name_key(surface) + " "):
        # "flew to Rio": a town's clipped name (Rio de Janeiro), not another spelling (an
        # area's drops its division word: "Beijing" for "Beijing Shi")
        return place
    return replace(place, name=surface)
