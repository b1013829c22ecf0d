"""The day a sentence with no date words of its own goes on in: the day the one or two
sentences before it tell (`day_told_before`), else, in a story that has told one day only,
that day. Moved out of `event_time` (the same rules) when the second was added.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..language import span_root
from ..records import Analysis, Span, Timex, TimeSpan
from .dateline import is_dateline
from .event_time import _RANGE_JOIN, _from_timexes
from .saying import saying_verb_over

# the start of the fallback note of a day lent by the sentences before (read by
# `events.statement_dates`: not a date the act's own words give)
BORROWED_FALLBACK = "no date in its sentence"
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|_{3,}|\*{3,}|={3,})\s*$", re.M)


def day_told_before(analysis: Analysis, sentence: Span, act: bool = False) -> TimeSpan | None:
    """"During an operation Wednesday in Kandahar, the force spotted insurgents. ... They were
    killed.": for an event with no date of its own once the document's events are complete,
    a sentence with no date words goes on the story of the one or two sentences before it,
    and so in their day, when one day is all they tell (no other date, no month or year; not
    a dateline; not across a "----" line, below which another story starts); None else.
    For an `act` (not a saying), the day its sentence's speaker said it on ("23 were detained,
    the group said Friday") dates the saying, not the act, and does not stop the borrowing."""
    doc = analysis.doc
    if doc is None or analysis.anchor is None:
        return None
    timexes = analysis.timexes or []
    text = analysis.document.text
    starts = [s.start_char for s in doc.sents]
    k = max((n for n, st in enumerate(starts) if st <= sentence.start), default=0)
    lo = starts[max(0, k - 2)]
    told = [t for t in timexes if t.type in ("DATE", "TIME") and not is_dateline(text, t)]
    dated = [t for t in told if t.span.end <= sentence.start]
    if k >= 3 and not any(t.span.start >= lo for t in dated):
        # "... at dawn on Tuesday 12 May. The patrol returned fire. A conscript was killed.
        # Five other members of the gang were arrested at the scene": undated sentences go
        # on the last day told, further back than two sentences (FARTHER_BACK at most)
        back = [n for n in range(max(0, k - 2 - FARTHER_BACK), k - 2)
                if any(starts[n] <= t.span.start < starts[n + 1] for t in dated)]
        if back:
            lo = starts[back[-1]]
            k = back[-1] + 1  # the dated sentence is "the nearer one" below
    if _SEPARATOR.search(text, lo, sentence.start):
        return None  # "----": another story appended below
    window = [t for t in told if lo <= t.span.start and t.span.end <= sentence.end]
    own = [t for t in window if t.span.start >= sentence.start]
    if own and act and all(_said_on(doc, t) for t in own):
        window = [t for t in window if t.span.start < sentence.start]
    elif own:
        return None  # the sentence's own date words belong to something else in it
    if not window and ONE_DAY_STORY:
        return _one_day_story(analysis, sentence, timexes)
    # the nearer sentence, when it tells a time, is the one the story goes on from ("...
    # marched on Wednesday afternoon. Police stopped the marchers ..." after a lead dated
    # Thursday)
    if k >= 1 and any(t.span.start >= starts[k - 1] for t in window):
        window = [t for t in window if t.span.start >= starts[k - 1]]
    # a date inside a relative clause tells the backstory of a noun ("a student who was
    # beaten to death last week"), not the day the story goes on in
    window = [t for t in window if not _in_relative_clause(doc, t) and not _said_on(doc, t)]
    before = [t for t in window if t.start is not None and t.precision == "day"]
    # one day told, and nothing else: "since June 2024, when ..." opens another time; or one
    # stretch of days ("in the night of 16 to 17 October")
    if not before or len(window) != len(before):
        return None
    if len({t.start for t in before}) != 1 and not _one_stretch(text, before):
        return None
    parts = (before[-1],) if len({t.start for t in before}) == 1 else tuple(before)
    ts = _from_timexes(analysis, parts, analysis.anchor.describe())
    return replace(ts, fallback=f"{BORROWED_FALLBACK}: the day the sentences before it "
                                f"tell ({ts.text!r})")


def _one_stretch(text: str, days: list[Timex]) -> bool:
    """Two days told as one stretch, the first joined to the later by "to" or "and" ("16 to
    17", "between 16 and 17 October")."""
    if len(days) != 2:
        return False
    a, b = days
    return (a.start is not None and b.start is not None and 0 < (b.start - a.start).days <= 7
            and bool(_RANGE_JOIN.match(text[a.span.end:b.span.start])))


# how many sentences with no date words, beyond the two before, a sentence may go back over
# to the day told last
FARTHER_BACK = 2


# "Two men were shot dead on Thursday as police broke up a march. ... [two paragraphs with no
# date] ... Police arrested 37 people, the spokesman said.": a story that has told one day
# only goes on in it
ONE_DAY_STORY = True


def _one_day_story(analysis: Analysis, sentence: Span, timexes: list[Timex]) -> TimeSpan | None:
    """The one day all the date words before the sentence tell (a dateline aside; a clock
    time of that day counts as it), when they tell one and the text before names no other
    time; None else."""
    text = analysis.document.text
    if _SEPARATOR.search(text, 0, sentence.start):
        return None
    told = [t for t in timexes if t.span.end <= sentence.start and not is_dateline(text, t)]
    days = [t for t in told if t.type in ("DATE", "TIME") and t.start is not None
            and t.start == t.end]
    if not days or len(days) != len(told) or len({t.start for t in days}) != 1:
        return None
    first = next((t for t in days if t.precision == "day"), None)
    if first is None or analysis.doc is None or _in_relative_clause(analysis.doc, first):
        return None
    ts = _from_timexes(analysis, (first,), analysis.anchor.describe())
    return replace(ts, fallback=f"{BORROWED_FALLBACK}: the one day the story before it "
                                f"tells ({ts.text!r})")


def _in_relative_clause(doc: Any, t: Timex) -> bool:
    tok = span_root(doc, t.span.start, t.span.end)
    return tok is not None and any(a.dep_ == "relcl" for a in [tok, *tok.ancestors])



def _said_on(doc: Any, t: Timex) -> bool:
    """"ISPR said in a statement on Thursday that ...": the day the words were said, not
    the day of what they tell."""
    tok = span_root(doc, t.span.start, t.span.end)
    return tok is not None and saying_verb_over(tok) is not None
