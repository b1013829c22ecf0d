"""The weapons an event names: weapon phrases in its clause ("dynamite sticks", "mortar and
rocket launchers", "machinegun fire" -> the weapon word) and the instrument a subject names
("a bomb destroyed the bank"). Moved out of `participants` (the same code)."""

from __future__ import annotations

from typing import Any

from ..records import Participant
from .lexicon import lemma as _lemma
from .noun_phrases import np_bounds

QUANTITY_WORDS = {"multiple", "several", "various", "numerous", "many", "some", "key", "other"}


# nouns for the use of a weapon, or a unit of it, that a weapon word modifies ("dynamite
# sticks", "bomb explosion", "machinegun fire", "grenade attack"): the weapon is the modifier
USE_HEADS = {"stick", "explosion", "blast", "detonation", "attack", "fire", "gunfire", "shot",
             "burst", "volley", "salvo", "assault", "raid", "strike", "package", "barrage"}


# unmanned craft that strike on their own ("a drone struck a convoy"): weapons, never actors
# (the lexicon's weapon class drives detection and typing, so they are added here only)
UNMANNED = {"drone", "uav", "quadcopter"}


def weapons_in(scope: list[Any], ctx: Any) -> list[Participant]:
    out = []
    heads = set(ctx.lex.classes["weapon_head"]) | UNMANNED
    doc = ctx.doc
    for t in scope:
        if t.pos_ not in ("NOUN", "PROPN") or _lemma(t) not in heads and t.lower_ not in heads:
            continue
        # "dynamite sticks", "a bomb explosion", "machinegun fire": the weapon is the modifier
        used = t.dep_ in ("compound", "nmod", "amod") and t.head.pos_ == "NOUN" and (
            _lemma(t.head) in USE_HEADS) and t.head.i > t.i
        if used:
            left, _ = np_bounds(t)
            left = min([left] + [c.i for c in t.children if c.dep_ in ("compound", "nmod")
                                  and c.i < t.i and c.lower_ not in QUANTITY_WORDS])
            while left < t.i and (doc[left].lower_ in QUANTITY_WORDS or doc[left].like_num):
                left += 1
            span = ctx.document.span(doc[left].idx, t.idx + len(t.text))
            out.append(Participant(name=span.text, kind="weapon", evidence=(span,),
                                   mentions=(span.text,)))
            continue
        if _lemma(t) in USE_HEADS and any(
                c.dep_ in ("compound", "nmod", "amod") and c.i < t.i and (
                    _lemma(c) in heads or c.lower_ in heads) for c in t.children):
            continue  # "machinegun fire": named by its modifier (above)
        if t.dep_ in ("compound",) and t.head.pos_ in ("NOUN",) and _lemma(t.head) not in heads:
            continue
        if t.dep_ == "conj" and t.head.dep_ in ("compound", "nmod", "amod"):
            continue  # "rocket" in "mortar and rocket launchers"
        if t.dep_ in ("compound", "nmod", "amod") and t.head.pos_ == "NOUN" and (
                _lemma(t.head) in heads):
            continue
        if t.dep_ == "appos" and _lemma(t.head) in heads:
            continue  # "(IEDs)": an alias, added below
        if _lemma(t) in ("fire",) and not any(c.lower_ in ("mortar", "rocket", "artillery",
                                                           "machine-gun") for c in t.children):
            continue
        left, right = np_bounds(t)
        if t.dep_ == "compound" and _lemma(t.head) in heads:
            continue
        while left < t.i and (doc[left].lower_ in QUANTITY_WORDS or doc[left].like_num):
            left += 1
        # "mortar and rocket launchers": a coordinated modifier sharing this head
        for c in t.children:
            if c.dep_ in ("compound", "nmod", "amod") and c.i < left and (
                    c.lower_ not in QUANTITY_WORDS):
                left = c.i
        if left > t.i:
            left = t.i
        span = ctx.document.span(doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text))
        name = span.text
        aliases = [c.text for c in t.children if c.dep_ == "appos"]
        out.append(Participant(name=name, kind="weapon", evidence=(span,),
                               mentions=(name, *aliases)))
    return out + _delivered_munitions(scope, ctx, out)


# verbs that deliver what they act with ("threw stones at", "fired tear gas", "used water
# cannon against") and the preposition of an instrument ("drove them off with tear gas")
DELIVERING_VERBS = {"throw", "hurl", "lob", "toss", "fire", "shoot", "use", "spray", "pelt"}


def _delivered_munitions(scope: list[Any], ctx: Any, found: list[Participant]) -> list[Any]:
    """What police and crowds throw or shoot that the weapon lexicon leaves out ("threw
    stones and sticks of dynamite", "fired tear gas", "water cannon"), when it is what a
    delivering verb throws or fires, or what an act is done "with"."""
    out: list[Participant] = []
    doc = ctx.doc
    for t in scope:
        if t.pos_ != "NOUN" or not riot_munition(t):
            continue
        node = t
        # "tear gas and water cannon", parsed as modifiers of "cannon": the coordinated
        # modifier is a munition of its own, delivered with the head
        while (node.dep_ == "conj" or node.dep_ in ("nmod", "compound") and any(
                c.dep_ in ("conj", "cc") for c in node.children)) and node.head != node:
            node = node.head
        delivered = (node.dep_ in ("dobj", "obj") and _lemma(node.head) in DELIVERING_VERBS) or (
            node.dep_ == "pobj" and node.head.lower_ == "with")
        if not delivered or any(w.evidence and w.evidence[0].start <= t.idx < w.evidence[0].end
                                for w in found + out):
            continue
        left = min([t.i] + [c.i for c in t.children if c.dep_ in ("compound", "amod")
                            and c.i < t.i and c.lower_ not in QUANTITY_WORDS])
        if left == t.i and t.i > 0 and doc[t.i - 1].dep_ == "conj" and doc[t.i - 1].pos_ == (
                "NOUN") and doc[t.i - 1].head in t.children:
            left = t.i - 1  # "water" in "tear gas and water cannon"
        span = ctx.document.span(doc[left].idx, t.idx + len(t.text))
        out.append(Participant(name=span.text, kind="weapon", evidence=(span,),
                               mentions=(span.text,)))
    return out

# what police and crowds throw or shoot that the weapon lexicon leaves out: "struck by tear
# gas canisters", "hit by stones" (the instrument, not who acted)
RIOT_MUNITIONS = {"canister", "teargas", "pellet", "projectile", "stone", "rock", "baton",
                  "truncheon", "cannon"}


def riot_munition(t: Any) -> bool:
    """"stones", "tear gas", "water cannon", "rubber pellets": a riot munition noun."""
    lemma = _lemma(t)
    return lemma in RIOT_MUNITIONS or (lemma == "gas" and any(
        c.lower_ in ("tear", "pepper") for c in t.children if c.dep_ in ("compound", "amod")))


def instrument_word(t: Any, lex: Any) -> bool:
    """A weapon noun ("the bomb", "a car bomb", "dynamite charges") that no name covers."""
    if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    lemma = _lemma(t)
    return t.pos_ in ("NOUN", "PROPN") and (
        lex.in_class(lemma, "weapon_head") or lex.in_class(t.lower_, "weapon_head")
        or lex.in_class(lemma, "weapon") or lemma in RIOT_MUNITIONS | UNMANNED
    ) and not lex.in_class(lemma, "person")
