"""Whom a statement is addressed to, told in its own sentence: whoever an appeal or demand asks
to act ("asked landowners to report ...", "called on the North to respect ...", "demanded
that the prosecutor's office open ...") is someone, whatever noun names them; the lexicon of
actor words need not know it.
"""

from __future__ import annotations

from typing import Any

from .count_kinds import not_people
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .owned_things import names_body

# statements whose addressee is asked or told to act
ADDRESSED_TYPES = {"REQUEST", "THREATEN"}

# what cannot be asked to act: a pronoun nobody resolved, a number, a time
_NO_ONE = {"PRON", "NUM", "DET"}


def _to_clause(c: Any) -> bool:
    return c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)


def _demanded_clause(c: Any) -> bool:
    """"demanded that the police hand over", "that the governor should resign": a clause whose
    verb is bare or under "should" / "must" (not "said the police had handed over")."""
    if c.dep_ != "ccomp" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
        return False
    return c.tag_ in ("VB", "VBP") and not any(a.dep_ == "aux" for a in c.children) or any(
        a.dep_ == "aux" and a.lower_ in ("should", "must") for a in c.children)


def _penalty_faced(c: Any) -> bool:
    """"that foreign banks could face sanctions", "that looters would be shot": a clause that
    tells what its subject would suffer (the verb "face", or a passive)."""
    return c.dep_ == "ccomp" and (_lemma(c) == "face" or any(
        a.dep_ == "auxpass" for a in c.children))


def asked_to_act(t: Any, trigger: Any) -> bool:
    """Whether `t` is whom the statement `trigger` asks or tells to act: the object of the
    asking verb (or of its "on" / "upon" / "to" / "with") when a to-clause follows ("urged
    landowners to report", "pleaded with residents to stay"), or the subject of a demanded
    clause ("demanded that the prosecutor's office open an inquiry") or of one that tells
    what they would suffer ("warned that foreign banks could face sanctions")."""
    if t.pos_ in _NO_ONE or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
        return False
    if t.dep_ == "nsubj" and t.head.head.i == trigger.i and _demanded_clause(t.head):
        return True
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.head.i == trigger.i and _penalty_faced(t.head):
        return True  # "warned that foreign banks could face sanctions": whom it warns
    if not any(_to_clause(c) for c in trigger.children):
        return False  # (not a purpose clause: "threatened attacks to force the government out")
    if t.dep_ in ("dobj", "dative") and t.head.i == trigger.i:
        return names_body(t) or not not_people(t, load_lexicon())  # (not "threatened attacks")
    return t.dep_ == "pobj" and t.head.head.i == trigger.i and t.head.dep_ in ("prep", "prt") and (
        t.head.lower_ in ("on", "upon", "to", "with")) and _lemma(trigger) != "agree"


def condition_subjects(tok: Any) -> list[Any]:
    """"threatened reprisals if Oslo hosted the troops", "threatened to retaliate if Manila
    held the drills", "would call a strike if Congress did not repeal the law": whom a
    threat's condition says may act (the subject of its "if" / "unless" clause, hung on the
    threat, on its "to" verb or on the verb a threatened noun is the object of)."""
    verbs = (tok, *(x for x in tok.children if x.dep_ == "xcomp"), *(
        [tok.head] if tok.dep_ == "dobj" and tok.pos_ == "NOUN" else []))
    return [g for v in verbs for c in v.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for g in c.children if g.dep_ == "nsubj" and g.pos_ != "PRON"]
