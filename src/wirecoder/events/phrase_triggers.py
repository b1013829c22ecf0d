"""Triggers told by a phrase whose head word is no trigger of the lexicon: a weapon
delivered ("threw a grenade at"), a fire set, a body found or someone found dead, a person
burned alive or held hostage, an -ing noun of a violent act ("the burning of five
buses"); the diplomatic ones are `envoy_triggers`'. Each returns the lexicon entry the
phrase stands for, or None.
"""

from __future__ import annotations

from typing import Any

from .argument_words import COURT_NOUNS
from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma
from .syntax import doers, of_objects


# verbs that deliver a weapon: "threw a grenade at the bus", "launched two bombs against the
# bank", "a bomb was hurled at the house": with a weapon as object they tell an attack
DELIVERY_VERBS = {"throw", "hurl", "lob", "toss", "launch"}
# verbs that deliver an explosive only: "placed a charge of dynamite under a bus", "planted a
# bomb", "set off three bombs"
PLACING_VERBS = {"place", "plant", "set off"}
QUANTIFIERS = {"several", "some", "many", "few", "two", "three", "four", "five"}
EXPLOSIVE_WORDS = {"bomb", "dynamite", "explosive", "explosives", "tnt", "ied", "charge",
                   "device"}


def weapon_use(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon entry for an attack told by a delivery verb whose object is a weapon
    ("bomb" for explosives, "attack" for other weapons), or None."""
    if tok.pos_ != "VERB":
        return None
    lemma = _lemma(tok)
    if lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        lemma = "set off"
    placing = lemma in PLACING_VERBS
    if lemma not in DELIVERY_VERBS and not placing:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    objs += [c for o in objs for c in o.conjuncts]
    heads = lex.classes["weapon_head"]
    for o in objs:
        word = _lemma(o)
        if word in heads or o.lower_ in heads:
            explosive = _explosive(o)  # "a bomb", "a charge of dynamite"
            if placing and not explosive:
                continue
            if placing and _bare_plural(o):
                continue  # "he placed roadside bombs": a habit, not one act
            return lex.entry("bomb" if explosive else "attack", "V")
    return None


def set_on_fire(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"set two schools on fire" (the lexicon's "set fire" entry), else None."""
    if tok.pos_ != "VERB" or _lemma(tok) != "set":
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                g.lower_ in ("fire", "flames") for g in c.children if g.dep_ == "pobj"):
            return lex.entry("set fire", "V")
    return None


# a body found tells a killing ("the bodies of two peasants were found"): the noun is the
# trigger, so that whoever found it is not taken for the killer
BODY_NOUNS = {"body", "corpse", "cadaver"}
FOUND_VERBS = {"find", "discover", "locate", "recover", "appear", "dump", "leave"}


HOSTAGE_WORDS = {"hostage", "hostages", "captive", "captives"}


def held_hostage(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"held 20 passengers hostage", "are still held captive": a taking of people (the
    lexicon's "take hostage" entry), not their arrest; else None."""
    if tok.pos_ != "VERB" or _lemma(tok) != "hold":
        return None
    if not any(t.lower_ in HOSTAGE_WORDS for c in tok.children
               if c.dep_ not in ("nsubj", "nsubjpass", "prep", "advcl", "conj")
               for t in c.subtree):
        return None
    return lex.entry("take hostage", "V")


# a court's warrant for someone's arrest: a charge laid by the court (PLOVER ACCUSE)
ARREST_WARRANT = TriggerEntry("issue warrant", "V", "ACCUSE", "allege", "112", None, None, 0.8)


def issued_warrant(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"The court issued an arrest warrant for the general", "a warrant for his arrest was
    issued": an accusation by whoever issued it, else None."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("issue", "sign"):
        return None
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass") and _lemma(c) == "warrant" and any(
                _lemma(g) == "arrest" for g in c.subtree):
            return ARREST_WARRANT
    return None


def body_found(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "killing" entry for a body found or left, else None."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in BODY_NOUNS:
        return None
    head = tok.head
    if tok.dep_ == "conj":
        head = tok.head.head
    if _lemma(head) not in FOUND_VERBS or head.pos_ != "VERB":
        return None
    if tok.dep_ not in ("dobj", "nsubjpass", "obj", "nsubj", "conj"):
        return None
    hazards = lex.classes["hazard"] | {"drown", "drowning", "disaster"}
    if any(_lemma(t) in hazards or t.lower_ in hazards for t in tok.sent):
        return None  # the dead of a crash, a flood, a fire
    return lex.entry("killing", "N")


DEAD_WORDS = {"dead", "murdered", "killed", "slain", "shot", "strangled", "tortured",
              "lifeless", "executed"}


def found_dead(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"X was found dead / murdered": a killing told by the finding (passive only, so that
    no finder is taken for the killer), else None."""
    if tok.pos_ != "VERB" or _lemma(tok) not in FOUND_VERBS:
        return None
    if not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    if any(c.dep_ in ("oprd", "acomp", "xcomp", "advcl") and c.lower_ in DEAD_WORDS
           for c in tok.children):
        return lex.entry("kill", "V")
    return None


def _bare_plural(o: Any) -> bool:
    """A plural noun with no determiner, number or quantifier ("roadside bombs"): what
    someone does habitually, not one act ("three bombs", "the bombs")."""
    return o.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "nummod") or c.lower_ in QUANTIFIERS for c in o.children)


def _explosive(o: Any) -> bool:
    """Whether a weapon noun names an explosive ("bomb", "a dynamite charge", "a charge of
    dynamite")."""
    return _lemma(o) in EXPLOSIVE_WORDS or any(
        _lemma(c) in EXPLOSIVE_WORDS for c in o.children if c.dep_ in ("compound", "amod")) or any(
        _lemma(g) in EXPLOSIVE_WORDS for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children)


def gerund(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """A noun in -ing naming a violent act of the verb lexicon, with what it was done to
    ("the burning of five buses", "the dynamiting of the pylon"), or the delivery of a weapon
    ("the hurling of a bomb at the market", "the planting of a car bomb"), else None."""
    w = tok.lower_
    ofs = of_objects(tok)
    if not w.endswith("ing") or len(w) < 6 or not ofs:
        return None
    stem = w[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if cand in DELIVERY_VERBS | PLACING_VERBS:
            heads = lex.classes["weapon_head"]
            for o in ofs:
                if _lemma(o) in heads or o.lower_ in heads:
                    if cand in PLACING_VERBS and _bare_plural(o):
                        continue  # "the planting of roadside bombs": a habit, not one act
                    if _explosive(o):
                        return lex.entry("bomb", "V")
                    if cand in DELIVERY_VERBS:
                        return lex.entry("attack", "V")
            return None
        entry = lex.entry(cand, "V") if cand else None
        if entry is not None and not entry.needs and entry.plover in ("ASSAULT", "COERCE"):
            return entry
    return None


def burned_alive(tok: Any, lex: Lexicon) -> TriggerEntry | None | bool:
    """"burned three peasants alive", "were burned to death": a killing (the lexicon's "kill"
    entry), not arson. False for "the policemen burned to death" (no one acting: the victims
    are its subject, the cause untold): no event from this word."""
    if tok.pos_ != "VERB" or _lemma(tok) != "burn":
        return None
    death = any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.lower_ == "death" for g in c.children) for c in tok.children)
    alive = any(c.lower_ == "alive" and c.dep_ in ("acomp", "oprd", "advmod", "advcl", "xcomp")
                for c in tok.children)
    if not (death or alive):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "obj") for c in tok.children):
        return lex.entry("kill", "V")
    return False


# verbs of command: "ordered both militias to withdraw from the city centre"
COMMAND_VERBS = {"order", "instruct", "direct", "command"}


def ordered_to_yield(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "demand" entry for an order to others to yield ("ordered both militias
    to withdraw", "instructed the rebels to release the hostages"): a demand that the
    target yield (PLOVER REQUEST), the yielding ordered not yet done; else None (and for
    an order to one's own forces, "ordered troops to withdraw", which tells the withdrawal)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in COMMAND_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "obj")]
    if not objs or any(lex.in_class(_lemma(o), "troops") for o in objs):
        return None  # "ordered troops to pull back": its own forces' withdrawal, done
    for c in tok.children:
        if c.dep_ != "xcomp" or c.pos_ != "VERB":
            continue
        entry = lex.entry(_lemma(c), "V")
        if entry is not None and entry.plover in ("RETREAT", "CONCEDE"):
            if entry.plover == "RETREAT" and _judicial_subject(tok):
                return entry  # a court's order to release is the release ("ordered the release")
            return lex.entry("demand", "V")
    return None


# who orders with the force of law: a court's order to free someone is the release
JUDICIAL = COURT_NOUNS | {"prosecutor", "justice"}


def _judicial_subject(tok: Any) -> bool:
    return any(c.dep_ == "nsubj" and _lemma(c) in JUDICIAL for c in tok.children)


# "ordered the army to take control of the port", "told the police to secure the border":
# an order to one's own forces to take up a position is their deployment (PLOVER MOBILIZE)
DEPLOY_XCOMPS = {"secure", "deploy", "guard", "patrol", "occupy", "reinforce", "protect",
                 "surround", "cordon", "seal"}
# "take control of", "take charge of", "take over"
TAKE_OBJECTS = {"control", "charge", "command", "position", "positions"}
# words of looking for someone ("a search for X", "in pursuit of X")
SEARCH_NOUNS = {"search", "manhunt", "hunt", "pursuit"}
# what forces are ordered to join: "ordered the army to join the manhunt"
JOINED_OPERATIONS = SEARCH_NOUNS | {"operation", "operations", "offensive", "campaign", "effort",
                                    "efforts", "patrol", "patrols"}


def sends_forces(comp: Any, lex: Lexicon) -> bool:
    """"to send reinforcements", "to dispatch more troops": forces sent, a deployment."""
    return any(c.dep_ in ("dobj", "obj") and lex.in_class(_lemma(c), "troops_or_aid")
               for c in comp.children)


def _deploy_comp(comp: Any) -> bool:
    lemma = _lemma(comp)
    if lemma == "take":
        return any(c.dep_ == "prt" and c.lower_ == "over" or c.dep_ == "dobj"
                   and _lemma(c) in TAKE_OBJECTS for c in comp.children)
    if lemma == "join":  # "to join the search for the gunmen": sent into an operation
        return any(c.dep_ == "dobj" and _lemma(c) in JOINED_OPERATIONS for c in comp.children)
    return lemma in DEPLOY_XCOMPS


def ordered_to_act(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """An order with an infinitive: to one's forces to take up a position ("ordered the
    troops to take control of the airport") is their deployment (the lexicon's "deploy"
    entry); to others to do what is no act of force ("ordered the police to find those
    responsible", "instructed the ministry to review the contracts") is a demand (the
    "demand" entry); else None (an order to attack or arrest tells of that act)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in COMMAND_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "obj")]
    comps = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if not comps and any(_body(o, lex) for o in objs):
        # "directed the provincial government to ensure ...": the parser may make the
        # infinitive a body is told to carry out an adverbial clause
        comps = [c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    held = [*tok.children, *(g for o in tok.children if o.dep_ == "dobj" for g in o.children)]
    if any(c.dep_ in ("ccomp", "acl") and _held_in_custody(c, lex) for c in held):
        return CUSTODY_ORDER  # ("ordered [the four to be remanded in custody]")
    if any(lex.in_class(_lemma(o), "troops") for o in objs) and any(
            c.dep_ == "prep" and c.lower_ in ("onto", "into") for c in tok.children):
        return lex.entry("deploy", "V")  # "ordered troops onto the streets": a deployment
    if not objs or not comps or all(o.lower_ in ("me", "us") for o in objs):
        return None  # ("instructed me to announce": a speaker's brief, no demand)
    forces = any(lex.in_class(_lemma(o), "troops") for o in objs)
    comp = comps[0]
    if forces and _deploy_comp(comp):
        return lex.entry("deploy", "V")
    entry = lex.entry(_lemma(comp), "V")
    acts = ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION") + (("RETREAT",) if forces else ())
    # (an entry that needs a context, "find" a weapon, is no act of its own here)
    if _deploy_comp(comp) or entry is not None and entry.plover in acts and (
            not entry.needs or entry.plover == "MOBILIZE" and sends_forces(comp, lex)):
        return None  # "ordered troops to pull back": the withdrawal, told by its own word
    if _held_in_custody(comp, lex):
        return CUSTODY_ORDER  # "ordered him to be held in pretrial detention": custody
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # "suspended the broadcaster and ordered providers to stop carrying it": how the
        # measure is enforced, no demand of its own (the verb it is coordinated with may be
        # parsed anywhere before it in the sentence)
        for v in tok.sent:
            first = lex.entry(_lemma(v), "V") if v.i < tok.i and v.pos_ == "VERB" else None
            if first is not None and (first.plover in ("COERCE", "SANCTION")
                                      or first.acled == "@suspend"):
                return None
    return lex.entry("demand", "V")


def _body(t: Any, lex: Lexicon) -> bool:
    """A body or people that can be told to act ("the provincial government", "the police")."""
    return t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP") or any(
        lex.in_class(_lemma(t), c) for c in ("actor_word", "person", "troops", "office_holder"))


# a court's order that someone be held: coercion by the court, no arrest in the field
CUSTODY_ORDER = TriggerEntry("order", "V", "COERCE", "arrest", "173", None, None, 0.7)
# where one is held ("to be held in pretrial detention", "kept in custody")
CUSTODY_PLACES = {"detention", "custody", "jail", "prison", "remand", "cell", "cells"}
KEPT = {"hold", "keep", "remand", "detain"}


def _held_in_custody(comp: Any, lex: Lexicon) -> bool:
    """A passive infinitive of custody: "(ordered X) to be held in pretrial detention",
    "to be remanded", "to be jailed": the order is the detention, no demand of anyone."""
    if not any(c.dep_ == "auxpass" for c in comp.children) and _lemma(comp) not in KEPT:
        return False  # (or a bare participle: "ordered him held in custody")
    entry = lex.entry(_lemma(comp), "V")
    if entry is not None and entry.plover == "COERCE" and entry.mode == "arrest":
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "into") and any(
        g.dep_ == "pobj" and _lemma(g) in CUSTODY_PLACES for g in c.children)
        for c in comp.children)


def called_for_clause(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """ "calling for the director to be dismissed", "called for the talks to resume": a
    demand whose "for" introduces a clause (the parser makes it the clause's marker, so no
    "call for" phrasal verb is seen), else None."""
    if tok.pos_ != "VERB" or _lemma(tok) != "call":
        return None
    if any(c.dep_ in ("advcl", "ccomp", "xcomp") and any(
            g.dep_ == "mark" and g.lower_ == "for" for g in c.children) for c in tok.children):
        return lex.entry("call for", "V")
    return None


# verbs that stop a vessel or a convoy on its way: "was blocked by four coast guard ships",
# "turned back a second aid convoy at a checkpoint" (PLOVER COERCE, a blockade); "stop" only
# a convoy ("stopped a convoy of aid trucks"; a ship or a truck stopped is searched)
STOPPING_VERBS = {"block", "obstruct", "turn back", "stop"}
CONVOY_WORDS = {"convoy", "caravan", "shipment"}


def _phrasal(tok: Any) -> str:
    particle = [c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ == "advmod"
                and c.lower_ == "back" and c.i == tok.i + 1]
    return f"{_lemma(tok)} {particle[0]}" if particle else _lemma(tok)


def stopped_passage(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "blockade" entry for a vessel or a convoy stopped on its way by others,
    not by protesters ("protesters blocked the aid trucks" is their protest), else None."""
    verb = _phrasal(tok)
    if tok.pos_ != "VERB" or verb not in STOPPING_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    if verb == "stop":
        objs = [o for o in objs if _lemma(o) in CONVOY_WORDS]
    agents = doers(tok)
    by_ships = any(o.pos_ == "PRON" and o.dep_ == "nsubjpass" for o in objs) and any(
        lex.in_class(_lemma(a), "passage") for a in agents)  # "it was blocked by four ships"
    if not by_ships and not any(lex.in_class(_lemma(o), "passage") for o in objs):
        return None
    if any(lex.in_class(_lemma(a), "protesters") for a in agents):
        return None
    return lex.entry("blockade", "V")


# "had recaptured 17 of the fugitives", "re-arrested the escaped inmates": people taken back
# into custody are arrested (ACLED Arrests), no territory regained
RECAPTURE_VERBS = {"recapture", "rearrest", "re-arrest"}
CAPTIVE_CLASSES = ("person", "person_custody", "wanted")


def recaptured_people(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    if tok.pos_ != "VERB" or _lemma(tok) not in RECAPTURE_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    objs += [g for o in objs for g in of_objects(o)]
    if any(lex.in_class(_lemma(o), c) for o in objs for c in CAPTIVE_CLASSES):
        return lex.entry("arrest", "V")
    return None


def expelled_vessel(tok: Any, lex: Lexicon) -> bool:
    """ "said it had expelled the trawler from its waters": a vessel driven off is no
    expulsion of a diplomat or a foreigner (PLOVER SANCTION, expel), but the encounter
    told elsewhere."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ("expel", "drive"):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    return any(lex.in_class(_lemma(o), "passage") and _lemma(o) != "aid" for o in objs)


# what a court strikes down or throws out: a law or a ruling, not a person or a place
RULED_OUT = {"law", "ruling", "decree", "ban", "order", "verdict", "sentence", "conviction",
             "amendment", "bill", "provision", "rule", "regulation", "decision", "measure"}


def struck_down_law(tok: Any) -> bool:
    """"the court struck down a law restricting the media": annulled, no blow struck."""
    return tok.pos_ == "VERB" and _lemma(tok) == "strike" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) and any(
        _lemma(c) in RULED_OUT for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))


# what one reserves the right to do when one threatens ("reserves the right to respond")
RESPONSE_VERBS = {"respond", "retaliate", "react", "defend", "take", "act", "use", "strike"}


def reserved_right(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"Chad reserves the right to respond to any further violation": a threat of force
    (PLOVER THREATEN), read from the words, which the parser often gets wrong ("reserves"
    as a noun)."""
    doc = tok.doc
    if tok.lower_ not in ("reserve", "reserves", "reserved", "reserving") or tok.i + 4 >= len(
            doc) or [t.lower_ for t in doc[tok.i + 1:tok.i + 4]] != ["the", "right", "to"]:
        return None
    return lex.entry("threaten", "V") if _lemma(doc[tok.i + 4]) in RESPONSE_VERBS else None

