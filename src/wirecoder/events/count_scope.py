"""Tokens outside a trigger's clause that hold the count of its people: the noun before
"being" ("six Afghans being killed"), the subject a passive trigger shares with the verb it is
coordinated with ("opened fire and were killed"), the number a participle used as a noun stands
after ("the more than 60 wounded"). Moved out of `events.quantities` (the first two)."""

from __future__ import annotations

from typing import Any


def shared_patient(trigger: Any) -> Any | None:
    """"The insurgents attempted to shoot the force, and were subsequently killed": a passive
    trigger coordinated with a verb shares that verb's subject, who is the one it happened to."""
    if trigger.dep_ != "conj" or trigger.tag_ != "VBN" or trigger.head.pos_ not in ("VERB",
                                                                                   "AUX"):
        return None
    if not any(c.dep_ == "auxpass" for c in trigger.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    subj = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subj[0] if subj and subj[0].pos_ in ("NOUN", "PROPN") else None


def gerund_subject(trigger: Any) -> list[Any]:
    """"resulted in six Afghans being killed": the noun before "being" is who was killed
    (the parse hangs it on the preposition, outside the trigger's subtree)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return []
    being = [c for c in trigger.children if c.dep_ == "auxpass" and c.lower_ == "being"]
    if not being or being[0].i == 0:
        return []
    noun = trigger.doc[being[0].i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "dobj"):
        return []
    return sorted(noun.subtree, key=lambda t: t.i)


def counted_participle(trigger: Any) -> list[Any]:
    """"Thirteen of the more than 60 wounded died", "four of the 30 injured": a participle
    used as a noun after a number is counted by that number (the parse hangs the participle
    on the number, and may tag it as a past tense): the number and its modifiers."""
    num = trigger.head
    if trigger.dep_ not in ("acl", "amod") or trigger.tag_ not in ("VBN", "VBD") or (
            num.i >= trigger.i) or not (
            num.like_num or num.pos_ == "NUM") or any(
            t.pos_ in ("NOUN", "PROPN") for t in trigger.doc[num.i + 1:trigger.i]):
        return []
    return sorted((t for t in num.subtree if t.i < trigger.i), key=lambda t: t.i)
