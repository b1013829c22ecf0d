"""Places: an offline GeoNames gazetteer, toponym recognition and resolution, event location.

Public API (see docs/CONTRACTS.md):
- `default_gazetteer() -> Gazetteer` (built on first use, cached per process)
- `find_toponyms(text, doc, gazetteer=None, document_id=None) -> list[Toponym]`
- `resolve_spans(text, spans, gazetteer=None, document_id=None) -> list[Toponym]`
- `event_location(analysis, trigger, sentence) -> Place | None`
"""

from __future__ import annotations

from typing import Any

from ..records import Toponym
from .event_location import event_location
from .gazetteer import Entry, Gazetteer, default_gazetteer
from .recognize import Mention, find_mentions, modifier_before
from .resolve import resolve_mentions


def find_toponyms(text: str, doc: Any, gazetteer: Gazetteer | None = None,
                  document_id: str | None = None) -> list[Toponym]:
    """Recognise the place names in `text` (doc: a spaCy Doc over it) and resolve them."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    mentions = find_mentions(text, doc, gaz)
    return resolve_mentions(text, mentions, gaz, document_id=document_id)


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer | None = None,
                  document_id: str | None = None) -> list[Toponym]:
    """Resolve given place-name spans (e.g. gold spans) together, as one document's context."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    mentions = [Mention(s, e, modifier_before(text, s), "given") for s, e in sorted(spans)]
    return resolve_mentions(text, mentions, gaz, document_id=document_id)


__all__ = sorted([
    "Entry", "Gazetteer", "default_gazetteer", "event_location", "find_toponyms",
    "resolve_spans",
])
