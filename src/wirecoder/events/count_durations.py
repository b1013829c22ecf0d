"""How long an event lasted, read beside its counts: "for N days" on the verb that governs an
event noun ("announced the extension of the suspension ... for 180 days"), and which events a
length is a count of (a measure's, not a jailing's). `events.quantities` uses these."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma

TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "percent", "%", "km",
              "kilometer", "kilometre", "mile", "meter", "metre", "am", "pm", "o'clock", "time"}


def governing_duration(trigger: Any) -> list[Any]:
    """"announced the extension of the suspension ... for 180 days": a "for N days" phrase on
    the verb that governs an event noun counts the event's duration."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    node = trigger
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "dobj", "nsubjpass") or node.head == node:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return []
    out: list[Any] = []
    for c in node.children:
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and _lemma(g) in TIME_UNITS - {"percent", "%", "time"}
                for g in c.children):
            out.extend(c.subtree)
    return out


MEASURE_TYPES = {"COERCE", "RETREAT", "SANCTION", "AGREE", "DEESCALATE"}  # "for three months"
CONFINE_LEMMAS = {"jail", "imprison", "hold", "detain", "sentence", "keep", "serve"}


def measure_length(trigger: Any, event_type: str | None) -> bool:
    return event_type == "ASSAULT" or (event_type in MEASURE_TYPES | {None}
                                       and _lemma(trigger) not in CONFINE_LEMMAS)
