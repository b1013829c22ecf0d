"""`stretch_span`: the days of an act told as a measured stretch of it ("A week of fighting in
the city has killed 60 people", "Three days of clashes between herders and farmers have left
14 dead"): the stretch ends on the day of the report (a day the sentence names, else the
anchor) and began that many days before; "five days of clashes that began on Friday" runs
from the day it began; "killed 20 militants over the past three days" ends on the report's
day too. "signed the deal on Wednesday after two days of talks": the stretch the dated act
closed, ending on that act's day; without a day named in the sentence "after two days of
talks" is left to the rest of the pipeline. "killed 25 militants in a three-day operation
that ended on Tuesday": the days up to the day its course names (from it, with "began");
"a three-day visit ... on Monday" names no such course and is left alone. A day the
sentence gives its saying ("the army said on Thursday") places the stretch only when the
sentence names no other."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ..records import Analysis, Span, Timex, TimeSpan
from .tagger import SAYING_DAY

_OF = re.compile(r"\s+of\s+", re.I)
_NOUN_AFTER_OF = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_NOT_OWN = re.compile(r"\b(?:after|following|before|to|for|ending|end|ended|since|until|"
                      r"during\s+the\s+last|past|last|next|first|another)\s+$", re.I)
_STARTED = re.compile(r"\b(?:began|started|erupted|broke\s+out)\b", re.I)
_DAYS = {"D": 1, "W": 7}
# "over the past three days", "in the last two weeks": a stretch up to the report
_PAST = re.compile(r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last)\s", re.I)


def duration_days(t: Timex) -> int:
    """Days in `t` when it is a duration of N days or weeks ("P3D", "P2W"), else 0."""
    m = re.fullmatch(r"P(\d{1,2})([DW])", t.value or "")
    return int(m.group(1)) * _DAYS[m.group(2)] if t.type == "DURATION" and m else 0


# "a three-day operation that ended on Tuesday": a stretch told as an adjective, and the verbs
# of its course that place it
_ADJECTIVE = re.compile(r"[\w]+-(?:day|week)", re.I)
_COURSE = re.compile(r"\b(?:ended|ending|concluded|began|begun|started|launched)\b", re.I)
_CLOSED = re.compile(r"\b(?:after|following)\s+$", re.I)


def _stretch(text: str, t: Timex, closed: bool = False) -> int:
    """Days in `t` when it is "N days/weeks" followed by "of" and opens its own phrase (with
    `closed`, also after "after/following": a stretch a dated act closed)."""
    before = text[max(0, t.span.start - 24):t.span.start]
    if not _OF.match(text, t.span.end) or (
            _NOT_OWN.search(before) and not (closed and _CLOSED.search(before))):
        return 0
    return duration_days(t)


def _past_stretch(text: str, t: Timex) -> int:
    """Days in `t` when it is "(over) the past/last N days/weeks"."""
    if not _PAST.search(text, max(0, t.span.start - 8), t.span.start + 10):
        return 0
    return duration_days(t)


def _in_clause_of(t: Timex, t_tok: Any) -> bool:
    """Whether the words of `t` hang, through no other verb, on the trigger's word."""
    if t_tok is None:
        return False
    tok = next((w for w in t_tok.doc if t.span.start <= w.idx < t.span.end), None)
    while tok is not None and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == t_tok.i:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _tied(text: str, t: Timex, trigger: Span, t_tok: Any) -> bool:
    """The trigger is the noun after "of" ("a week of heavy fighting") or the verb whose
    subject is the stretch ("A week of fighting has killed ...")."""
    if trigger.start > t.span.end and _NOUN_AFTER_OF.fullmatch(text, t.span.end, trigger.start):
        return True
    return t_tok is not None and t_tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and t.span.start <= c.idx < t.span.end
        for c in t_tok.children)


def _days_of(text: str, t: Timex, trigger: Span, t_tok: Any) -> tuple[int, bool]:
    """Days in the stretch `t` tells of the trigger's act (0 when none), and whether it is a
    "three-day operation", placed only by the verb of its course ("that ended on Tuesday")."""
    tells = ((_stretch(text, t), lambda: _tied(text, t, trigger, t_tok)),
             (_past_stretch(text, t), lambda: _in_clause_of(t, t_tok)),
             (_stretch(text, t, closed=True), lambda: bool(_NOUN_AFTER_OF.fullmatch(
                 text, t.span.end, max(t.span.end, trigger.start)))))
    for days, tied in tells:
        if 1 < days <= 31 and tied():
            return days, False
    days = duration_days(t) if _ADJECTIVE.fullmatch(t.span.text) else 0
    return (days, True) if 1 < days <= 31 and _in_clause_of(t, t_tok) else (0, False)


def stretch_span(analysis: Analysis, trigger: Span, sentence: Span, timexes: list[Timex],
                 t_tok: Any, anchor: date, anchor_text: str) -> TimeSpan | None:
    text = analysis.document.text
    for t in timexes:
        if not (sentence.start <= t.span.start and t.span.end <= sentence.end):
            continue
        days, needs_course = _days_of(text, t, trigger, t_tok)
        if not days:
            continue
        named = [d for d in timexes if d.type in ("DATE", "TIME") and d.precision == "day"
                 and d.start is not None and sentence.start <= d.span.start < sentence.end]
        named = [d for d in named if not SAYING_DAY.search(
            text, max(0, d.span.start - 60), d.span.start)] or named
        if len({d.start for d in named}) > 1 or (not named and _CLOSED.search(
                text, max(0, t.span.start - 24), t.span.start)):
            return None
        ref = named[0] if named else None
        if needs_course and (ref is None or not _COURSE.search(text, t.span.end,
                                                               ref.span.start)):
            return None  # "a three-day visit ... on Monday": which of its days is Monday?
        end = ref.start if ref is not None else anchor
        start = end - timedelta(days=days - 1)
        if ref is not None and _STARTED.search(
                text, max(sentence.start, ref.span.start - 30), ref.span.start):
            start, end = ref.start, ref.start + timedelta(days=days - 1)  # "that began on Friday"
        evidence = (analysis.document.span(t.span.start, t.span.end),) + (
            (analysis.document.span(ref.span.start, ref.span.end),) if ref is not None else ())
        return TimeSpan(start=start, end=end, precision="day", text=t.span.text,
                        anchor=anchor_text, evidence=evidence)
    return None
