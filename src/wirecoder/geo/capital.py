"""A capital named by its role, not its name: "in the capital", "in the Libyan capital",
"outside the capital" is that country's capital city (the events stage's fallback when
`geo.event_location` finds no toponym for the event: span-based event-location scoring counts
no role name as a place, so geo's own choice stays with toponyms). The country is the
nationality word or the "of X" name on "capital"; with neither, the country the document's
places name most often."""

from __future__ import annotations

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
