"""Arguments from syntax, not proximity: who acted, against or toward whom, with what.

For a verb trigger the actor is its subject (or the "by" agent of a passive), the target its
object (or the passive subject, or the object of "against"/"on"/"at"/"with" for meetings and
clashes); a controlled or coordinated verb borrows the subject of the verb it depends on;
"in cooperation with X" adds X as a co-actor. For a noun trigger the actor is its possessor,
"by" agent or the subject of the light verb it is the object of ("launched an operation"),
and the target its "against"/"on"/"of" complement. Token spans map to the actor stage's
mentions (`analysis.mentions`); a phrase no mention covers becomes an unlinked participant.

The rules are split by what they read: `role_patterns` (the single constructions `roles_for`
reads: light verbs, a passive's hidden agent, damage, co-actors, appositions), `syntax`
(subjects, prepositional objects, datelines), `bilateral_acts` (acts of two parties with each
other), `noun_phrases` (a participant's phrase), `responsibility` (who is held responsible),
`participant_mapper` (head tokens to participants) and `argument_words` (the word lists).
The public names of the last four stay importable from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .argument_words import (DELIVERED_TYPES, DETONATE_VERBS, EXPLODE_VERBS, INSTRUMENT_VERBS,
                             KIND_ADJECTIVES, LAID_EXPLOSIVES, NON_PARTICIPANT_ENTS,
                             OPPONENT_WITH, PATIENT_NOUN_MODES, PATIENT_NOUN_TYPES, PLEDGE_VERBS,
                             RELATION_NOUNS, SAY_VERBS, SUFFER_VERBS, SYMMETRIC_TYPES, TIME_NOUNS,
                             TRIP_VERBS, VENUE_WORDS)
from .argument_words import DESCRIPTORS as DESCRIPTORS
from .argument_words import REPORT_NOUNS as REPORT_NOUNS
from .bilateral_acts import (BILATERAL_WORDS, LEADER_NOUNS, PACT_NOUNS, bilateral, mutual,
                             pact_topic, signing_party, swapped)
from .claimant_names import issued_by
from .fight_sides import fight_sides, fight_subject, named_groups
from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .modality import said_in_contact
from .noun_phrases import group_head as group_head
from .noun_phrases import np_bounds as np_bounds
from .envoy_triggers import HOSTING_VERBS, unwelcome_people
from .participant_mapper import ParticipantMapper as ParticipantMapper
from .participant_mapper import _unhedged as _unhedged
from .participant_mapper import merge_participants as merge_participants
from .participant_mapper import participant_key as participant_key
from .responsibility import claimed_agents as claimed_agents
from .responsibility import responsibility_agents
from .role_patterns import (after_explosion, agents_of_event_in, agents_of_when_clause,
                            appos_names, coactors, damaged, dead_in, delivered, dispersed,
                            has_patient, hit_objects, light_verb_subject, named_object,
                            pronoun_antecedents, provokers,
                            says_where, shared_object, weapon_noun, with_included,
                            without_split_modifiers)
from .stand_ins import stands_for
from .clause_subjects import subject_of
from .syntax import _dateline, counted, included, may_act, pobj_of, set_apart, with_conjuncts
from .syntax import measured_noun as measured_noun
from .under_fire import fire_doers


@dataclass
class Roles:
    actors: list[Any] = field(default_factory=list)  # head tokens
    targets: list[Any] = field(default_factory=list)
    coactors: list[Any] = field(default_factory=list)
    objects: list[Any] = field(default_factory=list)  # direct objects, incl. inanimate
    # actors that are only a name modifying the event noun ("the X bombing"): an actor only
    # when the actor KB knows the name, else what was hit (see `name_modifier`)
    name_modifiers: list[Any] = field(default_factory=list)



def roles_key(plover: str, mode: str | None) -> tuple[str, bool]:
    """All that `roles_for` reads of an event type: the PLOVER type, and whether the mode is
    one whose noun names the patient (`PATIENT_NOUN_MODES`). Two types with the same key give
    a trigger the same roles, so the roles read for one can serve the other."""
    return plover, mode in PATIENT_NOUN_MODES


def roles_for(trigger: Any, plover: str, mode: str | None, lex: Lexicon) -> Roles:
    """Syntactic roles of one trigger token (they depend on the type only through
    `roles_key`)."""
    r = Roles()
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB"):
        subj, passive = subject_of(trigger)
        if passive and trigger.head.dep_ == "agent" and _lemma(
                trigger.head.head) in DISPLACING_VERBS:
            subj = []  # "people displaced by fighting between X and Y": no side's target
        if passive and plover == "PROTEST" and trigger.dep_ == "acl" and not any(
                c.dep_ == "agent" for c in trigger.children):
            passive = False  # "Several hundred activists protested outside ..., police said":
            # the parser read a participle on the crowd; no one is "protested" or "marched"
        agents = [g for c in trigger.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"]
        if passive and not agents:
            agents = [g for t in trigger.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")
                      and t.head.head in (trigger, *trigger.children)
                      and not (t.head.dep_ in ("acl", "relcl") and t.head.head.dep_ in (
                          "nsubjpass", "nsubj"))  # "the lorries, hired by UNICEF, were ..."
                      for g in t.children if g.dep_ == "pobj" and g.ent_type_ not in
                      NON_PARTICIPANT_ENTS]
        if passive and not agents:
            # ("two were killed and three injured when a drone struck": the clause on the
            # last of coordinated passives tells them all)
            agents = agents_of_event_in(trigger, lex) or agents_of_when_clause(trigger, lex) or [
                a for c in trigger.conjuncts if c.i > trigger.i and c.pos_ == "VERB"
                for a in agents_of_when_clause(c, lex)]
        if passive or any(c.dep_ in ("dobj", "obj") for c in trigger.children):
            # "leftists were arrested, including A and B", "shelled villages, including X":
            # the parser hangs the list on the verb; its members are the patients'
            r.targets.extend(g for c in trigger.children if c.dep_ in ("prep", "agent")
                             and c.lower_ == "including" for g in included(c))
        if passive:
            if _lemma(trigger) in DETONATE_VERBS | {"use"}:
                # "two parcels were detonated": what is detonated is the explosive, the
                # instrument (read from the sentence), not what the blast hit
                subj = []
            r.targets.extend(subj)
            r.actors.extend(agents)
        else:
            own_subj = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
            exploded = (_lemma(trigger) in EXPLODE_VERBS and own_subj and not any(
                c.dep_ in ("dobj", "obj") for c in trigger.children)) or (
                trigger.dep_ in ("advcl", "conj", "xcomp") and not own_subj
                and _lemma(trigger.head) in EXPLODE_VERBS and not any(
                    c.dep_ in ("dobj", "obj") for c in trigger.head.children)) or (
                after_explosion(trigger) and not own_subj)
            if exploded:
                # "the car exploded, killing four": what exploded is no actor (a weapon
                # word stays, as the instrument)
                subj = [t for t in subj if lex.in_class(_lemma(t), "weapon")
                        or lex.in_class(_lemma(t), "weapon_head")]
            tripped = trigger if own_subj or trigger.dep_ not in ("advcl", "conj", "xcomp") \
                else trigger.head  # "a truck hit a mine, killing four": the truck's hit
            if _lemma(tripped) in TRIP_VERBS and any(
                    _lemma(c) in LAID_EXPLOSIVES for c in tripped.children if c.dep_ == "dobj"):
                subj = []  # "their patrol hit a landmine": the patrol set nothing off
            r.actors.extend(subj)
            r.actors.extend(agents)
            # "Air force drones struck ...", "army drones hit ...": the force the weapon is
            # named for acts with it
            r.actors.extend(c for t in subj if weapon_noun(t) for c in t.children
                            if c.dep_ in ("compound", "nmod") and c.i < t.i
                            and lex.in_class(_lemma(c), "state_force") and c not in r.actors)
        objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj")] or shared_object(
            trigger) or named_object(trigger)
        datives = [c for c in trigger.children if c.dep_ == "dative"]
        r.objects.extend(objs)
        if plover in ("AID", "RETREAT", "AGREE", "SUPPORT", "CONCEDE") and datives:
            r.targets.extend(datives)
        elif plover in ("AID",) and _recipients(trigger, objs):
            r.targets.extend(_recipients(trigger, objs))
        elif _lemma(trigger) in DETONATE_VERBS | {"fire", "use"} or (
                _lemma(trigger) == "launch" and any(
                    lex.in_class(_lemma(x), c) for o in objs for x in (o, *o.conjuncts)
                    for c in ("weapon", "weapon_head"))):
            # "detonated them / a car bomb", "fired tear gas and water cannon", "launched 120
            # drones at Ukraine": the object is what was set off or shot, not whom it hit;
            # "to disperse the crowd" or "at X" says whom
            r.targets.extend(dispersed(trigger))
        elif plover == "ACCUSE" and _lemma(trigger) in SAY_VERBS:
            pass  # "told reporters the raid was a crime": whom it was told, not whom it blames
        else:  # (an explosive run into is what hit them, not what was hit)
            r.targets.extend(o for o in objs if not (_lemma(trigger) in TRIP_VERBS
                                                     and _lemma(o) in LAID_EXPLOSIVES))
            r.targets.extend(datives)
        if plover in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
            r.targets.extend(pobj_of(trigger, ("toward", "towards")))
            if plover == "SUPPORT" and _lemma(trigger) == "stand":
                # "Washington stands firmly with Guyana": whom it stands with, by or behind
                r.targets.extend(pobj_of(trigger, ("with", "by", "behind")))
        else:
            preps: tuple[str, ...] = ("against", "on", "upon", "at", "toward", "towards")
            own_passive = [c for c in trigger.children if c.dep_ == "nsubjpass"]
            # (a passive whose subject the parser lost still had one: "after one of the
            # commanders was detained at the airport" says where)
            if has_patient(trigger, objs, own_passive, lex) or (
                    _lemma(trigger) not in INSTRUMENT_VERBS and not own_passive
                    and any(c.dep_ == "auxpass" for c in trigger.children)) or (
                    trigger.dep_ == "acl" and trigger.tag_ == "VBN"):
                # ("a journalist detained at the border": the noun is the patient)
                preps = tuple(q for q in preps if q != "at")
            r.targets.extend(hit_objects(trigger, preps))
        if plover == "SANCTION" and _lemma(trigger) == "declare":  # "... persona non grata"
            r.targets.extend(unwelcome_people(trigger))
        if plover == "AGREE" and _lemma(trigger) in PLEDGE_VERBS:  # "pledged aid to Laos"
            r.targets.extend(pobj_of(trigger, ("to",)) + [
                g for o in objs for g in pobj_of(o, ("to",))])
        warrants = [o for o in (*objs, *(c for c in trigger.children if c.dep_ == "nsubjpass"))
                    if _lemma(o) == "warrant"]
        if _lemma(trigger) in ("uphold", "confirm") or warrants:
            # "upheld the sentence against X", "issued a warrant for X", "a warrant was issued
            # for X", "a warrant for the arrest of X": X
            named = [g for o in objs + warrants for g in pobj_of(o, ("of", "against", "on", "for"))]
            named += pobj_of(trigger, ("for", "against")) if warrants else []
            r.targets.extend(x for g in named for x in (
                pobj_of(g, ("of",)) if _lemma(g) == "arrest" else [g]))
        if any(_lemma(o) in ("fire", "flame") for o in objs) or any(
                c.lower_ in ("ablaze", "alight") for c in trigger.children):
            r.targets.extend(pobj_of(trigger, ("to",)))  # "set fire to the store"
        if plover in SYMMETRIC_TYPES or _lemma(trigger) in OPPONENT_WITH and not (
                plover == "ASSAULT" and objs and _lemma(trigger) != "exchange"):
            # (a fight with its opponent as object takes "with" its means: "engaged the
            # insurgents with an airstrike", "fought the rebels with artillery")
            r.targets.extend(pobj_of(trigger, ("with",)))
        elif plover in ("SANCTION", "REJECT", "SUPPORT") and any(
                _lemma(o) in RELATION_NOUNS for o in (
                    *objs, *(g for o in objs for g in pobj_of(o, ("of",))))):
            # "cut ties with Kyiv", "suspended cooperation with the envoy", "suspended the
            # next round of talks with the rebels": the other side
            r.targets.extend(pobj_of(trigger, ("with",)))
            r.targets.extend(t for o in objs for t in pobj_of(o, ("with",)))
            r.targets.extend(t for o in objs for g in pobj_of(o, ("of",))
                             for t in pobj_of(g, ("with",)))
        if plover == "SANCTION" and any(own_envoy(o, lex) for o in objs):
            # "recalled its ambassador to Algeria": Algeria, not its own ambassador
            r.targets = [t for t in r.targets if not own_envoy(t, lex)] + [
                g for o in objs for g in pobj_of(o, ("to", "from", "in"))] + pobj_of(
                trigger, ("from",))
        if plover == "CONSULT":  # "are mediating between Israel and Hamas": the two sides
            r.targets.extend(g for b in pobj_of(trigger, ("between",)) for g in (b, *b.conjuncts))
            # ("is mediating talks between Kyiv and Moscow": the sides of the talks)
            r.targets.extend(g for o in objs for b in pobj_of(o, ("between",))
                             for g in (b, *b.conjuncts))
        if plover in ("CONSULT",) and _lemma(trigger) not in HOSTING_VERBS:
            # ("welcomed his counterpart to Cairo": where, not whom)
            r.targets.extend(pobj_of(trigger, ("to",)))
        if plover in ("REQUEST", "ACCUSE", "AID", "THREATEN", "SUPPORT"):
            r.targets.extend(pobj_of(trigger, ("to", "on", "of")))
        if plover == "ACCUSE" and not passive and not objs and not any(
                t.ent_type_ not in NON_PARTICIPANT_ENTS for t in r.targets) and not any(
                c.dep_ == "ccomp" for c in trigger.children):
            r.targets.extend(provokers(trigger, lex))  # "protested after X rammed a boat"
        if said_in_contact(trigger):  # "called the family to demand a ransom": the family
            r.targets[:0] = [c for c in trigger.head.children if c.dep_ in ("dobj", "dative")]
    else:
        poss = [c for c in trigger.children if c.dep_ == "poss"]
        by = pobj_of(trigger, ("by",))
        # "an attack perpetrated / carried out by X": the agent of a participle on the noun
        participles = [c for c in trigger.children if c.dep_ in ("acl", "relcl") and (
            c.tag_ == "VBN" or any(g.dep_ == "agent" for g in c.children))]
        by += [g for c in participles
               for g in pobj_of(c, ("by",)) if g.ent_type_ not in NON_PARTICIPANT_ENTS]
        of = pobj_of(trigger, ("of",))
        # "the abduction of three teachers by gunmen": the parser hangs the agent on the patient
        # (or on the place the act is told in: "the detention of three reporters in Goma by
        # rebels")
        by += [g for o in of + [p for p in pobj_of(trigger, ("in", "at", "near")) if p.ent_type_
                                in ("GPE", "LOC", "FAC")] for g in pobj_of(o, ("by",))
               if g.ent_type_ not in NON_PARTICIPANT_ENTS and g not in by]
        patient_noun = plover in PATIENT_NOUN_TYPES or (mode in PATIENT_NOUN_MODES)
        if patient_noun:
            r.targets.extend(poss)
        else:
            r.actors.extend(poss)
        r.actors.extend(by)
        if plover in ("CONSULT",):
            between = pobj_of(trigger, ("between",))
            if between:
                r.actors.append(between[0])
                r.targets.extend(c for c in between[0].conjuncts)
            r.actors.extend(of)
            r.targets.extend(pobj_of(trigger, ("with", "to")))
        else:
            r.targets.extend(of)
            r.objects.extend(of)
        if plover in ("SANCTION", "REJECT") and _lemma(trigger) in RELATION_NOUNS:
            r.targets.extend(pobj_of(trigger, ("with",)))  # "severed relations with X"
        r.targets.extend(hit_objects(trigger, ("against", "on", "upon", "at", "toward",
                                               "towards")))
        if lex.in_class(_lemma(trigger), "sanctions") and trigger.dep_ == "dobj" and (
                lex.in_class(_lemma(trigger.head), "impose")):
            # "imposed sanctions on Monday on five officials": the "on" phrase on the verb
            r.targets.extend(g for g in pobj_of(trigger.head, ("on", "against"))
                             if g.ent_type_ not in ("DATE", "TIME") and g not in r.targets)
        if plover in DELIVERED_TYPES:
            givers, receivers = delivered(trigger)
            r.targets.extend(t for t in receivers if t not in r.targets)
            if not r.actors:
                r.actors.extend(givers)
        # "the attack staged by rebels on the customs house": the "on" phrase hung on the
        # participle or on its agent still says what the attack hit
        for holder in participles + by:
            r.targets.extend(t for t in pobj_of(holder, ("against", "on", "upon"))
                             if t not in r.targets and not says_where(t))
        # "Israeli air raids", "US-led coalition strikes": a name or demonym modifier acts
        for c in trigger.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < trigger.i and not set_apart(
                    c, trigger) and (c.ent_type_ in ("NORP", "GPE", "ORG")
                    or any(g.lower_ in ("led", "-led") or g.lower_.endswith("-led")
                           for g in c.subtree)
                    or lex.in_class(_lemma(c), "armed")):
                if _venue_name(c):
                    pass  # "the Hilton Hotel attack", "the Boston Marathon bombing": where
                elif c.tag_ == "JJ" and c.dep_ == "amod" and _lemma(c) in KIND_ADJECTIVES:
                    pass  # "a terrorist attack": what kind of attack, not who made it
                elif patient_noun:
                    r.targets.append(c)
                else:
                    r.actors.append(c)
                    if name_modifier(c, lex):
                        r.name_modifiers.append(c)
        if _lemma(trigger) in ("fire", "flame") and trigger.dep_ == "dobj" and (
                _lemma(trigger.head) in ("set", "put")):
            r.targets.extend(pobj_of(trigger.head, ("to",)))  # "set fire to the store"
        if not r.actors:
            r.actors.extend(light_verb_subject(trigger, lex))
        if not r.actors and plover == "CONSULT" and trigger.dep_ == "pobj" and (
                trigger.head.lower_ in ("during", "on")
                and trigger.head.head.pos_ in ("VERB", "AUX")):
            # "Lavrov criticised the sanctions during a visit to Minsk": who speaks visits
            subj, passive = subject_of(trigger.head.head)
            if not passive:
                r.actors.extend(subj)
        if plover == "ASSAULT" and trigger.dep_ == "dobj" and _lemma(
                trigger.head) in SUFFER_VERBS:
            # "the mayor survived an attack": who survives or suffers it was its target
            sufferers, passive = subject_of(trigger.head)
            if not passive:
                r.targets.extend(t for t in sufferers if t not in r.actors)
        # "the group lost its last town under coalition strikes": who suffers under an attack
        # is its target
        if plover == "ASSAULT" and trigger.dep_ == "pobj" and trigger.head.lower_ == "under" \
                and trigger.head.head.pos_ in ("VERB", "AUX"):
            sufferers, passive = subject_of(trigger.head.head)
            if not passive:
                r.targets.extend(t for t in sufferers if t not in r.actors)
                # "a patrol came under fire from militants", "a convoy came under attack by
                # gunmen": the "from"/"by" side did it; who came under it did not
                doers = fire_doers(trigger.head.head)
                if doers:
                    r.actors = [t for t in doers + r.actors if t not in sufferers]
    if plover == "ASSAULT":
        r.targets.extend(t for t in dead_in(trigger) if t not in r.targets)
        r.targets.extend(t for t in damaged(trigger) if t not in r.targets)
    if plover in ("ASSAULT", "COERCE"):
        r.actors.extend(t for t in responsibility_agents(trigger) if t not in r.actors)
    if trigger.pos_ == "VERB":
        r.targets = [u for t in r.targets for u in (pronoun_antecedents(trigger, t, lex) or [t])]
    r.coactors.extend(coactors(trigger, lex))
    r.actors = [u for t in r.actors for u in appos_names(counted(t))]
    r.actors = with_included(r.actors)
    # "The statement blamed X", "a police report accused Y": who issued the text says it
    r.actors = [issued_by(t, lex) or t for t in r.actors]
    r.targets = with_included([u for t in r.targets for u in stands_for(counted(t))])
    r.actors = [t for t in without_split_modifiers(with_conjuncts(r.actors))
                if t not in r.coactors and may_act(t, lex)]
    r.targets = [t for t in without_split_modifiers(with_conjuncts(r.targets))
                 if t not in r.actors and not _dateline(t)
                 and t.ent_type_ not in NON_PARTICIPANT_ENTS and t.pos_ != "ADP"
                 and t.lower_ not in TIME_NOUNS and _lemma(t) not in PACT_NOUNS]
    if bilateral(trigger, plover) and len(r.actors) == 1:
        # "the presidents of Chile and Peru signed an accord": the parties they lead
        r.actors = [g for o in pobj_of(r.actors[0], ("of",)) if r.actors[0].tag_ == "NNS"
                    and _lemma(r.actors[0]) in LEADER_NOUNS and o.conjuncts
                    for g in (o, *o.conjuncts)] or r.actors
    sides = fight_sides(trigger, plover)
    if sides and all(t in sides or t == fight_subject(trigger) for t in r.actors):
        # "clashes between the army and rebels", "fighting erupted between X and Y": the
        # first side acts, the other is hit (with the people the fight killed)
        r.actors = sides[:1]
        r.targets = sides[1:] + [t for t in r.targets if t not in sides]
    groups = [g for s in trigger.children if s.dep_ == "nsubj" for g in named_groups(s)]
    if plover == "ASSAULT" and groups and (mutual(trigger) or _lemma(trigger) in (
            "clash", "fight", "battle", "skirmish")) and trigger.pos_ == "VERB":
        # "leaders of the Dinka and Nuer clans clashed": each named group is a side
        r.actors, r.targets = groups[:1], groups[1:] + [t for t in r.targets if t not in groups]
    if (bilateral(trigger, plover) or mutual(trigger)) and len(r.actors) > 1 and all(
            t in r.actors[0].conjuncts for t in r.actors[1:]) and all(
            _lemma(t) in BILATERAL_WORDS | RELATION_NOUNS or swapped(trigger, t)
            or t.lower_ == "other" or pact_topic(t, lex) for t in r.targets):
        # (what was signed or swapped is no party)
        # "Armenia and Azerbaijan signed an accord", "Kyiv and Moscow swapped prisoners": the
        # first party acts, the other is whom it acts with
        r.actors = [signing_party(t) for t in r.actors]
        r.actors, r.targets = r.actors[:1], r.actors[1:]
    if plover == "ASSAULT" and _lemma(trigger) in INSTRUMENT_VERBS and trigger.pos_ == "VERB":
        # "launched two Highpower bombs against a car dealership": what is thrown, fired or
        # planted is the instrument (a name on it says what kind of weapon), not the target
        r.targets = [t for t in r.targets if not weapon_noun(t)]
        # "detonated a bomb at the offices": the parser hangs where it was aimed on the weapon
        r.targets.extend(t for o in r.objects if weapon_noun(o)
                         for t in hit_objects(o, ("at", "against"))
                         if t not in r.targets and t not in r.actors and not _dateline(t))
    if plover == "ASSAULT":
        r.targets = [t for t in r.targets if not _listed_with_weapon(t, trigger, lex)]
    return r


def _listed_with_weapon(t: Any, trigger: Any, lex: Lexicon) -> bool:
    """A thing listed beside a weapon in what was thrown or fought with ("threw stones, bottles
    and fireworks at police", "fought with clubs and knives"): one more instrument, no target.
    Only an unnamed thing, in a list hung on "with" or on the object of a throwing verb."""
    if t.pos_ != "NOUN" or t.ent_type_ or lex.in_class(_lemma(t), "person") or weapon_noun(t):
        return False
    chain = [t, *t.conjuncts]
    if not any(weapon_noun(c) for c in chain):
        return False
    first = min(chain, key=lambda c: c.i)
    return (first.dep_ == "pobj" and first.head.lower_ == "with") or (
        first.dep_ == "dobj" and first.head == trigger and _lemma(trigger) in INSTRUMENT_VERBS)


def name_modifier(c: Any, lex: Lexicon) -> bool:
    """A proper name the tagger calls an organisation, compounded onto an event noun ("the
    Banco Popular bombing"): it names what was hit as readily as who acted, so it acts only
    when the actor KB knows it ("the Taliban attack", "the FMLN attack"); an "X-led"
    modifier or an armed-group word acts as it is. (A place's name, "the Kandahar
    bombing", is left to `discourse`, which drops an actor that is the event's place.)"""
    return (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
            and not lex.in_class(_lemma(c), "armed")
            and not any(g.lower_ == "led" or g.lower_.endswith("-led") for g in c.subtree))


def _venue_name(c: Any) -> bool:
    """"the Hilton Hotel attack", "the Westgate Mall bombing": a name modifier of the event
    noun that names a venue (its last word is a venue noun)."""
    return c.pos_ == "PROPN" and c.lower_ in VENUE_WORDS


def own_envoy(t: Any, lex: Lexicon) -> bool:
    """"its ambassador", "their envoys": a party's own diplomat, called home."""
    return lex.in_class(_lemma(t), "envoy") and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)


DISPLACING_VERBS = {"displace", "uproot", "drive"}


def _recipients(trigger: Any, objs: list[Any]) -> list[Any]:
    """Whom aid or arms go to: "sent food to Gaza", "approved the sale of 36 helicopters to
    Morocco" (the "to" on the thing given, or on what it is given of)."""
    found = pobj_of(trigger, ("to",))
    for o in objs:
        found = found or pobj_of(o, ("to",)) or [
            g for x in pobj_of(o, ("of",)) for g in pobj_of(x, ("to",))]
    return found
