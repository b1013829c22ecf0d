"""More ways a participant is written in its document, kept as mentions of it (what the
noun phrase around its head leaves out): the set addressed ("all parties"), the fuller name
a bare noun takes up ("the station" after "a police station"; "the militants" after "Kuki
militants", `described_before`), the name an entity went by
before a pronoun named it ("its forces"), and the proper name set after a describing noun
("the main opposition Democratic Alliance", `named_apposition`). Split out of
`participant_mapper`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..language import PLURAL_DEFINITE_DETERMINERS
from ..records import Document, Mention, Participant
from .argument_words import VAGUE_QUANTITY
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


# words for people that a text describes once and then names bare
PEOPLE_CLASSES = ("person", "armed", "civilian", "wanted", "person_custody")
# singular offices: "the minister" may be another minister than the one told of before
OFFICE_CLASSES = ("leader", "office_holder", "envoy", "ruler")
# words before a noun that tell another set of people, not what the people are ("other
# protesters", "several soldiers")
SET_WORDS = VAGUE_QUANTITY | {"other", "another", "more", "remaining", "fellow", "further",
                              "additional"}


def _refers_back(tok: Any) -> bool:
    """A noun whose only word before it is "the", "these" or "those"."""
    lefts = list(tok.lefts)
    return (len(lefts) == 1 and lefts[0].dep_ == "det"
            and lefts[0].lower_ in PLURAL_DEFINITE_DETERMINERS)


def described_before(fuller: Any, p: Participant, head: Any) -> Participant:
    """"Kuki militants attacked the village ... The militants also burned", "police arrested
    a 34-year-old man ... the man was charged": a noun for people with only "the" before it
    refers back to the people that noun named before with the words that describe them (a
    people, a place, an age); that fuller participant is its participant (the bare noun a
    mention of it), where the text described that noun only one way before. `fuller` maps
    an earlier head token to its participant (`ParticipantMapper.participant`)."""
    lex = load_lexicon()
    lemma = _lemma(head)
    if p.kb_id or head.pos_ != "NOUN" or p.name.lower() != head.lower_ or not any(
            lex.in_class(lemma, k) for k in PEOPLE_CLASSES) or (
            head.tag_ == "NN" and any(lex.in_class(lemma, k) for k in OFFICE_CLASSES)):
        return p
    if not _refers_back(head):
        return p
    found: Participant | None = None
    for t in reversed(head.doc[:head.i]):
        if t.pos_ != "NOUN" or _lemma(t) != lemma or t.tag_ != head.tag_:
            continue
        # ("other protesters", "kidnapped villagers": another set, a state they are in)
        if any(c.dep_ == "amod" and (c.lower_ in SET_WORDS or c.tag_ in ("VBN", "VBG"))
               for c in t.lefts):
            continue
        if _refers_back(t):
            continue  # ("the militants" again: it adds no words, and reading it would recurse)
        q = fuller(t)
        if q is None or "\n" in q.name:
            continue
        if found is None and q.name.lower() == head.lower_:
            return p  # the nearest earlier mention is bare ("arrested herders"): those people
        if q.name.lower() == head.lower_:
            continue
        if found is None:
            found = q
        elif (q.kb_id or q.name.lower()) != (found.kb_id or found.name.lower()):
            return p  # described two ways: which is meant is not told
    if found is None or found.kind == "location":
        return p
    mentions = tuple(dict.fromkeys((*found.mentions, p.name)))
    return replace(found, mentions=mentions, evidence=p.evidence)


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
