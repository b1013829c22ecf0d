"""wirecoder: news reports into sourced, geocoded, dated event records."""

from __future__ import annotations

from .errors import WirecoderError
from .pipeline import Pipeline, PipelineOptions
from .records import (
    PIPELINE_VERSION,
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

# one version: the package's, stamped on every stored analysis (records.PIPELINE_VERSION), so
# that `extract` can tell documents an older release analysed (W208, --reanalyse)
__version__ = PIPELINE_VERSION

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
