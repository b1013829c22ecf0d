"""Verbs that tell what an event did to people without being event words of their own ("two
children died in the shelling", "5,000 families were displaced by the clashes"): the event's
counts are read in their clause.
"""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon

OUTCOME_PREPS = ("in", "during", "by", "after", "amid", "from")
OUTCOME_MARKS = ("when", "after", "as", "since")


def outcome_verb_of_its_own(verb: Any) -> bool:
    """A verb that tells what befell people and is no event word ("died", "were displaced")."""
    lex = load_lexicon()
    return _lemma(verb) in lex.cues["quantities"]["kind_by_lemma"] and lex.entry(
        _lemma(verb), "V") is None


def outcome_verb(tok: Any) -> Any | None:
    """The verb that tells what an event did to people where that verb is no event word of
    its own (it has a count kind but no trigger entry: "die", "displace", "flee"): "two
    children died in the shelling", "5,000 families were displaced by the clashes", "three
    soldiers died when their patrol hit a mine". The event's counts are read in its clause."""
    head = None
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.dep_ in (
            "prep", "agent") and (tok.head.lower_ in OUTCOME_PREPS or (
            tok.head.lower_ == "since" and not back_reference(tok))):
        head = tok.head.head  # ("fled since clashes between ... began", not "since the attack")
    elif tok.pos_ == "VERB" and tok.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in OUTCOME_MARKS for c in tok.children):
        head = tok.head
    elif (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG") and tok.dep_ == "nsubj" and (
            tok.head.dep_ == "advcl") and any(
            c.dep_ == "mark" and c.lower_ in OUTCOME_MARKS for c in tok.head.children):
        head = tok.head.head  # "were displaced since fighting intensified in September"
    if head is None or head.pos_ != "VERB" or not outcome_verb_of_its_own(head):
        return None
    return head


def back_reference(tok: Any) -> bool:
    """"the attack", "that shelling": an event noun with only a definite determiner, told
    again (a later count refers to the event told before)."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) and (
        not any(c.dep_ in ("prep", "amod", "compound", "acl", "relcl") for c in tok.children))
