"""Shared helpers of the time tests."""

from __future__ import annotations

from wirecoder.evaluate.events import _document, run_pipeline


def trigger_days(text: str, word: str, published: str) -> list[tuple]:
    """(start, end) of each event the whole pipeline makes of a text published on an ISO date
    whose trigger is or holds `word`; fails, listing every event, when there is none."""
    events = run_pipeline(_document({"text": text, "published": published})).events
    found = [(e.time.start, e.time.end) for e in events
             if e.trigger is not None and word in e.trigger.text]
    assert found, [(e.trigger.text if e.trigger else None, e.time.start) for e in events]
    return found
