"""How long an event lasted, read beside its counts: "for N days" on the verb that governs an
event noun ("announced the extension of the suspension ... for 180 days"), and which events a
length is a count of (a measure's, not a jailing's). `events.quantities` uses these."""

from __future__ import annotations

from typing import Any

from ..records import Quantity
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .numbers import between_upper, number_span, number_tokens, parse_number

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


# verbs of passing a sentence, and the units a prison term is told in
SENTENCING_LEMMAS = {"sentence", "jail", "imprison"}
TERM_UNITS = {"year", "month"}


def term_range(trigger: Any, doc_id: str | None) -> list[Quantity]:
    """"sentenced seven men to between nine and 15 years in prison", "to prison terms of between
    four and 12 years": the range of the terms the sentence passed, as two `other` counts (at
    least the low end, at most the high end). A single term ("jailed for four years") says how
    long, and is no count here."""
    if _lemma(trigger) not in SENTENCING_LEMMAS or trigger.pos_ != "VERB":
        return []
    lex = load_lexicon()
    doc = trigger.doc
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"):
        for t in prep.subtree:
            if t.lower_ != "between" or t.i + 1 >= len(doc):
                continue
            low = doc[t.i + 1]
            high = between_upper(low) if low.like_num else None
            if high is None:
                continue
            high_toks = number_tokens(high)
            unit = doc[high_toks[-1].i + 1] if high_toks[-1].i + 1 < len(doc) else None
            if unit is None or _lemma(unit) not in TERM_UNITS:
                continue
            a = parse_number(number_tokens(low), lex)
            b = parse_number(high_toks, lex)
            if a is None or b is None or a >= b:
                continue
            span = number_span([low, unit], doc_id)
            return [Quantity(kind="other", value=a, qualifier="at_least", object=unit.text,
                             evidence=(span,)),
                    Quantity(kind="other", value=b, qualifier="at_most", object=unit.text,
                             evidence=(span,))]
    return []
