"""Two readings of a name that the words around it settle without other context.

- A dateline ("LA PAZ (Reuters) -", "TRIPOLI, Libya -") names the city the report was filed
  from: a city of its name (100,000+ people) is meant over a small admin area of it (La Paz
  department, El Salvador, for the Bolivian seat of government).
- A country's name is the country, not another country's province or district of the same
  name ("Luxembourg" in a story that also names Brussels is the Grand Duchy, not Belgium's
  Luxembourg province), unless the text ties the name to the area: a place noun ("the
  province of Luxembourg", "Luxembourg province"), a possessor or container ("Belgium's
  Luxembourg"), another place named inside that area's admin1, or an area with more people
  than the country (the US state of Georgia).
"""

from __future__ import annotations

import re
from typing import Any

from .gazetteer import Entry, name_key

DATELINE_CITY_MIN_POP = 100_000
W_DATELINE_CITY = 6.0
COUNTRY_CODES = frozenset(("PCLI", "PCLD", "PCLS"))
# an upper-case name opening a line, then ", Country", " (Agency)", " -" or " —"
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—])")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def is_dateline(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is a dateline's: upper case, first on its line, followed by
    a comma, a parenthesis or a dash."""
    surface = text[start:end]
    return (len(surface) >= 4 and surface.isupper()
            and _LINE_START.search(text[max(0, start - 40):start]) is not None
            and _DATELINE_AFTER.match(text, end) is not None)


def dateline_city(candidates: list[tuple[Entry, float]]) -> list[tuple[Entry, float]]:
    """The candidates of a dateline's name with its cities of DATELINE_CITY_MIN_POP+ raised
    by W_DATELINE_CITY (a dateline names a city, not a province), best first."""
    if not any(e.feature_class == "P" and e.population >= DATELINE_CITY_MIN_POP
               for e, _ in candidates):
        return candidates
    return sorted([(e, p + (W_DATELINE_CITY if e.feature_class == "P"
                            and e.population >= DATELINE_CITY_MIN_POP else 0.0))
                   for e, p in candidates], key=lambda x: -x[1])


def country_over_namesake(it: Any, e: Entry, pr: float, dist: list[tuple[Entry, float]],
                          name: str, admin1_support: dict[tuple, float]
                          ) -> tuple[Entry, float]:
    """The country of the name `name` instead of the province or district `e` of another
    country that bears it, when nothing in the text ties the name to that area (see the
    module's note); (e, pr) unchanged otherwise."""
    if e.feature_code not in ("ADM1", "ADM2") or it.containers or it.possessor is not None \
            or it.areas or it.admin1_noun or it.abbrev or "|" in it.key:
        return e, pr
    if admin1_support.get((e.country, e.admin1_code), 0.0) > 0.0:
        return e, pr
    for c, cp in dist:
        if c.feature_code in COUNTRY_CODES and c.country != e.country \
                and name_key(c.name) == name and c.population > e.population:
            return c, cp
    return e, pr
