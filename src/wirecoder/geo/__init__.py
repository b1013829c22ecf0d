"""Places: an offline GeoNames gazetteer, toponym recognition and resolution, event location.

Public API (see docs/CONTRACTS.md):
- `default_gazetteer() -> Gazetteer` (built on first use, cached per process)
- `find_toponyms(text, doc, gazetteer=None, document_id=None) -> list[Toponym]`
- `resolve_spans(text, spans, gazetteer=None, document_id=None) -> list[Toponym]`
- `event_location(analysis, trigger, sentence) -> Place | None`
"""

from __future__ import annotations

from typing import Any

from ..language import is_truecased
from ..records import Toponym
from .bearing_names import bearing_names
from .containment import haversine_km
from .event_location import event_location
from .gazetteer import Entry, Gazetteer, default_gazetteer
from .hyphenated import hyphenated_names
from .org_acronym import inside_acronym_name
from .paired_divisions import paired_divisions
from .particle_names import area_in_entity, particle_names, split_names
from .recognize import Mention, find_mentions, local_mentions, modifier_before
from .resolve import resolve_mentions

LOCAL_KM = 60.0  # a missed small town must lie this close to a town the document names


def find_toponyms(text: str, doc: Any, gazetteer: Gazetteer | None = None,
                  document_id: str | None = None) -> list[Toponym]:
    """Recognise the place names in `text` (doc: a spaCy Doc over it) and resolve them."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    # Single-case text (all caps, all lower) was parsed from a truecased copy of the same
    # length: recognition reads capitals there; resolution cuts spans from the real text.
    seen = doc.text if is_truecased(doc) and len(doc.text) == len(text) else text
    mentions = hyphenated_names(seen, find_mentions(seen, doc, gaz), gaz)
    mentions = bearing_names(seen, mentions, gaz)
    mentions = area_in_entity(seen, doc, particle_names(seen, mentions, gaz), gaz)
    mentions = split_names(seen, mentions, gaz)  # "Banja" (GPE) "Luka" (PERSON)
    # "Islamic State Khorasan Province (ISKP)": a name inside an organisation's spelled name
    mentions = [m for m in mentions if not inside_acronym_name(seen, m.start, m.end)]
    toponyms = resolve_mentions(text, mentions, gaz, document_id=document_id)
    # second pass: smaller towns spaCy missed, in the area the resolved towns lie in
    anchors = [t.place for t in toponyms if t.place is not None and t.place.geonameid
               and t.place.precision in ("city", "admin2") and t.score >= 0.5]
    if anchors:
        def near(e: Entry) -> bool:
            return e.feature_class == "P" and any(
                haversine_km(e.lat, e.lon, a.lat, a.lon) <= LOCAL_KM for a in anchors
                if a.lat is not None and a.lon is not None)

        extra = local_mentions(seen, doc, gaz, mentions, near)
        if extra:
            toponyms = resolve_mentions(text, sorted(mentions + extra, key=lambda m: m.start),
                                        gaz, document_id=document_id)
    # "the Baalbek-Hermel governorate": a division named after two towns, not the first town
    return paired_divisions(text, toponyms, gaz, document_id=document_id)


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None,
                  document_id: str | None = None) -> list[Toponym]:
    """Resolve given place-name spans (e.g. gold spans) together, as one document's context."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    mentions = [Mention(s, e, modifier_before(text, s), "given") for s, e in sorted(spans)]
    return resolve_mentions(text, mentions, gaz, document_id=document_id)


__all__ = [
    "Entry",
    "Gazetteer",
    "default_gazetteer",
    "event_location",
    "find_toponyms",
    "resolve_spans",
]
