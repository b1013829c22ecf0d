"""The frozen record types every stage passes along, and their JSON form (schema v1).

Every extracted value carries its evidence: one or more `Span`s whose `text` equals
`document.text[start:end]`. Stages never mutate a record; they build new ones.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA_VERSION = "1"
PIPELINE_VERSION = "0.22.0"  # the release: pyproject.toml reads it; bump it with every release

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)
QUANTITY_KINDS = (
    "killed", "injured", "arrested", "captured", "displaced", "destroyed", "seized", "other",
)
QUALIFIERS = ("exact", "at_least", "more_than", "about", "at_most", "less_than")
MODALITIES = ("asserted", "negated", "hypothetical", "future", "historical")
TIME_PRECISIONS = ("day", "week", "month", "year", "unknown")
PLACE_PRECISIONS = ("point", "city", "admin2", "admin1", "country", "region", "unknown")


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """A deterministic id: the same parts always give the same id."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:length]}"


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of a document; `text` equals the document text there."""

    start: int
    end: int
    text: str
    document_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.document_id is not None:
            out["document_id"] = self.document_id
        return out


@dataclass(frozen=True)
class Document:
    """One article as read by ingest. `published` is the metadata date, if any."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    publisher: str | None = None
    origin: str | None = None  # "path" or "path:row N": where ingest found it

    @staticmethod
    def make_id(text: str) -> str:
        """Documents with the same (whitespace-normalised) text get the same id."""
        return stable_id("doc", " ".join(text.split()))

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end], self.id)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "publisher": self.publisher,
            "origin": self.origin,
        }


@dataclass(frozen=True)
class Anchor:
    """The reference date that relative expressions resolve against, and where it came from."""

    date: date
    source: str  # e.g. "metadata", "--published", "weekday+date in text", "today"
    evidence: tuple[Span, ...] = ()

    def describe(self) -> str:
        return f"{self.date.isoformat()} ({self.source})"


@dataclass(frozen=True)
class Timex:
    """A TimeML TIMEX3 expression found in text, normalised against the anchor.

    `value` is the TIMEX3 value string ("2025-11-24", "P180D", "2025-W47", "PRESENT_REF",
    "XXXX-11-24" ...). `start`/`end` give the calendar interval a DATE covers (None for
    durations, sets and values that cannot be grounded); `precision` is one of
    TIME_PRECISIONS.
    """

    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: str
    start: date | None = None
    end: date | None = None
    precision: str = "unknown"
    mod: str | None = None  # TIMEX3 mod: BEFORE, AFTER, START, MID, END, APPROX ...


@dataclass(frozen=True)
class TimeSpan:
    """When an event happened: an interval with a precision, the words behind it and its anchor."""

    start: date | None
    end: date | None
    precision: str = "unknown"
    text: str | None = None
    anchor: str | None = None
    evidence: tuple[Span, ...] = ()
    fallback: str | None = None  # set when no time evidence: what the record fell back to

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "text": self.text,
            "anchor": self.anchor,
            "evidence": [s.to_json() for s in self.evidence],
        }
        if self.fallback:
            out["fallback"] = self.fallback
        return out


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (or a coarser area) with the precision the text supports."""

    name: str
    country: str | None  # ISO 3166-1 alpha-2
    precision: str = "unknown"
    geonameid: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature_code: str | None = None
    evidence: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "geonameid": self.geonameid,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "evidence": [s.to_json() for s in self.evidence],
        }


@dataclass(frozen=True)
class Toponym:
    """A place name in the text and what it resolved to (None: recognised, not resolved)."""

    span: Span
    place: Place | None
    score: float = 0.0
    modifier: str | None = None  # "southern", "near", "outskirts of" ...: narrows precision


@dataclass(frozen=True)
class Participant:
    """An actor, target, claimant or weapon as it appears in an event record."""

    name: str
    kb_id: str | None = None
    kind: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None
    mentions: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kb_id": self.kb_id,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "mentions": list(self.mentions),
            "evidence": [s.to_json() for s in self.evidence],
        }


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor, linked to an entity (`entity.kb_id` None: unknown)."""

    span: Span
    entity: Participant
    score: float = 1.0
    via: str = "alias"  # alias | demonym | title | acronym | coreference | ner


@dataclass(frozen=True)
class Quantity:
    kind: str
    value: float
    qualifier: str = "exact"
    object: str | None = None
    evidence: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "kind": self.kind,
            "value": value,
            "qualifier": self.qualifier,
            "object": self.object,
            "evidence": [s.to_json() for s in self.evidence],
        }


@dataclass(frozen=True)
class Claim:
    claimant: Participant
    verb: str | None = None
    date: date | None = None
    evidence: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "claimant": self.claimant.to_json(),
            "verb": self.verb,
            "date": self.date.isoformat() if self.date else None,
            "evidence": [s.to_json() for s in self.evidence],
        }


@dataclass(frozen=True)
class EventType:
    plover: str
    plover_mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    cameo: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "cameo": self.cameo,
        }


@dataclass(frozen=True)
class Source:
    document_id: str
    url: str | None = None
    publisher: str | None = None
    published: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "url": self.url,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True)
class Event:
    """One real-world event as a document reports it (schema v1)."""

    id: str
    document_id: str
    type: EventType
    actors: tuple[Participant, ...]
    targets: tuple[Participant, ...]
    location: Place | None
    time: TimeSpan
    evidence: tuple[Span, ...]
    sources: tuple[Source, ...]
    quantities: tuple[Quantity, ...] = ()
    claims: tuple[Claim, ...] = ()
    weapons: tuple[Participant, ...] = ()
    modality: str = "asserted"
    confidence: float = 0.5
    summary: str = ""
    trigger: Span | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "schema_version": SCHEMA_VERSION,
            "document_id": self.document_id,
            "type": self.type.to_json(),
            "summary": self.summary,
            "actors": [p.to_json() for p in self.actors],
            "targets": [p.to_json() for p in self.targets],
            "location": self.location.to_json() if self.location else None,
            "time": self.time.to_json(),
            "quantities": [q.to_json() for q in self.quantities],
            "claims": [c.to_json() for c in self.claims],
            "weapons": [w.to_json() for w in self.weapons],
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "evidence": [s.to_json() for s in self.evidence],
            "sources": [s.to_json() for s in self.sources],
        }
        if self.trigger is not None:
            out["trigger"] = self.trigger.to_json()
        return out


@dataclass
class Analysis:
    """Everything the pipeline knows about one document; each stage fills its own fields."""

    document: Document
    doc: Any = None  # spacy.tokens.Doc, set by the "language" stage
    anchor: Anchor | None = None
    timexes: list[Timex] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)  # KB facts learned from text
    problems: list[str] = field(default_factory=list)  # data-quality notes, not raised
