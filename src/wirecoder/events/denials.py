"""Denials told without a plain object: "rejected what it called baseless insinuations" (the
object a free relative that names a charge) and "charges Moscow denies" (a relative clause on
the charge). Rejecting or denying a charge is no refusal (PLOVER REJECT): the accusation is
the event."""

from __future__ import annotations

from typing import Any

from .argument_words import DESCRIBING_VERBS
from .lexicon import Lexicon
from .lexicon import lemma as _lemma

# verbs that name what a free relative "what" is: "what it called / described as / termed"
# (argument_words.DESCRIBING_VERBS and "dub"; not argument_words.NAMING_VERBS, a group's name)
CALLING_VERBS = DESCRIBING_VERBS | {"dub"}


def _named_claim(verb: Any, lex: Lexicon) -> bool:
    """"what it called baseless insinuations", "what it described as lies"."""
    for c in verb.children:
        if c.dep_ in ("oprd", "attr", "xcomp") and lex.in_class(_lemma(c), "claim_nouns"):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and any(
                g.dep_ == "pobj" and lex.in_class(_lemma(g), "claim_nouns") for g in c.children):
            return True
    return False


def denies_a_claim(tok: Any, lex: Lexicon) -> bool:
    """Whether a verb of refusal rejects a charge told in one of the two shapes above."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "dobj") and _lemma(c) in CALLING_VERBS and _named_claim(c, lex):
            return True
        if c.dep_ in ("dobj", "ccomp") and any(g.dep_ in ("relcl", "ccomp") and _lemma(
                g) in CALLING_VERBS and _named_claim(g, lex) for g in c.children):
            return True
    # "charges Moscow denies", "accusations the group rejects"
    # (the parser may read a plural noun as a verb: "..., charges Moscow denies")
    return tok.dep_ in ("relcl", "acl", "ccomp") and tok.head.i < tok.i and lex.in_class(
        _lemma(tok.head), "claim_nouns") and not any(
        c.dep_ in ("nsubj", "dobj") and c.i < tok.head.i for c in tok.head.children) and (
        not any(c.dep_ in ("dobj", "obj") and c.tag_ != "WDT" and c.lower_ not in (
            "that", "which") for c in tok.children))  # ("a charge that the group rejected")
