"""Divisions named after their two main towns ("the Baalbek-Hermel governorate", "Ruritania's
Northa-Southa province"): the tokenizer splits the pair at the hyphen and each half resolves to
its own town, so an event "in the town of X in the A-B governorate" looked as if it were in A.
Where the text writes the pair before a division noun and both halves are towns of one
first-level division, the pair names that division (as written), wherever the text writes it
(a headline's "A-B raid" too).
"""

from __future__ import annotations

import re

from ..records import Place, Span, Toponym
from .gazetteer import Entry, Gazetteer

_PART = r"[A-Z][\w'’]+"
DIVISION_NOUNS = ("governorate", "province", "region", "state", "department", "prefecture",
                  "division", "oblast")
_PAIR = re.compile(r"\b(" + _PART + r")-(" + _PART + r")\s+(?:" + "|".join(DIVISION_NOUNS)
                   + r")s?\b")


def _division(gaz: Gazetteer, first: str, second: str) -> Entry | None:
    """The one first-level division both halves lie in (towns or the division itself)."""
    def areas(name: str) -> set[tuple[str, str]]:
        return {(e.country, e.admin1_code) for e in gaz.lookup(name)
                if e.country and e.admin1_code and e.feature_class in ("P", "A")}
    common = areas(first) & areas(second)
    if len(common) != 1:
        return None
    country, code = next(iter(common))
    return gaz.admin1(country, code)


def paired_divisions(text: str, toponyms: list[Toponym], gaz: Gazetteer,
                     document_id: str | None = None) -> list[Toponym]:
    """`toponyms` with each written pair of a division named after two towns as one toponym
    of that division (its halves' toponyms give way)."""
    named: dict[str, Entry] = {}
    for m in _PAIR.finditer(text):
        if gaz.has_name(f"{m.group(1)}-{m.group(2)}"):
            continue  # a name the gazetteer knows whole ("Sistan-Baluchestan")
        area = _division(gaz, m.group(1), m.group(2))
        if area is not None:
            named[f"{m.group(1)}-{m.group(2)}"] = area
    if not named:
        return toponyms
    spans: list[tuple[int, int, Entry]] = []
    for written, area in named.items():
        for m in re.finditer(r"(?<![\w-])" + re.escape(written) + r"(?![\w-])", text):
            spans.append((m.start(), m.end(), area))
    kept = [t for t in toponyms if not any(a <= t.span.start and t.span.end <= b
                                            for a, b, _ in spans)]
    added = []
    for a, b, area in spans:
        span = Span(a, b, text[a:b], document_id)
        place = Place(name=text[a:b], country=area.country, precision="admin1",
                      geonameid=area.geonameid, admin1=area.admin1_name or area.name,
                      lat=area.lat, lon=area.lon, feature_code="ADM1", evidence=(span,))
        added.append(Toponym(span=span, place=place, score=0.9))
    return sorted(kept + added, key=lambda t: t.span.start)
