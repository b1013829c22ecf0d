"""A capital named by its role, not its name: "in the capital", "in the Libyan capital",
"outside the capital" is that country's capital city (the events stage's fallback when
`geo.event_location` finds no toponym for the event: span-based event-location scoring counts
no role name as a place, so geo's own choice stays with toponyms). The country is the
nationality word or the "of X" name on "capital"; with neither, the country the document's
places name most often. "The state capital" is the most populous town the document names in
the province its places name most often (`area_capital`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from ..language import span_root
from ..records import Analysis, Place, Span
from .place_parse import WHERE_PREPS, _inherited, _path, _prep_of

COUNTRY_PRECISIONS = ("country", "region")


def _country_named_on(analysis: Analysis, cap: Any) -> str | None:
    """The country a nationality word ("the Libyan capital") or an "of X" phrase ("the
    capital of Mali") on the noun `cap` names."""
    words = [c for c in cap.children if c.dep_ in ("amod", "compound", "nmod")]
    words += [g for c in cap.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    for w in words:
        for t in analysis.toponyms or []:
            if t.span.start <= w.idx < t.span.end and t.place is not None \
                    and t.place.precision in COUNTRY_PRECISIONS and t.place.country \
                    and not t.place.admin1:
                return t.place.country
    return None


def story_country(analysis: Analysis) -> str | None:
    """The country the document's resolved places name most often (the first on a tie)."""
    countries = [t.place.country for t in analysis.toponyms or []
                 if t.place is not None and t.place.country]
    return max(countries, key=countries.count) if countries else None


def capital_place(analysis: Analysis, trigger: Span, gazetteer: Any) -> Place | None:
    """The capital city the event's own locative phrase names by its role ("clashes broke
    out in the Libyan capital", "arrested ... in the capital"), with the phrase as evidence;
    None when the phrase names the capital of no country the text tells."""
    doc = analysis.doc
    trig = span_root(doc, trigger.start, trigger.end) if doc is not None else None
    if trig is None or gazetteer is None:
        return None
    for tok in trig.sent:
        if tok.lemma_.lower() != "capital" or tok.pos_ != "NOUN" or tok.dep_ != "pobj":
            continue
        path = _path(tok, trig)
        if _prep_of(tok, trig) not in WHERE_PREPS or not (
                (path is not None and not path[1]) or _inherited(tok, trig)):
            continue  # the event's own phrase, or its governing clause's ("clashes broke out
            # between groups in the capital")
        named = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "prep")
                 and c.lower_ not in ("the",)]
        country = _country_named_on(analysis, tok)
        if country is None and any(c.lower_ in AREA_CAPITAL_WORDS for c in named):
            seat = area_capital(analysis, gazetteer)
            if seat is not None:
                first = min([tok] + [c for c in tok.lefts], key=lambda t: t.i)
                return replace(seat, evidence=(analysis.document.span(
                    first.idx, tok.idx + len(tok.text)),))
            continue
        if country is None and named:
            continue  # "the regional capital", "the provincial capital": another capital
        country = country or story_country(analysis)
        entry = gazetteer.capital(country) if country else None
        if entry is None:
            continue
        first = min([tok] + [c for c in tok.lefts], key=lambda t: t.i)
        evidence = analysis.document.span(first.idx, tok.idx + len(tok.text))
        return Place(name=entry.name, country=entry.country, precision="city",
                     geonameid=entry.geonameid if entry.geonameid > 0 else None,
                     admin1=entry.admin1_name, lat=entry.lat, lon=entry.lon,
                     feature_code=entry.feature_code, evidence=(evidence,))
    return None


# "the state capital", "the provincial capital": the seat of the province the story is in
AREA_CAPITAL_WORDS = frozenset("state provincial regional province region".split())


def area_capital(analysis: Analysis, gazetteer: Any) -> Place | None:
    """The town a province's capital named by its role most likely is: of the towns the
    document names in the province its places name most often, the most populous (the
    gazetteer marks no province seats; a story names the seat it calls "the state capital"
    elsewhere, often in its dateline)."""
    towns = [t.place for t in analysis.toponyms or [] if t.place is not None
             and t.place.geonameid and t.place.country and t.place.admin1]
    areas = Counter((p.country, p.admin1) for p in towns)
    if not areas:
        return None
    (country, admin1), _ = areas.most_common(1)[0]
    best, pop = None, -1
    for p in towns:
        if (p.country, p.admin1) != (country, admin1) or p.precision != "city":
            continue
        e = gazetteer.get(p.geonameid)
        if e is not None and e.population > pop:
            best, pop = p, e.population
    return best
