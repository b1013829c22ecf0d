"""One event per real-world event per document: merging repeated mentions.

Within a sentence, an operation word ("launched a joint operation ... destroying 15
hideouts") folds into the specific event beside it, and mentions of one type merge ("killed
three and wounded five"). Across sentences, a later mention joins an earlier event of the
same type when nothing contradicts it (dates that do not overlap, places in different
countries or provinces, different targets) and something ties them: a shared participant,
a definite or demonstrative reference ("the operation", "this attack"), or no participants
of its own. "Another attack" never merges.

The parts of this live beside it: folding a mention into its event in `absorption`, the
word sets in `merge_words`, `Draft` and the comparisons of two drafts in `draft`, the kinds
of act that keep mentions apart in `act_kinds`, mentions that refer back to an event told
before in `back_reference`, and the counts of people (`people_counts`, `count_resolution`).
"""

from __future__ import annotations

from typing import Any

from ..language import expanded_span
from ..records import Span
from .act_kinds import (_abduction, _arrest, _arson_only, _distinct_acts, _kinds_apart,
                        _looting_and_arrest, _people_over_things, _pronoun_patient, _purpose_of,
                        _same_type, arson_apart, fire_of_strike,
                        _launch_of_stopped_weapon, _retreats_apart, fold_dispersal_purpose,
                        arrests_told_apart, other_kind_of_act, plunder_apart,
                        stops_munitions)
from .absorption import absorb as absorb
from .arson import _settle_arson
from .back_reference import (_back_reference, _defined_by_of, _referred_noun, _told_elsewhere,
                             during_the_or_conjunct)
from .back_reference import during_the as during_the
from .back_reference import (names_the_target, operation_named_again, same_weapon_again,
                             the_counted_again)
from .background import grievance, over_a_period
from .captive_counts import figures_put_after, later_captives
from .casualty_followup import (casualties_after_riot, casualties_told_after,
                                claimed_with_its_toll, count_restated_by_another,
                                the_hurt_named_again, wounded_counted_by_another)
from .clause_ties import (_coordinated_acts, _framed_by, _own_days, _participle_outcome,
                          _subject_of, _tied_elsewhere)
from .count_resolution import resolve_counts
from .count_sums import drop_conflict_tolls
from .draft import (Draft, _place_ok, _sent_distance, _sequenced, _shared_targets,
                    _targets_conflict, time_ok, _two_sides, _unnamed_people, same_measure,
                    times_ok)
from .far_tolls import tolls_told_later
from .fight_context import captured_in_fight, fight_told_apart, onset_told_by
from .fight_told_again import fight_goes_on, riot_fights_its_battle, riot_told_again
from .lead_restated import restated_from_the_lead
from .later_tolls import lead_toll_revised, later_tolls
from .recovered_arms import arms_found_after
from .lexicon import load_lexicon
from .lexicon import lemma as _lemma
from .merge_words import ANAPHORIC_DETS as ANAPHORIC_DETS
from .merge_words import NEW_EVENT_DETS as NEW_EVENT_DETS
from .merge_words import SUB_COUNTRY as SUB_COUNTRY
from .merge_words import MIXED_OPERATION_NOUNS, OPERATION_TYPES
from .participant_mapper import participant_keys
from .past_events import apart_in_time
from .people_counts import _marked_additive
from .repression import (arrests_at_a_crowd, broken_up_noun, gathering_told_again,
                         protest_broken_up_then_told)
from .sides import (crowd_and_force, defenders_not_targeted, fought_back_later, other_side,
                    other_speakers, own_account_of_taking, stoned_by_the_crowd, the_sayer_again,
                    turned_on_the_doer)
from .toll_mention import act_dates_the_toll, toll_and_its_act
from .told_acts import said_apart, the_attackers


def _purpose_into_operation(drafts: list[Draft]) -> None:
    """"carried out clearance operations ... to combat the ISIS cells": a purpose clause that
    says what an operation was against is no second event; the operation the sentence reports
    is the event (its type and its modality) and the purpose names its target. A purpose
    that is an outcome ("an operation to detain a leader") is left to the rules for intent."""
    light = [d for d in drafts if d.light and d.typed.plover in OPERATION_TYPES]
    for s in drafts:
        tok = s.trigger.token
        if (s.flexible or s.typed.plover != "ASSAULT" or s.quantities or tok.dep_ != "advcl"
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            continue
        for op in light:
            if op.trigger.token.head.i == tok.head.i and not op.absorbed:
                op.fold_purpose(s)
                break


def _describes_someone(tok: Any) -> bool:
    """"a man who planned the bombing": an event noun inside a relative clause on a person
    is told to say who that person is, not as news."""
    node = tok
    for _ in range(3):
        if node.head == node:
            return False
        node = node.head
        if node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX"):
            return True
    return False


def _outcome_clauses(drafts: list[Draft]) -> None:
    """"the bombing that killed nine people": a killing told in a relative clause on an
    attack noun is that attack's outcome, one event, with the attack's modality; the
    clause's past tense says the attack took place, so an attack noun under "planned" or
    "before" that killed people happened (as background where it describes someone). Counts
    told in that clause belong to the attack, not to an event above it ("arrested a man who
    planned the bombing that killed nine")."""
    by_tok = {d.trigger.token.i: d for d in drafts if not d.absorbed}
    for d in drafts:
        tok = d.trigger.token
        n = by_tok.get(tok.head.i)
        if (d.absorbed or n is None or n is d or tok.dep_ != "relcl" or tok.pos_ != "VERB"
                or n.trigger.token.pos_ != "NOUN" or n.flexible or d.flexible
                or not d.typed.plover == n.typed.plover == "ASSAULT"
                or (n.reference and not (d.modality == "asserted" and tok.tag_ == "VBD"))
                or not any(q.kind in ("killed", "injured") for q in d.quantities)
                or _distinct_acts(n, d)):
            continue
        # "a warning 40 minutes before the explosion, which wounded two officers": a noun
        # that dates another act is still an event of its own when its outcome is told
        n.reference = False
        if (n.modality in ("hypothetical", "future") and d.modality == "asserted"
                and tok.tag_ == "VBD"):
            n.modality = "historical" if _describes_someone(n.trigger.token) else "asserted"
        elif n.modality == "asserted" and _describes_someone(n.trigger.token):
            n.modality = "historical"
        d.modality = n.modality
        absorb(n, d)
        inside = {t.i for t in n.trigger.token.subtree}
        owned = {q.evidence for q in n.quantities}
        for o in drafts:
            if o is n or o.absorbed or not any(
                    a.i == o.trigger.token.i for a in n.trigger.token.ancestors):
                continue
            o.quantities = [q for q in o.quantities if not (
                q.evidence in owned and q.evidence and all(
                    _span_in(ev, inside, n.sent.doc) for ev in q.evidence))]


def _span_in(ev: Span, token_ids: set[int], doc: Any) -> bool:
    """Every token of the evidence (widened to whole tokens) is among `token_ids`."""
    sp = expanded_span(doc, ev.start, ev.end)
    return sp is not None and all(t.i in token_ids for t in sp)


def merge_sentence(drafts: list[Draft]) -> list[Draft]:
    """Merge mentions inside one sentence."""
    _outcome_clauses(drafts)
    drafts = [d for d in drafts if not d.absorbed]
    _purpose_into_operation(drafts)
    fold_dispersal_purpose(drafts)
    drafts = [d for d in drafts if not d.absorbed]
    specific = [d for d in drafts if not d.flexible]
    for d in drafts:
        if d.flexible and specific:
            same = [s for s in specific if s.modality == d.modality and grievance(
                s.trigger.token) == grievance(d.trigger.token) and not plunder_apart(s, d)]
            if d.generic:
                # an operation word folds into the event its sentence reports, never into one
                # that a time adjunct only names to date it ("prior to Sharaa's visit, the
                # country had carried out clearance operations")
                same = [s for s in same if not s.reference]
            if same:
                best = min(same, key=lambda s: abs(s.trigger.token.i - d.trigger.token.i))
                absorb(best, d)
    live = [d for d in drafts if not d.absorbed]
    for b in live:
        # "police arrested three suspects in a raid (on a warehouse)": a raid or sweep with
        # no agent of its own framing the sentence's act is the operation that act was done
        # in, whatever its PLOVER type
        if not b.actors and _lemma(b.trigger.token) in MIXED_OPERATION_NOUNS:
            frame = [a for a in live if a is not b and not a.absorbed and _framed_by(a, b)
                     and a.modality == b.modality and b.trigger.token.head.head.i == (
                         a.trigger.token.i)]
            if frame:
                absorb(frame[0], b)
    for a in live:
        for b in live:
            if b is not a and not b.absorbed and (_launch_of_stopped_weapon(a, b) or (
                    not a.absorbed and riot_fights_its_battle(a, b))):
                absorb(a, b)
    for a in live:
        for b in live:
            if b is not a and not a.absorbed and not b.absorbed and captured_in_fight(a, b):
                absorb(a, b)
    live = [d for d in live if not d.absorbed]
    for a in live:  # "kidnapped the journalist ... and killed him": the same victim
        for b in live:
            if (b is not a and not a.targets and b.targets and _pronoun_patient(a)
                    and _distinct_acts(a, b)):
                a.targets = list(b.targets)
    for i, a in enumerate(live):
        if a.absorbed:
            continue
        for b in live[i + 1:]:
            if b.absorbed or not _same_type(a, b) or arson_apart(a, b) or _retreats_apart(
                    a, b) or plunder_apart(a, b) or _tied_elsewhere(a, b, live) or (
                    _targets_conflict(a, b) and not _coordinated_acts(a, b)
                    and not _framed_by(a, b) and not _subject_of(a, b)
                    and not _participle_outcome(a, b)):
                continue
            if a.modality != b.modality or _sequenced(a, b) or grievance(
                    a.trigger.token) != grievance(b.trigger.token) or _own_days(a, b):
                continue
            absorb(a, b, take_type=onset_told_by(a, b))
    # several flexible mentions and nothing specific: keep one
    flex = [d for d in drafts if not d.absorbed and d.flexible]
    for d in flex[1:]:
        if _same_type(flex[0], d):
            absorb(flex[0], d)
    return [d for d in drafts if not d.absorbed]


def _more_people(e: Draft, d: Draft) -> bool:
    """A later arrest of unnamed people that says it is more of the same operation ("The
    force also detained several suspects", "One additional suspect was detained", "...
    detained two suspects during the operation") joins the arrest reported before it."""
    if not (_arrest(e) and _arrest(d) and e.modality == d.modality
            and not d.new_event and _unnamed_people(d) and _sent_distance(e, d) <= 4):
        return False
    if not (time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place())):
        return False
    words = {t.lower_ for t in d.sent}
    doc = d.sent.doc
    return bool(words & {"also", "additional"} or during_the_or_conjunct(d.trigger.token) or any(
        _marked_additive(q, doc) for q in d.quantities))


def merge_document(drafts: list[Draft]) -> list[Draft]:
    """Merge sentence-level events across the document, in text order."""
    out: list[Draft] = []
    for d in drafts:
        reasons = {} if d.new_event else {id(e): r for e in out if (r := _can_merge(e, d))}
        fits = [e for e in reversed(out) if id(e) in reasons]
        # "Two suspects were detained following the firefight": a mention told as having
        # happened refers to an event told as having happened (or denied: "he is not charged
        # with the attack"), before a nearer one only planned ("the leader plans attacks
        # against the force")
        if d.modality == "asserted":
            fits = [e for e in fits if e.modality not in ("hypothetical", "future")] or fits
        # "... set fire to 30 houses. The toll rose after more bodies were found": a later
        # mention of the raid (its dead, "the attack") is the attack's, not the fire's
        if not _arson_only(d):
            fits = [e for e in fits if not _arson_only(e)] or fits
        # the event that names the same target ("killed Jan ... killing Jan and several other
        # insurgents") before the nearest one (an attack Jan planned, told in between)
        named = [e for e in fits if not e.flexible and _shared_targets(e, d)]
        # "... confirmed the kidnapping": a mention with no target of its own joins the
        # event of its own kind (a kidnapping, not a nearer attack)
        same_kind = [e for e in fits if not e.flexible and not d.flexible
                     and e.typed.plover == d.typed.plover == "ASSAULT"
                     and _abduction(e) == _abduction(d)]
        # "the militants killed in the raid": the event told as a raid before
        noun = _referred_noun(d)
        called = [e for e in fits if noun and noun in {
            _lemma(m.token) for m in (e.trigger, *e.mentions)}]
        # "Soldiers fought the insurgents ... The group claimed the attack, saying its fighters
        # had killed 11": the event its agents did, before a nearer one done to them
        doers = [e for e in fits if not e.flexible and participant_keys(d.actors)
                 & participant_keys(e.actors)]
        # "... set fire to two trucks. Officers were hurt in the clashes": the riot itself
        again = [e for e in fits if reasons[id(e)] == TOLD_AGAIN]
        target = called[0] if called else named[0] if named else again[0] if again else (
            same_kind[0] if same_kind and not d.targets else doers[0] if doers else next(
                (e for e in fits if not e.flexible), fits[0] if fits else None))
        if target is not None and target.typed.plover == "PROTEST" != d.typed.plover and (
                reasons[id(target)] != TOLD_AGAIN):
            # "A mob attacked a stall, beating three men. Three men were injured": harm told
            # after goes to the assault that fits before the riot told beside it
            # (told in the riot's own sentence; harm done by stones stays the riot's)
            target = target if stoned_by_the_crowd(target, d) else next(
                (e for e in fits if not e.flexible and e.typed.plover == d.typed.plover
                 and e.sent.start == target.sent.start), target)
        if target is not None:
            # asked of the chosen event whatever reason let it fit (a mention fit by an
            # earlier test, e.g. "told again", may still be the takers' own account)
            if target.actors and the_counted_again(target, d):
                d.actors = []  # another speaker's doers of the same harm: a contested account
            if own_account_of_taking(target, d, _sent_distance(target, d)):
                d.targets, d.quantities = [], []  # the takers' names and tally for the taken
            if reasons.get(id(target)) == NAMED_AGAIN and target.time is not None and (
                    target.time.start is not None):
                d.time = target.time  # (an undated raid takes the days its noun is told with)
            toll = toll_and_its_act(target, d)
            absorb(target, d, take_type=(target.flexible and not d.flexible)
                   or _people_over_things(target, d) or broken_up_noun(target.trigger.token))
            if toll:
                act_dates_the_toll(target, d)
        else:
            out.append(d)
    later_tolls(out)
    tolls_told_later(out)
    later_captives(out)
    figures_put_after(out)
    arms_found_after(out)
    for d in out:
        drop_conflict_tolls(d)
        resolve_counts(d)
        lead_toll_revised(d)
        _settle_arson(d)
    return out


# why a mention joins an earlier event (`_can_merge`): it fits; it is the takers' own account
# of people they seized; it is people the event counted, told again by another speaker; it is
# a noun for the fight or riot itself, told again ("the fighting continued", "in the clashes");
# it is the operation's noun named again
FITS, OWN_ACCOUNT, COUNTED_AGAIN = "fits", "own account of taking", "the counted again"
TOLD_AGAIN = "the fight told again"
# a raid named again ("the raids targeted ..."): it takes the operation's days, not its sentence's
NAMED_AGAIN = "the operation named again"


def _weapons_found_in_operation(e: Draft, d: Draft) -> bool:
    """Weapons seized or destroyed in the course of a raid or fight reported just before
    belong to that operation ("The security force also seized two AK-47s")."""
    if d.typed.acled != "Disrupted weapons use" or e.typed.plover not in OPERATION_TYPES:
        return False
    if d.typed.plover == "ASSAULT" and e.typed.plover != "ASSAULT":
        return False  # "... arrested 16 saboteurs. One drone was shot down": no weapons found
    if d.modality != e.modality or _sent_distance(e, d) > 3:
        return False
    if d.actors and e.actors and not (d.participants() & e.participants()):
        return False
    return True


def _can_merge(e: Draft, d: Draft) -> str:
    """Why mention `d` can be the same real-world event as the earlier event `e` (a non-empty
    reason; `TOLD_AGAIN` lets `merge_document` prefer the riot a fight noun names), or "" where
    it cannot."""
    if _distinct_acts(e, d) or _kinds_apart(e, d) or _looting_and_arrest(e, d) or (
            other_kind_of_act(e, d)) or _sequenced(e, d) or crowd_and_force(e, d) or (
            e.sent.start == d.sent.start
            and grievance(e.trigger.token) != grievance(d.trigger.token)) or (
            arson_apart(e, d) or fought_back_later(e, d) or defenders_not_targeted(e, d)) or (
            arrests_told_apart(e, d)) or (
            fight_told_apart(e, d) or arrests_at_a_crowd(e, d, load_lexicon())):
        return ""
    if restated_from_the_lead(e, d):
        return FITS
    distance = _sent_distance(e, d)
    if own_account_of_taking(e, d, distance):
        return OWN_ACCOUNT if times_ok(e, d) and _place_ok(e.local_place(), d.local_place()) else ""
    if _told_elsewhere(e, d) and e.typed.plover == d.typed.plover or other_speakers(e, d) or (
            said_apart(e, d)):
        return ""
    if stoned_by_the_crowd(e, d) or casualties_after_riot(e, d, distance) or (
            claimed_with_its_toll(e, d, distance)) or the_hurt_named_again(e, d, distance):
        return FITS
    if fight_goes_on(e, d, distance) or riot_told_again(e, d, distance):
        return TOLD_AGAIN
    if plunder_apart(e, d):
        return ""
    if stops_munitions(d) != stops_munitions(e) and distance > 0:
        return ""  # "... air defences shot down 30 of the 45 drones": an interception
    if over_a_period(d.trigger.token) and not over_a_period(e.trigger.token) and not (
            d.time is not None and d.time.precision == "day"):
        return ""  # "... during the 2019-2021 insurgency": a toll of years, not the day's
    if operation_named_again(e, d):
        return NAMED_AGAIN
    if _more_people(e, d) or _back_reference(e, d) or _purpose_of(e, d) or same_measure(e, d) or (
            same_weapon_again(e, d) or toll_and_its_act(e, d)
            or protest_broken_up_then_told(e, d)):
        return FITS
    near = distance <= 2
    # a fire set or a cache found on a day of its own ("On Sunday night they had already
    # burned a tractor") is not the strike or operation told on another
    in_time_and_place = times_ok(e, d) and _place_ok(e.local_place(), d.local_place())
    if fire_of_strike(e, d, distance) and in_time_and_place:
        return FITS
    if _weapons_found_in_operation(e, d) and in_time_and_place:
        return FITS
    same_plover = e.typed.plover == d.typed.plover and e.typed.plover in OPERATION_TYPES and near
    operation_word = e.generic and near and d.typed.plover in OPERATION_TYPES
    flexible_ok = d.flexible and near and (
        d.anaphoric or d.reference or (not d.targets and e.typed.plover in OPERATION_TYPES))
    gathering = gathering_told_again(e, d, distance)  # (_distinct_acts, other_kind_of_act: above)
    if not (_same_type(e, d) or gathering or same_plover or operation_word or flexible_ok):
        return ""
    if d.generic and not (near or d.anaphoric or d.reference):
        return ""  # "operations" far from any operation and not "the operation": its own
    if not in_time_and_place or apart_in_time(e, d):
        return ""
    if e.modality != d.modality and not (d.flexible or d.reference):
        return ""
    if e.modality == "historical" != d.modality and not (
            (d.anaphoric and not _defined_by_of(d)) or d.reference):
        return ""  # "lost its stronghold in 2019 ... Facing the operations of ISIS, ...":
        # a background event is not what a later plain mention of the present speaks of
    shared = (bool(e.participants() & d.participants()) and not turned_on_the_doer(e, d)) or (
        distance <= 2 and names_the_target(e, d)) or (distance <= 1 and the_sayer_again(e, d)) or (
        distance <= 1 and the_attackers(e, d))
    bare = not d.actors and not d.targets
    if the_counted_again(e, d):
        return COUNTED_AGAIN
    if _two_sides(e, d, distance) or casualties_told_after(e, d, distance) or (
            wounded_counted_by_another(e, d, distance)) or (
            count_restated_by_another(e, d, distance)):
        return FITS
    if _targets_conflict(e, d) and not shared and not d.anaphoric:
        return ""
    # unnamed people taken in a later mention that names no one acting ("Several individuals
    # were detained for questioning") are more of the operation told before, further on
    unnamed = _unnamed_people(e) and _unnamed_people(d)
    operation_near = (e.typed.plover in OPERATION_TYPES and e.typed.plover == d.typed.plover
                      and (distance <= 3 or (distance <= 5 and unnamed)
                           or (distance <= 8 and unnamed and not d.actors)))
    # "the ELN attacked a base ... the government responded by ordering an offensive": a
    # general word for an operation with agents of its own, none of the earlier ones, is theirs
    own_agents = other_side(e, d)
    return FITS if (shared or d.anaphoric or d.reference or bare
            or (d.flexible and not d.targets and not own_agents)
            or (operation_near and not own_agents and not _targets_conflict(e, d))) else ""
