"""A date that belongs to an event noun among an act's arguments, not to the act: "the four
were convicted over the 2024 attack", "charged for last year's bombing". Such a date does not
make the act itself history."""

from __future__ import annotations

from typing import Any


def date_of_object(tok: Any, t: Any) -> bool:
    """Whether the date `t` of the event told by `tok` is only a modifier of another event
    noun among its arguments ("were convicted over the 2024 attack", "for impeding the inquiry
    into last year's blast"): the date tells when that noun's act happened, not when the event
    did."""
    if t is None or not t.evidence:
        return False
    doc = tok.doc
    for ev in t.evidence:
        words = [w for w in doc if ev.start <= w.idx < ev.end]
        inside = {w.i for w in words}
        heads = [w.head for w in words if w.head.i not in inside]
        if len(heads) != 1:
            return False
        noun = heads[0]
        rel = next(w.dep_ for w in words if w.head.i == noun.i)
        if noun.i == tok.i or noun.pos_ != "NOUN" or rel not in ("poss", "compound", "nummod"):
            return False
        if tok.i not in {a.i for a in noun.ancestors}:
            return False
    return True
