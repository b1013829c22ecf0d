"""A participant named with its possessor ("Myanmar's charge d'affaires", "Somaliland's
leader"): the phrase a reader would write keeps the possessor, which the noun phrase around
the head leaves out; it joins the participant's mentions (`with_possessor`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Document, Participant


def with_possessor(document: Document, p: Participant, head: Any) -> Participant:
    """`p` with "<Name>'s <phrase>" among its mentions where `head` has a proper-name (or
    "the <noun>'s") possessor right before its phrase (not a pronoun's "its leader", nor a
    linked actor, whose mentions are the linker's)."""
    if p.kb_id or not p.evidence or head.pos_ not in ("NOUN", "PROPN"):
        return p
    # a proper name ("Myanmar's"), or a body named by a noun ("the union's secretary-general",
    # "the ministry's spokesman")
    poss = [c for c in head.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or (
        c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)))]
    if not poss:
        return p
    ev = p.evidence[-1]
    start = min(t.idx for t in poss[0].subtree)
    case = [t for t in poss[0].subtree if t.dep_ == "case"]
    end_poss = max(t.idx + len(t.text) for t in poss[0].subtree)
    if not case or start >= ev.start or ev.start - end_poss > 1:
        return p
    span = document.span(start, ev.end)
    if "\n" in span.text or span.text in p.mentions:
        return p
    return replace(p, mentions=(*p.mentions, span.text))
