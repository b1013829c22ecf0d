"""Verbs of naming that condemn: "called the sanctions a hostile act", "branded the vote
illegal", "called the shelling of the port another strike against food security". What the
verb says its object is decides whether the naming is an accusation (`detect.needs_ok`'s
"condemnation" need)."""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon
from .lexicon import lemma as _lemma


QUOTE_MARKS = {'"', "\u201c", "'", "\u2018"}


def _predicated(tok: Any) -> set[str]:
    """Words of what a verb of naming says its object is ("called the move a provocation",
    "branded the arrests an act of aggression", "described the vote as illegal"): the
    object predicate, a second object, or an "as" phrase, with its modifiers."""
    dobjs = [c for c in tok.children if c.dep_ == "dobj"]
    preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")]
    # ("called the raid \"an act of piracy\"": the quoted predicate read as an apposition)
    # ("branded the movement a \"criminal gang\"": the quote inside the phrase)
    preds += [a for d in dobjs[:1] for a in d.children if a.dep_ == "appos" and (
        a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].text in QUOTE_MARKS
        or any(t.text in QUOTE_MARKS for t in a.subtree))]
    # ("called the \"reckless gunfire\" a \"provocation\"": the parser may make the thing named
    # a predicate and what it is called an apposition of it)
    preds += [a for c in tok.children if c.dep_ == "oprd" and not dobjs
              for a in c.children if a.dep_ == "appos"]
    # ("branded the arrests cowardly": the adjective tagged as an adverb after the object)
    preds += [c for c in tok.children if c.dep_ == "advmod" and dobjs and c.i > dobjs[0].i]
    preds += dobjs[1:] + [g for h in [tok, *dobjs] for c in h.children
                          if c.dep_ == "prep" and c.lower_ == "as"
                          for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
    preds += [g for p in preds for g in p.children if g.dep_ in ("amod", "compound", "conj")]
    preds += [g for p in preds for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return {_lemma(p) for p in preds} | {p.lower_ for p in preds}


def _condemnable(tok: Any, lex: Lexicon) -> bool:
    """What is called so is an act, a decision or someone who can be blamed ("the move",
    "the sanctions", "the government", "the gunfire"), not a thing ("cell phones he described as
    illegal") nor someone else's claim ("called the accusation absurd", "described the charges
    as baseless": a denial, which is not coded)."""
    named = [c for c in tok.children if c.dep_ == "dobj"][:1] or [
        c for c in tok.children if c.dep_ == "oprd" and any(
            a.dep_ == "appos" for a in c.children)][:1] or [
        # ("called the student's death \"unacceptable\"": the thing named hung on the predicate)
        a for c in tok.children if c.dep_ == "oprd" for a in c.children
        if a.dep_ in ("npadvmod", "nsubj", "nmod", "compound") and a.i < c.i][:1] or [
        g for c in tok.children if c.dep_ == "ccomp" for g in c.children
        if g.dep_ == "nsubj"][:1] or ([tok.head] if tok.dep_ in ("relcl", "acl") else [])
    if any(lex.in_class(_lemma(n), "claim_nouns") for n in named):
        return False  # "called the accusation absurd": a rebuttal of a claim, a denial
    return any(n.pos_ == "PRON" or n.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
               or lex.entry(_lemma(n), "N") is not None
               or any(lex.in_class(_lemma(n), c) for c in (
                   "decision", "person", "actor_word", "gunfire_words", "evaluated_acts"))
               for n in named)


def _names_violence(tok: Any, lex: Lexicon) -> bool:
    """What a verb of naming calls something is an act of violence itself ("called the
    blast an attack", "described the raid as an assault"): no condemnation of a measure."""
    named = [c for c in tok.children if c.dep_ == "dobj"][:1]
    return any((e := lex.entry(_lemma(n), "N")) is not None and e.plover == "ASSAULT"
               for n in named)


def _harm_to_an_ideal(tok: Any, lex: Lexicon) -> bool:
    """"called the shelling of the port another strike against food security": an act of
    violence named as an attack on something no place nor person can be (a value, a cause)
    condemns it, unlike "called the blast an attack on the city"."""
    preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp")]
    preds += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ == "pobj"]
    return any(lex.in_class(_lemma(p), "figurative_attack") and any(
        g.dep_ == "pobj" and not g.ent_type_ and not any(lex.in_class(_lemma(g), c) for c in (
            "person", "place_word", "armed", "actor_word")) and g.pos_ != "PRON"
        for c in p.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "to")
        for g in c.children) for p in preds)


# verbs of a penalty that a warning says someone will suffer ("will be dealt with according
# to the law", "would be prosecuted"), besides the coercive triggers
PENALTY_VERBS = {"prosecute", "punish", "deal", "charge", "sentence", "try", "fine"}
# modals of what may happen, not of what someone will do ("civilians could be killed")
RISK_MODALS = {"could", "may", "might"}


def risk_only(clause: Any, lex: Lexicon) -> bool:
    """"warned that damage to the port could worsen the crisis": a warning whose clause has
    a thing, not someone who can act nor an act of force ("that attacks would continue"),
    as its subject tells of a risk, and threatens no one."""
    if any(c.dep_ == "auxpass" for c in clause.children) and not any(
            c.dep_ == "aux" and c.lower_ in RISK_MODALS for c in clause.children) and (
            _lemma(clause) in PENALTY_VERBS or (e := lex.entry(_lemma(clause), "V")) is not None
            and e.plover in ("COERCE", "ASSAULT")):
        return False  # "warned that rioters would be arrested / dealt with": a sanction
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subj) and not any(
        s.pos_ in ("PRON", "PROPN") or s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or any(lex.in_class(_lemma(s), c) for c in ("person", "armed", "actor_word", "leader"))
        or ((e := lex.entry(_lemma(s), "N")) is not None
            and e.plover in ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"))
        for s in subj)
