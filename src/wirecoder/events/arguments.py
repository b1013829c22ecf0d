"""Arguments from syntax, not proximity: who acted, against or toward whom, with what.

For a verb trigger the actor is its subject (or the "by" agent of a passive), the target its
object (or the passive subject, or the object of "against"/"on"/"at"/"with" for meetings and
clashes); a controlled or coordinated verb borrows the subject of the verb it depends on;
"in cooperation with X" adds X as a co-actor. For a noun trigger the actor is its possessor,
"by" agent or the subject of the light verb it is the object of ("launched an operation"),
and the target its "against"/"on"/"of" complement. Token spans map to the actor stage's
mentions (`analysis.mentions`); a phrase no mention covers becomes an unlinked participant.

The rules are split by what they read: `syntax` (subjects, prepositional objects, datelines),
`noun_phrases` (a participant's phrase), `responsibility` (who is held responsible),
`participant_mapper` (head tokens to participants) and `argument_words` (the word lists).
Their public names stay importable from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .argument_words import (CAUSE_VERBS, DAMAGE_NOUNS, DEATH_VERBS, DELIVER_VERBS,
                             DELIVERED_TYPES, DETONATE_VERBS, DISPERSE_VERBS, EXPLODE_VERBS,
                             INSTRUMENT_VERBS, KIND_ADJECTIVES, LAID_EXPLOSIVES, LIFE_NOUNS,
                             LIGHT_EXTRA, NON_PARTICIPANT_ENTS, OPPONENT_NOUNS, OPPONENT_WITH,
                             PASSIVE_LIGHT, PATIENT_NOUN_MODES, PATIENT_NOUN_TYPES, PRONOUNS,
                             STREET_WORDS, SUFFER_VERBS, SYMMETRIC_TYPES, TIME_NOUNS, TRIP_VERBS,
                             VENUE_WORDS)
from .argument_words import DESCRIPTORS as DESCRIPTORS
from .argument_words import REPORT_NOUNS as REPORT_NOUNS
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma
from .modality import said_in_contact
from .noun_phrases import coordinated_modifier
from .noun_phrases import group_head as group_head
from .noun_phrases import np_bounds as np_bounds
from .participant_mapper import ParticipantMapper as ParticipantMapper
from .participant_mapper import _unhedged as _unhedged
from .participant_mapper import merge_participants as merge_participants
from .participant_mapper import participant_key as participant_key
from .responsibility import claimed_agents as claimed_agents
from .responsibility import responsibility_agents
from .syntax import _dateline, counted, included, may_act, pobj_of, subject_of, with_conjuncts
from .syntax import measured_noun as measured_noun


@dataclass
class Roles:
    actors: list[Any] = field(default_factory=list)  # head tokens
    targets: list[Any] = field(default_factory=list)
    coactors: list[Any] = field(default_factory=list)
    objects: list[Any] = field(default_factory=list)  # direct objects, incl. inanimate
    # actors that are only a name modifying the event noun ("the X bombing"): an actor only
    # when the actor KB knows the name, else what was hit (see `name_modifier`)
    name_modifiers: list[Any] = field(default_factory=list)


def without_split_modifiers(tokens: list[Any]) -> list[Any]:
    """Drops a demonym the parser made head of "Afghan and coalition force" (its noun stays)."""
    return [t for t in tokens if coordinated_modifier(t) is None]


def with_included(tokens: list[Any]) -> list[Any]:
    """Adds the ones a phrase singles out: "five people, including two children" -> the
    children too."""
    out = list(tokens)
    for t in tokens:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "includes"):
                out.extend(g for g in included(c) if g not in out)
    return out


def appos_names(t: Any) -> list[Any]:
    """A common noun named by its apposition ("a commando unit, the Red Star Front",
    "the terrorist group Red Dawn"): the name(s) instead of the noun."""
    if t.pos_ != "NOUN" or load_lexicon().in_class(_lemma(t), "place_word"):
        return [t]  # "Kandahar province, a combined ... force": a place, misparsed
    names = [c for c in t.children if c.dep_ == "appos" and (
        c.pos_ == "PROPN" or any(g.pos_ == "PROPN" for g in c.lefts)
        or any(g.pos_ == "PROPN" for d in c.lefts for g in d.lefts))]
    return names or [t]


def light_verb_subject(noun: Any, lex: Lexicon) -> list[Any]:
    """Subject of the verb a noun trigger is the object of ("X launched an attack", "X
    announced the extension of the suspension")."""
    node = noun
    for _ in range(5):
        head = node.head
        if head == node:
            return []
        if head.pos_ in ("VERB", "AUX") and node.dep_ in ("dobj", "attr", "nsubjpass", "oprd",
                                                          "conj", "pobj"):
            if node.dep_ == "pobj" or _lemma(head) not in LIGHT_EXTRA | lex.classes["light"] and (
                    node.dep_ != "nsubjpass" or _lemma(head) not in PASSIVE_LIGHT):
                return []
            subj, passive = subject_of(head)
            if passive:
                # "was planned by X and carried out by Y": the coordinated passives too
                verbs = [head] + [v for v in head.conjuncts if v.pos_ == "VERB" and (
                    _lemma(v) in PASSIVE_LIGHT | LIGHT_EXTRA | lex.classes["light"])
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
                return [g for v in verbs for c in v.children if c.dep_ == "agent"
                        for g in c.children if g.dep_ == "pobj"]
            return subj
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "in"):
            node = head.head
            continue
        if node.dep_ in ("conj", "appos"):
            node = head
            continue
        return []
    return []


def delivered(noun: Any) -> tuple[list[Any], list[Any]]:
    """(who handed it over, whom it is addressed to) for a demand, threat or aid noun:
    "the workers were given an ultimatum", "the army gave the rebels an ultimatum", "an
    order was sent to the garrison by the rebels"."""
    verb = noun.head
    if verb == noun or _lemma(verb) not in DELIVER_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return [], []
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if noun.dep_ == "dobj":
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive:
            return agents, passive  # a passive's retained object: its subject received it
        subj, is_passive = subject_of(verb)
        return [] if is_passive else subj, [
            c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"] + pobj_of(
            verb, ("to",))
    if noun.dep_ == "nsubjpass":
        return agents, pobj_of(verb, ("to",))
    return [], []


def damaged(trigger: Any) -> list[Any]:
    """What an attack damaged: "the blast caused damage to nearby shops", "a bomb exploded,
    causing heavy damage to the bank"."""
    verbs = []
    if trigger.dep_ in ("nsubj", "csubj") and _lemma(trigger.head) in CAUSE_VERBS:
        verbs.append(trigger.head)
    verbs += [c for c in trigger.children if c.dep_ in ("advcl", "xcomp", "conj")
              and _lemma(c) in CAUSE_VERBS and not any(
                  g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return [t for v in verbs for o in v.children if o.dep_ == "dobj" and _lemma(o) in
            DAMAGE_NOUNS for t in pobj_of(o, ("to",))]


def _where(tok: Any) -> bool:
    """An "at"/"on" object that says where, not what was hit: a place name or a street."""
    return tok.ent_type_ in ("GPE", "LOC") or _lemma(tok).rstrip(".") in STREET_WORDS or (
        tok.lower_ in ("spot", "scene") and any(c.lower_ == "the" for c in tok.children))


def hit_objects(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of "against"/"on"/"at"/... that are targets; "at"/"on"/"upon" + a place name
    or street is where it happened ("explosions at Oxford Street")."""
    return [g for g in pobj_of(tok, preps)
            if not (g.head.lower_ in ("at", "on", "upon") and _where(g))]


def coactors(tok: Any, lex: Lexicon) -> list[Any]:
    """X in "in cooperation with X", "together with X", "backed by X" on the trigger or its
    subject."""
    markers = lex.words("co_actor_markers")
    out = []
    places = [tok]
    subj, _ = subject_of(tok) if tok.pos_ in ("VERB", "AUX") else ([], False)
    places.extend(subj)
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ == "VERB":
        places.append(tok.head)
    for p in places:
        for c in p.children:
            if c.dep_ not in ("prep", "advmod", "acl", "agent"):
                continue
            phrase = " ".join(t.lower_ for t in c.subtree)
            for m in markers:
                if phrase.startswith(m + " ") or phrase.startswith(m):
                    # the last pobj inside the marker phrase is the partner
                    pobjs = [t for t in c.subtree if t.dep_ == "pobj"]
                    if pobjs:
                        cand = [t for t in pobjs if t.idx >= c.idx + len(m) - 1]
                        if cand:
                            out.append(cand[0])
                    break
    return out


def after_explosion(verb: Any) -> bool:
    """"police are hunting a suspect who left a device that exploded on Friday, wounding 13
    people": a participle hung on the main verb while an intransitive explosion verb stands
    between them tells what the explosion did (the nearest clause), not what the main
    verb's subject did."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i >= verb.i:
        return False
    between = verb.doc[verb.head.i + 1:verb.i]
    return any(t.pos_ == "VERB" and _lemma(t) in EXPLODE_VERBS and t.dep_ in (
        "relcl", "ccomp", "conj", "advcl", "acl") and not any(
        c.dep_ in ("dobj", "obj") for c in t.children) for t in between)


def dead_in(trigger: Any) -> list[Any]:
    """Who died in or when the attack happened: "a woman died when a bomb exploded", "two
    guards died in the attack" -> the subject of "died" is the attack's target."""
    node = trigger
    if node.dep_ == "pobj" and node.head.lower_ in ("in", "during", "after") and (
            node.head.head != node.head):
        node = node.head
    elif node.dep_ != "advcl":
        return []
    verb = node.head
    if _lemma(verb) not in DEATH_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"
            and c.lower_ not in ("who", "which", "that")]


def whose_life(t: Any) -> list[Any]:
    """"an attack on his life / on the life of the judge": the target is the person whose
    life it is, not the word "life"; a pronoun owner is left to the clause (see
    SUFFER_VERBS), so "life" gives no target of its own then."""
    if _lemma(t) not in LIFE_NOUNS and t.lower_ not in LIFE_NOUNS:
        return [t]
    owners = [c for c in t.children if c.dep_ == "poss"] + pobj_of(t, ("of",))
    return [o for o in owners if not (o.pos_ == "PRON" or o.lower_ in PRONOUNS)]


def agents_of_event_in(verb: Any, lex: Lexicon) -> list[Any]:
    """Who did a harm told in the passive without an agent, from the violent event it
    happened in: "killed in an ambush by bandits" (the noun's "by"), "killed in a clash /
    gun battle with smugglers" (the other side of a fight)."""
    out: list[Any] = []
    for noun in pobj_of(verb, ("in", "during")):
        entry = lex.entry(_lemma(noun), "N")
        if entry is None or entry.plover != "ASSAULT":
            continue
        out.extend(g for g in pobj_of(noun, ("by",)) if g.ent_type_ not in NON_PARTICIPANT_ENTS)
        if _lemma(noun) in OPPONENT_NOUNS:
            out.extend(pobj_of(noun, ("with",)))
    return [t for t in out if may_act(t, lex)]


def shared_object(verb: Any) -> list[Any]:
    """The object of a verb coordinated after this one, shared by both: "police arrested
    and questioned three men" (the parser hangs "three men" on "questioned" only). Only for
    a verb with no object, subject, clause or preposition of its own before the next verb,
    and only with "and": "captured or killed 80 leaders" splits them between the two acts,
    so neither verb has them all."""
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "prep", "agent", "dative", "prt")
           for c in verb.children):
        return []
    for c in verb.children:
        between = verb.doc[verb.i + 1:c.i]
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and not any(
                g.dep_ in ("nsubj", "nsubjpass", "auxpass") for g in c.children) and all(
                t.dep_ in ("cc", "punct", "advmod") for t in between) and all(
                t.lower_ in ("and", "&") for t in between if t.dep_ == "cc") and any(
                t.dep_ == "cc" for t in between):
            return [g for g in c.children if g.dep_ in ("dobj", "obj")]
    return []


def dispersed(verb: Any) -> list[Any]:
    """The object of a "to disperse / scatter / break up" purpose clause on the verb (the
    people of a count: "hundreds of students")."""
    objs = [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and _lemma(c) in
            DISPERSE_VERBS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for o in c.children if o.dep_ in ("dobj", "obj")]
    return [g for o in objs for g in (
        pobj_of(o, ("of",)) if o.ent_type_ in NON_PARTICIPANT_ENTS or o.like_num else [o])]


def _has_patient(verb: Any, objs: list[Any], passive_subj: list[Any], lex: Lexicon) -> bool:
    """Whether a verb already names what it was done to (an object, or the subject of its
    passive) that is no weapon: then "at X" says where ("stabbed two nurses at the clinic",
    "were attacked at a checkpoint"), not what was aimed at ("fired at the crowd"). A verb
    that delivers what it acts on ("threw stones at the police", "explosives were hurled at
    his residence") aims it "at" its target whatever the object."""
    if _lemma(verb) in INSTRUMENT_VERBS:
        return False
    return any(not _weapon_noun(o) and not lex.in_class(_lemma(o), "weapon_head")
               and _lemma(o) not in ("fire", "shot", "shots")
               for o in list(objs) + list(passive_subj))


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
        agents = [g for c in trigger.children if c.dep_ == "agent"
                  for g in c.children if g.dep_ == "pobj"]
        if passive and not agents:
            agents = [g for t in trigger.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")
                      and t.head.head in (trigger, *trigger.children)
                      for g in t.children if g.dep_ == "pobj" and g.ent_type_ not in
                      NON_PARTICIPANT_ENTS]
        if passive and not agents:
            agents = agents_of_event_in(trigger, lex)
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
            if _lemma(trigger) in TRIP_VERBS and any(
                    _lemma(c) in LAID_EXPLOSIVES for c in trigger.children if c.dep_ == "dobj"):
                subj = []  # "their patrol hit a landmine": the patrol set nothing off
            r.actors.extend(subj)
            r.actors.extend(agents)
        objs = [c for c in trigger.children if c.dep_ in ("dobj", "obj")] or shared_object(
            trigger)
        datives = [c for c in trigger.children if c.dep_ == "dative"]
        r.objects.extend(objs)
        if plover in ("AID", "RETREAT", "AGREE", "SUPPORT", "CONCEDE") and datives:
            r.targets.extend(datives)
        elif plover in ("AID",) and pobj_of(trigger, ("to",)):
            r.targets.extend(pobj_of(trigger, ("to",)))
        elif _lemma(trigger) in DETONATE_VERBS | {"fire", "use"}:
            # "detonated them / a car bomb", "fired tear gas and water cannon": the object is
            # what was set off or shot, not whom it hit; "to disperse the crowd" says whom
            r.targets.extend(dispersed(trigger))
        else:  # (an explosive run into is what hit them, not what was hit)
            r.targets.extend(o for o in objs if not (_lemma(trigger) in TRIP_VERBS
                                                     and _lemma(o) in LAID_EXPLOSIVES))
            r.targets.extend(datives)
        if plover in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
            r.targets.extend(pobj_of(trigger, ("toward", "towards")))
        else:
            preps: tuple[str, ...] = ("against", "on", "upon", "at", "toward", "towards")
            own_passive = [c for c in trigger.children if c.dep_ == "nsubjpass"]
            if _has_patient(trigger, objs, own_passive, lex):
                preps = tuple(q for q in preps if q != "at")
            r.targets.extend(hit_objects(trigger, preps))
        if any(_lemma(o) in ("fire", "flame") for o in objs) or any(
                c.lower_ in ("ablaze", "alight") for c in trigger.children):
            r.targets.extend(pobj_of(trigger, ("to",)))  # "set fire to the store"
        if plover in SYMMETRIC_TYPES or _lemma(trigger) in OPPONENT_WITH:
            r.targets.extend(pobj_of(trigger, ("with",)))
        if plover in ("CONSULT",):
            r.targets.extend(pobj_of(trigger, ("to",)))
        if plover in ("REQUEST", "ACCUSE", "AID", "THREATEN", "SUPPORT"):
            r.targets.extend(pobj_of(trigger, ("to", "on", "of")))
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
        r.targets.extend(hit_objects(trigger, ("against", "on", "upon", "at", "toward",
                                               "towards")))
        if plover in DELIVERED_TYPES:
            givers, receivers = delivered(trigger)
            r.targets.extend(t for t in receivers if t not in r.targets)
            if not r.actors:
                r.actors.extend(givers)
        # "the attack staged by rebels on the customs house": the "on" phrase hung on the
        # participle or on its agent still says what the attack hit
        for holder in participles + by:
            r.targets.extend(t for t in pobj_of(holder, ("against", "on", "upon"))
                             if t not in r.targets and not _where(t))
        # "Israeli air raids", "US-led coalition strikes": a name or demonym modifier acts
        for c in trigger.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < trigger.i and (
                    c.ent_type_ in ("NORP", "GPE", "ORG")
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
    if plover == "ASSAULT":
        r.targets.extend(t for t in dead_in(trigger) if t not in r.targets)
        r.targets.extend(t for t in damaged(trigger) if t not in r.targets)
    if plover in ("ASSAULT", "COERCE"):
        r.actors.extend(t for t in responsibility_agents(trigger) if t not in r.actors)
    r.coactors.extend(coactors(trigger, lex))
    r.actors = [u for t in r.actors for u in appos_names(counted(t))]
    r.actors = with_included(r.actors)
    r.targets = with_included([u for t in r.targets for u in whose_life(counted(t))])
    r.actors = [t for t in without_split_modifiers(with_conjuncts(r.actors))
                if t not in r.coactors and may_act(t, lex)]
    r.targets = [t for t in without_split_modifiers(with_conjuncts(r.targets))
                 if t not in r.actors and not _dateline(t)
                 and t.ent_type_ not in NON_PARTICIPANT_ENTS and t.pos_ != "ADP"
                 and t.lower_ not in TIME_NOUNS]
    if plover == "ASSAULT" and _lemma(trigger) in INSTRUMENT_VERBS and trigger.pos_ == "VERB":
        # "launched two Highpower bombs against a car dealership": what is thrown, fired or
        # planted is the instrument (a name on it says what kind of weapon), not the target
        r.targets = [t for t in r.targets if not _weapon_noun(t)]
        # "detonated a bomb at the offices": the parser hangs where it was aimed on the weapon
        r.targets.extend(t for o in r.objects if _weapon_noun(o)
                         for t in hit_objects(o, ("at", "against"))
                         if t not in r.targets and t not in r.actors and not _dateline(t))
    return r


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


def _weapon_noun(tok: Any) -> bool:
    lex = load_lexicon()
    lemma = _lemma(tok)
    return tok.pos_ in ("NOUN", "PROPN") and not lex.in_class(lemma, "person") and (
        lex.in_class(lemma, "weapon") or lex.in_class(lemma, "weapon_head")
        or lex.in_class(tok.lower_, "weapon_head"))
