"""Days told as a pair, read as one stretch of days: "on the night of 11/12 May", "3-4 June",
"from 19 to 25 May" (the first day opens the range); weekdays a past act was told with, read
as the coming ones ("late on Saturday", "from Friday until Monday"). Moved out of
`event_time`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..records import Analysis, Timex, TimeSpan
from .tagger import FIRST_OF_RANGE

# "on the night of 11/12 May", "on 3-4 June": the day before the hyphen or slash opens the range
_FIRST_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*(?:/|-|–)\s*$")
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


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


def week_on(t: Timex, gap: int) -> Timex:
    """A weekday the tagger read `gap` days before the range's first day: the same weekday
    after it (each weekday is read as the coming one on its own)."""
    moved = t.end + timedelta(days=7 * -(-gap // 7))
    return replace(t, start=moved, end=moved, value=moved.isoformat())


def past_weekday(unit: tuple[Timex, ...], anchor: date) -> tuple[Timex, ...]:
    """A bare weekday the tagger read as the coming one ("late on Saturday, two days before a
    vote count was due"), told with a verb in the past tense: the last one before the report;
    and a stretch of weekdays read as the coming ones ("besieged the town from Friday until
    Monday"): the last such stretch, each day a week back."""
    if not unit or any(t.start is None or t.precision != "day" or not WEEKDAY.search(t.span.text)
                       for t in unit) or not 0 < (unit[0].start - anchor).days <= 7:
        return unit  # (the range's first day decides: "from Wednesday until Saturday" told on
        # a Thursday reads Wednesday as the coming one and Saturday as the day after tomorrow)
    days = [unit[0].start]  # each later day on or after the one before: never a reversed range
    for t in unit[1:]:
        days.append(days[-1] + timedelta(days=(t.start - days[-1]).days % 7))
    # whole weeks, ending by the report
    back = timedelta(days=7 * -(-(days[-1] - anchor).days // 7))
    return tuple(replace(t, start=d - back, end=d - back, value=(d - back).isoformat())
                 for t, d in zip(unit, days))
