"""Trigger words that are no event of their own, dropped from the list `detect.find_triggers`
found: an assault noun a condemnation calls an act by, an agreement named as what was
breached, an agreement noun a signing verb acts on, the act a deployment order tells its
forces to do, talks or curfews a verb suspends or lifts, participles that describe people."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .agreement_terms import drop_agreement_terms
from .argument_words import CHARGE_NOUNS
from .described_acts import drop_described
from .evaluations import drop_judged_refusals
from .follow_ups import drop_follow_ups
from .lexicon import lemma as _lemma
from .passing_mentions import drop_passing_mentions
from .phrase_triggers import COMMAND_VERBS
from .syntax import NOUN_POS

if TYPE_CHECKING:
    from .detect import Trigger


def drop_non_events(found: list[Trigger]) -> list[Trigger]:
    """The triggers of `found` that tell an event of their own."""
    for drop in (_drop_naming_of_rejected, _drop_acted_on, _drop_state_participles,
                 _drop_figurative, _drop_breached, _drop_ordered, _drop_signed,
                 _drop_deployment_purpose, _drop_raids_of_arrests, _drop_time_held,
                 _drop_warranted_arrests, _drop_told_in_passing, _drop_physical_impact,
                 _drop_never_by_anyone, _drop_banned_kind, _drop_alignment_described,
                 _drop_means_of_settling, _drop_naming_a_body, _drop_mediated_noun,
                 _drop_feared_kind, _drop_charged_speech, drop_described,
                 drop_passing_mentions, drop_judged_refusals, drop_follow_ups,
                 drop_agreement_terms):
        found = drop(found)
    return found


def _predicate_of(tok: Any) -> Any:
    """The verb whose object a noun says what it is ("called the curfew an attack",
    "condemned the closure as an assault", "described the raid as an attack"), or None."""
    if tok.dep_ in ("oprd", "xcomp", "attr") and tok.head.pos_ == "VERB":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        above = tok.head.head
        if above.pos_ == "VERB":
            return above
        if above.dep_ == "dobj" and above.head.pos_ == "VERB":
            return above.head
    return None


def _drop_figurative(found: list[Trigger]) -> list[Trigger]:
    """"called the curfew an attack on democracy": an assault noun that a condemnation says
    an act is, is that condemnation's words, not a second event."""
    accusing = {t.token.i for t in found if t.entry.pos == "V" and t.entry.plover == "ACCUSE"}
    return [t for t in found if not (
        t.entry.pos == "N" and t.entry.plover == "ASSAULT"
        and (v := _predicate_of(t.token)) is not None and v.i in accusing)]


# words of breaking an agreement: "a breach of the ceasefire", "violated the truce"
BREACH_WORDS = {"breach", "violation", "violate", "break", "flout", "collapse",
                "breakdown", "infringement"}


def _breached(tok: Any) -> bool:
    """"the most serious breach of the ceasefire", "violated the truce": an agreement named
    as what was broken is the one in force, no new agreement."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.i != tok.i and _lemma(head) in BREACH_WORDS


def _drop_naming_of_rejected(found: list[Trigger]) -> list[Trigger]:
    """"rejected the plan, calling it unacceptable": a verb of naming in a participle clause
    on a rejection, with no subject of its own, says how the rejection was worded; it is
    that rejection, not a second event (an accusation by the rejecter of itself)."""
    rejecting = {t.token.i for t in found if t.entry.pos == "V" and t.entry.plover == "REJECT"}
    return [t for t in found if not (
        t.entry.pos == "V" and t.entry.needs == "condemnation" and t.token.tag_ == "VBG"
        and t.token.dep_ in ("advcl", "conj", "xcomp") and t.token.head.i in rejecting
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.token.children))]


def _drop_breached(found: list[Trigger]) -> list[Trigger]:
    return [t for t in found if not (t.entry.pos == "N" and t.entry.plover in ("RETREAT", "AGREE")
                                     and _breached(t.token))]


def _drop_signed(found: list[Trigger]) -> list[Trigger]:
    """Drop an agreement noun that a signing verb acts on ("the agreement was signed in the
    capital", "signed a peace deal"): the signing is the one event (PLOVER SUPPORT)."""
    signs = {t.token.i for t in found if t.entry.pos == "V" and t.entry.plover == "SUPPORT"
             and t.entry.needs == "agreement"}
    return [t for t in found if not (t.entry.pos == "N" and t.entry.needs == "reach"
                                     and t.token.dep_ in ("dobj", "nsubjpass")
                                     and t.token.head.i in signs)]


def _drop_ordered(found: list[Trigger]) -> list[Trigger]:
    """Drop the act a deployment order tells its forces to do ("ordered the army to take
    control of the port": the deployment, no seizure yet)."""
    orders = {t.token.i for t in found if t.entry.plover == "MOBILIZE" and t.token.pos_ == "VERB"
              and _lemma(t.token) in COMMAND_VERBS}
    return [t for t in found if not (t.token.dep_ == "xcomp" and t.token.head.i in orders)]


def _drop_deployment_purpose(found: list[Trigger]) -> list[Trigger]:
    """Drop a deployment verb that says what a deployment is for ("troops were flown to the
    province to reinforce the garrison": one deployment), and a deployment participle that
    describes a force whose act the sentence reports (`_serving_participle`)."""
    moves = {t.token.i for t in found if t.entry.plover == "MOBILIZE" and t.token.pos_ == "VERB"}
    others = {t.token.sent.start for t in found if t.entry.plover != "MOBILIZE"}
    return [t for t in found if not (
        t.entry.plover == "MOBILIZE" and t.token.dep_ in ("advcl", "xcomp")
        and t.token.head.i in moves and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.token.children)) and not (
        t.entry.plover == "MOBILIZE" and _serving_participle(t.token)
        and t.token.sent.start in others)]


# the spans a time is counted in ("held for a week", "in a year"): also type_cues.TERM_WORDS's
SPANS = {"day", "week", "month", "year", "decade"}


def _drop_time_held(found: list[Trigger]) -> list[Trigger]:
    """Drop a detention noun that says how long someone was held ("released on bail after
    nine months in detention", "two years in detention"): a time spent, no arrest told."""
    return [t for t in found if not (
        t.entry.plover == "COERCE" and t.entry.pos == "N" and t.token.dep_ == "pobj"
        and t.token.head.lower_ == "in" and _lemma(t.token.head.head) in SPANS)]


def _drop_raids_of_arrests(found: list[Trigger]) -> list[Trigger]:
    """Drop "raids" the arrests of their sentence were made in ("police detained 23 people
    suspected of links to the group in raids across eight provinces"): the parser may hang
    the phrase on a noun before it, but the raids are the arrests' own operation."""
    arrests = {t.token.sent.start: t.token.i for t in found if t.entry.plover == "COERCE"
               and t.entry.mode == "arrest" and t.token.pos_ == "VERB"}
    return [t for t in found if not (
        t.entry.lemma == "raid" and t.token.tag_ == "NNS" and t.token.dep_ == "pobj"
        and t.token.head.lower_ in ("in", "during") and t.token.sent.start in arrests
        and arrests[t.token.sent.start] < t.token.i)]


def _serving_participle(tok: Any) -> bool:
    """"Kenyan officers deployed in Haiti killed six gang members": a participle after a noun
    that says where a force serves, beside the act its sentence reports."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in NOUN_POS and (
        tok.head.i < tok.i)


# needs of verbs whose object is what they act on ("suspended peace talks", "lifted the
# curfew", "called off the strike"): that object is no event of its own
ACTED_ON_NEEDS = {"relations_talks", "relations_talks_aid", "suspendable", "restriction",
                  "protest"}


def _drop_acted_on(found: list[Trigger]) -> list[Trigger]:
    """Drop a noun trigger that is the object of a verb trigger ending, easing or lifting it
    ("Petro suspended peace talks with the ELN": a suspension, no talks held)."""
    heads = {t.token.i for t in found if t.entry.pos == "V" and t.entry.needs in ACTED_ON_NEEDS}
    return [t for t in found if not (t.entry.pos == "N" and t.token.dep_ in ("dobj", "nsubjpass")
                                     and t.token.head.i in heads)]


def _state_participle(tok: Any) -> bool:
    """"two wounded militants", "the injured soldiers", "struck the retreating column": a
    participle modifying a noun (an "-ing" one alone: "stone-throwing youths" tell an act)."""
    bare_ing = tok.tag_ == "VBG" and not any(c.dep_ != "punct" for c in tok.children)
    return ((tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ")) or (
        tok.dep_ in ("amod", "compound") and bare_ing)) and tok.head.pos_ in NOUN_POS and (
            tok.i < tok.head.i)


def _drop_state_participles(found: list[Trigger]) -> list[Trigger]:
    """A participle modifying a noun ("detained two wounded militants") describes the state
    of people in the event the sentence reports, not a second event; it is an event of its
    own only where its sentence reports nothing else, and never where it says what something
    is ("the group is not a recognised government")."""
    reported = {t.token.sent.start for t in found if not _state_participle(t.token)}
    return [t for t in found
            if not (_state_participle(t.token) and (t.token.sent.start in reported or any(
                c.dep_ in ("det", "predet", "poss") and c.lower_ in TOLD_PEOPLE_DETS
                for c in t.token.head.children) or t.token.head.dep_ == "attr"))]


# determiners of people already told of: "both wounded men were flown to a hospital"
TOLD_PEOPLE_DETS = {"the", "both", "these", "those", "their", "its", "his", "her"}


def _drop_warranted_arrests(found: list[Trigger]) -> list[Trigger]:
    """"issued a warrant for the arrest of the mayor": the arrest a warrant asks for is not
    yet made (the warrant is the court's accusation, `phrase_triggers.issued_warrant`)."""
    return [t for t in found if not (
        t.entry.pos == "N" and t.entry.mode == "arrest" and t.token.dep_ == "pobj"
        and t.token.head.lower_ == "for" and _lemma(t.token.head.head) == "warrant")]


# verbs of paying for or stirring up an act, in an accusation: "accused them of financing the
# protests" tells of the protests already told, no new one
BACKING_VERBS = {"finance", "fund", "bankroll", "sponsor", "instigate", "incite", "orchestrate",
                 "fuel", "stoke", "foment", "back", "support", "organise", "organize",
                 "encourage", "provoke"}
ACCUSING_VERBS = {"accuse", "blame", "charge", "suspect", "condemn", "denounce", "criticise",
                  "criticize"}
# what a background clause of time is marked by ("held while he is investigated")
WHILE_MARKS = {"while", "pending", "until", "as"}


def _in_accusation(tok: Any) -> bool:
    """The object of a gerund an accusation is of: "accused X of financing [the protests]"."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "obj") or _lemma(verb) not in BACKING_VERBS:
        return False
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return False
    above = verb.head.head  # ("accused [parties [of financing]]": the parser's noun first)
    return _lemma(above) in ACCUSING_VERBS or (
        above.dep_ in ("dobj", "obj") and _lemma(above.head) in ACCUSING_VERBS)


def _visit_of_a_meeter(tok: Any, meeting_verbs: set[int]) -> bool:
    """"The envoy, who arrived on Monday for a two-day visit, met the president": the visit
    told in a clause on the subject of a meeting is the meeting's setting, no second event."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            noun = node.head
            while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
                noun = noun.head  # ("the envoy of the League, who arrived ...")
            return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in meeting_verbs
        node = node.head
    return False


def _drop_told_in_passing(found: list[Trigger]) -> list[Trigger]:
    """Drop acts told in passing: protests an accusation says someone financed, a visit
    told as the setting of a meeting by the visitor, the streets a government will not
    "surrender" (a figure of speech), an inquiry told as the time someone is held ("while he
    is investigated")."""
    meeting = {t.token.i for t in found if t.entry.plover == "CONSULT" and t.entry.pos == "V"
               and t.entry.lemma != "visit"}
    return [t for t in found if not (
        (t.entry.plover == "PROTEST" and t.entry.pos == "N" and _in_accusation(t.token))
        or (t.entry.lemma == "visit" and t.entry.pos == "N"
            and _visit_of_a_meeter(t.token, meeting))
        or (t.entry.lemma == "surrender" and any(  # "would not surrender the streets to
            c.dep_ in ("dobj", "obj") and _lemma(c) in ("street", "streets")  # vandals")
            for c in t.token.children))
        or (t.entry.lemma == "investigate" and t.token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in WHILE_MARKS for c in t.token.children)))]


# verbs of criticism that also tell a physical blow ("shells slammed into the market")
IMPACT_PREPS = {"into", "onto", "through"}


def _drop_physical_impact(found: list[Trigger]) -> list[Trigger]:
    """"Artillery shells slammed into the market", "a truck slammed into the wall": a word
    of criticism used of a thing striking another (it goes "into" something) is no
    accusation (the act it tells, if any, has its own trigger)."""
    return [t for t in found if not (
        t.entry.plover == "ACCUSE" and t.entry.pos == "V" and any(
            c.dep_ == "prep" and c.lower_ in IMPACT_PREPS for c in t.token.children))]


def _by_anyone(tok: Any) -> bool:
    """"has not been recognised by any country", "was never signed by any member": a negated
    passive whose agent is no one in particular."""
    return any(c.dep_ == "neg" for c in tok.children) and any(
        c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" and any(
            d.dep_ == "det" and d.lower_ == "any" for d in g.children) for g in c.children)
        for c in tok.children)


def _drop_never_by_anyone(found: list[Trigger]) -> list[Trigger]:
    """What no one at all has done ("Somaliland has not been recognised by any state") is a
    standing state of affairs, no one's refusal told as news."""
    return [t for t in found if not (t.entry.pos == "V" and _by_anyone(t.token))]


# nouns of a rule against a kind of act ("the ban on rallies", "restrictions on protests")
BAN_NOUNS = {"ban", "prohibition", "restriction", "curb", "moratorium"}


def _drop_banned_kind(found: list[Trigger]) -> list[Trigger]:
    """"extended the ban on rallies until June", "restrictions on public gatherings": the
    kind of act a rule forbids, no act that took place (the rule has its own trigger)."""
    return [t for t in found if not t.entry.pos == "N" or not (
        (t.token.dep_ == "pobj" and t.token.head.lower_ in ("on", "of")
         and _a_ban(t.token.head.head))
        or _forbidden_kind(t.token))]


# verbs of forbidding a kind of act ("banned all rallies", "a law outlawing protests")
BAN_VERBS = {"ban", "outlaw", "prohibit", "forbid", "proscribe"}


def _forbidden_kind(noun: Any) -> bool:
    """The object of a verb of forbidding, or a conjunct of it ("banned gatherings and
    protests"), that names a kind of act."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in NOUN_POS:
        first = first.head
    return first.dep_ in ("dobj", "nsubjpass") and _lemma(first.head) in BAN_VERBS and all(
        _a_kind(n) for n in {noun, first})


def _a_kind(noun: Any) -> bool:
    """"all rallies", "street protests": a kind of act, not one act ("banned the strike by
    dock workers", "a strike that began last week": one act, under way, now forbidden)."""
    return not any((c.dep_ in ("det", "poss") and c.lower_ not in ("all", "any"))
                   or (c.dep_ == "prep" and c.lower_ == "by") or c.dep_ in ("relcl", "acl")
                   for c in noun.children)


def _a_ban(host: Any) -> bool:
    """The ban noun, or the verb the parser hung "on rallies" on, whose object is one
    ("extended [the ban] [on rallies]")."""
    return _lemma(host) in BAN_NOUNS or host.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and _lemma(c) in BAN_NOUNS for c in host.children)


def _drop_alignment_described(found: list[Trigger]) -> list[Trigger]:
    """"Saudi Arabia, which leads the military coalition backing the government", "militias
    supporting the army": support told in a participle that says who a body is (its
    standing alignment), no act of support told as news."""
    return [t for t in found if not (
        t.entry.plover == "SUPPORT" and t.token.tag_ == "VBG" and t.token.dep_ == "acl"
        and t.token.head.pos_ in NOUN_POS)]


def _drop_means_of_settling(found: list[Trigger]) -> list[Trigger]:
    """"urged them to resolve the dispute through negotiations", "settle differences via
    dialogue": talks named as the way something should be done are a means, not a meeting
    held."""
    return [t for t in found if not (
        t.entry.pos == "N" and t.entry.plover == "CONSULT" and t.token.dep_ == "pobj"
        and t.token.head.lower_ in ("through", "via"))]


# bodies and lines an event word can name ("a ceasefire monitoring committee", "the truce
# line", "an arrest-tracking mechanism"): the word says what the body is for
BODY_NOUNS = {"committee", "commission", "team", "mission", "body", "council", "panel", "board",
              "line", "zone", "mechanism", "centre", "center", "monitor", "observer"}


def _names_a_body(tok: Any) -> bool:
    """Whether the lower-case nouns (or -ing words) right after `tok` end in a body or line
    noun ("ceasefire monitoring committee", "truce line"), however the parser attached them."""
    doc = tok.doc
    for k in range(tok.i + 1, min(tok.i + 4, len(doc))):
        nxt = doc[k]
        if nxt.tag_ in ("NN", "NNS") and nxt.lemma_.lower() in BODY_NOUNS:
            return True
        if nxt.tag_ not in ("NN", "NNS", "VBG") or not nxt.text.islower():
            return False
    return False


def _drop_naming_a_body(found: list[Trigger]) -> list[Trigger]:
    """"A ceasefire monitoring committee had begun talks": an event word that modifies the
    name of a body or a line is what the body is for, not an event told."""
    return [t for t in found if not (t.token.tag_ in ("NN", "NNS", "VBG")
                                     and _names_a_body(t.token))]


def _drop_mediated_noun(found: list[Trigger]) -> list[Trigger]:
    """"swapped 30 detainees each in an exchange mediated by Qatar", "after talks brokered by
    Oman": the mediation told by a participle on the noun of what was mediated is part of
    that event (its mediator told in passing), not a meeting of its own."""
    return [t for t in found if not (
        t.entry.plover == "CONSULT" and t.token.lemma_.lower() in ("mediate", "broker")
        and t.token.dep_ in ("acl", "amod") and t.token.tag_ == "VBN"
        and t.token.head.pos_ == "NOUN")]


# nouns of unease about what may come ("concern about clashes", "alarm over rioting")
CONCERN_NOUNS = {"concern", "alarm", "unease", "nervousness", "disquiet"}


def _drop_feared_kind(found: list[Trigger]) -> list[Trigger]:
    """"Concern about clashes grew", "despite unease over rioting": a kind of act feared, no
    act told; one act named ("concern about the shelling of the town on Monday") is kept."""
    return [t for t in found if not (
        t.entry.pos == "N" and t.token.dep_ == "pobj" and t.token.head.lower_ in (
            "about", "over") and _lemma(t.token.head.head) in CONCERN_NOUNS
        and t.token.tag_ in ("NNS", "NN") and _a_kind(t.token) and not any(
            c.dep_ in ("nummod", "prep") for c in t.token.children))]


# what one is charged with or held for ("on charges of", "accused of", "jailed for")
CHARGED_WITH = CHARGE_NOUNS | {"suspicion", "count", "conviction"}
CHARGE_VERBS = {"accuse", "charge", "convict", "suspect", "jail", "imprison", "sentence",
                "arrest", "detain", "prosecute", "indict", "try", "fine"}


def _drop_charged_speech(found: list[Trigger]) -> list[Trigger]:
    """Drop a demand or threat told as what someone is charged with or punished for ("jailed
    on charges of calling for unrest", "accused of inciting violence", "arrested for urging
    a boycott"): the charge, not a demand the text reports; so is help given to a group
    ("arrested on suspicion of supplying food and money to the group")."""
    def charged(tok: Any) -> bool:
        if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ not in ("of", "with",
                                                                                 "for"):
            return False
        above = tok.head.head
        return _lemma(above) in CHARGED_WITH or _lemma(above) in CHARGE_VERBS
    return [t for t in found if not (t.entry.plover in ("REQUEST", "THREATEN", "AID", "SUPPORT",
                                                        "COOPERATE") and charged(t.token))]
