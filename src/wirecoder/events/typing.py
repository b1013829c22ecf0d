"""Event typing: PLOVER type and mode, ACLED sub-event type, CAMEO code.

A trigger's lexicon entry gives a type; entries marked with an "@rule" are resolved by the
words around the trigger (its clause, objects and subject): the weapon named picks the ACLED
"Explosions/Remote violence" sub-type, a civilian or armed target picks "Attack" or "Armed
clash", a weapons cache as object makes "destroyed" a COERCE / "Disrupted weapons use" event,
a place as object makes "captured" a territorial event, and so on. Statements of intent and
refusals follow PLOVER: a future or conditional hostile act is THREATEN, a future cooperative
act AGREE, a refused or failed agreement REJECT (`intent_frames`). The context tests are
`type_cues`'.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .detect import Trigger
from .classifier import prefetch_acled, refine_acled
from .crowd_damage import DESTRUCTION, crowd_destroys_property
from .follow_ups import frees_beside
from .fight_context import clash_if_inside_fight
from .lexicon import ACLED_SUB_TO_TYPE, Lexicon
from .lexicon import lemma as _lemma
from .merge_words import STATE_GROUP_WORDS
from .outcome_types import outcome_type
from .repression import crowd_control, killed_breaking_up
from .clause_subjects import subject_of
from .syntax import of_objects
from .takers import irregular_takers as _irregular_takers
from .peaceful_cues import called_peaceful
from .type_cues import (ARMED_STRIKES, ARSON_ACLED, FIRE_TRIGGERS, _agreement_kind, _cue_hit,
                        _fights_an_illness, _gunfire, _hazard_subject, _heads_lemmas, _is_person,
                        _is_place, _is_weapon, _labour_strike_told, _named_by_another, _sent_text,
                        _shared_subject_text, acled_by_weapon, classifier_text, context_text,
                        aircraft_struck_only, is_arson)
from .type_cues import (CLASH_LEMMAS, DEMONSTRATORS, TYRES, _leaves_a_pact, _taken_from_state,
                        _known_town, counted_back, court_sentence, storming_alone,
                        street_clash, struck_with)

BASE_CAMEO = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060",
              "AID": "070", "RETREAT": "084", "CONCEDE": "080", "REQUEST": "100",
              "ACCUSE": "110", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
              "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170", "ASSAULT": "190"}
@dataclass
class Typed:
    plover: str
    mode: str | None
    acled: str | None
    cameo: str | None
    weight: float
    flexible: bool = False  # type decided by a default: may merge into a nearby event
    settled: bool = False  # ACLED sub-type (or none) fixed by a context rule: not revised

    @property
    def acled_event_type(self) -> str | None:
        return ACLED_SUB_TO_TYPE.get(self.acled or "")


# verbs of calling a diplomat in: a protest made by doing so is a diplomatic one
SUMMONING_VERBS = {"summon", "call", "convene"}

def cameo_for(plover: str, mode: str | None, code: str | None, lex: Lexicon) -> str | None:
    """A CAMEO code consistent with the PLOVER type (CAMEO2PLOVER table)."""
    if code and lex.cameo_plover(code) == plover:
        return code
    if mode:
        for c, row in lex.cameo.items():
            if row.plover == plover and row.mode == mode:
                return c
    return BASE_CAMEO.get(plover)


def resolve_type(trigger: Trigger, objects: list[Any], targets: list[Any], actors: list[Any],
                 lex: Lexicon) -> Typed | None:
    """The type of one trigger in its context (None: the context rules it out)."""
    lexical = lexicon_type(trigger, objects, targets, actors, lex)
    return None if lexical is None else refined_type(trigger, lexical, lex)


def resolve_types(cases: list[tuple[Trigger, list[Any], list[Any], list[Any]]],
                  lex: Lexicon) -> list[Typed | None]:
    """`resolve_type` of each (trigger, objects, targets, actors), with the sentences the
    ACLED classifier reads embedded in one batch (a few large matrix products, not many
    small ones)."""
    lexical = [lexicon_type(*case, lex) for case in cases]
    prefetch_acled([(case[0].token.sent, t.plover, t.acled, case[0].entry.acled, t.mode)
                    for case, t in zip(cases, lexical) if t is not None and not t.settled])
    return [None if t is None else refined_type(case[0], t, lex)
            for case, t in zip(cases, lexical)]


# who disperses a crowd as an intervention, and the verbs that say so
DISPERSING_FORCES = STATE_GROUP_WORDS | {"officer", "guard"}
DISPERSE = {"disperse", "scatter", "break up"}


# verbs that stop a munition in flight when their object is one ("intercepted two missiles")
INTERCEPTING = {"shoot down", "destroy", "intercept", "down"}


def _controls_a_thing(trigger: Trigger, lex: Lexicon) -> bool:
    """"took control of the vessel", "took control of it": what control was taken of is a
    common noun or a pronoun, and no place nor person (a name, "took control of Bunia", may
    be a town the tagger did not know)."""
    control = trigger.extra if trigger.extra is not None else trigger.token
    owned = of_objects(control) or of_objects(trigger.token)  # (the parser hangs it on either)
    return bool(owned) and all(o.pos_ in ("NOUN", "PRON") for o in owned) and not _is_place(
        owned, lex) and not _is_person(owned, lex)


def _craft_only(targets: list[Any], lex: Lexicon) -> bool:
    """The targets name a vessel or vehicle ("a Philippine supply boat", "the fisheries
    vessel BRP Datu"), and no crowd nor person."""
    return any(lex.in_class(_lemma(w), "passage") for t in targets for w in (t, *(
        c for c in t.children if c.dep_ in ("compound", "appos")))) and not any(
        lex.in_class(_lemma(t), c) for t in targets for c in ("person", "protesters"))


def _raiders_leave(trigger: Trigger, lex: Lexicon) -> bool:
    """A withdrawal told as the end of a raid by the same subject: "attacked the base before
    withdrawing", "looted weapons before withdrawing", "raided the village and withdrew"."""
    tok = trigger.token
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "then"):
        verb = tok.head.head
    elif tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        verb = tok.head
    else:
        return False
    entry = lex.entry(_lemma(verb), "V")
    return verb.pos_ == "VERB" and entry is not None and entry.plover in ("ASSAULT", "COERCE")


# who act as a mob ("a mob lynched two men"; protesters who riot are demonstrators)
MOB_WORDS = {"mob", "crowd", "vigilante"}
# others who storm a building as a crowd ("supporters stormed the electoral commission");
# not outcome_types.FIRED_OVER_CROWDS (the crowds warning shots are fired over)
STORMING_CROWDS = {"supporter", "supporters", "youth", "youths", "resident", "residents", "crowds"}
# verbs that make whom they describe protesters ("traders demonstrating against the tax")
PROTESTING = {"protest", "demonstrate", "rally", "march", "strike", "picket"}


def lexicon_type(trigger: Trigger, objects: list[Any], targets: list[Any], actors: list[Any],
                 lex: Lexicon) -> Typed | None:
    """The type the lexicon and the context rules give one trigger, before the ACLED
    classifier (`refined_type`); its `cameo` is the entry's code, not yet `cameo_for`'s."""
    e = trigger.entry
    plover, mode, acled, cameo, weight = e.plover, e.mode, e.acled, e.cameo, e.weight
    flexible = e.generic
    text = context_text(trigger)
    objs = objects or targets
    if plover == "RETREAT" and mode == "withdraw" and _raiders_leave(trigger, lex):
        return None  # "overran the base and looted weapons before withdrawing": the raid's end
    if e.lemma == "use":  # "tear gas was used": what was used is the passive subject
        objs = [c for c in trigger.token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if e.needs == "force_with":  # "responded with tear gas": what it responded with
        objs = [g for c in trigger.token.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    actor_l = _heads_lemmas(actors)
    if e.lemma == "storm" and (not actor_l & (DEMONSTRATORS | MOB_WORDS | STORMING_CROWDS) or any(
            _lemma(t) in lex.classes["protest"] for t in trigger.token.sent)) and (
            not storming_alone(trigger, actor_l, lex)):
        # "troops stormed the compound": the raid its own words tell; "protesters stormed
        # parliament during nationwide protests": a moment of the protest told there
        return None
    if e.lemma in ("burn", "torch") and objs and all(_lemma(o) in TYRES for o in objs):
        # "burned tyres to protest against power cuts": a protesters' way of blocking a road,
        # no property destroyed; a moment of the protest its own words tell (or, with no such
        # word, the protest itself, turned rough)
        if any(_lemma(t) in lex.classes["protest"] and t.i != trigger.token.i
               for t in trigger.token.sent):
            return None
        return Typed("PROTEST", "riot", "Violent demonstration", "145", weight, flexible)
    if e.lemma == "dismiss" and _heads_lemmas(objs) & lex.classes["legal_case"]:
        # "a court dismissed the case against the officers": the accused go free (fresh5's
        # convention: RETREAT), no refusal of a demand
        return Typed("RETREAT", "release", None, "0841", weight, flexible)
    if e.lemma in ("jail", "imprison") and court_sentence(trigger):
        # "a court jailed the journalist for three years": a sentence, a finding of guilt
        # (PLOVER-GSR: "authorities jailed 52 members ... on allegations" is ACCUSE)
        return Typed("ACCUSE", "disapprove", None, "116", weight, flexible)
    if (told := outcome_type(trigger, actors)) is not None:  # (a raid by its outcome)
        return Typed(*told, weight, flexible)
    if e.lemma == "execute" and objs and not _is_person(objs, lex):
        return None  # "executing strategic guidance", "executed a plan": not a killing
    if e.needs == "place_word" and objects and not _is_place(objects, lex):
        return None  # "regaining a foothold in the region": what is regained is no place
    if plover == "ASSAULT" and _fights_an_illness(objs, lex):
        return None  # "a medicine used to combat the symptoms", "to fight the virus"
    # an agent noun acts whatever names it ("the fire brigade urged", "flood victims
    # protested"): only an actor that is no person or body can be a hazard
    hazard_actors = [a for a in actors if not _gunfire(a) and not any(
        lex.in_class(_lemma(a), c) for c in ("person", "armed", "actor_word"))]
    if _heads_lemmas(hazard_actors) & lex.classes["hazard"] or _hazard_subject(trigger, lex):
        return None  # "an earthquake struck ... destroying homes": no one acted
    sent = _sent_text(trigger)
    if plover == "ASSAULT" and crowd_control(objs, lex) and not _cue_hit(
            sent, lex.classes["live_fire"]):  # CAMEO 175: violent repression
        if _craft_only(targets, lex):
            # "coast guard ships fired water cannon at a supply boat": force against a
            # vessel at sea is an assault of its own (fresh3's convention), no crowd's
            # protest broken up
            return Typed("ASSAULT", None, None, "190", weight, flexible, settled=True)
        lethal = _cue_hit(sent, lex.cues["protest_cues"]["Excessive force against protesters"]
                          ) or any(_lemma(t) in ("die", "kill") for t in trigger.token.sent)
        acled = "Excessive force against protesters" if lethal else "Protest with intervention"
        return Typed("ASSAULT", None, acled, "175", weight, flexible)
    if plover == "ASSAULT" and e.lemma in INTERCEPTING and (_heads_lemmas(
            [*objs, *(g for o in objs for g in of_objects(o))]) | counted_back(
            objs, trigger)) & lex.classes["intercepted_munitions"]:
        # (and "shot down 47 of the 62 drones", "One was shot down")
        # "air defences shot down 40 drones": an attack prevented, ACLED's disrupted use
        # (ontology.md), done with heavy weapons
        return Typed("ASSAULT", "heavy-weapons", "Disrupted weapons use", "195", weight, flexible)
    if acled == "@violence":
        acled = acled_by_weapon(text, lex) or (None if e.mode == "firearms" else (  # (a
            acled_by_weapon(_sent_text(trigger), lex)))  # shooting: by its own clause's arms)
        if acled == "Air/drone strike" and aircraft_struck_only(trigger, targets, lex):
            acled = None  # "opened fire on a passenger plane": the aircraft was the target
        target_l = _heads_lemmas(targets)
        if any(c.dep_ in ("acl", "relcl") and _lemma(c) in PROTESTING for t in targets
               for c in t.children):
            target_l |= {"protester"}  # "fired on street vendors protesting their eviction"
        protesters = target_l & lex.classes["protesters"]
        if protesters <= {"people", "student", "worker", "supporter"} and not (
                {_lemma(t) for t in trigger.token.sent} & lex.classes["protest"]):
            protesters = set()  # "killed five people": protesters only where a protest is named
        if acled is None and protesters and not (actor_l & lex.classes["protest_actor"]):
            acled = "Excessive force against protesters"
        if acled is None:
            # (a crowd fired on by police or soldiers is no mob: its violence is the mob's)
            if (_cue_hit(text, lex.cues["mob_cues"]) and not actor_l & lex.classes[
                    "state_force"]) or actor_l & MOB_WORDS:
                acled = "Mob violence"
            elif actor_l & DEMONSTRATORS:
                # "protesters stormed a police station": their protest turned violent (CAMEO
                # 145, ACLED's violent demonstration), not an armed attack
                plover, mode, cameo, acled = "PROTEST", "riot", "145", "Violent demonstration"
            elif target_l & (lex.classes["armed"] | PEACEKEEPERS):
                acled = "Armed clash"  # (peacekeepers fired on fight back: ACLED's battle)
            elif target_l & lex.classes["civilian"]:
                acled = "Attack"
            elif actor_l & lex.classes["armed"] and not targets:
                acled = "Armed clash" if e.lemma in ("fight", "clash", "battle") else "Attack"
            else:
                acled = "Attack"
        if e.lemma == "use" and _cue_hit(sent, lex.classes["live_fire"]):
            mode = "firearms"  # "used live ammunition against the crowd"
        if acled in ARMED_STRIKES:
            # "fired two missiles at a ship": a missile, not a firearm
            mode = "heavy-weapons" if mode in (None, "firearms") else mode
        elif acled in ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade"):
            mode = "suicide-attack" if acled == "Suicide bomb" else "explosives"
    elif acled == "@explosive":
        acled = (acled_by_weapon(text, lex) or acled_by_weapon(_sent_text(trigger), lex)
                 or "Remote explosive/landmine/IED")
        if acled in ("Armed clash", "Attack"):
            acled = "Remote explosive/landmine/IED"
    elif acled == "@destroy":
        if _is_weapon(objs, lex):
            plover, mode, cameo, acled = "COERCE", "seize", "1711", "Disrupted weapons use"
        elif objs and _heads_lemmas(objs) & lex.classes["generic_objects"]:
            acled, flexible = "Looting/property destruction", True
        else:
            acled = acled_by_weapon(text + _shared_subject_text(trigger.token), lex)
            if acled in (None, "Air/drone strike", "Shelling/artillery/missile attack",
                         "Grenade", "Chemical weapon"):
                acled = acled or "Looting/property destruction"
            elif acled == "Remote explosive/landmine/IED":
                mode = "explosives"  # "the blast damaged ... and destroyed 20 stands"
    elif acled in ("@territory", "@seize"):
        rule = acled
        if e.lemma == "take control" and _controls_a_thing(trigger, lex):
            # "took control of the tanker / of it": a thing seized, no territory
            plover, mode, cameo, acled = "COERCE", "seize", "1711", None
        elif objs and (_is_place(objs, lex) and not _is_person(
                [o for o in objs if not lex.in_class(_lemma(o), "place_word")], lex)
                or _known_town(objs)):
            # (a post, an outpost or a garrison is a place, whatever else it names)
            plover, mode, cameo = "ASSAULT", "heavy-weapons", "190"
            non_state = _heads_lemmas(actors) & lex.classes["non_state"] or _taken_from_state(
                trigger.token, lex)
            acled = ("Non-state actor overtakes territory" if non_state
                     else "Government regains territory")
        elif objs and _is_weapon(objs, lex):
            plover, mode, cameo, acled = "COERCE", "seize", "1711", "Disrupted weapons use"
        elif objs and _is_person(objs, lex):
            if _irregular_takers(actors, lex):
                plover, mode, cameo = "ASSAULT", "abduct", "181"
                acled = "Abduction/forced disappearance"
            else:
                plover, mode, cameo, acled = "COERCE", "arrest", "173", "Arrests"
        elif rule == "@territory" and e.lemma == "take control":
            plover, mode, cameo = "ASSAULT", None, "190"
            non_state = _heads_lemmas(actors) & lex.classes["non_state"]
            acled = ("Non-state actor overtakes territory" if non_state
                     else "Government regains territory")
        else:
            acled = None
            if rule == "@territory" and not objs:
                return None
    elif acled == "@protest":
        acled = "Peaceful protest"
        # (not what describes the protesters: "relatives of the men detained on Wednesday")
        who = {t.i for c in trigger.token.children if c.dep_ == "nsubj" for t in c.subtree}
        plain = " " + " ".join(t.lower_ for t in trigger.token.sent
                               if t.dep_ != "amod" and t.i not in who) + " "
        for sub in ("Excessive force against protesters", "Protest with intervention",
                    "Violent demonstration"):
            if _cue_hit(plain, lex.cues["protest_cues"][sub]):
                acled = sub
                break
        if acled == "Violent demonstration":
            mode = "riot"
        subj_l = _heads_lemmas(actors)
        gov_subject = any(a.ent_type_ in ("GPE",) for a in actors) or subj_l & {
            "government", "ministry", "embassy", "country", "state"}
        reporting = any(c.dep_ == "ccomp" for c in trigger.token.children) or (
            trigger.token.dep_ == "parataxis")
        # "summoned the ambassador to protest against the sanctions": a diplomatic protest
        summoned = trigger.token.dep_ in ("advcl", "xcomp") and _lemma(
            trigger.token.head) in SUMMONING_VERBS
        if e.lemma == "block" and (subj_l & lex.classes["armed"] or _armed(actors)):
            # "gunmen blocked roads with burning trucks": armed men's blockade, no protest
            plover, mode, cameo, acled = "COERCE", "restrict", "191", None
        elif e.lemma == "protest" and (gov_subject or reporting or summoned or any(
                _lemma(c) in ("lodge", "file", "official") for c in
                list(trigger.token.children) + [trigger.token.head])):
            plover, mode, cameo, acled = "ACCUSE", "allege", "114", None
    elif acled == "@strike":
        sent = " " + trigger.token.sent.text.lower() + " "
        if _cue_hit(sent, lex.cues["strike_cues"]["labour"]) or _labour_strike_told(trigger, lex):
            plover, mode, cameo, acled = "PROTEST", "boycott", "143", "Peaceful protest"
            if "hunger" in sent:
                mode, cameo = "hunger", "142"
        else:
            acled = acled_by_weapon(text, lex)
            if acled not in ARMED_STRIKES:
                acled = "Air/drone strike"
    elif acled == "@agreement":
        words = _heads_lemmas(objs) | {_lemma(t) for t in trigger.token.subtree}
        words |= {_lemma(trigger.token)}
        acled = "Agreement" if words & lex.classes["agreement_acled"] else None
        kind = _agreement_kind(trigger, objs, lex)
        if kind is not None:  # "signed a ceasefire agreement": the agreement is a ceasefire
            plover, mode, cameo, acled = kind.plover, kind.mode, kind.cameo, kind.acled
    elif acled == "@establish":
        if _heads_lemmas(objs) & lex.classes["base"]:
            plover, mode, cameo, acled = "MOBILIZE", None, "150", "Headquarters or base established"
        else:
            acled = None
    elif acled == "@send":
        # ("sent thousands of additional troops": what the count counts)
        words = _heads_lemmas(objs + [g for o in objs for g in of_objects(o)])
        # (fighters and militiamen sent are forces too: "sent hundreds of fighters")
        forces = lex.classes["troops"] | lex.classes["armed"] & lex.classes["troops_or_aid"]
        if words & forces and not words & {"aid", "food", "supply", "supplies"}:
            acled = None
        else:
            plover, mode, cameo, acled = "AID", None, "070", None
    elif acled == "@suspend":
        words = _heads_lemmas(objs)
        if words & lex.classes["sanctions"]:
            plover, mode, cameo, acled = "RETREAT", "ease", "085", None
        elif words & lex.classes["bannable"]:
            plover, mode, cameo, acled = "COERCE", "ban", "1722", None
        elif words & AID_WORDS:
            plover, mode, cameo, acled = "SANCTION", "discontinue", "162", None
        elif words & {"operation", "operations", "activity", "activities"}:
            if not {_lemma(g) for o in objs for g in of_objects(o)} & lex.classes["bannable"]:
                return None  # ("the mine suspended operations"; aid work is kept above)
            # "suspended the activities of all political parties": a ban on the parties
            plover, mode, cameo, acled = "COERCE", "ban", "1722", None
        elif words & lex.classes["communications"]:
            plover, mode, cameo, acled = "COERCE", "restrict", "172", None  # internet shutdown
        else:
            plover, mode, cameo, acled = "SANCTION", "withdraw", "161", None
    elif acled == "@accept":
        words = _heads_lemmas(objs)
        acled = None
        if words & lex.classes["demands"]:
            plover, mode, cameo = "CONCEDE", None, "083"
        elif words & lex.classes["agreement_acled"]:
            acled = "Agreement"
    elif acled == "@coup":
        # "soldiers seized power", "officers ousted the president": a coup, which ACLED codes
        # among strategic developments ("Other"); a ruler ousted by a vote, a court or a
        # crowd ("parliament ousted the prime minister") is no event of ours
        if e.needs == "ruler" and actors and not any(
                lex.in_class(_lemma(t), "coup_makers") for a in actors for t in a.subtree):
            return None
        acled = "Other"
    elif acled == "@violate":
        words = _heads_lemmas(objs)
        acled = None
        if words & {"ceasefire", "cease-fire", "truce", "armistice"}:
            plover, mode, cameo = "ASSAULT", None, "196"
    if acled and acled.startswith("@"):
        acled = None
    if plover == "PROTEST" and e.lemma in DISPERSE and actor_l & DISPERSING_FORCES and not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trigger.token.children):
        # (a purpose, "fired tear gas to disperse them", is the firing's, typed there)
        # "police dispersed the protesters": the police's intervention, not a protest
        # (CAMEO 175; the golden rules code the dispersal apart from the demonstration)
        return Typed("ASSAULT", None, "Protest with intervention", "175", weight, flexible)
    if plover in ("ASSAULT", "COERCE") and actor_l & lex.classes["protest_actor"] and acled in (
            "Looting/property destruction", "Attack", "Armed clash", None) and not _armed(actors):
        if not actor_l & MOB_WORDS and crowd_destroys_property(trigger, objs, lex):
            # ("protesters set fire to the council office": ACLED's destruction of property)
            return Typed("ASSAULT", mode, DESTRUCTION, cameo, weight, flexible, settled=True)
        # ("an angry mob beat a thief to death": a mob's violence, no demonstration)
        riot = "Mob violence" if actor_l & MOB_WORDS else "Violent demonstration"
        plover, mode, cameo, acled = "PROTEST", "riot", "145", riot
    if acled == "Armed clash" and e.lemma in CLASH_LEMMAS and street_clash(
            actor_l, _heads_lemmas(targets), lex):
        # "riot police clashed with protesters", "supporters clashed with police": a
        # demonstration that turned violent (ACLED's violent demonstration), no armed battle
        plover, mode, cameo, acled = "PROTEST", "riot", "145", "Violent demonstration"
    if plover not in ("ASSAULT", "COERCE", "PROTEST", "RETREAT", "SUPPORT", "AGREE"):
        acled = None
    if acled == "Non-violent transfer of territory" and objs and all(
            _is_person([o], lex) or _lemma(o) in HANDED_PEOPLE for o in objs):
        acled = None  # "handed over 25 prisoners / the bodies of two hostages": no territory
    if plover == "RETREAT" and mode == "withdraw" and _leaves_a_pact(trigger.token, lex):
        # "could withdraw from the treaty", "pulled out of the bloc": relations reduced
        # (PLOVER SANCTION), no territory changing hands
        plover, mode, cameo, acled = "SANCTION", "withdraw", "161", None
    return Typed(plover, mode, acled, cameo, weight, flexible)


# people, or their remains, handed over ("handed over the bodies", "the remains of ...")
HANDED_PEOPLE = {"body", "bodies", "remains", "corpse", "prisoner", "detainee", "captive",
                 "hostage"}


# armed forces of a mission, which the "armed" word class (militants, soldiers) lacks
PEACEKEEPERS = {"peacekeeper", "peacekeepers", "blue helmet", "blue helmets"}


# what is stopped when aid is: "suspended food deliveries", "humanitarian operations"
AID_WORDS = {"aid", "assistance", "supply", "supplies", "delivery", "shipment", "convoy",
             "humanitarian", "relief"}


def _armed(actors: list[Any]) -> bool:
    """"Armed youths attacked a cattle camp": people said to carry arms are a militia, not a
    crowd of rioters."""
    return any(c.dep_ == "amod" and c.lower_ in ("armed", "gun-wielding", "gun-toting")
               for a in actors for c in a.children)


def refined_type(trigger: Trigger, lexical: Typed, lex: Lexicon) -> Typed:
    """`lexicon_type`'s answer with the ACLED sub-type the classifier revises and the CAMEO
    code of the final type and mode."""
    plover, mode, chosen, e = lexical.plover, lexical.mode, lexical.acled, trigger.entry
    acled = chosen if lexical.settled else refine_acled(  # (embeddings)
        classifier_text(trigger), plover, chosen, e.acled, mode)
    if acled != chosen and acled is not None and (
            _named_by_another(trigger, acled, lex)
            or (acled == "Looting/property destruction" and e.quantity in ("killed", "injured"))
            or (acled == "Air/drone strike" and aircraft_struck_only(trigger, [], lex))
            or (chosen == "Armed clash" and acled == "Attack")  # (armed men fired on)
            or (acled == "Abduction/forced disappearance" and frees_beside(trigger.token))):
        acled = chosen  # a killing is no property destruction ("burned three farmers alive")
    if plover == "PROTEST" and chosen == "Peaceful protest" and called_peaceful(trigger.token):
        acled = chosen  # "The march was peaceful, police said": no force the words tell
    acled = clash_if_inside_fight(trigger.token, plover, acled, lex)  # "... in a firefight"
    acled = struck_with(trigger.token, plover, acled, lex)  # "... with an airstrike"
    acled = killed_breaking_up(trigger.token, plover, acled, lex)  # "... broke up a march"
    if plover == "ASSAULT" and acled in ARSON_ACLED and is_arson(trigger):
        mode = "arson"
    elif plover == "ASSAULT" and e.lemma in FIRE_TRIGGERS:
        # "a missile set the ship ablaze": typed by the munition that set the fire
        subj = subject_of(trigger.token)[0]
        struck = acled_by_weapon(" " + " ".join(t.lower_ for s in subj for t in s.subtree)
                                 + " ", lex) if subj else None
        if struck:
            acled, mode = struck, "heavy-weapons" if struck in ARMED_STRIKES else "explosives"
    return Typed(plover, mode, acled, cameo_for(plover, mode, lexical.cameo, lex),
                 lexical.weight, lexical.flexible)
