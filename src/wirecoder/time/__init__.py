"""Temporal tagging and calendar reasoning (TimeML TIMEX3).

- `infer_anchor(text, today=None, document_id=None) -> Anchor`
- `tag_timexes(text, anchor, doc=None, document_id=None) -> list[Timex]`
- `event_time(analysis, trigger, sentence) -> TimeSpan`
- `wirecoder.time.stage.TimeStage`: the pipeline stage ("time": doc -> anchor, timexes)
"""

from __future__ import annotations

from .anchor import infer_anchor
from .event_time import event_time
from .tagger import tag_timexes
from .told_day import day_told_before

__all__ = ["day_told_before", "event_time", "infer_anchor", "tag_timexes"]
