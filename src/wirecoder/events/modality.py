"""Modality: whether the text asserts the event, denies it, imagines it, expects it, or
recalls it as background.

- negated: "not", "never", "no" on the trigger, or a governing "failed to", "denied", "prevented";
- hypothetical: "would/could/may/might/should", "if"/"unless" clauses, a governing "plan to",
  "aim to", "prevent ... from", "threat of";
- future: "will/shall", "is going to", "is to";
- historical: "once", "formerly", "previously" on the clause, or an event time more than a year
  before the document's anchor date ("lost its final stronghold in 2019" in a 2025 article).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..language import DEFINITE_DETERMINERS, PLURAL_DEFINITE_DETERMINERS, span_root
from ..records import TimeSpan
from .object_dates import HISTORICAL_AGE, PERIOD_PREPS, date_of_embedded_act, date_of_object
from .occasions import one_occasion
from .argument_words import COUNTING_NOUNS
from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .repression import crowd_dispersed, force_means, protest_by_deed
from .tallies import counted_by_a_toll, tally


def _governors(trigger: Any) -> list[Any]:
    """The trigger and the verbs/nouns above it within its sentence, nearest first, up to the
    first reporting or finite clause boundary."""
    out = [trigger]
    node = trigger
    for _ in range(5):
        if node.dep_ in ("xcomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acl", "nsubjpass",
                         "conj", "amod", "compound", "nsubj") and node.head != node:
            node = node.head
            out.append(node)
            if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                    for c in node.children):
                break
        else:
            break
    return out


def modality_of(trigger: Any, time: TimeSpan | None, anchor: date | None,
                lex: Lexicon, violent: bool = True, harms: bool = True) -> str:
    """`violent`: the event is an act, not a statement, whose simple present in running
    text describes a habit ("he organizes attacks"); statements ("condemns", "calls on") are
    news in the present tense. `harms`: the act is an attack or a coercive act (an arrest),
    told for itself when the text dates it even if it was done again and again
    (`_told_as_series`)."""
    future = lex.words("future_markers")
    hypo = lex.words("hypothetical_markers")
    hypo_gov = lex.words("hypothetical_governors")
    neg_gov = lex.words("negating_governors") | ABSTAIN_VERBS
    hist = lex.words("historical_adverbs")
    govs = _presupposed(_governors(trigger))
    if _denied_clause(trigger):
        return "negated"
    if any(c.dep_ in ("amod", "compound") and c.lower_ in PAST_ERAS for c in trigger.children):
        return "historical"  # "an investigation into wartime killings"
    for i, g in enumerate(govs):
        if i > 0 and _own_clause_conjunct(govs[i - 1]):
            break  # "would not negotiate ... and that troops had been sent": not negated
        kids = list(g.children)
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids):
            return "hypothetical"  # "if the army did not withdraw": a condition, no refusal
        # (the until-clause's own verb, or one coordinated with it: "until they are killed or
        # arrested"; not a noun inside it: "until the inquiry into Sunday's bombing is complete")
        if all(x.dep_ == "conj" for x in govs[:i]) and any(
                c.dep_ == "mark" and c.lower_ in ("until", "till") for c in kids) and any(
                a.dep_ == "aux" and a.lower_ in future for a in g.head.children):
            return "hypothetical"  # "will go on until the last terrorist is neutralised":
            # how long a vowed act lasts, no act promised of its own
        if g.lower_ == "without" and i > 0:
            return "negated"
        if g.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                    x.dep_ == "det" and x.lower_ == "no" for x in c.children) for c in kids):
            return "negated"  # "no shots were fired"
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in kids):
            return "negated"
        # a verb coordinated with the trigger does not govern it ("attempted to fire on the
        # force and were killed": the killing is not attempted)
        coordinated = i == 1 and trigger.dep_ == "conj" and trigger.pos_ in ("VERB", "AUX")
        # an adverbial clause is no content of the verb it hangs on ("the area known as X
        # when their vehicle was blown up": the blast is not known of, nor planned)
        coordinated = coordinated or (i > 0 and govs[i - 1].dep_ == "advcl")
        if i > 0 and _lemma(g) in neg_gov and g != trigger and not coordinated:
            return "negated"
        if i > 0 and _lemma(g) in hypo_gov and not coordinated and not _outcome_told(trigger):
            return "hypothetical"
        if i > 1 and g.pos_ == "NOUN" and govs[i - 1].dep_ == "prep" and any(
                _lemma(g) in nouns and govs[i - 1].lower_ in preps for nouns, preps in UNDONE_OF):
            return "hypothetical"  # "the possibility of attacks", "talks on a truce"
        if i > 0 and _imperative(g) and not coordinated:
            return "hypothetical"  # "Cease all attacks on civilians": demanded, not done
        # a finite verb the parser coordinated with an infinitive is none of its purpose
        # ("fired tear gas to disperse them and arrested 20": the arrests were made)
        # (a bare infinitive above, a past or present form with no auxiliary of its own here;
        # "to be attacked and killed" share the infinitive; so does the verb whose object
        # the trigger is: "deployed forces to separate the sides and imposed a curfew")
        below = govs[i - 1] if i > 0 else None
        finite_conjunct = below is not None and below.dep_ == "conj" and (
            below.head.i == g.i) and below.pos_ in ("VERB", "AUX") and g.tag_ == "VB" and (
            below.tag_ in ("VBD", "VBN", "VBZ")) and not any(
            c.dep_ in ("aux", "auxpass") for c in below.children)
        if _purpose_clause(g, lex) and g.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not finite_conjunct \
                and not said_in_contact(g) and not (g == trigger and protest_by_deed(g)) \
                and not crowd_dispersed(g, trigger):
            return "hypothetical"  # a purpose: "travelled to Pakistan to provide ..."
        if any(c.dep_ == "aux" and c.lower_ in hypo for c in kids):
            return "hypothetical"
        if any(c.dep_ == "aux" and c.lower_ in future for c in kids):
            if i > 0 and _lemma(g) in STATE_VERBS and govs[i - 1].dep_ == "nsubj":
                return "asserted"  # "the curfew will remain in force": it is in force
            if _unconfirmed(g, lex):
                return "hypothetical"  # "has not confirmed it will send a delegation"
            return "future"
        if any(c.dep_ == "amod" and c.lower_ in ("possible", "potential", "planned", "future",
                                                   "proposed", "imminent", "next", "upcoming")
               for c in kids):  # "the next round of talks"
            return "hypothetical"
        if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in hist and not _measured(c)
               for c in kids):
            if c_is_past(g):
                return "historical"
    if violent and _habitual(govs):
        return "hypothetical"  # "the governor facilitates and leads attacks": a habit
    if violent and (_trend(trigger) or _ongoing(trigger, time)):
        return "hypothetical"  # "attacks have increased", "have been attacking": no one event
    if violent and _generic_bare_plural(trigger, time):
        return "hypothetical"  # "Peru has been the target of terrorist attacks": a kind
    if not violent and _describes_a_kind(trigger) or _told_as_series(trigger) and not (
            harms and time is not None and time.start is not None):
        return "hypothetical"  # "years of talks, including rounds mediated by the AU"
    if violent and tally(trigger):
        return "historical"  # "60 have been killed over the past nine years": a summary
    head = govs[-1]
    if head.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in hist and not _measured(c)
                                   for c in head.head.children):
        return "historical"
    if time is not None and anchor is not None:
        end = time.end or time.start
        if end is not None and end < anchor - HISTORICAL_AGE and not date_of_object(
                trigger, time) and not date_of_embedded_act(trigger, time):
            return "historical"
    return "asserted"


def _own_clause_conjunct(verb: Any) -> bool:
    """A verb coordinated with another that has a subject of its own ("said the army would
    not withdraw and that 300 soldiers had been sent"): a clause of its own, which the
    negation, modal or purpose of the first conjunct does not reach."""
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and (any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or _tense_apart(verb))


# finite tags of the present and of the past: conjuncts that share a subject share one
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _tense_apart(verb: Any) -> bool:
    """A simple past coordinated with a present ("said the verdict showed 'that no one is
    above the law' and thanked the bloc"): conjuncts of one subject share a tense, so the
    parser hung a clause of its own (here the saying's) on the quoted one."""
    tags = {verb.tag_, verb.head.tag_}
    return "VBD" in tags and bool(tags & PRESENT_TAGS)


def _purpose_clause(verb: Any, lex: Lexicon) -> bool:
    """A clause that may be a purpose: adverbial, adnominal or relative, or the complement
    of force used ("used tear gas to disperse the crowd": the parser makes it a complement;
    "used a drone to drop explosives" tells what was done with the drone)."""
    return verb.dep_ in ("advcl", "acl", "relcl") or (
        verb.dep_ == "xcomp" and _lemma(verb.head) == "use" and force_means(
            [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")], lex))


# nouns of discussing or proposing: what they are "on" or "for" is not done ("talks on a
# truce", "a proposal for a ceasefire")
TOPIC_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions",
               "proposal", "initiative", "draft", "consultation", "consultations"}


def _unconfirmed(verb: Any, lex: Lexicon) -> bool:
    """A clause reported by a negated verb of saying ("has not confirmed it will send a
    delegation", "did not say it would attack"): no one said so."""
    head = verb.head
    return verb.dep_ == "ccomp" and _lemma(head) in lex.words("reporting_verbs") and any(
        c.dep_ == "neg" for c in head.children)


# verbs that say a state goes on: "the curfew will remain in force"
STATE_VERBS = frozenset({"remain", "stay"})


def denied(trigger: Any) -> bool:
    """"Rwanda denies supporting the group": an act denied, a charge answered; no refusal
    of that act (as "refused to support" is)."""
    return any(_lemma(g) == "deny" for g in _governors(trigger)[1:]) or _denied_clause(trigger)


def _denied_clause(trigger: Any) -> bool:
    """"Egypt denied that Cairo had armed the militia": the act is the content of a "that"
    clause a verb of denying governs, so not told as done. A definite event noun ("denied
    that its fighters carried out the attack") names an event told already: what is denied
    is who did it, not that it happened."""
    if trigger.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") and c.lower_ in
                                      DEFINITE_DETERMINERS for c in trigger.children):
        return False
    top = _governors(trigger)[-1]
    return top.dep_ == "ccomp" and top.head != top and _lemma(top.head) == "deny" and not any(
        c.dep_ == "neg" for c in top.head.children)


# verbs of keeping from an act: "promised to refrain from attacks on civilians"
ABSTAIN_VERBS = frozenset({"refrain", "abstain", "desist"})
# a past call, letter or summons made to say something: what it was made to say was said
# ("the kidnappers called the family to demand a ransom", "summoned the envoy to protest")
CONTACT_VERBS = frozenset({"call", "phone", "telephone", "ring", "write", "summon", "contact",
                           "email", "text", "message"})
SPEECH_ACT_VERBS = frozenset({"demand", "ask", "request", "protest", "complain", "warn",
                              "threaten", "condemn", "denounce", "urge", "press", "insist",
                              "claim", "accuse", "reject", "deny", "object"})


def said_in_contact(purpose: Any) -> bool:
    """A speech act in the purpose clause of a past call, letter or summons."""
    head = purpose.head
    return (_lemma(purpose) in SPEECH_ACT_VERBS and head.tag_ == "VBD"
            and _lemma(head) in CONTACT_VERBS)
# modifiers that count or pick out particular events ("several attacks", "the first attacks")
COUNTING_MODS = {"several", "many", "numerous", "multiple", "various", "few", "some", "two",
                 "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twin",
                 "simultaneous", "coordinated", "separate", "latest", "recent", "new", "first",
                 "last", "other", "further", "more"}


def _counted(noun: Any) -> bool:
    """A plural noun a count or determiner makes particular ("several attacks", "these
    attacks", "two convoys")."""
    return any(c.dep_ in ("det", "poss", "nummod") or c.like_num or c.lower_ in COUNTING_MODS
               for c in noun.children)


def _generic_bare_plural(tok: Any, time: TimeSpan | None) -> bool:
    """A bare plural event noun in a present or present perfect clause of running text reads
    as a kind of event, not particular ones ("the drop is due to terrorist attacks on the
    pipeline", "Peru has been the target of bloody attacks"); a past tense ("attacks took place
    on Monday"), a count or determiner ("several attacks", "these attacks") or a day's date
    makes them particular."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.dep_ in ("compound", "conj"):
        return False
    if _counted(tok) or counted_by_a_toll(tok):
        return False  # ("the death toll from weekend raids has risen to 38": the raids told)
    if time is not None and time.precision in ("day", "hour", "minute"):
        return False
    node = tok
    for _ in range(9):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
    present = node.tag_ in ("VBZ", "VBP") and not aux
    perfect = node.tag_ == "VBN" and bool(aux & {"has", "have", "'ve"})
    progressive = node.tag_ == "VBG" and bool(aux & {"is", "are", "'re", "been"})
    if not (present or perfect or progressive):
        return False
    text = tok.sent.text.strip()
    return text.endswith((".", "!", "?", "\"", "”")) and tok.sent.start > 0


# nouns of taking part in, or of what follows from, an event presuppose it: what negates or
# questions them does not negate the event ("denied any participation in the murder", "to find
# the perpetrators of the robbery": the murder and the robbery happened)
# ("responsibility" is left out: in "no group has claimed responsibility for the attack" the
# negated claimant would become the attack's actor)
INVOLVEMENT_NOUNS = {"participation", "involvement", "link", "role", "part", "complicity",
                     "connection", "hand", "tie", "authorship", "perpetrator",
                     "author", "culprit", "victim", "survivor", "investigation", "probe",
                     "aftermath", "wake", "scene"}


def _outcome_told(trigger: Any) -> bool:
    """An event noun whose relative clause tells, in the past, what it did ("planned the
    arson attack, which destroyed the centre"): it happened, whoever planned it."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and any(
            x.dep_ == "nsubj" and x.lower_ in ("which", "that") for x in c.children)
        for c in trigger.children)


# a claim of responsibility is about an event that happened: "no group has claimed
# responsibility for the kidnapping" leaves the kidnapping told
CLAIMED_NOUNS = {"responsibility", "credit"}
ONE_DEFINITE = DEFINITE_DETERMINERS - PLURAL_DEFINITE_DETERMINERS | {"the"}


def _claims_one_event(verb: Any, noun: Any) -> bool:
    """"(has) claimed the bombing": a claim whose object is one definite event noun."""
    return _lemma(verb) == "claim" and verb.pos_ == "VERB" and noun.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ONE_DEFINITE)
        for c in noun.children)


# verbs of speaking about an event: what negates them does not negate it
COMMENT_VERBS = {"comment", "elaborate", "speak", "talk", "remark"}


def _presupposed(govs: list[Any]) -> list[Any]:
    """The governors up to a noun of involvement ("participation in", "links with"): what
    negates or questions that noun does not negate the event it is about."""
    for i in range(1, len(govs)):
        g, prep = govs[i], govs[i - 1]
        if i >= 2 and g.pos_ == "NOUN" and prep.dep_ == "prep" and (
                (_lemma(g) in INVOLVEMENT_NOUNS
                 and prep.lower_ in ("in", "with", "to", "for", "behind", "of"))
                or (_lemma(g) in CLAIMED_NOUNS and prep.lower_ == "for")):
            return govs[:i - 1]
        if i == 1 and prep.dep_ == "dobj" and _claims_one_event(g, prep):
            return govs[:1]  # "no group has claimed the bombing": the bombing happened
        if i >= 2 and prep.dep_ == "prep" and prep.lower_ in ("on", "about") and _lemma(
                g) in COMMENT_VERBS and g.pos_ == "VERB":
            return govs[:i - 1]  # "has not commented on the kidnapping": it happened
    return govs


# a change in how often something happens: its subject or object names a kind of event, not one
TREND_VERBS = {"increase", "rise", "grow", "mount", "escalate", "intensify", "decline",
               "decrease", "drop", "fall", "surge", "multiply", "spread",
               "diminish", "subside", "double", "triple", "step", "reduce", "soar"}
TREND_NOUNS = {"increase", "rise", "surge", "upsurge", "escalation", "decline", "decrease",
               "drop", "reduction", "spike", "growth", "number", "intensification", "wave"}


def _describes_a_kind(tok: Any) -> bool:
    """A participle that describes a bare plural ("rounds mediated by the African Union",
    "meetings held in Doha over the years"): a kind of occasion, not one meeting or statement;
    or a stance held over time ("an accusation Kigali has always rejected", "has repeatedly
    denounced the practice"): no one statement."""
    head = tok.head
    if any(c.dep_ == "advmod" and c.lower_ in STANCE_ADVERBS for c in tok.children):
        return True
    return (tok.tag_ == "VBN" and tok.dep_ == "acl" and head.tag_ == "NNS" and not any(
        c.dep_ in ("det", "nummod", "poss") for c in head.children) and not one_occasion(head))


def _told_as_series(tok: Any) -> bool:
    """"The government has repeatedly deployed troops there", "armed groups have repeatedly
    targeted the field with rockets": a verb in the present perfect with "repeatedly" tells
    a series, no one event. For a statement every stance adverb says as much
    (`_describes_a_kind`). An attack or an arrest the text dates is the story's own act,
    told for itself even though it was done again and again ("has repeatedly shelled the
    town since Sunday", "has repeatedly struck the camp, and on Sunday ..."): `modality_of`
    asks this of it only when it has no date."""
    kids = list(tok.children)
    if tok.pos_ == "VERB" and tok.dep_ == "conj" and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in kids):
        return _told_as_series(tok.head)  # "have repeatedly raided farms and ambushed buses":
        # a verb sharing the subject and "have" of a series is part of it
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have") for c in kids) and any(
        c.dep_ == "advmod" and c.lower_ == "repeatedly" for c in kids)


# adverbs of a stance held over time; not borrowed_dates.HABITUAL (habits of the present:
# it lacks "repeatedly" and "consistently" and has "usually", "sometimes", "never"...)
# ("residents have long complained that the state neglects them": a grievance held for years)
STANCE_ADVERBS = {"always", "repeatedly", "consistently", "routinely", "regularly",
                  "frequently", "often", "habitually", "invariably", "long"}


def _trend(tok: Any) -> bool:
    """A bare plural event noun whose frequency the sentence describes ("attacks have
    increased", "an increase in kidnappings", "the number of killings rose", "stepped up
    their attacks"), or a participle that tells what such a trend consists of ("stepped up
    attacks this year, blockading towns and attacking fuel convoys")."""
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "amod"):
        # "blockading towns and attacking convoys": the participles hang on the trend verb,
        # coordinated with each other or (misparsed) with the first one's object
        node = tok
        for _ in range(4):
            if node.dep_ not in ("advcl", "conj", "dobj", "amod", "npadvmod") or (
                    node.head == node):
                break
            node = node.head
            if node.pos_ == "VERB" and any(_trend(c) for c in node.children
                                           if c.dep_ == "dobj"):
                return True
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or any(
            c.dep_ in ("det", "nummod") for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ in ("nsubj", "dobj") and head.pos_ == "VERB" and _lemma(head) in TREND_VERBS:
        if _lemma(head) == "step" and not any(c.dep_ == "prt" and c.lower_ == "up"
                                              for c in head.children):
            return False
        return tok.dep_ == "dobj" or not any(c.dep_ == "poss" for c in tok.children)
    if tok.dep_ == "pobj" and head.lower_ in ("in", "of") and _lemma(head.head) in TREND_NOUNS:
        if _lemma(head.head) == "wave":
            return False  # "a wave of attacks hit the capital": several events, told as news
        return not any(c.dep_ == "poss" for c in tok.children)
    return False


def _ongoing(tok: Any, time: TimeSpan | None) -> bool:
    """"The guerrillas have been attacking army posts": a perfect progressive over a bare
    plural (or no object) tells a repeated activity, not one incident; "has been shelling the
    city", "have been holding thousands of refugees" (one object, a counted one) or a day's
    date keep it one situation. A date that opens or spans the period ("since Monday", "for
    three days") dates the activity, not one incident in it, whatever its precision."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG":
        return False
    aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    if "been" not in aux or not any(a in ("has", "have", "had", "'ve", "'s", "'d") for a in aux):
        return False
    for o in (c for c in tok.children if c.dep_ in ("dobj", "obj")):
        if o.tag_ not in ("NNS", "NNPS") or o.lower_ in COUNTING_NOUNS or _counted(o):
            return False
    return time is None or time.precision != "day" or _period_bound(tok.doc, time)


def _period_bound(doc: Any, time: TimeSpan) -> bool:
    """The time's words are the object of "since", "for", "from" ... ("since Monday")."""
    if not time.evidence:
        return False
    ev = time.evidence[0]
    node = span_root(doc, ev.start, ev.end)
    if node is None:
        return False
    return node.dep_ == "pobj" and node.head.lower_ in PERIOD_PREPS


# nouns of what may happen: the event "of" them has not happened ("the threat of attacks",
# "received warnings of bomb attacks": warned of, not done)
POSSIBILITY_NOUNS = {"possibility", "risk", "threat", "danger", "fear", "prospect", "likelihood",
                     "chance", "spectre", "specter", "warning", "alert", "worry", "anxiety",
                     "apprehension"}
# nouns of putting an act forward: the act "of"/"for" them is not held ("an offer of talks")
OFFER_NOUNS = {"offer", "invitation", "request", "demand", "appeal", "plea", "suggestion"}
UNDONE_OF = ((POSSIBILITY_NOUNS, ("of", "about")), (OFFER_NOUNS, ("of", "for")),
             (TOPIC_NOUNS, ("on", "about", "over", "for")))


def _imperative(verb: Any) -> bool:
    """A sentence's main verb in the base form with no subject and no auxiliary: an order."""
    return verb.pos_ == "VERB" and verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)


def _habitual(govs: list[Any]) -> bool:
    """Simple present in a full sentence of running text describes a habit or role, not an
    event (headlines, which use the present for past news, end without a full stop)."""
    verb = next((g for g in govs if g.pos_ in ("VERB",)), None)
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.lemma_.lower() in ("say", "report", "state", "claim", "announce"):
        return False
    text = verb.sent.text.strip()
    return text.endswith((".", "!", "?", "\"", "”")) and verb.sent.start > 0


def c_is_past(tok: Any) -> bool:
    return tok.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in tok.children
                                              if c.dep_ in ("aux", "auxpass"))


# modifiers that date an act to a past era ("wartime killings", "war-era massacres")
PAST_ERAS = {"wartime", "war-time", "war-era", "colonial-era", "cold-war"}
# spans that measure an adverb with no number ("Hours earlier", "minutes later")
SHORT_SPANS = {"hours", "minutes", "moments", "seconds"}


def _measured(adverb: Any) -> bool:
    """"two days earlier", "a week before": an adverb measured by a span of time dates the
    act relative to another, it does not make it history; nor does one narrowed to a day or a
    part of it by the phrase after it, its own or its verb's ("Earlier on Monday", "earlier in
    the day", "earlier today")."""
    if any(c.dep_ in ("npadvmod", "nummod", "advmod") and (
            c.ent_type_ in ("DATE", "TIME") or any(g.like_num for g in c.subtree)
            or c.lower_ in SHORT_SPANS) for c in adverb.children):  # ("Hours earlier")
        return True
    after = adverb.doc[adverb.i + 1] if adverb.i + 1 < len(adverb.doc) else None
    if after is None or after.head not in (adverb, adverb.head):
        return False
    if after.dep_ == "npadvmod" and after.lower_ in ("today", "tonight"):
        return True
    return after.dep_ == "prep" and after.lower_ in ("on", "in", "during") and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lower_ in (
            "day", "morning", "afternoon", "evening", "night", "week")) for g in after.children)
