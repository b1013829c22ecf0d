"""Triggers told by a phrase about diplomats and visitors whose head word is no trigger of
the lexicon: a diplomat or foreigners ordered out or declared persona non grata, an envoy
withdrawn, a visiting leader received. Each returns the lexicon entry the phrase stands for,
or None. Moved whole out of `phrase_triggers` (the same code).
"""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma
from .syntax import of_objects


# "ordered the French ambassador to leave the country": an expulsion told by an order to leave
LEAVE_VERBS = {"leave", "depart", "quit"}
ORDER_VERBS = {"order", "instruct", "direct", "ask", "give"}


def ordered_out(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "expel" entry for an order to a diplomat or foreigners to leave ("ordered
    the ambassador to leave the country within 72 hours", "gave two diplomats 48 hours to
    leave"), else None."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ORDER_VERBS:
        return None
    # ("a Russian diplomat was ordered to leave the country": the passive's subject)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "obj", "nsubjpass")]
    objs += [c for o in objs for c in o.conjuncts]
    leave = any(c.pos_ == "VERB" and _lemma(c) in LEAVE_VERBS
                and c.dep_ in ("xcomp", "relcl", "acl", "advcl") for c in tok.subtree)
    if not leave or not any(_envoy(o, lex) or _leaves_country(o, tok) for o in objs):
        return None
    return lex.entry("expel", "V")


def withdrew_envoy(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "recall" entry for a diplomat called home ("withdrew its envoy from
    Tehran", "pulled its ambassador out"): a cut in relations, no withdrawal of forces."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("withdraw", "pull"):
        return None
    if any(lex.in_class(_lemma(c), "envoy") for c in tok.children
           if c.dep_ in ("dobj", "nsubjpass")):  # (not peacekeepers: a withdrawal)
        return lex.entry("recall", "V")
    return None


HOSTING_VERBS = {"receive", "welcome", "greet"}


def hosted_visitor(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "host" entry for a leader or envoy received in person ("received the
    visiting prime minister", "welcomed his Kenyan counterpart to Cairo", "greeted President
    X at the airport"), not "welcomed the decision" nor "received a letter"; else None."""
    if tok.pos_ != "VERB" or _lemma(tok) not in HOSTING_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    objs += [c for o in objs for c in o.conjuncts]
    for o in objs:
        if o.ent_type_ == "PERSON" or _lemma(o) == "counterpart" or lex.in_class(
                _lemma(o), "leader") or lex.in_class(_lemma(o), "envoy") or any(
                c.dep_ == "amod" and c.lower_ == "visiting" for c in o.children):
            return lex.entry("host", "V")
    return None


UNWELCOME_WORDS = {"persona", "personae"}


def declared_unwelcome(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "expel" entry for a diplomat declared persona non grata ("declared the
    attache persona non grata", "two envoys were declared personae non gratae"), whom the
    parser splits in many ways; else None."""
    if tok.pos_ != "VERB" or _lemma(tok) != "declare":
        return None
    near = [c for c in tok.subtree if c.dep_ != "ccomp" or c.i > tok.i]
    if not any(c.lower_ in UNWELCOME_WORDS and c.nbor(1).lower_ == "non"
               for c in near if c.i + 1 < len(c.doc)):
        return None
    return lex.entry("expel", "V")


def unwelcome_people(tok: Any) -> list[Any]:
    """Who a "declared ... persona non grata" act expels when the parser hangs them on the
    phrase ("a Belarusian diplomat persona non grata": the diplomat, as a compound)."""
    out = []
    for c in tok.subtree:
        if c.lower_ in UNWELCOME_WORDS:
            out += [g for g in c.children if g.dep_ in ("compound", "nsubj") and g.i < c.i]
    return out


def _leaves_country(o: Any, tok: Any) -> bool:
    """"ordered him to leave the country": a person told to quit the country (a pronoun
    for the diplomat or foreigner named before), not residents told to leave their town."""
    # (or a foreigner named by nationality: "ordered a Serbian liaison official to leave
    # the country within 48 hours")
    foreign = any(g.dep_ in ("amod", "compound") and g.ent_type_ == "NORP" for g in o.subtree
                  if g.i < o.i)
    return (o.pos_ == "PRON" and o.lower_ in ("him", "her", "them") or foreign) and any(
        c.dep_ == "xcomp" and _lemma(c) in LEAVE_VERBS and any(
            g.dep_ == "dobj" and g.lower_ == "country" for g in c.children)
        for c in tok.children)


def _envoy(o: Any, lex: Lexicon) -> bool:
    """A diplomat or a foreign mission, or the head of one ("the head of the EU's delegation",
    "the chief of the UN mission"), or a mission of observers or peacekeepers."""
    if lex.in_class(_lemma(o), "envoy") or lex.in_class(_lemma(o), "observers"):
        return True
    return any(lex.in_class(_lemma(g), c) for g in of_objects(o)
               for c in ("envoy", "diplomatic_mission", "observers"))
