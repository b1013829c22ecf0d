"""Folding one mention into the event it is a mention of.

`absorb` moves a later (or lesser) mention's trigger, arguments, counts, place and date into
the event it was found to be part of, keeping the more specific of each: the finer place and
date, the mode that says by what means, the counts of people each with their evidence (they
are resolved into one total per kind once the event is complete). A mention that only dates
another event ("during the talks") fills only what that event lacks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .act_kinds import _tells_harm
from .draft import Draft, _finer, finer_time
from .event_places import speech_act
from .fight_context import FIGHT_NOUNS
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .merge_words import OPERATION_TYPES, PEOPLE_KINDS
from .participant_mapper import participant_key, participant_keys
from .repression import most_the_gathering_came_to
from .type_cues import ARMED_STRIKES, CLASH_LEMMAS


def absorb(into: Draft, other: Draft, take_type: bool = False) -> None:
    """Fold `other`'s mentions and arguments into `into`."""
    into.folded_acled |= {a for a in (into.typed.acled, other.typed.acled) if a}
    into.folded_acled |= other.folded_acled
    into.harm_told = into.harm_told or other.harm_told or _tells_harm(into) or _tells_harm(other)
    if take_type or (into.flexible and not other.flexible):
        into.typed = other.typed
        into.trigger, other_trigger = other.trigger, into.trigger
        into.mentions.append(other_trigger)
    else:
        into.mentions.append(other.trigger)
    into.mentions.extend(other.mentions)
    _keep_mode(into, other)
    most_the_gathering_came_to(into, other)
    if into.typed.mode == "arson" and other.typed.plover == "ASSAULT" and other.typed.mode in (
            "heavy-weapons", "explosives"):
        into.typed = other.typed  # "ship set ablaze ... a missile struck it": the fire's cause
    into.anaphoric = into.anaphoric or other.anaphoric
    # a noun in a time adjunct ("during the talks", "prior to Sharaa's visit") only dates
    # another event: the claims, counts and people of its sentence belong to that event,
    # not to the one it names; it fills only what the named event lacks. (What is done
    # "during the operation" - people detained, weapons found - is part of the operation.)
    ref = other.reference and not take_type and into.typed.plover not in OPERATION_TYPES
    for name in ("weapons", "evidence") if ref else ("weapons", "claims", "evidence"):
        cur = getattr(into, name)
        for x in getattr(other, name):
            if x not in cur:
                cur.append(x)
    target_keys: set[str] = set()
    for p in into.targets:
        target_keys |= participant_key(p)
    actor_keys = participant_keys(into.actors)
    had_actors, had_targets = bool(into.actors), bool(into.targets)
    for p in other.actors:
        if ref and had_actors:
            break
        if not participant_key(p) & (target_keys | actor_keys):
            into.actors.append(p)
            actor_keys |= participant_key(p)
    # "arrested three men and seized two cars": what the seizure took is no one arrested
    things_taken = into.typed.acled == "Arrests" and other.typed.acled != "Arrests" and (
        other.typed.mode == "seize")
    for p in other.targets:
        if ref and had_targets:
            break
        if things_taken and not p.kb_id:
            continue
        if not participant_key(p) & (target_keys | actor_keys):
            into.targets.append(p)
            target_keys |= participant_key(p)
    if ref:
        other.absorbed = True
        if into.location is None and not _said_elsewhere(into, other):
            into.location = other.location
        if into.time is None or into.time.start is None or finer_time(into.time, other.time):
            into.time = other.time or into.time
        return
    # counts of people are all kept (each with its evidence) and resolved into one total per
    # kind once the event is complete (`resolve_counts`); other counts merge by value
    # (a range's two bounds share their words: "between 12 and 18 people")
    seen_ev = {(q.evidence, q.qualifier) for q in into.quantities if q.kind in PEOPLE_KINDS}
    for q in other.quantities:
        if q.kind in PEOPLE_KINDS:
            if (q.evidence, q.qualifier) not in seen_ev:
                into.quantities.append(q)
                seen_ev.add((q.evidence, q.qualifier))
    counted = {(q.value, q.object) for q in into.quantities if q.kind in PEOPLE_KINDS}
    # "beating three officials ... three officials were injured": the people now have a kind
    into.quantities = [q for q in into.quantities if not (
        q.kind == "other" and q.object and (q.value, q.object) in counted)]
    have = {(q.value, q.object) for q in into.quantities if q.kind != "other"}
    have_any = {(q.value, q.object) for q in into.quantities}
    for q in other.quantities:
        if q.kind in PEOPLE_KINDS:
            continue
        key = (q.value, q.object)
        if key in have or (q.kind == "other" and key in have_any):
            continue
        if q.kind != "other":
            into.quantities = [x for x in into.quantities
                               if not (x.kind == "other" and (x.value, x.object) == key)]
        into.quantities.append(q)
        have_any.add(key)
        if q.kind != "other":
            have.add(key)
    if (into.location is None or (other.location is not None and _finer(
            other.location, into.location) and other.location.country in (
            None, into.location.country))) and not _said_elsewhere(into, other):
        into.location = other.location or into.location
    if into.time is None or (into.time.start is None and other.time is not None
                             and other.time.start is not None) or finer_time(
            into.time, other.time):
        into.time = other.time
    if into.modality != "asserted" and other.modality == "asserted" and not other.flexible:
        into.modality = "asserted"
    other.absorbed = True


def _said_elsewhere(into: Draft, other: Draft) -> bool:
    """A statement ("condemned the strike and called on the United States and France, which
    sit on the committee monitoring the truce") does not take the place of an act folded into
    it, nor of words of its own sentence: it is made where its own words say."""
    return speech_act(into) and (not speech_act(other) or other.sent.start == into.sent.start)


def _keep_mode(into: Draft, other: Draft) -> None:
    """"Guerrillas attacked the bus and set it on fire": where the kept mention says no mode
    and the folded one, of the same PLOVER type, says by what means the act was done (arson,
    firearms, explosives: cues.yaml `means_modes`), the event keeps that more specific mode.
    A mode that names another kind of act (abduct, seize, torture) is not a refinement of
    the kept mention and is not taken. A fight noun that folds in a shelling or an air strike
    takes its ACLED sub-type."""
    if (into.typed.plover == other.typed.plover == "ASSAULT" and into.typed.acled == "Armed clash"
            and other.typed.acled in ARMED_STRIKES
            and _lemma(into.trigger.token) in CLASH_LEMMAS | FIGHT_NOUNS
            and sentences_apart(into.trigger.token, other.trigger.token) <= 2):
        # "The fighting began when rebels fired mortars at a base": the fight the noun names
        # was that shelling, and is typed by its weapons (air strikes told paragraphs after
        # a fight, further on, are no account of how it was fought)
        into.typed = replace(into.typed, acled=other.typed.acled, mode=other.typed.mode)
        return
    if (into.typed.mode is None and other.typed.mode is not None
            and into.typed.plover == other.typed.plover
            and load_lexicon().in_class(other.typed.mode, "means_modes")):
        into.typed = replace(into.typed, mode=other.typed.mode)


def sentences_apart(a: Any, b: Any) -> int:
    """How many sentences (with words) start between two tokens (0: the same sentence)."""
    lo, hi = sorted((a.sent.start, b.sent.start))
    return sum(1 for s in a.doc.sents if lo < s.start <= hi and s.text.strip())
