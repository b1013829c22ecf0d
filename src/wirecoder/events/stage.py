"""The events stage: from a parsed, time-, place- and actor-tagged document to Event records.

detect triggers -> type them in context -> arguments from the parse -> embedded events fold
into the request / threat / refusal that carries them -> modality, time, place, quantities,
weapons, claims -> merge repeated mentions -> confidence, summary, stable id.
"""

from __future__ import annotations

from typing import Any

from .addressees import condition_subjects
from .clause_triggers import vowed_response
from ..records import Analysis, Event, TimeSpan
from ..time.lasting_acts import lasting_span
from .arguments import Roles, roles_for, roles_key
from .argument_words import STATEMENT_TYPES
from .borrowed_dates import dawn_day, occasion_day, speech_day, told_day_past_relative
from .background import court_act_describes
from .barrier_agents import attach_barrier_agents
from .actor_carry import (carry_actors_into_passives, name_believed_groups, name_pronoun_doers,
                          name_quoted_speakers)
from .claim_carry import (carry_claims_forward, credit_continued_quotes, credit_detail_sources,
                          credit_flight_sources, credit_wreckage_sources,
                          drop_own_statement_claims)
from .claim_credits import credit_both_sides, credit_claimers_and_blamers, credit_mediators
from .count_sources import attach_count_sources
from .own_accounts import credit_own_accounts
from .release_issuer import credit_release_issuer
from .quoted_openings import credit_quotation_openings
from . import discourse, event_places
from .detail_dates import date_story_details, date_toll_leads
from .detect import Trigger, find_triggers
from .doc_context import DocContext, optional_import
from .draft import Draft
from .drafting import draft_of
from .event_record import to_event
from .filters import (_addressless_request, _bare_noun, _fold_cut_utilities, _fold_pledged_aid,
                      _fold_support_requests, identity_clause, inscribed_demand,
                      patrol_as_party)
from .frames import (FRAMES, agreed_truce, conditional, frame_of, intent_adjective, must_triggers,
                     refused_meeting, reported, vowed_force)
from .count_resolution import arrests_counted_once
from .riot_counts import dispersals_share_the_riot, hurt_to_its_event
from .intent_frames import as_intent, embed
from .judged_acts import attach_judged_doers
from .later_participants import (attach_arresting_claimants, attach_condemned_perpetrators,
                                 attach_identified_victims, attach_later_participants,
                                 attach_mobilized_against, attach_passive_plunderers,
                                 attach_searching_forces)
from .border_targets import attach_states_across
from .crowd_targets import parts_of_a_group, people_beside_named
from .owned_things import attach_owners_told_after
from .sought_groups import attach_sought_groups
from .things_beside_people import drop_things_beside_people
from .whom_targets import drop_non_targets
from .pronoun_targets import attach_held_again, attach_them_targets
from .under_fire import attach_fire_from, credit_first_fire
from .lexicon import load_lexicon
from .merge import merge_document, merge_sentence
from .past_events import date_when_clauses, mark_past_events
from .modality import denied
from .person_names import expand_name, full_names
from .standing_stances import standing_pledge, standing_refusal
from .side_checks import check_sides
from .statement_dates import (date_acts_done_by, date_undated_reported_acts,
                              date_undated_statements, saying_day)
from .statement_targets import (attach_answered_doers, attach_condemned_courts,
                                attach_condemned_violence, attach_holders_of_released,
                                attach_welcomed_doers)
from .territory_sides import territory_taker_side
from .armed_sides import armed_blockades, armed_on_both_sides
from .typing import Typed, resolve_types


def extract_events(analysis: Analysis) -> list[Event]:
    """Events a document reports, one per real-world event."""
    if analysis.doc is None:
        return []
    lex = load_lexicon()
    ctx = DocContext(analysis, lex)
    names = [(m.span.start, m.span.end) for m in analysis.mentions or []]
    triggers = find_triggers(analysis.doc, lex, names) + must_triggers(analysis.doc, lex)
    triggers.sort(key=lambda t: t.token.i)
    by_token = {t.token.i: t for t in triggers}
    typed: dict[int, Typed] = {}
    drafts: dict[int, Draft] = {}
    embedded: dict[int, Trigger] = {}
    cases = []
    # `roles_for` of (token, `roles_key`): read once for typing, reused where the final type
    # reads the same
    roles_read: dict[tuple[int, tuple[str, bool]], Roles] = {}

    def roles_of(tok: Any, plover: str, mode: str | None) -> Roles:
        key = (tok.i, roles_key(plover, mode))
        if key not in roles_read:
            roles_read[key] = roles_for(tok, plover, mode, lex)
        return roles_read[key]

    for trig in triggers:
        roles = roles_of(trig.token, trig.entry.plover, trig.entry.mode)
        cases.append((trig, roles.objects, roles.targets, roles.actors))
    for trig, ty in zip(triggers, resolve_types(cases, lex)):
        if ty is not None:
            typed[trig.token.i] = ty
    # events embedded in a request / threat / refusal / promise fold into it
    for trig in triggers:
        if trig.token.i not in typed:
            continue
        frame = frame_of(trig, by_token)
        if frame is not None and frame.token.i in typed:
            inner_ty = typed[trig.token.i]
            typed[frame.token.i] = inner_ty if agreed_truce(frame, trig) else as_intent(
                inner_ty, lex) if vowed_force(frame, trig, inner_ty.plover) else embed(
                typed[frame.token.i], inner_ty, lex)
            embedded.setdefault(frame.token.i, trig)
            del typed[trig.token.i]
    for trig in triggers:
        ty = typed.get(trig.token.i)
        if ty is None:
            continue
        d = draft_of(trig, ty, ctx, roles_of(trig.token, ty.plover, ty.mode))
        tok = trig.token
        inner = embedded.get(tok.i)
        if inner is not None and not d.targets:
            # "offered to hand over to Britain": whom the promised / demanded act concerns
            r = roles_of(inner.token, ty.plover, None)
            d.targets = [p for p in (ctx.mapper.participant(t) for t in r.targets) if p]
            if ty.plover in ("REQUEST",) and not d.targets:
                d.targets = [p for p in (ctx.mapper.participant(t) for t in r.actors) if p]
        if intent_adjective(tok) or (d.modality in ("future", "hypothetical")
                                      and conditional(tok)):
            d.typed = as_intent(ty, lex)
            if conditional(tok) and d.typed.plover == "AGREE" and ty.plover in (
                    "RETREAT", "SANCTION", "PROTEST"):
                d.typed = Typed("THREATEN", "relations", None, "130", ty.weight)
            d.modality = "asserted"
        elif d.modality == "future" and ty.plover not in FRAMES and reported(tok, lex):
            d.typed = as_intent(ty, lex)
            d.modality = "asserted"
        elif d.modality == "negated" and (ty.plover in ("AGREE", "SUPPORT", "CONCEDE", "RETREAT",
                                                         "AID", "COOPERATE") or (
                ty.plover == "CONSULT" and refused_meeting(tok))) and not denied(tok):
            d.typed = as_intent(ty, lex, negated=True)
            d.modality = "asserted"
        if d.typed.plover != ty.plover and d.typed.plover in STATEMENT_TYPES \
                and ctx.analysis.anchor and (d.time.start is None or (
                    d.time.start > ctx.analysis.anchor.date)):
            # "the EU will provide aid, the Commission said": a pledge the article reports
            # with no date of its own is said on the day the article tells it, or on the day
            # of the saying that reports it ("said on Tuesday it would not negotiate"); so is
            # one whose act is set for a later day ("Troops are to withdraw on Friday, the
            # ministry said": said now, not done on Friday)
            a = ctx.analysis.anchor
            d.time = saying_day(tok, ctx.time_of) or TimeSpan(
                a.date, a.date, "day", text=None, anchor=a.describe(),
                fallback="no date in the text: a reported statement, dated by "
                         f"the document's anchor ({a.source})")
        if d.typed.plover == "THREATEN" != ty.plover and not d.targets:
            # "would call a strike if Congress did not repeal the law": an act threatened on a
            # condition is aimed at whom the condition says may act
            d.targets = [p for p in map(ctx.mapper.participant, condition_subjects(tok)) if p]
        if d.modality in ("hypothetical", "future") and vowed_response(tok, lex) is not None:
            d.modality = "asserted"  # "would respond in kind": the vow is the threat, said
        if d.modality == "asserted" and d.typed.plover == "REJECT" and (
                held := standing_refusal(tok)):
            d.modality = held  # "has never recognised its independence"
        if d.modality == "asserted" and d.typed.plover == "AGREE" and (
                held := standing_pledge(tok)):
            d.modality = held  # "Islamabad has promised to set up a protection unit"
        drafts[tok.i] = d
    date_when_clauses(drafts.values(), ctx.analysis.timexes)
    _fold_support_requests(drafts)
    _fold_cut_utilities(drafts)
    _fold_pledged_aid(drafts)
    armed_blockades(list(drafts.values()))
    by_sent: dict[int, list[Draft]] = {}
    for d in drafts.values():
        by_sent.setdefault(d.sent.start, []).append(d)
    merged: list[Draft] = []
    for start in sorted(by_sent):
        merged.extend(merge_sentence(by_sent[start]))
    final = merge_document(merged)
    # an operation word alone, with nobody acting and nothing acted on, is not an event
    final = [d for d in final if not (d.generic and not d.mentions and (
        not d.light or not (d.actors or d.targets)))]
    final = [d for d in final if not _bare_noun(d) and not _addressless_request(d)
             and not identity_clause(d) and not patrol_as_party(d)
             and not inscribed_demand(d)]
    final = event_places.said_where_filed(discourse.apply(final), ctx.analysis)
    territory_taker_side(final)
    armed_on_both_sides(final)
    # an event told with no date, once merged with every mention of it: the day the sentences
    # before it tell ("During an operation Wednesday ... They were subsequently killed"); late,
    # so that a borrowed day neither splits mentions nor passes for the clause's own time
    for d in final:
        if d.modality == "asserted" and (d.time is None or d.time.start is None):
            # the first mention whose sentences tell the day: a lead that dates only the act it
            # followed ("on Thursday after police fired") leaves it to the clash's paragraph
            d.time = next((ts for ts in (ctx.day_told_before(
                m.token, d.typed.plover not in STATEMENT_TYPES) for m in (d.trigger, *d.mentions))
                if ts), d.time)
    for d in final:  # "an attack in May 2024, in which 20 people were killed": its date
        if d.modality != "hypothetical" and (d.time is None or d.time.start is None):
            d.time = occasion_day(d, final) or d.time
    discourse.dates_of_anchor_events(final)
    for d in final:  # "has sent troops to X, the army said on Monday": the saying's day
        if d.modality == "asserted" and (d.time is None or d.time.start is None):
            d.time = speech_day(d.trigger.token, ctx.time_of, perfect=True) or \
                told_day_past_relative(d.trigger.token, ctx.time_of) or \
                dawn_day(d.trigger.token, ctx.time_of, ctx.analysis.anchor) or d.time
    date_toll_leads(final)
    date_undated_statements(final, STATEMENT_TYPES,
                            ctx.analysis.anchor.date if ctx.analysis.anchor else None)
    date_undated_reported_acts(final, STATEMENT_TYPES,
                               ctx.analysis.anchor.date if ctx.analysis.anchor else None,
                               ctx.analysis.timexes)
    date_story_details(final, STATEMENT_TYPES,
                       ctx.analysis.anchor.date if ctx.analysis.anchor else None,
                       ctx.analysis.timexes)
    date_acts_done_by(final, STATEMENT_TYPES,
                      ctx.analysis.anchor.date if ctx.analysis.anchor else None)
    for d in final:  # "who had blocked the highway for three days": the days it lasted
        if d.modality == "asserted" and d.time is not None:
            d.time = lasting_span(d.time, d.trigger.token, ctx.analysis.timexes or [])
    attach_identified_victims(final, ctx)
    attach_later_participants(final, ctx)
    name_believed_groups(final, ctx)
    attach_count_sources(final, ctx, lex)
    credit_release_issuer(final, ctx)
    attach_arresting_claimants(final)  # (after the release's issuer is its claimant)
    carry_claims_forward(final, ctx)
    credit_continued_quotes(final, ctx)
    credit_quotation_openings(final, ctx)
    credit_detail_sources(final, ctx, lex)
    credit_flight_sources(final, ctx, lex)
    credit_wreckage_sources(final)
    credit_claimers_and_blamers(final, ctx)
    credit_mediators(final, ctx)
    credit_both_sides(final)
    attach_searching_forces(final, ctx)
    attach_passive_plunderers(final)
    attach_fire_from(final, ctx)
    credit_first_fire(final, ctx)
    attach_them_targets(final, ctx)
    attach_held_again(final, ctx)
    attach_owners_told_after(final, ctx)
    parts_of_a_group(final)
    people_beside_named(final)
    attach_states_across(final, ctx)
    attach_sought_groups(final, ctx)
    for d in final:
        if d.modality == "asserted" and court_act_describes(d.trigger.token):
            d.modality = "historical"
    mark_past_events(final, ctx.analysis.anchor, ctx.analysis.timexes)
    arrests_counted_once(final)
    hurt_to_its_event(final)
    dispersals_share_the_riot(final)
    attach_condemned_perpetrators(final, ctx)
    attach_judged_doers(final, ctx)
    attach_condemned_courts(final)
    attach_condemned_violence(final)
    attach_welcomed_doers(final)
    attach_answered_doers(final)
    attach_holders_of_released(final)
    attach_barrier_agents(final, ctx)
    attach_mobilized_against(final, ctx)
    name_pronoun_doers(final, ctx)  # (last: the passes above name their own)
    name_quoted_speakers(final, ctx)
    carry_actors_into_passives(final, ctx)
    credit_own_accounts(final, ctx)  # (once the parties are known)
    drop_own_statement_claims(final)
    check_sides(final, ctx)
    drop_things_beside_people(final)  # (after: the sides checked may drop the people)
    drop_non_targets(final, ctx)
    people = full_names(analysis.doc)
    if people:
        for d in final:
            d.actors = [expand_name(p, people) for p in d.actors]
            d.targets = [expand_name(p, people) for p in d.targets]
    return [to_event(d, analysis) for d in final]


class EventStage:
    """Pipeline stage: fills `analysis.events` (and `analysis.facts` from the actor stage)."""

    name = "events"
    requires = ("doc", "anchor", "timexes", "toponyms", "mentions")
    assigns = ("events", "facts")

    def __init__(self, options: Any = None) -> None:
        self.options = options
        load_lexicon()
        self._facts = optional_import("wirecoder.actors", "facts_from_text")

    def __call__(self, analysis: Analysis) -> None:
        analysis.events = extract_events(analysis)
        if self._facts is not None:
            try:
                analysis.facts = list(self._facts(analysis))
            except Exception as exc:  # noqa: BLE001
                analysis.problems.append(f"events: facts_from_text failed: {exc!r}")
