"""More ways a participant is written in its document, kept as mentions of it (what the
noun phrase around its head leaves out): the set addressed ("all parties"), the fuller name
a bare noun takes up ("the station" after "a police station"), the name an entity went by
before a pronoun named it ("its forces"), and the proper name set after a describing noun
("the main opposition Democratic Alliance", `named_apposition`). Split out of
`participant_mapper`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Document, Mention, Participant
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon


def named_fuller_before(document: Document, p: Participant, head: Any) -> Participant:
    """"an attack on a police station ... fighters attacked the station": a bare singular
    noun with "the" is the thing named before with a noun modifier; that fuller name is
    a mention of it."""
    if p.kb_id or head.pos_ != "NOUN" or head.tag_ != "NN" or (
            p.name.lower() != head.lower_) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children) or (
            load_lexicon().in_class(_lemma(head), "person")):
        return p  # (a thing: "the members" may be any of several groups told before)
    lemma = _lemma(head)
    for t in reversed(head.doc[:head.i]):
        if t.pos_ != "NOUN" or _lemma(t) != lemma:
            continue
        mods = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if not mods:
            return p
        text = document.text[mods[0].idx:t.idx + len(t.text)]
        if text.lower() == p.name.lower() or "\n" in text:
            return p
        return replace(p, mentions=(*p.mentions, text))
    return p


def named_before(mentions: list[Mention], m: Mention, p: Participant) -> Participant:
    """"Syria's interior ministry said its forces had arrested ...": an entity named here
    through a pronoun ("its forces") keeps the name the text gave it last before as a
    mention."""
    if m.via != "coreference" or not m.entity.kb_id:
        return p
    before = [o for o in mentions if o.entity.kb_id == m.entity.kb_id
              and o.via != "coreference" and o.span.end <= m.span.start]
    if not before:
        return p
    text = before[-1].span.text.strip()
    if text in p.mentions or "\n" in text:
        return p
    return replace(p, mentions=(*p.mentions, text))


def all_of(document: Document, p: Participant, head: Any) -> Participant:
    """"called on all parties", "urged all sides": the whole set addressed, as written,
    is a mention of theirs."""
    if p.kb_id or not p.evidence or head.tag_ != "NNS" or head.i == 0:
        return p
    before = head.doc[head.i - 1]
    if before.lower_ != "all" or before.head.i != head.i or before.idx >= p.evidence[0].start:
        return p
    text = document.text[before.idx:p.evidence[0].end]
    if text in p.mentions:
        return p
    return replace(p, mentions=(*p.mentions, text))


def named_apposition(head: Any) -> Any:
    """The proper name set right after a common noun that describes it, with no comma ("the
    main opposition Democratic Alliance", "the militant group Boko Haram", "the rebel group
    Patriotic Front"): the head of that name; None where there is none."""
    if head.pos_ != "NOUN":
        return None
    for c in head.rights:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == head.i + 1 and (
                c.ent_type_ not in ("DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC")):
            return c
        break
    return None
