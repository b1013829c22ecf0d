"""A side named by a demonym that qualifies a noun shared with another side ("Indian and
Chinese soldiers clashed", "Pakistani and Afghan border guards exchanged fire"): the parser
gives the first demonym no noun of its own, so the actor stage's mention of it is the bare
adjective ("Indian"), which tells no one what acted. Its mention is the demonym with the
noun the two share ("Indian soldiers"), as a coder writes it; an entity the knowledge base
links keeps its name ("Indian military"), an unlinked one is named so.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Participant
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon, people_word

_MODIFIER_DEPS = ("amod", "nmod", "compound")


def _people_noun(t: Any) -> bool:
    lex = load_lexicon()
    return t.pos_ == "NOUN" and (people_word(t, lex) or lex.in_class(_lemma(t), "actor_word"))


def _shared_noun(head: Any, linked: bool) -> tuple[Any, Any] | None:
    """(the last coordinated modifier, the noun) when `head` is the first of two or more
    demonyms qualifying one noun ("Indian and Chinese soldiers"); None otherwise. (A
    demonym the tagger left untagged counts when the actor stage linked it.)"""
    if not (linked or head.ent_type_ in ("NORP", "GPE")) or head.dep_ not in _MODIFIER_DEPS:
        return None
    noun = head.head
    others = [c for c in head.children if c.dep_ == "conj" and head.i < c.i < noun.i]
    if not others or not _people_noun(noun):
        return None
    if any(c.dep_ == "cc" for c in noun.children if c.i < head.i):
        return None
    return others[-1], noun


def with_shared_noun(p: Participant, head: Any) -> Participant:
    """`p` ("Indian") with the mention its demonym makes with the noun it shares."""
    if [m.lower() for m in p.mentions] != [head.lower_]:
        return p
    found = _shared_noun(head, bool(p.kb_id))
    if found is None:
        return p
    last, noun = found
    rest = head.doc[last.i + 1:noun.i + 1]
    if any(t.is_punct or t.dep_ in ("det", "poss", "cc") for t in rest):
        return p  # ("Iraqi and the Kurdish forces")
    text = f"{head.text} {rest.text}"
    name = p.name if p.kb_id else text
    return replace(p, name=name, mentions=(text, *p.mentions))
