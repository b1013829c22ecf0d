"""The words an event's quantities and weapons are read from: the trigger's clause, less the
clauses that tell acts of their own."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .merge_words import SEQUENCE_WORDS
from .outcome_verbs import outcome_verb, outcome_verb_of_its_own

# verbs of harm that, as the purpose of another act ("to kill"), tell what was aimed at
AIMED_HARM = {"kill", "murder", "assassinate", "wound", "injure", "maim"}


def reading_scope(tok: Any) -> list[Any]:
    """Tokens an event's quantities and weapons are read from."""
    base = tok
    told_by = None
    if tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in (
            "dobj", "nsubjpass", "nsubj", "attr"):
        base = tok.head
    elif tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        base = tok.head  # "14 insurgents killed"
    elif (told_by := outcome_verb(tok)) is not None:
        base = told_by  # "two children died in the shelling"
    # "Three people died and 15 were hurt when a bomb exploded": the parser hangs the "when"
    # clause on the last outcome; the outcome it is coordinated with tells the same event
    # (and so does the trigger's own outcome verb: "Two soldiers died and three were injured")
    extra = _coordinated_outcome(base) if base != tok or tok.pos_ == "VERB" else []
    # a coordinated verb with an auxiliary of its own is a predicate of its own ("officers
    # had been attacked with stones and had arrested 47 people": the 47 are the arrest's)
    # (not so for a second outcome of the event's outcome verb: "14 people were killed in
    # that attack and more than 6,500 were displaced")
    own = {t.i for c in base.children if c.dep_ == "conj" and c.pos_ == "VERB" and any(
        a.dep_ in ("aux", "auxpass") for a in c.children) and not (
        (told_by is not None or base == tok and tok.pos_ == "VERB")
        and outcome_verb_of_its_own(c)) for t in c.subtree}
    # so is one with a subject of its own that is no person counted ("shot dead the mayor,
    # and a roadside bomb killed three policemen": the three are the bomb's)
    own |= {t.i for c in base.children if c.dep_ == "conj" and c.pos_ == "VERB" and any(
        a.dep_ == "nsubj" and a.pos_ in ("NOUN", "PROPN") and not any(
            n.like_num for n in a.subtree) for a in c.children) for t in c.subtree}
    # nor is what an attack aimed at ("attacked the prison to kill five guards": nobody is
    # said to have died)
    own |= {t.i for c in base.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
            and _lemma(c) in AIMED_HARM and any(a.dep_ == "aux" and a.lower_ == "to"
                                                for a in c.children) for t in c.subtree}
    # nor is another event told before or after it ("fired rockets after a strike killed two
    # commanders": the two are the strike's dead)
    own |= {t.i for c in base.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in SEQUENCE_WORDS for m in c.children) for t in c.subtree}
    # nor is a coordinated taking of people when this act takes none ("torched a school and
    # abducted six teachers": the six are the abduction's)
    kinds = load_lexicon().cues["quantities"]["kind_by_lemma"]
    if kinds.get(_lemma(base)) not in TAKEN_KINDS and kinds.get(_lemma(tok)) not in TAKEN_KINDS:
        own |= {t.i for c in base.children if c.dep_ == "conj" and c.pos_ == "VERB"
                and kinds.get(_lemma(c)) in TAKEN_KINDS for t in c.subtree}
    return sorted([t for t in base.subtree if t.i not in own] + extra, key=lambda t: t.i)


# counts of people taken (kinds of `kind_by_lemma`)
TAKEN_KINDS = ("captured", "arrested")


def _coordinated_outcome(verb: Any) -> list[Any]:
    """The words of the outcome verb that `verb` is coordinated after, with its subject and
    auxiliaries ("Three people died" before "and 15 were hurt when ..."), where that verb is no
    event word of its own; [] otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or head.i > verb.i:
        return []
    if not outcome_verb_of_its_own(head):
        return []
    return [head] + [t for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "aux",
                                                            "auxpass", "neg")
                     for t in c.subtree]
