"""Tokens outside a trigger's clause that hold the count of its people: the noun before
"being" ("six Afghans being killed"), the subject a passive trigger shares with the verb it is
coordinated with ("opened fire and were killed"), the number a participle used as a noun stands
after ("the more than 60 wounded"), the attacking party a harm hangs on ("About 15 gunmen
stormed the post, killing three"). Moved out of `events.quantities` (the first two)."""

from __future__ import annotations

from typing import Any

from ..records import Quantity, Span
from .implicit_counts import people_word
from .numbers import count_quantity


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


def party_subject(trigger: Any) -> Any | None:
    """"About 15 gunmen stormed the post, killing three officers", "eight armed men approached
    the tanker and fired at the bridge": the subject a harm told as a participle of result, or
    as a verb coordinated with no subject of its own, shares with the verb it hangs on, i.e.
    the attacking party (None where there is none)."""
    head = trigger.head
    if trigger.pos_ != "VERB" or head.pos_ != "VERB" or head == trigger:
        return None
    if not ((trigger.dep_ == "advcl" and trigger.tag_ == "VBG") or (
            trigger.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                               for c in trigger.children))):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
        return None  # ("three soldiers were ambushed, leaving two dead": the hurt, not the doers)
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def party_size(trigger: Any, counts: list[Any], doc_id: str | None, lex: Any) -> list[Any]:
    """The size of the attacking party (`party_subject`) as an `other` count, where a numeral
    counts people ("About 15 gunmen" -> other, about 15) and no count holds those words yet."""
    subj = party_subject(trigger)
    if subj is None or not people_word(subj, lex):
        return []
    num = next((c for c in subj.children if c.dep_ == "nummod" and c.like_num
                and c.ent_type_ not in ("DATE", "TIME", "MONEY", "ORDINAL")), None)
    if num is None or any(e.start <= num.idx < e.end for q in counts for e in q.evidence):
        return []
    q = count_quantity(num, "other", lex, doc_id)
    if q is None:
        return []
    a, b = q.evidence[0].start, subj.idx + len(subj.text)
    return [Quantity(kind="other", value=q.value, qualifier=q.qualifier,
                     object=subj.doc[num.i + 1:subj.i + 1].text,
                     evidence=(Span(a, b, subj.doc.text[a:b], doc_id),))]
