"""The events stage: detection, typing (PLOVER / ACLED / CAMEO), arguments, quantities,
claims, modality and merging of repeated mentions. See `stage.py` for the flow."""

from __future__ import annotations

from .stage import EventStage, extract_events

__all__ = ["EventStage", "extract_events"]
