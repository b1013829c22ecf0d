""""Both countries", "the two nations": a statement addressed to a pair of states the article
is about names them both (`name_both_countries`); "both sides", "both militias", the two
sides or parties told before (`name_both_sides`); talks a deal came after, its parties
(`talks_between_signers`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from ..records import Participant
from .argument_words import PLEDGE_VERBS
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon

# a plural phrase that names a pair of states without naming them
PAIR_OF_STATES = re.compile(
    r"(?:both |the two )?(?:countries|nations|neighbou?rs|states|governments)", re.IGNORECASE)
# events whose target a statement addresses
ADDRESSED_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "REJECT"}


def name_both_countries(final: list[Any], ctx: Any) -> None:
    """"The envoy called on both countries to show restraint": when the article names two
    states besides the speaker (or two more often than any other, twice at least), "both
    countries" are those two."""
    counts: Counter[str] = Counter()
    first: dict[str, Any] = {}
    for m in ctx.analysis.mentions or []:
        if m.entity.kind == "state" and m.entity.kb_id:
            counts[m.entity.kb_id] += 1
            first.setdefault(m.entity.kb_id, m)
    for d in final:
        if d.typed.plover not in ADDRESSED_TYPES:
            continue
        pair = [p for p in d.targets if PAIR_OF_STATES.fullmatch(p.name.strip())]
        if len(pair) != 1:
            continue
        own = {a.kb_id for a in d.actors} | {a.country for a in d.actors}
        states = [(k, n) for k, n in counts.most_common() if k not in own]
        if len(states) < 2 or len(states) > 2 and (
                states[1][1] < 2 or states[2][1] == states[1][1]):
            continue  # (two states, or two named more often than any other)
        named = [_as_target(first[k]) for k, _ in states[:2]]
        d.targets = [p for p in d.targets if p is not pair[0]] + named


def _as_target(m: Any) -> Participant:
    return replace(m.entity, mentions=tuple(dict.fromkeys((*m.entity.mentions, m.span.text))),
                   evidence=(m.span,))


# a phrase for the two parties of a conflict without naming them
BOTH_SIDES = re.compile(r"(?:both |the two |the |all )?(?:sides|parties|warring parties|"
                        r"belligerents|combatants)", re.IGNORECASE)
# sectors of the sides of a conflict: governments, forces, armed groups, an opposition
# movement that signs with the government
SIDE_SECTORS = {"GOV", "MIL", "COP", "SPY", "REB", "INS", "UAF", "OPP"}
# acts one side does to another (its target the other side), and acts two parties do with
# each other (a swap, a deal, talks: the other party its target)
SIDED_TYPES = {"ASSAULT", "ACCUSE", "THREATEN", "COERCE", "RETREAT", "AGREE", "SUPPORT",
               "CONSULT", "COOPERATE"}
PARTY_TYPES = {"RETREAT", "AGREE", "SUPPORT", "CONSULT", "COOPERATE"}


def name_both_sides(final: list[Any]) -> None:
    """"The envoy urged both sides to stop", "Kenya urged them to return to talks": a
    statement addressed to the two sides of a conflict (or to "them", with no one else named)
    is addressed to the two sides the nearest event told before set against each other: a
    fight's two forces, or an accusation's accuser and accused."""
    for d in final:
        if d.typed.plover not in ADDRESSED_TYPES:
            continue
        tok = d.trigger.token
        text = tok.doc.text
        # (not "all parties": the addressees may be more than two)
        pair = [p for p in d.targets if BOTH_SIDES.fullmatch(p.name.strip()) and not (
            p.evidence and text[:p.evidence[0].start].rstrip().lower().endswith("all"))
            or _pair_of_groups(p, text)]
        them = not d.targets and any(c.dep_ == "dobj" and c.lower_ == "them"
                                     for c in tok.children)
        if len(pair) != 1 and not them:
            continue
        # ("both militias": the phrase itself says the two are groups; a named body is one)
        parties = _last_two_sides(final, d, any(_pair_of_groups(p, text) for p in pair))
        if parties:
            d.targets = [p for p in d.targets if p not in pair] + parties


# words before a plural that count it as a pair ("both militias", "the two groups")
PAIR_WORDS = re.compile(r"(?:\bboth|\btwo|\b2)\s*$", re.IGNORECASE)


def _pair_of_groups(p: Any, text: str) -> bool:
    """"ordered both groups to withdraw", "called on the two militias": a plural word for
    armed or organised groups counted as two, with no name of its own, names the pair."""
    if p.kb_id or not p.evidence or len(p.name.split()) != 1:
        return False
    lex = load_lexicon()
    word = p.name.strip().lower()
    lemma = word[:-1] if word.endswith("s") else word
    if not (lex.in_class(lemma, "group_word") or lex.in_class(lemma, "armed")
            or lex.in_class(word, "group_word")):
        return False
    return bool(PAIR_WORDS.search(text[:p.evidence[0].start]))


def _sided(p: Any) -> bool:
    """A side of a conflict: a government, force or armed group (not one person)."""
    return p.sector in SIDE_SECTORS and p.kind != "person"


def _named_body(p: Any) -> bool:
    """A body named by a proper name ("the Amhara Fano National Movement"), not a person."""
    return p.kind != "person" and p.sector not in ("CVL",) and p.name[:1].isupper()


def _last_two_sides(final: list[Any], d: Any, groups: bool = False) -> list[Any]:
    """The two sides of the nearest event before `d` (by the trigger) that names two: two
    forces fighting, one side that accuses, attacks or threatens another, or two parties
    that swap prisoners, sign or talk ("Russia and Ukraine swapped 150 prisoners ... the UAE
    thanked both sides"), other than `d`'s own speaker (with `groups`, a body named by a
    proper name is a side of any of these acts)."""
    at = d.trigger.token.i
    own = {a.name for a in d.actors} | {a.kb_id for a in d.actors if a.kb_id}
    before = sorted((e for e in final if e is not d and e.trigger.token.i < at),
                    key=lambda e: e.trigger.token.i, reverse=True)
    for e in before:
        sides = list({p.name: p for p in reversed(e.actors)
                      if _sided(p) or groups and _named_body(p)}.values())[::-1]
        if e.typed.plover in SIDED_TYPES and len(sides) == 1:
            # (the other party of a deal may be a movement the actor KB does not know; not
            # what a pledge is made to, "pledged $10 million to the Red Crescent": a pledge,
            # like a statement, has states or armed groups for its sides)
            sides += [p for p in e.targets if (_sided(p) or (
                e.typed.plover in PARTY_TYPES or groups) and not _a_pledge(e) and _named_body(p))
                      and p.name != sides[0].name][:1]
        names = {p.name for p in sides}
        if len(sides) == 2 and not names & own and not (
                {p.kb_id for p in sides if p.kb_id} & own):
            return sides
    return []


def _a_pledge(e: Any) -> bool:
    """Support given or promised to someone ("pledged aid to", "offered help to"), not an act
    two parties do together (a deal signed or reached: the lexicon's "reach" and
    "agreement")."""
    lem = _lemma(e.trigger.token)
    return lem in PLEDGE_VERBS or e.typed.plover == "SUPPORT" and not any(
        load_lexicon().in_class(lem, c) for c in ("reach", "agreement"))


# what a deal follows ("signed an accord after two days of talks", "following negotiations")
AFTER_WORDS = {"after", "following", "during", "at", "in"}


def _verb_of_pp(tok: Any) -> Any | None:
    """The verb a noun's phrase hangs on, through "of" counts ("after two days of talks",
    "at the end of five days of talks"), else None."""
    for _ in range(5):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return None
        prep, tok = tok.head, tok.head.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok if prep.lower_ in AFTER_WORDS else None
    return None


def talks_between_signers(final: list[Any]) -> None:
    """"Niger and Benin signed an agreement ... after two days of talks in Lome": talks with
    no one on the other side, told as what a deal came after, were between the deal's parties
    (its actors, when the talks have none, and its other party)."""
    by_verb = {e.trigger.token.i: e for e in final if e.typed.plover in PARTY_TYPES
               and e.actors and e.targets}
    for d in final:
        tok = d.trigger.token
        if d.typed.plover != "CONSULT" or d.targets or tok.pos_ != "NOUN":
            continue
        verb = _verb_of_pp(tok)
        # ("signed an agreement to reopen the border after two days of talks": the parser
        # may hang the phrase on the deal's purpose)
        deal = next((by_verb[v.i] for v in ([verb, verb.head] if verb is not None else [])
                     if v.i in by_verb), None)
        if deal is None or deal is d:
            continue
        if not d.actors:
            d.actors = list(deal.actors)
        names = {p.name for p in d.actors}
        d.targets = [p for p in deal.targets if p.name not in names]
