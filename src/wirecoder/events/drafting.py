"""The draft event of one typed trigger: who acted and on whom (instruments, senders, the
members of groups, whom a request or threat is addressed to), its time, place, modality,
quantities, weapons and claims, read from the parse around the trigger.
"""

from __future__ import annotations

from typing import Any

from ..language import DEFINITE_DETERMINERS
from ..records import TimeSpan
from .addressees import ADDRESSED_TYPES, asked_to_act, condition_subjects
from .arguments import Roles
from .argument_words import STATEMENT_TYPES
from .attribution import attributed_to
from .back_reference import during_the, opens_new_scene
from .body_units import body_of_unit
from .borrowed_dates import gathering_day, reported_present, speech_day
from .background import (background, generic_plural, habit_or_ability, in_time_adjunct,
                         scheduled)
from .claims import claims_for
from . import discourse, event_places
from .detect import Trigger
from .doc_context import DocContext
from .draft import Draft
from .frames import MUST_ENTRY
from .led_bodies import led_bodies
from .lexicon import lemma as _lemma
from .merge_words import ANAPHORIC_DETS, NEW_EVENT_DETS, RIOT_SUBTYPES
from .object_dates import (date_of_embedded_act, date_of_object, old_date, reacted_to,
                           reaction_place)
from .modality import modality_of
from .participants import (actor_like, affiliations, as_members, others_antecedent,
                           possessor_group, target_participant)
from .person_names import named_apposition, named_by_group, title_noun
from .phrase_triggers import COMMAND_VERBS
from .count_durations import governing_duration, term_range
from .count_scope import party_size
from .quantities import extract_quantities
from .reading_scope import reading_scope
from .result_participles import VIOLENT_TYPES
from .role_patterns import deployed_forces, hit_unit_owners, orders_forces_out
from .standing_stances import charged_act, standing_charge
from .side_checks import possessive_owner, without_singled_out
from .foreign_times import foreign_time
from .statement_dates import saying_day
from .threat_roles import own_side, threatened_party
from .syntax import counted, pobj_of
from .type_cues import other_clauses
from .typing import Typed
from .weapons import (aircraft_owners, aircraft_weapon, aircraft_word, belonging_owners,
                      instrument_word, weapons_in)


def _linked_group(tok: Any, ctx: DocContext) -> bool:
    """The actor stage linked `tok` to an armed group or organisation of its knowledge base."""
    p = ctx.mapper.participant(tok)
    return p is not None and bool(p.kb_id) and p.sector in ("REB", "INS", "UAF", "MIL", "GOV")


def _owner_named(tok: Any, ctx: DocContext) -> bool:
    """A weapon's modifier the actor stage linked to a known actor or a country ("a Russian
    missile"); a model name the tagger took for a name ("a Katyusha rocket") is none."""
    if not ctx.mapper.mentions:
        return True  # no actor stage ran: the tagger's label is all there is to go on
    m = ctx.mapper.mention_at(tok.idx, tok.idx + len(tok.text))
    return m is not None and bool(m.entity.kb_id or m.entity.country)


def draft_of(trig: Trigger, typed: Typed, ctx: DocContext, roles: Roles) -> Draft:
    """The draft event of one typed trigger, from its `roles` (`roles_for` of the trigger
    and its type; the lists are changed in place)."""
    lex, tok = ctx.lex, trig.token
    # "a bomb exploded / destroyed the bank": a weapon in the subject is the instrument
    # (of any event: "drones hit the substation, cutting power" -- a weapon never acts)
    instruments = [t for t in roles.actors + roles.coactors if instrument_word(t, lex) or (
        typed.plover == "ASSAULT" and aircraft_word(t))]
    roles.actors = [t for t in roles.actors if t not in instruments]
    # "killed by a bomb placed by X": who placed the instrument acted
    roles.actors += [g for t in instruments for c in t.children if c.dep_ == "acl"
                     for a in c.children if a.dep_ == "agent"
                     for g in a.children if g.dep_ == "pobj" and g not in roles.actors]
    # "a Russian missile struck": the state or group the weapon is said to be from fired it
    # (or a group the actor stage linked there, whatever the tagger called it: "an al-Shabaab
    # car bomb", tagged a person)
    roles.actors += [c for t in instruments for c in t.children
                     if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < t.i
                     and ((c.ent_type_ in ("NORP", "GPE", "ORG") and _owner_named(c, ctx))
                          or _linked_group(c, ctx))
                     and c not in roles.actors]  # (a model name, "a Katyusha rocket", is none)
    # "air force jets bombed": the force the aircraft belongs to flew it
    roles.actors += [c for t in instruments for c in aircraft_owners(t)
                     if c not in roles.actors and ctx.mapper.participant(c) is not None
                     and not any(c.i < a.i <= t.i for a in roles.actors)]
    roles.actors += [g for t in instruments for g in belonging_owners(t)
                     if g not in roles.actors]  # "a drone believed to belong to X"
    roles.actors += [o for o in map(possessive_owner, instruments)  # "the army said its jets"
                     if o is not None and o not in roles.actors]
    roles.coactors = [t for t in roles.coactors if t not in instruments]
    unknown = [t for t in roles.name_modifiers
               if not getattr(ctx.mapper.participant(t), "kb_id", None)]
    roles.actors = [t for t in roles.actors if t not in unknown]
    if typed.plover in ("ASSAULT", "COERCE"):
        # "the Banco Popular bombing": a name the actor KB does not know is what was hit,
        # unless it is a place's ("the Bannu attack": where, geo's to say)
        roles.targets += [t for t in unknown if t not in roles.targets and not any(
            p.span.start <= t.idx < p.span.end for p in ctx.analysis.toponyms or [])]
    if typed.plover == "MOBILIZE":
        # "troops were sent to the town": the forces act when no sender is named, and are no
        # target ("the ministry deployed units between the two sides": the sides are)
        forces, senders = deployed_forces(tok)
        forces = [u for t in forces for u in (counted(t), *counted(t).conjuncts)]
        roles.targets = [t for t in roles.targets if t not in forces] + [
            u for h in (tok, *forces) for g in pobj_of(h, ("between",))
            for u in (g, *g.conjuncts)]
        if not senders or _lemma(tok) in COMMAND_VERBS and not orders_forces_out(tok):
            # (a "by" deeper in, "to repel raids by X", names no sender; "ordered the army to
            # take control of the port": the army deploys)
            roles.actors = forces
    roles.actors = [body_of_unit(t) for t in roles.actors]  # "the chamber of the court"
    actors = [p for p in (ctx.mapper.participant(t) for t in roles.actors + roles.coactors) if p]
    for t in roles.actors:
        # "Boko Haram fighters", "ELN guerrillas released", "fighters of the Arakan Army
        # signed": members named by their group are that group, whatever they did; the groups
        # a person phrase names beside ("a Taliban facilitator") act too only in an attack
        groups = affiliations(t, ctx) or possessor_group(t, ctx)
        p = ctx.mapper.participant(t)
        led = led_bodies(t, p, ctx.mapper)  # "leaders of the Tole and Malipin clans agreed"
        if led and p in actors:
            i = actors.index(p)
            actors[i:i + 1] = [q for q in led if q not in actors]
            continue
        merged = as_members(t, p, groups)
        if p is not None and p in actors and p not in merged:
            actors[actors.index(p)] = merged[0]
        elif typed.plover in ("ASSAULT", "COERCE"):
            actors.extend(groups)
    # the second word of a multiword trigger is the trigger's, no participant ("seized power")
    target_toks = [t for t in roles.targets if trig.extra is None or t.i != trig.extra.i]
    if typed.plover in ("AID", "AGREE", "RETREAT", "SUPPORT", "CONCEDE", "REQUEST"):
        to = [g for c in tok.children if c.dep_ in ("prep", "dative") and (c.lower_ == "to" or (
              c.lower_ == "with" and _lemma(tok) == "plead")) for g in c.children
              if g.dep_ == "pobj"]  # ("pleaded with the authorities to ...": whom)
        if typed.plover == "AGREE" and not to:  # "agreed to return the assets to Abuja"
            to = [g for x in tok.children if x.dep_ == "xcomp" and x.pos_ == "VERB"
                  for h in (x, *(o for o in x.children if o.dep_ == "dobj"))
                  for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
        if to and typed.plover == "REQUEST":
            # "appealed to the clans to allow food through": whom the appeal is made to is
            # the target, not what the clause asks them to act on
            asked = {x.i for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp")
                     for x in c.subtree}
            target_toks = [t for t in target_toks if t.i not in asked]
        target_toks = to + target_toks
    if typed.plover == "ACCUSE" and _lemma(tok) == "attribute":
        target_toks = attributed_to(tok) or target_toks  # "attributed the attack to X": X
    if typed.plover in ("REQUEST", "CONCEDE", "REJECT"):
        target_toks += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                        for g in c.children if g.dep_ == "pobj"]
    if typed.plover in ("REQUEST", "ACCUSE", "THREATEN", "REJECT") and not roles.targets:
        # "demanded that the US cancel ...": whom the demand is addressed to
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp") or c.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                if typed.plover == "THREATEN" and any(own_side(g) for g in subj):
                    # "warned that it would cut ties with Kiribati": the speaker threatens what
                    # it will do itself; the threat is aimed at whom that act is done to
                    target_toks += threatened_party(c)
                else:
                    target_toks += subj
    if typed.plover == "THREATEN" and not any(actor_like(t, ctx) for t in roles.targets):
        # "threatened reprisals if Oslo hosted the troops", "threatened to retaliate if Manila
        # held the drills": the threat is aimed at whom its condition says may act
        target_toks += condition_subjects(tok)
    if typed.plover == "CONSULT" and typed.mode in ("visit",):
        target_toks += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
                        for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE",)]
    if trig.entry is MUST_ENTRY:
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        rep = [c for c in tok.head.children if c.dep_ in ("nsubj",)]
        actors = [p for p in (ctx.mapper.participant(t) for t in rep) if p]
        target_toks = subj
    titles: dict[int, Any] = {}  # a name's title noun ("the Taliban commander Fayez Jan")
    if typed.plover in ("ASSAULT", "COERCE"):
        titles = {n.i: t for t in target_toks for n in named_apposition(t)
                  if n.i != t.i and named_by_group(t)}
        target_toks = [n for t in target_toks for n in named_apposition(t)]
    if typed.plover == "ASSAULT":
        target_toks += [g for g in hit_unit_owners(tok) if g not in target_toks]
    target_toks = without_singled_out(target_toks)
    targets = []
    for t in target_toks:
        if typed.plover == "COERCE" and others_antecedent(t) not in target_toks:
            t = others_antecedent(t)  # "... and three others were detained": more of them
        p = target_participant(t, typed, ctx)
        if p is None and typed.plover in ADDRESSED_TYPES and asked_to_act(t, tok):
            p = ctx.mapper.participant(t)  # "asked landowners to report ...": someone
        # ("blamed fighters of the OLA": an accusation of a group's members is of the group)
        members_of = typed.plover == "ACCUSE" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        # (a group named in the title of a named person is targeted through them, as
        # through an unnamed one: "killed the Taliban commander Fayez Jan")
        groups = affiliations(titles.get(t.i) or title_noun(t) or t, ctx) if typed.plover in (
            "ASSAULT", "COERCE") or members_of else []
        targets.extend(q for q in as_members(t, p, groups) if q not in targets)
    d = Draft(trigger=trig, sent=tok.sent, typed=typed, actors=actors, targets=targets)
    d.time = ctx.time_of(tok, trig.start, trig.end)
    if foreign_time(tok, d.time):
        d.time = TimeSpan(None, None, "unknown", fallback="the only date describes a participant")
    elif date_of_object(tok, d.time) or reacted_to(tok, d.time) or (
            old_date(d.time, ctx.analysis.anchor) and date_of_embedded_act(tok, d.time)):
        # "convicted over the 2024 attack", "urged them to use the deal initialled in 2025"
        d.time = TimeSpan(None, None, "unknown", fallback="the only date is another event's")
    elif typed.plover in STATEMENT_TYPES and discourse.said_content_time(tok, d.time):
        d.time = TimeSpan(None, None, "unknown",
                          fallback="the only date is what the statement is about")
    if d.time.start is None and typed.plover in ("COERCE", "ASSAULT"):
        d.time = gathering_day(tok, ctx.time_of) or d.time
    if d.time.start is None:
        d.time = speech_day(tok, ctx.time_of) or d.time
    if d.time.start is None and typed.plover in STATEMENT_TYPES:
        d.time = saying_day(tok, ctx.time_of) or d.time
    if d.time.start is None and ctx.analysis.anchor and reported_present(tok) is not None:
        # "Qatar is mediating ..., officials said": going on as the article reports it
        a = ctx.analysis.anchor
        d.time = TimeSpan(a.date, a.date, "day", text=None, anchor=a.describe(),
                          fallback="no date in the text: told in the present tense, dated "
                                   f"by the document's anchor ({a.source})")
    if (d.time.start is None and typed.plover in STATEMENT_TYPES and ctx.analysis.anchor
            and (tok.tag_ in ("VBD", "VBZ", "VBP", "VBN") or tok.pos_ == "NOUN"
                 or tok.tag_ == "VBG" and tok.dep_ == "advcl")):
        # a statement the article reports with no date of its own: dated by the article
        a = ctx.analysis.anchor
        d.time = TimeSpan(a.date, a.date, "day", text=None, anchor=a.describe(),
                          fallback="no date in the text: a reported statement, dated by the "
                                   f"document's anchor ({a.source})")
    d.location = ctx.place_of(trig, statement=typed.plover in event_places.SPEECH_TYPES
                              or typed.plover == "SANCTION")
    if event_places.addressed_place(d) or reaction_place(tok, d.location):
        d.location = None  # (where a statement, or a reaction to the act, was made)
    anchor = ctx.analysis.anchor.date if ctx.analysis.anchor else None
    d.modality = modality_of(tok, d.time, anchor, lex,
                             violent=typed.plover not in STATEMENT_TYPES | {"CONSULT"},
                             harms=typed.plover in VIOLENT_TYPES)
    scope = reading_scope(tok)
    scope += [t for t in governing_duration(tok) if t not in scope]
    d.quantities = extract_quantities(tok, scope, trig.entry.quantity, ctx.document, lex,
                                      objects=roles.objects or roles.targets,
                                      assault=typed.plover == "ASSAULT",
                                      event_type=typed.plover)
    d.quantities += term_range(tok, ctx.document.id)  # "to between nine and 15 years"
    if typed.plover == "ASSAULT":  # "About 15 gunmen stormed the post, killing three officers"
        d.quantities += party_size(tok, d.quantities, ctx.document.id, lex)
    if typed.plover in ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE") or (
            typed.acled in RIOT_SUBTYPES):  # "the march turned violent as they threw stones"
        d.weapons = weapons_in(scope, ctx)
        if not d.weapons and typed.plover == "ASSAULT" and trig.entry.plover == "ASSAULT":
            # "a bomb went off in the bank, killing two": the weapon named in the sentence
            other = other_clauses(tok)  # (not the weapon of a clause of another subject)
            d.weapons = weapons_in([t for t in tok.sent if t.i not in other], ctx)
        for t in instruments:
            if aircraft_word(t):
                d.weapons.append(aircraft_weapon(t, ctx))
                continue
            if not any(t.idx >= w.evidence[0].start and t.idx < w.evidence[0].end
                       for w in d.weapons if w.evidence):
                d.weapons.extend(weapons_in(sorted(t.subtree, key=lambda x: x.i), ctx))
    d.claims = claims_for(tok, ctx.mapper, lex, ctx.time_of)
    d.evidence = [ctx.sent_span(tok.sent)]
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "predet")}
    d.anaphoric = tok.pos_ in ("NOUN", "PROPN") and bool(dets & ANAPHORIC_DETS)
    d.reference = in_time_adjunct(tok)
    d.reference_anchor = during_the(tok)
    if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS and not lex.in_class(
            _lemma(t), "place_word") for t in roles.targets for c in t.children) and \
            (typed.plover in ("COERCE", "ASSAULT") or typed.mode == "expel"):
        # "the detainees were taken into custody": the same arrest ("struck the port of
        # Hodeidah" names a place, not people the text spoke of before; "the diplomat was
        # declared persona non grata": the expulsion told before)
        d.anaphoric = True
    if d.modality == "asserted" and background(tok):
        d.modality = "historical"
    charge = charged_act(tok) or tok  # "have accused both sides of killing civilians"
    if d.modality == "asserted" and (held := standing_charge(charge)):
        d.modality = held  # "fishermen accuse the trawlers of ..."
    if d.modality == "asserted" and (generic_plural(tok, lex) or habit_or_ability(tok)):
        d.modality = "hypothetical"  # "responsible for attacks against X": habitual, no one event
    if d.modality == "asserted" and scheduled(tok):
        d.modality = "future"  # "the council is due to vote on renewing the mandate"
    d.light = trig.entry.generic and tok.dep_ in ("dobj", "nsubjpass", "conj") and (
        _lemma(tok.head) in lex.classes["light"])
    if d.reference:
        d.claims = []
    d.new_event = bool(dets & NEW_EVENT_DETS) or opens_new_scene(tok)
    d.mentions = []
    return d
