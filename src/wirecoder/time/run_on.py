"""How long an event that broke out on a day went on: "fighting broke out on Saturday and
continued until Monday" ran from Saturday to Monday, "clashes erupted on Sunday evening and
spread overnight to the airport" into Monday. The day of the outbreak is the day of the
onset verb; the end is a day on the same subject's verb of going on, joined to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Callable

from ..records import Span, Timex, TimeSpan
from .lexicon import WEEKDAYS

# verbs of breaking out, with the particle some need ("broke out", "flared up")
ONSET_VERBS = {"erupt": None, "begin": None, "start": None, "break": "out", "flare": "up"}
# verbs of going on after it ("went on", "dragged on")
GOING_ON_VERBS = {"continue": None, "last": None, "rage": None, "persist": None,
                  "spread": None, "go": "on", "drag": "on"}
_UNTIL = ("until", "till", "through", "into")
MAX_DAYS = 14  # a stretch longer than two weeks is told as such, not as a day and an end
# auxiliaries of a going on yet to come ("will continue until Friday": a plan, not an end)
_PLANNED = {"will", "would", "could", "may", "might", "shall", "'ll"}


def _is(verb: Any, lexicon: dict[str, str | None]) -> bool:
    from ..events.lexicon import lemma as fixed_lemma  # ("raged": "rage"; events imports this)

    lemma = fixed_lemma(verb)
    if lemma not in lexicon or verb.pos_ not in ("VERB", "AUX"):
        return False
    prt = lexicon[lemma]
    return prt is None or any(c.dep_ == "prt" and c.lower_ == prt for c in verb.children)


def _onset_verb(tok: Any) -> Any:
    """The onset verb whose subject is the trigger ("the fighting broke out"); None
    otherwise."""
    if tok.dep_ == "nsubj" and _is(tok.head, ONSET_VERBS):
        return tok.head
    return None


def _going_on(verb: Any) -> list[Any]:
    """Verbs of going on joined to the onset verb without a subject of their own, or joined
    so to a "when" clause on it (a parse that hangs "and continued until Monday" on the
    clause that tells how the fighting started)."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "advcl" and any(
        m.lower_ == "when" for m in c.children if m.dep_ == "advmod")]
    return [c for h in heads for c in h.children if c.dep_ == "conj" and _is(c, GOING_ON_VERBS)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and not any(g.dep_ == "aux" and g.lower_ in _PLANNED for g in c.children)]


def _until_day(verb: Any, dated: list[Timex]) -> Timex | None:
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _UNTIL:
            continue
        for obj in prep.children:
            lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
            for t in dated:
                if lo <= t.span.start < hi and t.precision == "day" and t.end is not None:
                    return t
    return None


def run_on(ts: TimeSpan, tok: Any, dated: list[Timex],
           span_of: Callable[[int, int], Span], anchor: date | None = None) -> TimeSpan:
    """`ts`, a single day told on an onset verb whose subject is the trigger, stretched to
    the end its verb of going on tells: the day "until" names (a weekday read as the first
    such day after the onset's), or the next day for "overnight", never past `anchor` (the
    day of the report). `ts` unchanged otherwise ("will continue until Friday": planned)."""
    if tok is None or ts.start is None or ts.start != ts.end or ts.precision != "day":
        return ts
    verb = _onset_verb(tok)
    if verb is None:
        return ts
    for going in _going_on(verb):
        end = None
        until = _until_day(going, dated)
        if until is not None:
            end = until.end
            wd = WEEKDAYS.get(until.span.text.strip().lower())
            if wd is not None:  # "until Monday": the Monday after the outbreak
                end = ts.start + timedelta(days=(wd - ts.start.isoweekday()) % 7 or 7)
        elif any(c.lower_ == "overnight" for c in going.children):
            end = ts.start + timedelta(days=1)
        if end is not None and 0 < (end - ts.start).days <= MAX_DAYS and (
                anchor is None or end <= anchor):
            words = until.span if until is not None else (going.idx, going.idx + len(going))
            start, stop = (words.start, words.end) if until is not None else words
            return replace(ts, end=end, text=f"{ts.text} .. {tok.doc.text[start:stop]}",
                           evidence=ts.evidence + (span_of(start, stop),))
    return ts
