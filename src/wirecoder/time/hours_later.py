"""`hours_later_span`: the day of an act told as some hours or minutes after another ("killed
one of them in a firefight a few hours later", "two hours after the blast, troops ..."): the
day of the act it follows, which the text told before, not the day the report was said on.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..records import Analysis, Timex, TimeSpan
from .tagger import SAYING_DAY

HOURS = re.compile(r"PT(?P<n>\d+|X)(?P<unit>[HM])")
_LATER = re.compile(r"\s*(?:later|afterwards?|after|earlier)\b", re.I)


def _told_day(text: str, t: Timex) -> bool:
    """A day an event was told on: one day, not the day of a saying ("said on Tuesday")."""
    return (t.type in ("DATE", "TIME") and t.start is not None and t.start == t.end
            and t.precision == "day" and not SAYING_DAY.search(text, max(0, t.span.start - 60),
                                                               t.span.start))


def hours_later_span(analysis: Analysis, timexes: list[Timex], dur: Timex,
                     anchor: str) -> TimeSpan | None:
    """'a few hours later' / 'two hours after' / '30 minutes later': the day of the last
    event day told before (a day a dated timex right after "after" names first); None when
    the duration is not such an offset or the text told no day before it."""
    text = analysis.document.text
    m = HOURS.fullmatch(dur.value or "")
    if not m or not _LATER.match(text, dur.span.end):
        return None
    hours = 0 if m.group("n") == "X" or m.group("unit") == "M" else int(m.group("n"))
    after = [t for t in timexes if t.span.start >= dur.span.end
             and t.span.start - dur.span.end <= 12 and _told_day(text, t)]
    before = [t for t in timexes if t.span.end <= dur.span.start and _told_day(text, t)]
    ref = after[0] if after else (before[-1] if before else None)
    if ref is None or ref.start is None or hours >= 72:
        return None
    day = ref.start + timedelta(days=hours // 24)
    return TimeSpan(start=day, end=day, precision="day",
                    text=text[dur.span.start:dur.span.end], anchor=anchor,
                    evidence=(analysis.document.span(dur.span.start, dur.span.end),
                              analysis.document.span(ref.span.start, ref.span.end)))
