"""Periods told against the report day, read as the days of a past event.

A timex keeps its TimeML value (a calendar week for "three weeks ago", the week before for
"the past week"); an event told with it is coded the way a careful reader counts the days:
"three weeks ago" is the day three weeks before the report (not that whole calendar week),
"over the past week" / "in the past month" are the days up to the report (not the calendar
week or month before), and "this week" / "this month" / "this year" end on the report day
for an act already done (it cannot have happened after the report).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ..records import Timex, TimeSpan
from . import calendar as cal
from .normalize import num_of

_AGO = re.compile(r"(?:(?:about|some|nearly|almost|around|roughly)\s+)?(?P<n>[\w-]+)\s+weeks?"
                  r"\s+ago", re.I)
_ROLLING = re.compile(r"the\s+(?:past|last)\s+(?P<unit>week|month)", re.I)
_THIS = re.compile(r"(?:so\s+far\s+)?this\s+(?:week|month|year)", re.I)
_FUTURE_AUX = {"will", "would", "shall", "'ll", "to", "may", "might", "could", "should"}


def _future(tok: Any) -> bool:
    """The trigger is told as still to come ("will meet this week", "plans to vote")."""
    if tok is None:
        return False
    verbs = [tok, tok.head] if tok.pos_ == "NOUN" else [tok]
    return tok.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX
                                   for v in verbs for c in v.children)


# "in the first week of May", "the last week of April": seven days of that month
_WEEK_OF = re.compile(r"\b(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+$", re.I)
_NTH = {"first": 0, "second": 7, "third": 14, "fourth": 21}


def week_of_month_part(text: str, t: Timex) -> bool:
    """`t` is the "the first/last week" of "the last week of April", which the month
    after it dates (`report_period`), not a week of its own."""
    return bool(re.fullmatch(r"the\s+(?:first|second|third|fourth|last|final)\s+week", t.span.text,
                             re.I)) and bool(re.match(r"\s+of\s+[A-Z]", text[t.span.end:]))


def report_period(ts: TimeSpan, t: Timex, anchor: date, t_tok: Any, text: str = "") -> TimeSpan:
    """`ts` (the span of the single timex `t`) read as the days of a past event."""
    if ts.start is None or ts.end is None:
        return ts
    w = _WEEK_OF.search(text, max(0, t.span.start - 24), t.span.start) if text else None
    if w and t.precision == "month":
        nth = w.group("nth").lower()
        start = (ts.end - timedelta(days=6) if nth in ("last", "final")
                 else ts.start + timedelta(days=_NTH[nth]))
        return replace(ts, start=start, end=start + timedelta(days=6), precision="week")
    words = " ".join(t.span.text.split())
    m = _AGO.fullmatch(words)
    if m and t.precision == "week":
        n = num_of(m.group("n"))
        if n is not None and n >= 1 and float(n).is_integer():
            day = anchor - timedelta(days=7 * int(n))
            return replace(ts, start=day, end=day, precision="day")
        return ts
    m = _ROLLING.fullmatch(words)
    if (m and not re.match(r"\s+of\b", text[t.span.end:t.span.end + 4])
            and t.precision in ("week", "month") and ts.end < anchor and not _future(t_tok)):
        start = (anchor - timedelta(days=7) if m.group("unit").lower() == "week"
                 else cal.shift(anchor, "month", -1))
        return replace(ts, start=start, end=anchor)
    if (_THIS.fullmatch(words) and ts.start <= anchor < ts.end and not _future(t_tok)):
        return replace(ts, end=anchor)
    return ts
