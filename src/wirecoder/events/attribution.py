"""Blame laid by attribution ("police attributed Tuesday's attack on a checkpost to the
Taliban", "the ministry said a banned group was behind the bombing", "officials said the
rebels were responsible for the ambush"): a party says who did a violent or coercive act,
which accuses them of it (PLOVER ACCUSE, allege). Not a group's claim of its own act ("the
group said it was behind the attack": a pronoun subject is left alone)."""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .syntax import of_objects, said_by_subject
from .wanted_things import actor_like

# acts one is said to be behind or responsible for
BLAMED_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
# verbs that report the attribution
ATTRIBUTING = {"say", "state", "declare", "tell", "believe", "suspect", "conclude", "insist",
               "claim", "allege", "assert"}


def _an_act(noun: Any, lex: Lexicon) -> bool:
    entry = lex.entry(_lemma(noun), "N")
    return entry is not None and entry.plover in BLAMED_TYPES


def attributed_act(tok: Any) -> bool:
    """"attributed the attack to the Taliban", "the bombing was attributed to a cell": the
    verb's object is an act of violence or coercion and a "to" phrase names who did it."""
    lex = load_lexicon()
    acts = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(_an_act(a, lex) for a in acts) and bool(attributed_to(tok))


def attributed_to(tok: Any) -> list[Any]:
    """Whom an act is attributed to: the "to" phrase of the verb (the parser may hang it on
    the act's own phrase: "the attack on a checkpost in the district to the Taliban")."""
    tos = [t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "to" and t.i > tok.i
           and all(h.pos_ not in ("VERB", "AUX") for h in t.ancestors if h.i > tok.i)]
    return [g for c in tos for g in c.children if g.dep_ == "pobj"]


def said_to_be_behind(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"said a banned group was behind the bombing", "said the rebels were responsible for
    the attack": the saying verb accuses the clause's subject of the act."""
    if not said_by_subject(tok, ATTRIBUTING):
        return None
    speaker = {_lemma(c) for c in tok.children if c.dep_ == "nsubj"}
    for c in tok.children:
        if c.dep_ != "ccomp" or _lemma(c) != "be" or any(g.dep_ == "neg" for g in c.children):
            continue
        subj = [g for g in c.children if g.dep_ == "nsubj"]
        if not subj or any(s.pos_ == "PRON" or _lemma(s) in speaker for s in subj):
            continue  # ("said it was behind the attack": a claim of its own act)
        hosts = [c, *(g for g in c.children if g.dep_ == "acomp" and g.lower_ == "responsible")]
        for h in hosts:
            for p in h.children:
                if p.dep_ == "prep" and (p.lower_ == "behind" and h == c or p.lower_ == "for"
                                         and h != c):
                    if any(g.dep_ == "pobj" and _an_act(g, lex) for g in p.children):
                        return lex.entry("accuse", "V")
    return None


def pointed_involvement(tok: Any) -> bool:
    """"pointed to the involvement of a cartel in the murder", "pointed to the militia's role
    in the killings": a claim noun with a holder and an "in" phrase that is an act of
    violence or coercion (not "the role of interest rates in the slowdown")."""
    lex = load_lexicon()
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ != "to":
            continue
        for n in p.children:
            if n.dep_ != "pobj" or not lex.in_class(_lemma(n), "claim_nouns"):
                continue
            holders = [c for c in n.children if c.dep_ == "poss"]
            holders += of_objects(n)
            acts = [g for h in (n, *holders) for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "in"
                    for g in c.children if g.dep_ == "pobj"]
            if any(actor_like(h) or h.pos_ == "NOUN" for h in holders) and any(
                    _an_act(a, lex) for a in acts):
                return True
    return False
