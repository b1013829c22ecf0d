"""Verbs of naming that condemn: "called the sanctions a hostile act", "branded the vote
illegal", "called the shelling of the port another strike against food security". What the
verb says its object is decides whether the naming is an accusation (`detect.needs_ok`'s
"condemnation" need)."""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .syntax import said_by_subject


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
    illegal")."""
    named = [c for c in tok.children if c.dep_ == "dobj"][:1] or [
        c for c in tok.children if c.dep_ == "oprd" and any(
            a.dep_ == "appos" for a in c.children)][:1] or [
        g for c in tok.children if c.dep_ == "ccomp" for g in c.children
        if g.dep_ == "nsubj"][:1] or ([tok.head] if tok.dep_ in ("relcl", "acl") else [])
    return any(n.pos_ == "PRON" or n.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
               or lex.entry(_lemma(n), "N") is not None
               or any(lex.in_class(_lemma(n), c) for c in (
                   "decision", "person", "actor_word", "gunfire_words"))
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


# verbs that report a judgment, and what a judgment of wrong calls an act or a measure
SAYING = {"say", "state", "declare"}
WRONG_NOUNS = {"violation", "breach", "provocation", "aggression", "interference", "infringement",
               "affront"}
WRONG_ADJECTIVES = {"illegal", "unlawful", "illegitimate", "unacceptable"}


# what a trial, a vote or a process is called when it is said to be no real one
SHAM_NOUNS = {"sham", "farce", "charade", "travesty", "mockery", "parody"}


def _wrong_noun(noun: Any) -> bool:
    """A noun that judges what it is said of a wrong: "a violation", "a sham", "a political
    show" (a show only as a sham: "a show of strength" is none)."""
    lem = _lemma(noun)
    if lem in WRONG_NOUNS or lem in SHAM_NOUNS:
        return True
    return lem == "show" and any(c.lower_ == "political" for c in noun.children)


def said_to_be_wrong(tok: Any, lex: Lexicon) -> Any | None:
    """"The ministry said the visit was a flagrant violation of its sovereignty", "said the
    deal was illegal": a judgment that an act or a measure is a wrong condemns it (the
    lexicon's "condemn" entry); None for anything else said."""
    if not said_by_subject(tok, SAYING):
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or _lemma(c) != "be" or any(g.dep_ == "neg" for g in c.children):
            continue
        if not any(g.dep_ == "nsubj" for g in c.children):
            continue
        if any(g.dep_ == "attr" and _wrong_noun(g) and not any(
                d.lower_ == "no" for d in g.children) or g.dep_ == "acomp"
               and g.lower_ in WRONG_ADJECTIVES for g in c.children):
            return lex.entry("condemn", "V")
    return None


def risk_only(clause: Any, lex: Lexicon) -> bool:
    """"warned that damage to the port could worsen the crisis": a warning whose clause has
    a thing, not someone who can act nor an act of force ("that attacks would continue"),
    as its subject tells of a risk, and threatens no one."""
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subj) and not any(
        s.pos_ in ("PRON", "PROPN") or s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or any(lex.in_class(_lemma(s), c) for c in ("person", "armed", "actor_word", "leader"))
        or ((e := lex.entry(_lemma(s), "N")) is not None
            and e.plover in ("ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"))
        for s in subj)
