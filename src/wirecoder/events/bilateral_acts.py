"""Acts two parties do with or to each other (signing, swapping, meeting, "X and Y agreed
to", "accused each other"), as `arguments.roles_for` reads them: which triggers are such acts
(`bilateral`, `mutual`), what is no party to them (`pact_topic`, `swapped`, `PACT_NOUNS`), and
whom a representative signs for (`signing_party`). Moved out of `arguments` unchanged."""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .syntax import pobj_of


# acts two parties do with each other: signing, swapping, meeting
BILATERAL_WORDS = {"sign", "initial", "ink", "conclude", "swap", "exchange", "agreement", "accord",
                   "deal", "treaty", "pact", "truce", "ceasefire", "protocol", "memorandum"}
# what two parties agree on is no party to it ("violated the truce", "broke the ceasefire":
# the violation is aimed at the other side, not at the truce)
PACT_NOUNS = {"agreement", "accord", "deal", "treaty", "pact", "truce", "ceasefire",
              "cease-fire", "armistice", "protocol", "memorandum"}
# who heads the parties of a bilateral act ("the presidents of Chile and Peru met")
LEADER_NOUNS = {"president", "leader", "minister", "premier", "head", "chief", "king",
                "delegation", "representative", "envoy", "negotiator"}
# who signs for a party ("the government's chief negotiator", "the leader of the Front")
REPRESENTATIVE_NOUNS = {"negotiator", "leader", "head", "chief", "representative", "envoy",
                        "delegate", "emissary", "mediator"}


def bilateral(trigger: Any, plover: str) -> bool:
    """A trigger for an act of two parties with each other: a meeting or cooperation, or
    signing or swapping ("signed an accord", "the deal was signed by", "swapped prisoners")."""
    if plover in ("CONSULT", "COOPERATE"):
        return True
    words = {_lemma(trigger)}
    return plover in ("SUPPORT", "AGREE", "RETREAT") and bool(words & BILATERAL_WORDS)


# verbs of what two parties do together ("Peru and Chile agreed to ...", "restored ties")
MUTUAL_VERBS = {"agree", "restore", "normalize", "normalise", "establish"}


def mutual(trigger: Any) -> bool:
    """"X and Y agreed to ...", "X and Y accused each other of ...": an act two parties do
    to or with each other, coded as for any symmetric event (the first acts, the other is
    whom it acts with)."""
    if trigger.dep_ == "dobj" and _lemma(trigger.head) in ("trade", "exchange"):
        return True  # "X and Y traded accusations"
    return _lemma(trigger) in MUTUAL_VERBS and trigger.pos_ == "VERB" or any(
        c.lower_ == "other" and any(g.lower_ == "each" for g in c.children)
        for c in trigger.children if c.dep_ in ("dobj", "pobj", "dative"))


def pact_topic(t: Any, lex: Lexicon) -> bool:
    """What a bilateral act is about, no party to it ("signed a memorandum on the joint
    production of ammunition"): a common noun of no one who can act."""
    return t.pos_ == "NOUN" and not t.ent_type_ and t.dep_ == "pobj" and not any(
        lex.in_class(_lemma(t), c) for c in ("person", "armed", "actor_word", "envoy"))


def swapped(trigger: Any, t: Any) -> bool:
    """What two parties swap ("swapped prisoners", "exchanged 40 captured soldiers"): the
    people handed over, no party to the swap."""
    return _lemma(trigger) in ("swap", "exchange") and t.pos_ in ("NOUN", "NUM")


def signing_party(t: Any) -> Any:
    """The party a representative signs for: "the government's chief negotiator" ->
    government, "the leader of the Front" -> the Front; anyone else stands for themself."""
    if _lemma(t) not in REPRESENTATIVE_NOUNS:
        return t
    owners = [c for c in t.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")] + [
        g for g in pobj_of(t, ("of",)) if g.pos_ in ("NOUN", "PROPN")]
    return owners[0] if owners else t
