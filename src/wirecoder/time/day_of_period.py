""""On the second day of a strike that began on Monday": a day counted from a stretch's first
day. The count says which day it is once the text dates the first day in the same breath
("the third day of a strike called from Tuesday", "the first day of a protest starting on
May 4"): that day moved on by the count less one. Without a first day the count alone says
nothing (`handlers_more._day_number` dates only "today is the eighth day of ...").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Callable

from ..records import TimeSpan
from .lexicon import parse_number
from .normalize import Context, ordinal_num
from .patterns import MONTH, WEEKDAY

# after "the Nth day": "of" a stretch whose start the same phrase dates
_STARTED = re.compile(
    r"\s+of\s+[^.;:\"“”]{0,80}?\b(?:from|since|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?"
    r"|(?:that|which)\s+(?:began|started|opened|was\s+launched)(?:\s+on)?"
    r"|(?:launched|called|declared)\s+(?:on|from))\s+(?:last\s+)?"
    rf"(?P<day>{WEEKDAY}\b|{MONTH}\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH}\b)")


def period_day(ctx: Context, ordinal: str, end: int,
               first_day: Callable[[str, int, int], date | None]) -> date | None:
    """The day "the `ordinal` day" (which ends at `end`) names, when the words after it date
    the stretch's first day; `first_day(words, start, end)` grounds those words."""
    n = ordinal_num(ordinal)
    m = _STARTED.match(ctx.text, end)
    if not n or not m or n > 60:
        return None
    first = first_day(m.group("day"), m.start("day"), m.end("day"))
    return None if first is None else first + timedelta(days=n - 1)


_NTH_DAY = re.compile(r"(?:the\s+)?\w+\s+day$", re.I)


def stretch_counted(text: str, timex_start: int, timex_end: int, trigger_start: int) -> bool:
    """The trigger is the stretch an "Nth day of" timex counts in ("on the second day of a
    strike called from Monday": the strike began on Monday, not on its second day)."""
    if not _NTH_DAY.search(text, timex_start, timex_end):
        return False
    m = _STARTED.match(text, timex_end)
    return m is not None and timex_end < trigger_start < m.start("day")


# "a three-day strike", "a 48-hour" is no count of days
_N_DAY = re.compile(r"\b(?P<n>[a-z]+|\d{1,2})-day\s+(?:[a-z]+\s+)?$", re.I)
# the date that follows is the stretch's first day
_FIRST_DAY = re.compile(r"\b(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?"
                        r"|began(?:\s+on)?|started(?:\s+on)?)\s+(?:last\s+)?$", re.I)


def n_day_stretch(text: str, trigger_start: int, ts: TimeSpan, anchor: date) -> TimeSpan:
    """"A three-day strike called from Monday": the stretch the trigger names runs its N days
    from the day it began, when that day is what dates it and the last of them is no later
    than the report (an end yet to come is not one the stretch has reached)."""
    m = _N_DAY.search(text, max(0, trigger_start - 20), trigger_start)
    if m is None or ts.start is None or ts.start != ts.end or ts.precision != "day" or (
            not ts.evidence):
        return ts
    first = ts.evidence[0]
    if not 0 < first.start - trigger_start <= 80 or not _FIRST_DAY.search(
            text, max(0, first.start - 30), first.start):
        return ts
    n = parse_number(m.group("n"))
    if n is None or not 2 <= n <= 31 or n != int(n):
        return ts
    end = ts.start + timedelta(days=int(n) - 1)
    return ts if end > anchor else replace(ts, end=end, text=f"{ts.text} ({m.group('n')}-day)")
