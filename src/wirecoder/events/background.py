"""Events named as background, not news: an act that describes someone ("the facilitator
responsible for the 2010 bombing", "wanted for attacks"), a bare plural of a habit or role
("oversaw insurgents responsible for attacks"), and an event named to date another ("during
the talks"). `modality` tells how the text reports the events it does report.
"""

from __future__ import annotations

import re
from typing import Any

from ..geo.place_parse import ATTRIBUTION_VERBS
from .borrowed_dates import HABITUAL
from .lexicon import Lexicon, load_lexicon
from .lexicon import lemma as _lemma
from .modality import c_is_past


TIME_PREPS = {"during", "after", "before", "since", "following", "amid", "until", "throughout",
              "prior", "ahead", "despite"}


HABITUAL_GOVERNORS = {"train", "teach", "finance", "manufacture", "build", "construction",
                      "execution", "supply", "provide", "responsible", "involved", "involve",
                      "know", "suspect", "accuse", "link", "specialize", "facilitate",
                      "organize", "organise", "coordinate", "oversee", "direct", "conduct",
                      "plan", "carry", "fund", "lead", "support", "claim", "blame"}


BACKGROUND_ADJ = {"responsibility", "credit", "responsible", "accused", "suspected", "wanted",
                  "known", "involved", "linked", "blamed", "convicted", "notorious",
                  "involve", "link", "convict", "accuse", "suspect"}


BACKGROUND_PREPS = {"for", "in", "of"}
# "involved with", "linked to" describe a person only when said of one ("the postponement is
# linked to the assassination" ties two events, both news)
PERSON_PREPS = {"with", "to"}


# pronouns for whoever did something, described by what they did
GENERIC_PEOPLE = {"those", "anyone", "whoever", "anybody"}


def background(tok: Any) -> bool:
    """An event named to describe someone ("the facilitator responsible for the 2010 bombing",
    "wanted for attacks", "was involved with a suicide attack", "linked to the bombing"):
    background, not news; so is what a generic "those" have done ("bringing to justice
    those that have held the citizens of the province hostage")."""
    if tok.dep_ == "relcl" and tok.head.lower_ in GENERIC_PEOPLE and any(
            c.dep_ == "aux" and c.lower_ in ("have", "has") for c in tok.children):
        return True
    if _series_before(tok) or in_earlier_cases(tok):
        return True  # "arrested two men after a string of arson attacks": what led to it
    if describes_subject(tok):
        return True  # "The ADF, which has pledged allegiance to the Islamic State, ..."
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in GROUND_PREPS and _lemma(
            tok.head.head) in LEGAL_ACTS and tok.head.head.pos_ == "VERB" and not (
            _told_before(tok)):
        return True  # "charged him with the murder of a lawyer": the ground of a charge
    node = tok
    for _ in range(4):
        if node.head == node:
            return False
        head = node.head
        if node.dep_ in ("pobj", "pcomp") and (head.lower_ in BACKGROUND_PREPS or (
                head.lower_ in PERSON_PREPS and _said_of_person(head.head))) and _lemma(
                head.head) in BACKGROUND_ADJ and head.head.tag_ in ("VBN", "JJ", "NN"):
            return not _claimed(head.head)
        if node.dep_ in ("pobj", "prep", "conj", "pcomp", "compound") or (
                node.dep_ == "dobj" and head.tag_ == "VBG"):
            node = head
            continue
        return False
    return False


def describes_subject(tok: Any) -> bool:
    """"The ADF, which has pledged allegiance to the Islamic State group, has killed ...",
    "Rwandan troops, who have been deployed there since 2021, were sent ...": a relative
    clause set off by a comma, in the present perfect, on the subject of a clause tells who
    the subject is, not news of the day."""
    if tok.dep_ != "relcl" or tok.tag_ != "VBN" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children):
        return False
    rel = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ in ("which", "who")), None)
    return rel is not None and rel.i > 0 and tok.doc[rel.i - 1].text == ","


# acts of a court or a prosecutor whose ground is an earlier act ("charged with the murder",
# "jailed for the killing", "convicted of arson")
LEGAL_ACTS = {"charge", "convict", "sentence", "indict", "jail", "imprison", "prosecute",
              "acquit", "execute"}
GROUND_PREPS = {"with", "of", "for", "over"}


SERIES_NOUNS = {"string", "series", "spate", "spree", "rash", "wave", "run"}
# "in previous cases", "in past incidents", "in earlier raids": what used to happen
CASE_NOUNS = {"case", "incident", "instance", "episode", "occasion", "raid", "seizure"}
EARLIER = {"previous", "past", "earlier", "prior", "similar", "other"}


def in_earlier_cases(tok: Any) -> bool:
    """"In previous cases, most were released after weeks of talks", "has refused such
    requests in the past", "clashed with the army in previous years": the clause tells what
    happened in earlier cases of the kind or at an earlier time, background to the news, not
    an event of it."""
    clause = tok
    while clause.dep_ in ("xcomp", "conj", "auxpass") and clause.head != clause:
        clause = clause.head
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and (_the_past(g) or g.tag_ == "NNS" and _lemma(g) in CASE_NOUNS
                              | PAST_SPANS and any(
            a.dep_ == "amod" and a.lower_ in EARLIER for a in g.children)) for g in c.children)
        for c in clause.children)


# "in past years", "in previous decades": an open stretch of the past (not "in the past
# week", a span that reaches the news)
PAST_SPANS = {"year", "decade", "time"}


def _the_past(noun: Any) -> bool:
    """"(have been accused of heavy-handed responses) in the past": "past" itself the noun,
    with nothing but its article."""
    return noun.lower_ == "past" and all(c.dep_ == "det" for c in noun.children)


def _series_before(tok: Any) -> bool:
    """"after a string of arson attacks", "following a spate of kidnappings": a run of earlier
    acts named as what led to the news (not one event of the day)."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head == of:
        return False
    series = of.head
    return (series.lower_ in SERIES_NOUNS and series.dep_ == "pobj"
            and series.head.lower_ in TIME_PREPS)


def _told_before(tok: Any) -> bool:
    """"were charged with the murder", "with the killing of the judge": a definite act (or
    an act on someone named definitely) refers back to one the text told, whose doers the
    charged are."""
    nouns = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
    last = nouns[-1]
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "his", "her",
                                                          "their", "its")
               or c.dep_ == "poss" for c in last.children) or last.ent_type_ == "PERSON"


def court_act_describes(tok: Any) -> bool:
    """"twelve people convicted of forming a cell", "the man, who had been sentenced": a
    court's act told to say who someone is, background (read once the events are merged
    and dated, so its date still dates the acts told with it); not "arrested 11 people
    accused of spying", the accusation of those who arrest them, news."""
    return _lemma(tok) in LEGAL_ACTS and _describes_person(tok)


def _describes_person(tok: Any) -> bool:
    """A court's act told to say who someone is: a participle after a noun ("people convicted
    of forming a cell") or a clause in the past perfect ("the man, who had been sentenced")."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had"
                                       for c in tok.children)


def _said_of_person(word: Any) -> bool:
    """The participle or adjective describes a person: its subject, or the noun it modifies,
    is a personal pronoun, a person's name or a word for a person ("he was involved with",
    "a man linked to")."""
    nouns = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
    if word.dep_ in ("amod", "acl") and word.head != word:
        nouns.append(word.head)
    if not nouns and word.dep_ in ("acomp", "xcomp", "oprd"):
        nouns = [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    lex = load_lexicon()
    return any(n.lower_ in PERSONAL or n.ent_type_ == "PERSON"
               or lex.in_class(_lemma(n), "person") for n in nouns)


CLAIM_VERBS = {"claim", "take", "accept", "assume", "admit"}


def _claimed(noun: Any) -> bool:
    """"X claimed responsibility for the bombing": a claim made now for the act the report is
    about (the claimant is its perpetrator), not an act named to describe someone."""
    return _lemma(noun) in ("responsibility", "credit") and noun.dep_ == "dobj" and _lemma(
        noun.head) in CLAIM_VERBS


def generic_plural(tok: Any, lex: Lexicon) -> bool:
    """A bare plural event noun describing a habit or a role, not one event ("oversaw
    insurgents responsible for attacks against Afghan forces")."""
    if tok.pos_ not in ("NOUN",) or tok.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    node = tok
    for _ in range(4):
        if node.head == node:
            return False
        node = node.head
        lemma = _lemma(node)
        if lemma in HABITUAL_GOVERNORS:
            return not _one_occasion(node)
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ROOT", "ccomp"):
            return False
    return False


PERSONAL = {"he", "she", "they", "who", "i", "we"}
# verbs whose clause is what a source told
REPORTING = ATTRIBUTION_VERBS  # say, tell, announce, state, add, confirm, report


def _one_occasion(verb: Any) -> bool:
    """"the army had carried out clearance operations in several villages": a finite past
    verb whose subject is a state or a force, not a person described, and that says where it
    acted, reports one round of operations, not a habit or a role ("he conducted attacks")."""
    if verb.pos_ != "VERB" or not c_is_past(verb):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return False  # "a militant responsible for attacks carried out ..."
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj":  # "had conducted raids and had launched strikes"
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj or any(s.lower_ in PERSONAL or s.ent_type_ == "PERSON" for s in subj):
        return False
    if _reported_past(verb):
        return True
    return any((c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout")) or (
        c.dep_ == "advmod" and c.lower_ in ("nationwide", "countrywide")) for c in verb.children)


def _reported_past(verb: Any) -> bool:
    """"a spokesman said the army had launched air strikes on rebel camps": a past (or
    backshifted past) told as the content of a saying reports what the force did, the news
    of the statement, not what it is known for ("the group has carried out attacks")."""
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ == "had"
                                      for c in verb.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "had carried out operations ... and had launched air strikes"
    return clause.dep_ == "ccomp" and _lemma(clause.head) in REPORTING


def in_time_adjunct(tok: Any) -> bool:
    """A noun inside "during the talks", "prior to the visit": it dates another event."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return False
    prep = tok.head
    words = {prep.lower_, prep.head.lower_ if prep.head != prep else ""}
    return bool(words & TIME_PREPS)


def grievance(tok: Any) -> bool:
    """"police fired tear gas at students protesting over the killing of a student": an
    event noun that a protest is over or against is what the protest is about, an earlier
    event of its own, never one with the acts of the sentence."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in (
            "over", "against", "about"):
        return False
    gov = tok.head.head
    entry = load_lexicon().entry(_lemma(gov), "V" if gov.pos_ in ("VERB", "AUX") else "N")
    return entry is not None and entry.plover == "PROTEST"


PERIOD_PREPS = {"during", "since", "in", "over", "throughout"}
PERIOD_NOUNS = {"year", "years", "decade", "decades", "months"}
PERIOD_MODIFIERS = {"recent", "past", "last", "previous", "beginning", "start"}


def over_a_period(trigger: Any) -> bool:
    """"More than 2,000 people were killed during the 2019-2021 insurgency", "have killed
    hundreds since 2021", "in recent years", "since the start of the year": the act is told
    as a toll over a period (years named, or years counted back), not as one day's event
    (the period on the act's own word: not "the largest demonstration since 2024")."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in PERIOD_PREPS):
        for t in prep.subtree:
            if t.i == prep.i:
                continue
            if re.fullmatch(r"(19|20)\d\d([-–/](19|20)?\d\d)?", t.text) and (
                    prep.lower_ != "in" or "-" in t.text or "–" in t.text
                    or any(c.lower_ in ("war", "conflict", "insurgency") for c in t.ancestors)):
                return True  # "during the 2023-2024 war", "since 2021" (not a bare "in 2019")
        words = {t.lower_ for t in prep.subtree}
        if words & PERIOD_NOUNS and words & PERIOD_MODIFIERS and prep.lower_ != "during":
            return True  # "in recent years", "since the beginning of the year"
    return toll_of_years(trigger)


# nouns of a long conflict whose toll is told as background
CONFLICT_NOUNS = {"war", "conflict", "insurgency", "fighting", "violence", "rebellion",
                  "uprising", "unrest", "civil war"}


def toll_of_years(trigger: Any) -> bool:
    """"decades of fighting that has killed an estimated 40,000 people", "an insurgency that
    has killed thousands": the toll of a long conflict (years of it, or told in the perfect
    of a conflict noun), not of the day's event."""
    noun = trigger.head if trigger.dep_ == "relcl" else trigger
    if _lemma(noun) not in CONFLICT_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in PERIOD_NOUNS:
        return True  # "decades of fighting (that killed ...)"
    return trigger.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trigger.children)


# modals of what someone is able or allowed to do ("either side can request talks")
ABILITY_MODALS = {"can", "may"}


def habit_or_ability(tok: Any) -> bool:
    """"Fishermen are often detained by the coast guard", "either side can request talks if
    an incident occurs": a verb in the present that says how often something happens, or
    what someone can or may do, tells a habit or a right, not one event."""
    if tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" and c.lower_ in ABILITY_MODALS for c in auxes) and not any(
            c.lemma_.lower() == "have" for c in auxes):
        return True  # (not "may have been killed": a past event not yet confirmed)
    present = tok.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxes)
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not auxes and any(
            c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in kids):
        return True  # "Algeria, which hosts the Polisario, said ...": what it is, no event
    return present and any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in kids)



# words of a timetable that put an act ahead: "is due to vote", "is scheduled to meet"
SCHEDULE_VERBS = {"schedule", "slate", "set", "timetable"}


def _doer(tok: Any) -> bool:
    """A subject that can act: a name, or a word for people, forces or bodies ("troops are to
    leave"), not an aim ("our first task is to separate the two sides")."""
    lex = load_lexicon()
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or any(
        lex.in_class(_lemma(tok), c) for c in ("person", "armed", "troops", "actor_word"))


def scheduled(tok: Any) -> bool:
    """"The council is due to vote on renewing the mandate in November", "talks are scheduled
    to resume on Monday": an act a timetable puts ahead (its infinitive, or a word that
    infinitive governs) has not happened yet."""
    node = tok
    for _ in range(5):
        if node.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                        for a in node.children):
            head = node.head
            if head.lower_ == "due":  # "is due to"
                return head.dep_ == "acomp" and _lemma(head.head) == "be"
            if _lemma(head) == "be" and head.pos_ in ("AUX", "VERB") and not any(
                    c.dep_ in ("acomp", "attr") for c in head.children) and any(
                    c.dep_ == "nsubj" and _doer(c) for c in head.children):
                return True  # "Armed youths are to withdraw within 30 days": what is set
            return _lemma(head) in SCHEDULE_VERBS and head.tag_ == "VBN" and any(
                c.dep_ == "auxpass" and _lemma(c) == "be" for c in head.children)
        if node.dep_ not in ("pcomp", "pobj", "prep", "dobj", "conj") or node.head == node:
            return False
        node = node.head
    return False
