""""The Malian town of X", "the Myanmar village of X": the country the text writes before a
town's place noun holds that town, so a namesake abroad is no reading of it ("Boni", the
central Malian town, is not Bonn by one of Bonn's other names)."""

from __future__ import annotations

import re

from .gazetteer import Entry, Gazetteer
from .namesakes import COUNTRY_CODES

# "the central Malian town of ", "the northern Nigerian village of ", "the Syrian city of "
_COUNTRY_NOUN_OF = re.compile(
    r"\bthe\s+(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+|(?:remote|small|tiny|restive|border|coastal)\s+)*"
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:town|village|city|hamlet|settlement|port)\s+of\s+$")


def told_country(text: str, start: int, gaz: Gazetteer) -> str | None:
    """The country code of the country (or its people's adjective) written before the place
    noun of the name at `start` ("the central Malian town of |X"), else None."""
    m = _COUNTRY_NOUN_OF.search(text, max(0, start - 80), start)
    if m is None:
        return None
    codes = {e.country for e in gaz.lookup(m.group(1))
             if e.feature_code in COUNTRY_CODES and e.country}
    return codes.pop() if len(codes) == 1 else None


def in_told_country(text: str, start: int, gaz: Gazetteer,
                    candidates: list[tuple[Entry, float]]) -> list[tuple[Entry, float]]:
    """The readings of the name at `start` in the country written before its place noun
    (none when it has none there: a town the gazetteer lacks); all of them when no country
    is written."""
    code = told_country(text, start, gaz)
    if code is None:
        return candidates
    return [(e, p) for e, p in candidates if e.country == code]
