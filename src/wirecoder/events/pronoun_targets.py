""""About 300 supporters gathered outside the court. Police used batons to push them back":
a force's act whose only object is "them", left unresolved, is aimed at the people the
sentence before (or the clause before) tells of as the subject (`attach_them_targets`)."""

from __future__ import annotations

from typing import Any

from .argument_words import COUNTING_NOUNS

# acts whose object pronoun names whom they are done to
AIMED_TYPES = {"ASSAULT", "COERCE"}


def _them_object(trigger: Any) -> Any | None:
    """"them" as the object of the trigger or of its purpose verb ("used batons to push them
    back", "fired tear gas to disperse them")."""
    verbs = [trigger] + [c for c in trigger.children if c.dep_ in ("xcomp", "advcl")
                         and c.pos_ == "VERB"]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "dobj" and c.lower_ == "them":
                return c
    return None


def _plural_subjects_before(them: Any) -> list[Any]:
    """Plural noun subjects before `them`, in its sentence or the one before, nearest first."""
    doc = them.doc
    sent = them.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return [t for t in reversed(doc[first:them.i]) if t.dep_ == "nsubj"
            and t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN")]


def attach_them_targets(final: list[Any], ctx: Any) -> None:
    """An act with no target whose object is an unresolved "them" is aimed at the nearest
    plural subject told before it that is not one of its doers."""
    for d in final:
        if d.typed.plover not in AIMED_TYPES or d.targets or d.modality != "asserted":
            continue
        them = _them_object(d.trigger.token)
        if them is None:
            continue
        doers = {a.name for a in d.actors} | {a.kb_id for a in d.actors if a.kb_id}
        for ante in _plural_subjects_before(them):
            # "hundreds of nurses": the people the count words are of
            ante = next((g for c in ante.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and (
                             ante.like_num or ante.lower_ in COUNTING_NOUNS)), ante)
            p = ctx.mapper.participant(ante)
            if p is not None and p.name not in doers and p.kb_id not in doers:
                d.targets = [p]
                break
