"""Acts typed by whether their sides carry arms, once the actors are linked.

Who blocked the road: a crowd's blockade is its protest ("traders blocked roads with
burning tyres"), an armed or criminal group's is coercion ("gang members blocked 40 roads
with hijacked buses", "bandits blocked the highway and robbed travellers"). Typing reads the
subject's head word (`typing`: "gunmen", "militants"); once the actors are linked, a blocker
the knowledge base knows as a gang, a cartel, bandits or another armed group decides it,
whatever its head word ("members of a street gang").

Who was attacked: ACLED's "Attack" is violence against people who do not fight back; an
assault whose doers and targets are all armed (troops and rebels, police and a gang, two
militias) is an armed clash, whichever single word typed it ("troops killed 12 bandits")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..actors.build import default_kb
from ..records import Participant
from .clause_subjects import subject_of
from .draft import Draft, participant_words
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .merge_words import NON_STATE_SECTORS, STATE_SECTORS
from .role_patterns import repelled
from .typing import Typed

# the sectors of those who carry arms: a state's forces, rebels and militias, criminals
ARMED_SECTORS = (NON_STATE_SECTORS | STATE_SECTORS | {"CRM"}) - {"GOV"}
# sectors of people who carry no arms (civilians, protesters, the displaced, the press, ...;
# not muc.CIVILIAN_SECTORS, the feature's wider set of non-combatant targets with officials)
UNARMED_SECTORS = {"CVL", "OPP", "REF", "IMG", "EDU", "MED", "JRN", "BUS", "LAB", "ELI", "REL"}
# (the weight is the protest draft's, kept when it is retyped)
BLOCKADE = Typed("COERCE", "restrict", None, "191", 0.0, settled=True)


def armed_blockades(drafts: list[Draft]) -> None:
    """Retype as coercion (in place) a protest told by "block" whose actors are all of armed
    sectors (a state's forces, armed groups, criminals)."""
    for d in drafts:
        if d.typed.plover != "PROTEST" or _lemma(d.trigger.token) != "block" or not d.actors:
            continue
        if all(is_armed(a) for a in d.actors):
            d.typed = replace(BLOCKADE, weight=d.typed.weight)


def sector_of(p: Participant) -> str | None:
    """The participant's sector, or where it has none the sector the knowledge base gives a
    word of its name ("gang members": a gang's)."""
    if p.sector:
        return p.sector
    generic = default_kb().lexicon.generic
    return next((s for w in sorted(participant_words(p)) if (s := (generic.get(w) or {}).get(
        "sector"))), None)


def armed_on_both_sides(drafts: list[Draft]) -> None:
    """Retype as an armed clash (in place) an assault typed an attack whose actors are armed
    (none a civilian: a unit the knowledge base does not know, "the Air Component", beside
    rebels does not make them unarmed) and whose targets are armed people (or their places:
    "a raid on their camp"), no civilians among them; or, where its sentences tell the targets
    fighting it off ("the attack was repelled", "troops returned fire"), no civilian people
    among them ("attacked the town and an army base but were repelled": the town's fight)."""
    for d in drafts:
        if d.typed.plover != "ASSAULT" or d.typed.acled != "Attack" or not (
                d.actors and d.targets):
            continue
        if not (armed_side(d.actors) and any(is_armed(p) for p in d.targets)):
            continue
        if not any(is_civilian(p) for p in d.targets) or (fought_off(d) and not any(
                _civilian_people(p) for p in d.targets)):
            d.typed = replace(d.typed, acled="Armed clash")


def armed_side(ps: list[Participant]) -> bool:
    """Some of `ps` carry arms and none is a civilian (the rest unknown to the knowledge base)."""
    return any(is_armed(p) for p in ps) and not any(is_civilian(p) for p in ps)


def _civilian_people(p: Participant) -> bool:
    return is_civilian(p) and (sector_of(p) in UNARMED_SECTORS or bool(
        participant_words(p) & load_lexicon().classes["person"]))


def fought_off(d: Draft) -> bool:
    """A sentence of the act tells someone fighting it off: "repelled / repulsed" the attack,
    "fought back", "drove / beat / pushed the attackers back (off)", "returned fire"; not
    the act's own doers doing so ("the militants drove the villagers off")."""
    lex = load_lexicon()
    sents = {m.token.sent.start: m.token.sent for m in (d.trigger, *d.mentions)}
    for sent in sents.values():
        for t in sent:
            lem = _lemma(t)
            if t.pos_ != "VERB" or _by_its_doers(t, d):
                continue
            if lex.in_class(lem, "repel"):
                return True
            if repelled(t, ("back", "off")):
                return True
            if lem == "return" and any(c.dep_ in ("dobj", "obj") and c.lower_ == "fire"
                                       for c in t.children):
                return True
    return False


def _by_its_doers(verb: Any, d: Draft) -> bool:
    """Whether the subject of an active verb is one of the act's actors, by a word of its
    name or mentions ("the militants" of actor "militants")."""
    subj, passive = subject_of(verb)
    if passive or not subj:
        return False
    words = {w for a in d.actors for w in participant_words(a)}
    return any(s.lower_ in words or _lemma(s) in words for h in subj for s in (h, *h.conjuncts))


def is_armed(p: Participant) -> bool:
    """A state's force, an armed group or criminals, by sector or by a word of its name."""
    return sector_of(p) in ARMED_SECTORS or bool(
        participant_words(p) & load_lexicon().classes["armed"])


def is_civilian(p: Participant) -> bool:
    """People who carry no arms (or their homes, shops, buses), by sector or by a word."""
    return sector_of(p) in UNARMED_SECTORS or (bool(
        participant_words(p) & load_lexicon().classes["civilian"]) and not is_armed(p))
