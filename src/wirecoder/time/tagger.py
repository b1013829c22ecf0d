"""`tag_timexes`: find TIMEX3 expressions in a text and normalise them against an anchor.

Three steps: every rule of `patterns.py` proposes spans; a probe normalisation drops the
candidates its handler rejects ("May" the name, "We", amounts that look like years); the
longest non-overlapping spans win; then the kept spans are normalised in reading order, so
that anaphoric expressions ("the previous day", "on the same day") see the date in focus.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import Span, Timex
from . import calendar as cal
from .handlers import HANDLERS
from .normalize import Context, Result
from .patterns import RULE_ORDER, RULES
from .tense import make_tense

# a few rules outrank longer overlapping ones when they tie in length
_PRIORITY_BONUS = {"set_money_a": -100, "set_every": -50, "ago": -20}


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    out = []
    for name, rx in RULES:
        for m in rx.finditer(text):
            if m.end() > m.start():
                out.append((m.start(), m.end(), name, m))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;:(\n\t":
        end -= 1
    while start < end and text[start] in " ,;:)\n\t":
        start += 1
    return start, end


def select_spans(text: str, probe: Context) -> list[tuple[int, int, str, re.Match[str]]]:
    """The accepted candidates, longest first, without overlaps, in reading order."""
    accepted = []
    for start, end, name, m in _candidates(text):
        try:
            res = HANDLERS[name](m, probe)
        except (ValueError, KeyError, OverflowError):
            res = None
        if res is not None:
            accepted.append((start, end, name, m))
    accepted.sort(key=lambda c: (-(c[1] - c[0]), RULE_ORDER[c[2]] + _PRIORITY_BONUS.get(c[2], 0),
                                 c[0]))
    taken: list[tuple[int, int, str, re.Match[str]]] = []
    for cand in accepted:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c[0])
    return taken


def to_timex(text: str, start: int, end: int, res: Result, document_id: str | None) -> Timex:
    s, e, precision = (None, None, "unknown")
    if res.type in ("DATE", "TIME"):
        s, e, precision = cal.interval(res.value)
    return Timex(span=Span(start, end, text[start:end], document_id), type=res.type,
                 value=res.value, start=s, end=e, precision=precision, mod=res.mod)


def tag_timexes(text: str, anchor: date, doc: Any = None,
                document_id: str | None = None) -> list[Timex]:
    """TIMEX3 expressions in `text`, normalised against `anchor` (the document's reference date).

    `doc` (a spaCy Doc over the same text) is optional: with it, the tense of the governing
    verb decides whether a bare weekday or month lies before or after the anchor.
    """
    tense = make_tense(text, doc)
    probe = Context(text=text, anchor=anchor, tense=tense)
    ctx = Context(text=text, anchor=anchor, tense=tense)
    out: list[Timex] = []
    for start, end, name, m in select_spans(text, probe):
        try:
            res = HANDLERS[name](m, ctx)
        except (ValueError, KeyError, OverflowError):
            res = None
        if res is None:
            continue
        s, e = _trim(text, start, end)
        timex = to_timex(text, s, e, res, document_id)
        out.append(timex)
        if res.focus is not None:
            ctx.focus_day = res.focus
            ctx.extra["last_date"] = (e, res.focus)
        if timex.start is not None and timex.precision in ("day", "month", "year", "week"):
            ctx.extra["focus_any"] = timex.start
    return out
