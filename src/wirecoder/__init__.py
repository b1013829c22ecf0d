"""wirecoder: news reports into sourced, geocoded, dated event records."""

from __future__ import annotations

from .errors import WirecoderError
from .pipeline import Pipeline, PipelineOptions
from .records import (
    Analysis,
    Anchor,
    Claim,
    Document,
    Event,
    EventType,
    Mention,
    Participant,
    Place,
    Quantity,
    Span,
    TimeSpan,
    Timex,
    Toponym,
)
from .run import RunReport, extract, extract_paths

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Anchor",
    "Claim",
    "Document",
    "Event",
    "EventType",
    "Mention",
    "Participant",
    "Pipeline",
    "PipelineOptions",
    "Place",
    "Quantity",
    "RunReport",
    "Span",
    "TimeSpan",
    "Timex",
    "Toponym",
    "WirecoderError",
    "__version__",
    "extract",
    "extract_paths",
]
