"""An event with no place in its sentence that its subject spreads over a whole country
("the country carried out raids nationwide", "police across the country"): that country, at
country precision (`nationwide_place`, the fallback of `geo.event_location`).
"""

from __future__ import annotations

from typing import Any

from ..language import span_root
from ..records import Analysis, Place, Span
from .place_parse import CLAUSE_DEPS

NATIONWIDE = frozenset(("nationwide", "countrywide", "country-wide", "nation-wide"))
NATION_NOUNS = frozenset(("country", "nation"))
SPREAD_PREPS = frozenset(("across", "throughout", "around", "over"))


def _same_clause(tok: Any, head: Any) -> bool:
    """tok hangs under head without passing through another verb's clause."""
    cur = tok
    while cur.i != head.i:
        if cur.dep_ in CLAUSE_DEPS or (cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX")):
            return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _nationwide(trig: Any) -> Any | None:
    """The word that spreads the event over a whole country ("nationwide", "across the
    country", "throughout the nation") in the trigger's own clause, or None."""
    head = trig
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    for tok in head.subtree:
        if not _same_clause(tok, head):
            continue
        if tok.lower_ in NATIONWIDE:
            return tok
        if (tok.lower_ in NATION_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in SPREAD_PREPS
                and any(c.lower_ == "the" for c in tok.children)):
            return tok
    return None


def _acting_country(analysis: Analysis, trig: Any) -> tuple[str, Span] | None:
    """The country (ISO 3166-1 alpha-2) of the clause's subject ("the country" linked to
    Syria, "Syrian police") with the span that says so."""
    head = trig
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    for subj in head.children:
        if subj.dep_ not in ("nsubj", "nsubjpass"):
            continue
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        for m in analysis.mentions or []:
            if lo <= m.span.start and m.span.end <= hi and m.entity.country:
                import pycountry

                c = pycountry.countries.get(alpha_3=m.entity.country)
                if c is not None:
                    return c.alpha_2, m.span
        for t in analysis.toponyms or []:
            if lo <= t.span.start and t.span.end <= hi and t.place is not None and \
                    t.place.precision == "country" and t.place.country:
                return t.place.country, t.span
    return None


def nationwide_place(analysis: Analysis, trigger: Span, gazetteer: Any) -> Place | None:
    """Fallback when the sentence names no place for the event but spreads it over a whole
    country ("the country carried out raids nationwide"): that country, at country
    precision, with the spreading word and the span naming the country as evidence. None
    when the subject names no country (no guess from the document's focus)."""
    doc = analysis.doc
    trig = span_root(doc, trigger.start, trigger.end) if doc is not None else None
    if trig is None:
        return None
    word = _nationwide(trig)
    if word is None:
        return None
    found = _acting_country(analysis, trig)
    if found is None or gazetteer is None:
        return None
    code, named = found
    entry = gazetteer.country(code)
    if entry is None:
        return None
    # "nationwide", or the whole "across the country"
    start = word.head.idx if word.lower_ in NATION_NOUNS else word.idx
    mark = analysis.document.span(start, word.idx + len(word.text))
    return Place(name=entry.name, country=entry.country, precision="country",
                 geonameid=entry.geonameid if entry.geonameid > 0 else None,
                 lat=entry.lat, lon=entry.lon, feature_code=entry.feature_code,
                 evidence=(mark, named))
