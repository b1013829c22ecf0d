"""Filters and folds over drafts: support requests inside a fight, aid pledged,
address-less requests, bare event nouns."""

from __future__ import annotations

from typing import Any

from .argument_words import FILING_VERBS
from .draft import Draft
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .modality import said_in_contact
from .phrase_triggers import COMMAND_VERBS
from .syntax import measured_noun, of_objects
from .told_acts import PLACARD_WORDS
from .wanted_things import ASKING, TACTICAL, actor_like, thing_demanded


SUPPORT_WORDS = {"support", "reinforcement", "reinforcements", "backup", "medevac", "evacuation",
                 "fire", "cover"}


def _fold_support_requests(drafts: dict[int, Draft]) -> None:
    """"Requested close air support" inside a firefight is part of the fight, not a
    diplomatic request: such requests fold into the violent event of their sentence."""
    for i, d in list(drafts.items()):
        if d.typed.plover != "REQUEST":
            continue
        objs = {_lemma(t) for c in d.trigger.token.children if c.dep_ in ("dobj", "prep")
                for t in c.subtree}
        if not objs & SUPPORT_WORDS:
            continue
        if any(o.typed.plover in ("ASSAULT", "COERCE") and o.sent.start == d.sent.start
               for o in drafts.values() if o is not d):
            del drafts[i]


UTILITY_WORDS = {"power", "electricity", "water", "gas", "fuel", "supply", "supplies", "heating",
                 "internet", "communications"}


def _fold_cut_utilities(drafts: dict[int, Draft]) -> None:
    """"Drones struck a substation, cutting power to 40,000 homes": power or water cut in the
    sentence of an attack is the damage the attack did, not a sanction (no cut of relations
    or aid by one party to another)."""
    for i, d in list(drafts.items()):
        if d.typed.plover != "SANCTION":
            continue
        objs = {_lemma(c) for c in d.trigger.token.children if c.dep_ in ("dobj", "nsubjpass")}
        if not objs & UTILITY_WORDS:
            continue
        if any(o.typed.plover == "ASSAULT" and o.sent.start == d.sent.start
               for o in drafts.values() if o is not d):
            del drafts[i]


def _fold_pledged_aid(drafts: dict[int, Draft]) -> None:
    """"Pledged $50 million in humanitarian aid to X", "promised aid": the aid promised is
    what the pledge (PLOVER AGREE) is of, not aid given: the aid noun folds into it."""
    pledges = {d.trigger.token.i: d for d in drafts.values() if d.typed.plover == "AGREE"}
    for i, d in list(drafts.items()):
        tok = d.trigger.token
        if d.typed.plover != "AID" or tok.pos_ != "NOUN":
            continue
        node, pledge = tok, None
        for _ in range(4):  # up through "in" and "$50 million" to the pledging verb
            if node.dep_ not in ("dobj", "pobj", "prep") or node.head == node:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                pledge = pledges.get(node.i)
                break
        if pledge is not None and pledge is not d:
            pledge.quantities.extend(q for q in d.quantities if q not in pledge.quantities)
            del drafts[i]


def _addressless_request(d: Draft) -> bool:
    """A call or demand with no named addressee and no event demanded ("called for all
    occupants to exit") is a tactical instruction, not a political request."""
    if d.typed.plover != "REQUEST" or d.typed.mode is not None or d.mentions:
        return False
    if _people_addressed(d.trigger.token) or _sanction_demanded(d.trigger.token) or (
            _people_handed_back(d.trigger.token)) or _change_demanded(d.trigger.token) or (
            thing_demanded(d.trigger.token)):
        return False
    return not any(p.kb_id or any(ch.isupper() for ch in p.name[:1]) for p in d.targets)


def _change_demanded(tok: Any) -> bool:
    """"demanded the minister's resignation", "called for an independent inquiry", "called for
    joint patrols", "demanded higher wages": a change in office, policy or pay, or a political
    measure, demanded of whoever decides it is a political demand, though the text names no
    addressee. Not the aim of a protest ("gathered outside parliament to demand a
    referendum") nor a demand describing its makers ("the protesters, who are demanding early
    elections, ..."), nor the fire or air support a unit calls in."""
    if tok.dep_ in ("advcl", "xcomp", "acl", "relcl") and not (
            tok.dep_ == "advcl" and _lemma(tok.head) == "summon"):
        return False  # (but "summoned the envoy to demand action": the envoy is addressed)
    lex = load_lexicon()
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"]
    return any(lex.in_class(_lemma(g), "demanded_changes") for o in objs
               for g in (o, *o.conjuncts))


# acts that give people back: a demand of one is made of whoever holds them
HANDING_BACK = {"return", "release", "repatriation", "extradition", "handover", "freedom"}


def _people_handed_back(tok: Any) -> bool:
    """"demanded the immediate return of the fishermen", "demanded the release of the
    sailors": the people's return or release is demanded, a political demand."""
    lex = load_lexicon()
    return any(c.dep_ == "dobj" and _lemma(c) in HANDING_BACK and any(
        g.dep_ == "pobj" and (lex.in_class(_lemma(g), "person") or g.ent_type_ == "PERSON")
        for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)
        for c in tok.children)


def _sanction_demanded(tok: Any) -> bool:
    """"calling for the director to be dismissed", "called for the minister to be tried",
    "demanded that the officers be suspended", "demanded that the governor resign": a measure
    demanded against a named office holder or person is a political demand."""
    lex = load_lexicon()
    asking = _lemma(tok) in ASKING
    for c in tok.children:
        if c.dep_ not in ("advcl", "ccomp", "xcomp"):
            continue
        # (a "for ... to" clause only in the passive: "called for all residents to exit" is
        # a tactical instruction)
        subjunctive = c.dep_ == "ccomp" and asking and _subjunctive(c)
        told = any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) or subjunctive
        if told and any((g.dep_ == "nsubjpass" or subjunctive and g.dep_ == "nsubj") and any(
                lex.in_class(_lemma(g), k) for k in ("person", "leader", "office_holder"))
                for g in c.children):
            return True
    return False


def _subjunctive(clause: Any) -> bool:
    """"demanded that the officers be suspended", "that the guards should be tried", "that
    the governor resign": the clause of a demand, its verb bare or under "should" / "must"
    (not "said the officers were suspended", nor "called for them to ...")."""
    if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
        return False
    return clause.tag_ == "VB" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in (
        "be", "should", "must") for a in clause.children)


def _people_addressed(tok: Any) -> bool:
    """"urged residents to stay indoors", "appealed to people to give blood", "urged allies to
    send air defences": people or a body of them named as
    the object of the asking verb (or of its "on"/"to", or of the call it was made in) are an
    addressee even in lower case;
    "called for the occupants to exit" names no addressee (they are the subject of the
    demanded clause)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if _lemma(tok) in COMMAND_VERBS and objs and any(c.dep_ == "xcomp" for c in tok.children):
        return True  # "ordered the security agencies to find those responsible"
    lex = load_lexicon()  # (not "requested a helicopter to evacuate the wounded")
    # "called on the North to respect the border", "appealed to parents to keep children at
    # home": the addressee named through "on" / "to", asked by name to act
    objs += [g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "to")
             for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    if _lemma(tok) in ASKING and any(actor_like(o) or o.pos_ in ("NOUN", "PROPN") and _lemma(
            o) not in TACTICAL and not lex.in_class(_lemma(o), "troops") for o in objs) and any(
            c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                 for a in c.children) for c in tok.children):
        return True  # "pressed the defence department to explain": asked by name to act
    if any(c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                 for a in c.children) and any(
            g.dep_ == "nsubj" and lex.in_class(_lemma(g), "actor_word") for g in c.children)
           for c in tok.children):
        return True  # "wants the ministry to scrap the exams": a body asked to act
    # ("called on armed groups": the parser may make the "on" a particle holding the object)
    objs += [g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "to")
             for g in c.children if g.dep_ == "pobj" and g not in objs]
    if _lemma(tok) in ASKING:  # "asked for help from the navies of neighbouring countries",
        # "demanded a ransom from his family": whom it is asked of (the "from" of the verb or
        # of what it asks for)
        asked = [tok, *(c for c in tok.children if c.dep_ == "dobj"), *(
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj")]
        objs += [g for h in asked for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pobj"]
    if said_in_contact(tok):  # "called the family to demand a ransom": whom they called
        objs += [c for c in tok.head.children if c.dep_ in ("dobj", "dative")]
    return any(lex.in_class(_lemma(o), "person") or lex.in_class(_lemma(o), "armed")
               or lex.in_class(o.lower_, "actor_word") or lex.in_class(_lemma(o), "actor_word")
               or _possessed_role(o) for o in objs)


# nouns of a role someone holds towards a thing or a body ("the ship's manager", "its owner")
ROLE_NOUNS = {"owner", "manager", "operator", "employer", "director", "captain", "head",
              "chief", "management", "board", "charterer", "shipowner"}


def _possessed_role(noun: Any) -> bool:
    """"asked the ship's manager to bring them home", "urged the mine's owners to pay": a
    holder of a role named by its possessor is someone asked."""
    return _lemma(noun) in ROLE_NOUNS and any(c.dep_ == "poss" for c in noun.children)


def _bare_noun(d: Draft) -> bool:
    """A lone event noun with nothing around it ("covering ... humanitarian aid")."""
    tok = d.trigger.token
    if tok.pos_ not in ("NOUN", "PROPN") or d.mentions:
        return False
    dated = d.time is not None and d.time.start is not None and bool(d.time.evidence)
    if tok.tag_ in ("NNS", "NNPS") and not d.actors and not d.quantities and not dated and not any(
            c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return True  # a bare plural ("attacks against the army") names a kind, not one event
    if d.actors or d.targets or d.quantities or _measured_object(tok) or _filed(tok):
        return False
    if d.reference:
        return True
    return d.typed.weight < 0.9 and not dated


# verbs that put a complaint or a suit before a court or a body: the verbs of filing
# (`argument_words.FILING_VERBS`), and "brought / launched a case"
SUIT_VERBS = FILING_VERBS | {"bring", "launch"}


def _filed(tok: Any) -> bool:
    """"said he had filed a complaint against those responsible": a complaint or suit a
    clause says someone filed is that someone's act, even where the subject is a pronoun
    the text leaves unnamed."""
    head = tok.head
    return tok.dep_ == "dobj" and _lemma(head) in SUIT_VERBS and head.pos_ == "VERB" and any(
        c.dep_ == "nsubj" for c in head.children)


def _measured_object(tok) -> bool:
    """"the destruction of a pylon six km from the city": the "of" phrase hung on the measure
    noun ("km") still names what was acted on (`syntax.measured_noun`), so the event noun is
    not bare."""
    return any(measured_noun(obj) != obj for obj in of_objects(tok))


# stances a relative clause can give as who someone is ("dissidents who rejected the deal")
STANCE_TYPES = {"AGREE", "REJECT", "SUPPORT"}


def identity_clause(d: Draft) -> bool:
    """"the ADF, which has pledged allegiance to the Islamic State group", "dissidents who
    rejected the 2016 peace agreement": a stance told in a relative clause on a group or
    person, with no time of its own, says who they are, not what they did in the news."""
    tok = d.trigger.token
    if d.typed.plover not in STANCE_TYPES or d.mentions or tok.dep_ != "relcl" or (
            tok.head.pos_ not in ("NOUN", "PROPN")):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in tok.children):
        return False
    return not any(c.ent_type_ in ("DATE", "TIME") or c.dep_ == "prep" and any(
        g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in tok.children)


# verbs that hold a joint patrol or drill ("held joint patrols", "began combined drills")
HOLDING = {"hold", "conduct", "carry", "launch", "begin", "start", "stage", "run", "mount",
           "resume", "undertake", "organize", "organise", "expand", "plan", "propose"}
DRILL_NOUNS = {"patrol", "drill", "manoeuvre", "maneuver"}


def patrol_as_party(d: Draft) -> bool:
    """"A joint Afghan and coalition patrol detained a kidnapper", "attacked the combined
    patrol": a joint patrol that acts or is acted on is a party to that act, not the
    cooperation of its own (kept: "held joint patrols", "called for joint patrols")."""
    tok = d.trigger.token
    if d.typed.plover != "COOPERATE" or _lemma(tok) not in DRILL_NOUNS:
        return False
    if tok.dep_ == "pobj":
        return tok.head.lower_ not in ("for", "on", "of", "in")
    return not (tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) in HOLDING)


# writing put up or left by no one named: what it says is no one's act (what a protest's
# demand is carried on, `told_acts.PLACARD_WORDS`, and writing left on walls)
INSCRIPTIONS = PLACARD_WORDS | {"graffiti", "inscription"}


def inscribed_demand(d: Draft) -> bool:
    """"A banner left at the scene demanded the release of prisoners", "graffiti on the wall
    called for the troops to leave": writing left behind says what someone wants, no demand
    or threat made by anyone the text names (a statement or a letter has an author)."""
    if d.typed.plover not in ("REQUEST", "THREATEN", "ACCUSE"):
        return False
    tok = d.trigger.token
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subj) and all(_lemma(s) in INSCRIPTIONS for s in subj)
