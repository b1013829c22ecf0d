"""A fight or riot told again by a noun for it: "The fighting continued into Sunday",
"Clashes resumed on Wednesday", "At least 18 officers were hurt in the clashes". Such a
mention names no new act: it goes on with (or looks back at) the fight or riot told just
before, and is that event, not a second one (of another day, or of the type of its noun)."""

from __future__ import annotations

from typing import Any

from .argument_words import MUTUAL_FIGHT_NOUNS
from .draft import Draft, _place_ok
from .lexicon import lemma as _lemma
from .participant_mapper import participant_keys
from .merge_words import RIOT_SUBTYPES

# nouns that name a fight or violent disorder as a whole, not one act within it: a fight's
# (`argument_words.MUTUAL_FIGHT_NOUNS`, singular: the lemma is read first) and a riot's
FIGHT_WORDS = (MUTUAL_FIGHT_NOUNS - {"clashes", "hostilities"}) | {
    "shootout", "unrest", "riot", "rioting", "disturbance"}
# verbs that say a fight went on: "the fighting continued / raged on / dragged on"
GOING_ON = {"continue", "rage", "persist", "drag", "last", "resume", "go", "carry", "spill"}
# the most days a fight told as going on may run after the day it was first told on
DAYS_ON = 7


def _fight_word(tok: Any) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (_lemma(tok) in FIGHT_WORDS
                                              or tok.lower_ in FIGHT_WORDS)


def _goes_on(tok: Any) -> bool:
    """`tok` (a fight noun) is the subject of "continued", "raged on", "went on", "dragged
    on", "resumed" - not of "broke out" or "erupted", which start one."""
    head = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return False
    lem = _lemma(head)
    if lem in ("go", "carry", "drag", "rage"):
        return lem == "rage" or any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "on"
                                    for c in head.children)
    return lem in GOING_ON


def _no_other_doers(e: Draft, d: Draft) -> bool:
    """`d` names no one acting, or only people already in `e` (either side of it)."""
    keys = participant_keys(d.actors)
    return not keys or bool(keys & (participant_keys(e.actors) | participant_keys(e.targets)))


def fight_goes_on(e: Draft, d: Draft, distance: int) -> bool:
    """"Troops and rebels clashed near the town on Saturday. The fighting continued into
    Sunday": a fight noun whose verb says it went on, a few sentences after a fight of the
    same kind, naming no one new acting and no other place, is that fight carried on (one
    event), even on a later day (up to a week on)."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT" and e.typed.acled == d.typed.acled
            and 0 < distance <= 3 and e.modality == d.modality == "asserted"
            and not d.new_event and _no_other_doers(e, d)):
        return False
    # the fight noun is the mention itself or one folded into it ("Fighting raged on through
    # Saturday, killing six people": the killing is the fight's)
    if not any(_fight_word(t) and _goes_on(t)
               for t in (d.trigger.token, *(m.token for m in d.mentions))):
        return False
    if not _place_ok(e.local_place(), d.local_place()):
        return False
    if d.time is None or d.time.start is None or e.time is None or e.time.start is None:
        return True
    return 0 <= (d.time.start - e.time.start).days <= DAYS_ON


def riot_told_again(e: Draft, d: Draft, distance: int) -> bool:
    """"Protesters hurled rocks at police and set fire to two trucks. At least 18 officers
    were hurt in the clashes": "the clashes" ("the violence", "the unrest") a few sentences
    after a riot, naming no one new, is that riot (ACLED codes its harm within it), not a
    clash of its own."""
    tok = d.trigger.token
    if not (e.typed.plover == "PROTEST" and e.typed.acled in RIOT_SUBTYPES
            and d.typed.plover == "ASSAULT" and 0 < distance <= 3
            and e.modality == d.modality == "asserted" and not d.new_event and d.anaphoric
            and _fight_word(tok) and _no_other_doers(e, d)):
        return False
    if d.time is not None and d.time.start is not None and e.time is not None and (
            e.time.start is not None and d.time.start != e.time.start):
        return False
    return _place_ok(e.local_place(), d.local_place())


def riot_fights_its_battle(riot: Draft, fight: Draft) -> bool:
    """"Youths fought running battles with police", "rioters fought pitched battles with the
    security forces": the battle fought is the riot's own act told as a noun, in its sentence,
    not a clash beside it."""
    tok = fight.trigger.token
    return (riot.typed.plover == "PROTEST" and riot.typed.acled in RIOT_SUBTYPES
            and fight.typed.plover == "ASSAULT" and not fight.flexible and not fight.actors
            and riot.modality == fight.modality and tok.dep_ == "dobj"
            and tok.head.i == riot.trigger.token.i and _fight_word(tok))
