"""The two sides of a fight named by a "between" phrase ("clashes between the army and
rebels", "fighting erupted between X and Y"): the first is coded as the actor, the other
as the target, as for any symmetric event."""

from __future__ import annotations

from typing import Any

from .argument_words import MUTUAL_FIGHT_NOUNS, OCCUR_VERBS
from .lexicon import lemma as _lemma
from .syntax import pobj_of


def fight_subject(trigger: Any) -> Any:
    """The fight noun with a "between" phrase that is the subject of a verb trigger
    ("violence between X and Y has killed 200 people": "violence"), else None."""
    if trigger.pos_ != "VERB":
        return None
    return next((c for c in trigger.children if c.dep_ == "nsubj" and (
        _lemma(c) in MUTUAL_FIGHT_NOUNS or c.lower_ in MUTUAL_FIGHT_NOUNS)
        and pobj_of(c, ("between",))), None)


def fight_sides(trigger: Any, plover: str) -> list[Any]:
    """The sides a fight trigger names with "between", first side first; [] if none. For a
    verb whose subject is such a fight ("fighting between X and Y killed 20"), its sides."""
    if plover == "ASSAULT" and fight_subject(trigger) is not None:
        return fight_sides(fight_subject(trigger), plover)
    if plover != "ASSAULT" or not (_lemma(trigger) in MUTUAL_FIGHT_NOUNS
                                   or trigger.lower_ in MUTUAL_FIGHT_NOUNS):
        return []
    between = pobj_of(trigger, ("between",))
    if not between and trigger.dep_ in ("nsubj", "nsubjpass") and (
            _lemma(trigger.head) in OCCUR_VERBS):
        between = pobj_of(trigger.head, ("between",))
    if not between:
        return []
    first = between[0]
    return named_groups(first) or [first, *first.conjuncts]


# plural nouns of groups a name before them tells apart ("the Kaimbi and Wanepa clans")
GROUP_PLURALS = {"clans", "tribes", "communities", "factions", "militias", "gangs",
                 "families", "groups", "subclans", "sub-clans", "ethnic groups"}
# people an "of" phrase names by their group ("members of the A and B clans")
MEMBER_WORDS = {"member", "leader", "elder", "fighter", "youth", "supporter", "militiaman"}


def named_groups(tok: Any) -> list[Any]:
    """"the Kaimbi and Wanepa clans", "members of the Dinka and Nuer communities": two or
    more groups named by coordinated names before one plural group noun are two sides, each
    named by its name (first first); [] when the phrase names one group."""
    if _lemma(tok) in MEMBER_WORDS and tok.tag_ == "NNS" and not tok.conjuncts:
        tok = next((g for g in pobj_of(tok, ("of",))), tok)
    if tok.lower_ not in GROUP_PLURALS or tok.conjuncts:
        return []
    mods = [c for c in tok.children if c.dep_ in ("nmod", "compound", "amod")
            and c.i < tok.i and c.conjuncts]
    if len(mods) != 1:
        return []
    sides = [mods[0], *mods[0].conjuncts]
    return sides if all(s.pos_ in ("PROPN", "ADJ") for s in sides) else []
