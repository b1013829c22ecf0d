"""The days of an act its own clause says lasted a number of days, up to the day its sentence
gives it: "police cleared coca growers on Wednesday who had blocked the highway for three
days" (Monday to Wednesday), "rebels had besieged the town for two weeks when troops arrived
on Friday". Only acts that go on (a blockade, a siege, a protest, fighting): "held for two
days" or "suspended for a week" is the term that follows one act, dated by that act.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from ..records import Timex, TimeSpan
from .lexicon import LASTING_ACT_VERBS
from .stretch_of import duration_days


def lasting_span(ts: TimeSpan, t_tok: Any, timexes: list[Timex]) -> TimeSpan:
    """`ts`, a single day, widened back to the first of the days the trigger's act lasted
    when the trigger is a past verb of a lasting act with a "for N days/weeks" phrase."""
    if (ts.start is None or ts.start != ts.end or ts.precision != "day" or t_tok is None
            or t_tok.tag_ not in ("VBD", "VBN") or t_tok.lemma_.lower() not in LASTING_ACT_VERBS
            or any(c.dep_ == "neg" for c in t_tok.children)):
        return ts
    for prep in (w for w in t_tok.subtree if w.dep_ == "prep" and w.lower_ == "for"
                 and _own(w, t_tok)):
        words = list(prep.subtree)
        lo, hi = words[0].idx, words[-1].idx + len(words[-1])
        told = next((t for t in timexes if lo <= t.span.start and t.span.end <= hi
                     and duration_days(t)), None)
        if told is not None and 1 < duration_days(told) <= 31:
            return replace(ts, start=ts.start - timedelta(days=duration_days(told) - 1),
                           evidence=ts.evidence + (told.span,))
    return ts


def _own(prep: Any, verb: Any) -> bool:
    """`prep` hangs on `verb` through no other verb ("blocked the highway near X for three
    days": the parser may hang the phrase on a noun of the verb's)."""
    node = prep.head
    for _ in range(4):
        if node.i == verb.i:
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False
