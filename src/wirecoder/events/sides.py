"""Whose side a later mention's agents are on, against an earlier event's: a reply by the
other side ("the Houthis fired missiles ... Hours later, U.S. forces struck Houthi radar
sites") or an operation of the other side ("the ELN attacked a base ... the government ordered
an offensive") is its own event, not another mention of the first."""

from __future__ import annotations

from .draft import Draft, _party_side, participant_words
from .lexicon import lemma as _lemma
from .merge_words import RIOT_SUBTYPES as RIOT_SUBTYPES
from .participant_mapper import participant_key, participant_keys


def turned_on_the_doer(e: Draft, d: Draft) -> bool:
    """"The Houthis fired missiles at a ship ... U.S. forces struck three Houthi radar sites":
    a later act by other agents against the earlier act's agent is a reply, not a mention
    of the same act, although both name the Houthis."""
    return _replied(e, d) and any(_lemma(t) in LATER_WORDS for t in d.sent)  # not "returned fire"


def _replied(e: Draft, d: Draft) -> bool:
    """The later mention's agents are none of the earlier act's and act against its agents."""
    doers, later = participant_keys(e.actors), participant_keys(d.actors)
    return bool(doers and later and not doers & later and doers & participant_keys(d.targets))


# acts of speech: a second one of a kind by the one reporting the first is the same statement
STATEMENT_TYPES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"}


def the_sayer_again(e: Draft, d: Draft) -> bool:
    """"The ministry said the country would not accept any deal ... It rejected what it
    called attempts to impose treaties": a statement of a kind whose agents are the ones who
    reported the earlier statement of that kind goes on with it."""
    sayers = participant_keys([c.claimant for c in e.claims])
    return (e.typed.plover == d.typed.plover and e.typed.plover in STATEMENT_TYPES
            and bool(d.actors) and all(participant_key(p) & sayers for p in d.actors))


def other_speakers(e: Draft, d: Draft) -> bool:
    """"UNAMA called on the authorities to protect the minority ... worshippers had asked
    the authorities for guards": a statement of a kind by others than the earlier one's
    speakers, in another sentence, is their own statement, whatever it shares besides."""
    speakers, later = participant_keys(e.actors), participant_keys(d.actors)
    return (e.typed.plover == d.typed.plover and e.typed.plover in STATEMENT_TYPES
            and e.sent.start != d.sent.start and bool(speakers) and bool(later)
            and not speakers & later and not the_sayer_again(e, d))


# parts of the day a clause can date an act by ("on Monday afternoon", "before dawn")
DAY_PARTS = {"morning", "afternoon", "evening", "night", "overnight", "dawn", "dusk",
             "midnight", "noon", "midday", "daybreak", "nightfall"}


def _day_parts(sent: object) -> set[str]:
    return {t.lower_ for t in sent if t.lower_ in DAY_PARTS}  # type: ignore[attr-defined]


def fought_back_later(e: Draft, d: Draft) -> bool:
    """"Gunmen attacked the town before dawn ... Police fought the gunmen in the town on
    Monday afternoon": a fight by the other side against the attackers, told at a part of
    the day of its own, is a clash of its own, not another mention of the attack ("troops
    returned fire", with no time of its own, still is)."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT" and _replied(e, d)):
        return False
    own = _day_parts(d.sent)
    told = set().union(*(_day_parts(m.token.sent) for m in (e.trigger, *e.mentions)))
    return bool(own - told)


def defenders_not_targeted(e: Draft, d: Draft) -> bool:
    """"A gunman opened fire on a bus, killing two passengers ... A security guard returned
    fire and killed the gunman": violence against people who carry no arms, answered by
    others (a guard, police, vigilantes) who were not among its targets, is an attack on
    civilians followed by a clash of its own; where the targets answer ("The patrol returned
    fire") it is one fight, and so where no target is known to be a civilian."""
    from .armed_sides import is_armed, is_civilian  # (armed_sides imports typing)

    if not (e.typed.plover == d.typed.plover == "ASSAULT" and _replied(e, d) and e.targets):
        return False
    if participant_keys(d.actors) & participant_keys(e.targets):
        return False
    return any(is_civilian(t) for t in e.targets) and not any(is_armed(t) for t in e.targets)


# words that put an act after another, or make it a reprisal for it
LATER_WORDS = {"later", "afterwards", "afterward", "retaliation", "retaliate", "retaliatory",
               "reprisal"}


def other_side(e: Draft, d: Draft) -> bool:
    """The later mention's agents share no name with the earlier event's and stand on the
    other side (state / non-state): "the ELN attacked a base ... the government ordered an
    offensive". Two names of one force ("an Afghan force", "Afghan troops") are one side."""
    if not (d.actors and e.actors) or participant_keys(e.actors) & participant_keys(d.actors):
        return False
    first, then = _party_side(e.actors), _party_side(d.actors)
    return first is not None and then is not None and first != then


def crowd_and_force(e: Draft, d: Draft) -> bool:
    """"Protesters attacked the embassies ... Police fired tear gas to disperse the crowds": a
    state force acting on a crowd and the crowd's own act are two events (the golden rules code
    a dispersal apart from the demonstration), even where the later mention refers back to the
    crowd."""
    from .lexicon import load_lexicon

    crowd = load_lexicon().classes["protest_actor"]
    if participant_keys(e.actors) & participant_keys(d.actors):
        return False
    return any(any(participant_words(p) & crowd for p in a.actors)
               and _party_side(b.actors) == "state" for a, b in ((e, d), (d, e)))




def stoned_by_the_crowd(e: Draft, d: Draft) -> bool:
    """"Protesters blocked roads with rocks ... 11 officers were injured by stones": harm done
    by thrown stones with no one named as doing it, told soon after a riot, is the rioters'
    (ACLED codes the injuries within the riot)."""
    from .draft import _sent_distance
    from .lexicon import load_lexicon

    if e.typed.plover != "PROTEST" or e.typed.acled not in RIOT_SUBTYPES:
        return False
    if d.typed.plover != "ASSAULT" or d.actors or d.modality != e.modality or (
            _sent_distance(e, d) > 3):
        return False
    stones = load_lexicon().classes["stones"]
    by = [o for c in d.trigger.token.children if c.dep_ == "agent" or c.lower_ == "by"
          for o in c.children if o.dep_ == "pobj"]
    return any(_lemma(o) in stones or o.lower_ in stones for o in by) or any(
        participant_words(w) & stones for w in d.weapons)


def own_account_of_taking(e: Draft, d: Draft, distance: int) -> bool:
    """"Fighters of the Kachin group seized 12 loggers ... The group said it had detained 12
    'trespassers'": the takers' own statement that they arrested or detained people, soon
    after the taking was told as an abduction, is that abduction in the takers' words (a
    pronoun subject standing for the group that makes the statement), not another act."""
    if not (e.typed.plover == "ASSAULT" and (e.typed.mode == "abduct"
                                             or e.trigger.entry.mode == "abduct")
            and d.typed.plover == "COERCE" and (d.typed.acled == "Arrests"
                                                or d.typed.mode == "arrest")
            and e.modality == d.modality == "asserted" and 0 < distance <= 3):
        return False
    doers = participant_keys(e.actors)
    sayers = participant_keys([c.claimant for c in d.claims])
    if not (doers and d.actors and all(participant_key(p) & doers & sayers for p in d.actors)):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we")
               for c in d.trigger.token.children)
