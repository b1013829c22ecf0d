"""Days told as a pair, read as one stretch of days: "on the night of 11/12 May", "3-4 June",
"from 19 to 25 May" (the first day opens the range). Moved whole out of `event_time` (the
same code).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Analysis, TimeSpan
from .tagger import FIRST_OF_RANGE

# "on the night of 11/12 May", "on 3-4 June": the day before the hyphen or slash opens the range
_FIRST_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*(?:/|-|–)\s*$")


def first_day_before(analysis: Analysis, ts: TimeSpan) -> TimeSpan:
    """A day told as the second of two ("11/12 May", "3-4 June", "from 19 to 25 May"): the
    range from the first."""
    if ts.precision != "day" or ts.start is None or ts.start != ts.end or not ts.evidence:
        return ts
    ev = ts.evidence[0]
    if not ev.text[:1].isdigit():
        return ts
    m = _FIRST_DAY.search(analysis.document.text, max(0, ev.start - 6), ev.start) or \
        FIRST_OF_RANGE.search(analysis.document.text, max(0, ev.start - 30), ev.start)
    if not m or not 1 <= int(m.group(1)) < ts.start.day:
        return ts
    return replace(ts, start=ts.start.replace(day=int(m.group(1))),
                   text=analysis.document.text[m.start(1):ev.end],
                   evidence=(analysis.document.span(m.start(1), ev.end),) + ts.evidence[1:])
