"""Kinds of act that keep two mentions apart: taking a person and harming them (two acts,
even where both are typed as an assault), a kidnapping and another kind of assault told in
different sentences against different targets, an arrest and a looting; whether two
drafts are of the same type for merging; and the one act named again as its own purpose
("rallied to protest").
"""

from __future__ import annotations

from typing import Any

from .back_reference import _within_told_event
from .draft import Draft, _shared_targets, _targets_conflict
from .follow_ups import FREEING
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon, strip_plural
from .merge_words import PERSON_PRONOUNS
from .outcome_types import SHIPS
from .participant_mapper import participant_keys
from .told_acts import addressed_apart


def _abduction(d: Draft) -> bool:
    """Taking a person, by the trigger's own sense (a killing in a sentence that also tells
    of a kidnapping can carry the kidnapping's sub-type from the sentence's words)."""
    return d.typed.mode == "abduct" or d.trigger.entry.mode == "abduct"


def _distinct_acts(a: Draft, b: Draft) -> bool:
    """"Gunmen shot the mayor after they had kidnapped him": taking a person and harming
    them are two acts (at two times), two events that share the target, even where both
    are typed as an assault. A word that only names an event ("the attack") is not an act
    of its own and still folds into either."""
    return _kidnap_and_other_assault(a, b) and (
        _shared_targets(a, b) or _pronoun_patient(a) or _pronoun_patient(b)
        or _freeing(a) or _freeing(b))


def _freeing(d: Draft) -> bool:
    """A fight told by the captives it freed ("the army freed three more in a raid"): the
    opposite of a taking, never the same act as one told beside it."""
    return d.trigger.entry.lemma in FREEING


def _kidnap_and_other_assault(a: Draft, b: Draft) -> bool:
    """Both are assaults told as acts (not a word that only names an event), one a taking of
    a person and the other not."""
    return (a.typed.plover == b.typed.plover == "ASSAULT" and not a.flexible
            and not b.flexible and _abduction(a) != _abduction(b))


def _pronoun_patient(d: Draft) -> bool:
    """"after they had kidnapped him": the act is done to someone named elsewhere in the
    sentence (people harmed in the course of a kidnapping raid, "two men who tried to flee
    were shot dead", are part of the raid; the same person taken and then harmed is not)."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in PERSON_PRONOUNS
               for c in d.trigger.token.children)


# coercion by taking people or things, by a rule laid on many, or by sending people away:
# "soldiers detained the president ... They imposed a curfew" are two acts
COERCE_KINDS = {"arrest": "custody", "seize": "custody", "curfew": "rule", "ban": "rule",
                "martial-law": "rule", "restrict": "rule", "deport": "deport"}


def custody_order(d: Draft) -> bool:
    """A court's order that someone be held ("ordered him to be held in pretrial detention",
    `phrase_triggers.CUSTODY_ORDER`), which is not the arrest in the field."""
    return d.trigger.entry.lemma == "order" and d.trigger.entry.plover == "COERCE"


# craft that are seized whole, with their crews detained as a further act
VESSELS = SHIPS | {"aircraft", "plane", "jet"}


def seized_vessel(d: Draft) -> bool:
    """"Coast guards seized a fishing trawler": the seizure of a craft, an act apart from the
    arrest of its crew told later."""
    return d.typed.plover == "COERCE" and d.typed.mode == "seize" and any(
        c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in VESSELS
        for c in d.trigger.token.children)


def taken_in_one_clause(seizure: Draft, arrest: Draft) -> bool:
    """"The navy seized a fishing boat and detained its 14 crew", "arrested 17 fishermen and
    seized three trawlers": one subject's coordinated verbs in one clause tell one interception,
    the craft taken with the people aboard; a seizure told in a sentence or by a subject of its
    own ("Police detained its crew") stays an act apart."""
    a, b = seizure.trigger.token, arrest.trigger.token
    if a.sent != b.sent or a.pos_ != "VERB" or b.pos_ != "VERB":
        return False
    first, second = (a, b) if a.i < b.i else (b, a)
    return second.dep_ == "conj" and second.head.i == first.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in second.children)


def coup(d: Draft) -> bool:
    """A seizure of power ("soldiers seized power", "ousted the president", "the coup")."""
    return d.typed.plover == "COERCE" and d.trigger.entry.acled == "@coup"


def other_kind_of_act(a: Draft, b: Draft) -> bool:
    """Two coercions of different kinds (`COERCE_KINDS`; a coup and any other: "soldiers
    seized power and detained the president" are two acts), or an attack prevented and one
    that struck ("air defences shot down 40 drones" is not the missile that hit a building)."""
    disrupted = [d.typed.acled == "Disrupted weapons use" for d in (a, b)]
    if a.typed.plover == b.typed.plover == "ASSAULT" and disrupted[0] != disrupted[1]:
        return True
    if means_apart(a, b):
        return True
    if a.typed.plover != "COERCE" or b.typed.plover != "COERCE":
        return False
    if coup(a) != coup(b):
        return True
    if a.sent.start != b.sent.start and custody_order(a) != custody_order(b):
        return True  # "a judge ordered him held in detention ... He was arrested last week"
    if {a.typed.mode, b.typed.mode} == {"seize", "arrest"} and (
            seized_vessel(a) or seized_vessel(b)):
        # "coast guards seized the tanker ... Police detained its crew", "detained a trawler
        # and arrested its crew": the craft's seizure and the crew's arrest (fresh5's README)
        return True
    ka, kb = COERCE_KINDS.get(a.typed.mode or ""), COERCE_KINDS.get(b.typed.mode or "")
    return bool(ka and kb and ka != kb)


# a bomb placed or carried to its target, and a strike delivered from the air or from afar
PLACED_BLASTS = {"Remote explosive/landmine/IED", "Suicide bomb"}
DELIVERED_STRIKES = {"Air/drone strike", "Shelling/artillery/missile attack"}


def means_apart(a: Draft, b: Draft) -> bool:
    """"A bomb exploded near the port. ... The command said it had carried out an airstrike
    against the fighters": a blast of a bomb someone placed, with its weapon named, and a
    strike from the air or by artillery told in another sentence by its own agents are two
    incidents; a later "the strike" or "the blast" that refers back is not (anaphoric)."""
    if a.sent.start == b.sent.start or a.typed.plover != "ASSAULT" != b.typed.plover:
        return False
    kinds = {a.typed.acled, b.typed.acled}
    if not (kinds & PLACED_BLASTS and kinds & DELIVERED_STRIKES):
        return False
    placed = a if a.typed.acled in PLACED_BLASTS else b
    struck = b if placed is a else a
    later = b if b.sent.start > a.sent.start else a
    return bool(placed.weapons) and bool(struck.actors) and not (later.anaphoric or later.reference)


def _same_type(a: Draft, b: Draft) -> bool:
    if a.typed.plover != b.typed.plover or _distinct_acts(a, b) or other_kind_of_act(a, b) or (
            addressed_apart(a, b)):
        return False
    return not (a.typed.acled and b.typed.acled and a.typed.acled != b.typed.acled
                and a.typed.plover != "ASSAULT")


def _arrest(d: Draft) -> bool:
    """An arrest, by its ACLED sub-type or, where a classifier relabelled that, its mode."""
    return d.typed.plover == "COERCE" and (d.typed.acled == "Arrests"
                                           or d.typed.mode == "arrest")


# lemmas of plunder, which the lexicon types as violence (ASSAULT) like arson, not seizure
PLUNDER_LEMMAS = {"loot", "looting", "ransack", "pillage"}


def looting(d: Draft) -> bool:
    """A taking of property for gain ("gunmen robbed the bank", "looted shops"): an act of its
    own, by those an arrest may later take, never part of the arrest."""
    return d.typed.acled == "Looting/property destruction" and (
        d.typed.plover == "COERCE" or d.trigger.token.lemma_.lower() in PLUNDER_LEMMAS
        or d.trigger.entry.lemma in PLUNDER_LEMMAS)  # ("drove off the cattle": plain_acts)


def _people_over_things(e: Draft, d: Draft) -> bool:
    """A seizure followed by an arrest in the same operation ("Rifles were seized. The police
    arrested four men.") is an arrest: the people detained say what the event was (so is an
    arrest whose sub-type a classifier relabelled)."""
    return (e.typed.plover == d.typed.plover == "COERCE" and e.typed.mode in ("seize", "arrest")
            and e.typed.acled != "Arrests" and d.typed.acled == "Arrests" and not looting(e))


def _looting_and_arrest(a: Draft, b: Draft) -> bool:
    return (looting(a) and _arrest(b)) or (looting(b) and _arrest(a))


def _kinds_apart(e: Draft, d: Draft) -> bool:
    """"Gunmen kidnapped three engineers. ... The rebels attacked the pumping station": a
    kidnapping and another kind of assault (a killing, an attack on a building, a fire) told
    in different sentences, each by its own verb and against its own, different target, are
    two incidents, unless the later one says it happened in an event told before ("killed
    during the kidnapping")."""
    return (_kidnap_and_other_assault(e, d) and _targets_conflict(e, d)
            and not _within_told_event(d)) or _retreats_apart(e, d)


def arrests_told_apart(e: Draft, d: Draft) -> bool:
    """"44 people had been detained, the minister said. ... Police said they had arrested
    one man over the assault": arrests in different sentences, each with its own exact
    count and told by different sayers, are two arrests, whoever they took."""
    if not (e.typed.acled == d.typed.acled == "Arrests") or e.sent.start == d.sent.start:
        return False
    ce = {q.value for q in e.quantities if q.kind == "arrested" and q.qualifier == "exact"}
    cd = {q.value for q in d.quantities if q.kind == "arrested" and q.qualifier == "exact"}
    if not ce or not cd or ce & cd:
        return False
    se = {c.claimant.name.lower() for c in e.claims} | {
        c.claimant.kb_id for c in e.claims if c.claimant.kb_id}
    sd = {c.claimant.name.lower() for c in d.claims} | {
        c.claimant.kb_id for c in d.claims if c.claimant.kb_id}
    return bool(se) and bool(sd) and not se & sd


def _retreats_apart(e: Draft, d: Draft) -> bool:
    """"... have exchanged thousands of prisoners since Moscow pulled out of the deal": a
    release and a withdrawal (PLOVER RETREAT both, of different modes) are two acts."""
    return (e.typed.plover == d.typed.plover == "RETREAT" and bool(e.typed.mode)
            and bool(d.typed.mode) and e.typed.mode != d.typed.mode)


# acts whose purpose clause names the same act again ("rallied to protest", "met to discuss",
# "detained suspects during an operation to arrest a Taliban leader": its target)
PURPOSE_TYPES = {"PROTEST", "CONSULT", "ACCUSE", "REQUEST", "COERCE"}


def _purpose_of(e: Draft, d: Draft) -> bool:
    """"Thousands rallied in the capital to protest against the law": an act of the same type
    named again as the purpose of the first ("to protest") is that act, not a planned one.
    Not for acts of force: "attacked the prison to kill the guards" says what was aimed at."""
    tok = d.trigger.token
    return (e.typed.plover == d.typed.plover and e.typed.plover in PURPOSE_TYPES
            and (tok.head.i == e.trigger.token.i or (
                # "blocked roads and burned tyres to protest": the purpose of the coordinated
                # verb is the first verb's too
                tok.head.dep_ == "conj" and tok.head.head.i == e.trigger.token.i))
            and tok.dep_ in ("xcomp", "advcl") and tok.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def fold_dispersal_purpose(drafts: list[Draft]) -> None:
    """"Police fired tear gas to disperse the crowd": dispersing is what the firing was for and
    did, not a second, planned act; the purpose folds into the act it is the purpose of, whose
    targets, when it names none, are the people dispersed."""
    from .typing import DISPERSE

    for s in drafts:
        tok = s.trigger.token
        if s.absorbed or s.trigger.entry.lemma not in DISPERSE or tok.dep_ not in (
                "advcl", "xcomp") or (
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            continue
        act = next((d for d in drafts if d is not s and not d.absorbed and any(
            m.token.i == tok.head.i for m in (d.trigger, *d.mentions))), None)
        if act is not None and act.typed.plover in ("ASSAULT", "COERCE"):
            act.fold_purpose(s)


def _tells_harm(d: Draft) -> bool:
    """The mention's own word kills or wounds, and is not denied ("no one was injured")."""
    return d.modality != "negated" and d.trigger.entry.quantity in ("killed", "injured")


def _harmed_people(d: Draft) -> bool:
    """People killed or injured (a count, or a mention whose word kills or wounds: "killed
    the driver"), or a person among the targets ("attacked the villagers")."""
    if any(q.kind in ("killed", "injured") and q.value for q in d.quantities):
        return True
    if d.harm_told or _tells_harm(d):
        return True
    lex = load_lexicon()
    for p in d.targets:
        head = p.name.lower().split()[-1] if p.name else ""
        singular = strip_plural(head)
        if any(lex.in_class(w, c) for w in (head, singular) for c in ("person", "armed")) or (
                head in ("children", "women", "men")):
            return True
    return False


# modes of an attack from afar: what it sets on fire is its own damage ("the strike set two
# tankers ablaze"), no second act
REMOTE_MODES = {"explosives", "heavy-weapons", "aerial", "arson"}


def _arson_only(d: Draft) -> bool:
    """A fire set to property that harmed no one ("set fire to 30 houses", "burning the
    market")."""
    return (d.typed.plover == "ASSAULT" and d.typed.mode == "arson" and not d.flexible
            and d.typed.acled == "Looting/property destruction" and not d.harm_told
            and not _tells_harm(d)
            and not any(q.kind in ("killed", "injured") and q.value for q in d.quantities))


def _killed_or_wounded(d: Draft) -> bool:
    """People killed or wounded: a count, or a word that kills or wounds ("beheading")."""
    return d.harm_told or _tells_harm(d) or any(
        q.kind in ("killed", "injured") and q.value for q in d.quantities)


def arson_apart(a: Draft, b: Draft) -> bool:
    """"Raiders stormed the village, killing nine farmers and burning the mosque", "The
    attackers set fire to 40 huts": property burned by those who, in the same raid, killed or
    wounded people is a destruction of property of its own, beside the attack on the people
    (not when the fire is what killed them, "set fire to the house, killing two children",
    nor when it burned what the attack struck, "attacked the bus and set it on fire",
    "attacked the villagers and torched their huts", nor the damage of a strike from
    afar)."""
    for fire, harm in ((a, b), (b, a)):
        if not _arson_only(fire) or harm.typed.plover != "ASSAULT" or harm.flexible:
            continue
        doers = participant_keys(fire.actors)
        if doers & participant_keys(harm.targets) and not doers & participant_keys(harm.actors):
            return True  # "police fired tear gas at vendors who set a truck on fire"
        if harm.typed.mode in REMOTE_MODES or not _killed_or_wounded(harm):
            continue
        if not fire.targets or _shared_targets(fire, harm) or any(
                t.dep_ in ("dobj", "nsubjpass", "pobj", "poss") and t.pos_ == "PRON"
                for t in fire.trigger.token.subtree):
            continue  # "set it on fire", "torched their huts": what the attack struck
        ft = fire.trigger.token
        if any(m.token.head.i == ft.i and m.token.dep_ in ("advcl", "relcl", "xcomp")
               for m in (harm.trigger, *harm.mentions)):
            continue  # the fire's own outcome
        return True
    return False


def plunder_apart(a: Draft, b: Draft) -> bool:
    """A looting and another act are two events ("two trucks were looted ... 14 people were
    killed in that attack"; "rioters blocked roads and looted six shops"; "shot dead two guards
    and looted the bank"): told in other sentences, or beside a riot or harm to people, the
    plunder is a destruction of property of its own, as arson is (`arson_apart`)."""
    if looting(a) == looting(b):
        return False
    other = b if looting(a) else a
    if a.sent.start != b.sent.start or other.typed.plover == "PROTEST":
        return True
    return (other.typed.plover == "ASSAULT" and not other.flexible
            and other.typed.mode not in REMOTE_MODES and (
                _killed_or_wounded(other) or other.typed.mode == "firearms"))  # "opened fire
    # on the herders and drove off their cattle": shots at people, beside the plunder


# verbs whose passive tells what a strike wrecked ("40 stalls were destroyed")
WRECKING_VERBS = {"destroy", "damage", "raze", "flatten", "demolish", "gut"}


def wrecked_told(d: Draft) -> bool:
    """"Between 30 and 40 stalls were destroyed": property wrecked, in the passive with no
    one said to have done it and no one harmed."""
    tok = d.trigger.token
    return (d.typed.plover == "ASSAULT" and d.typed.acled == "Looting/property destruction"
            and not d.flexible and not _killed_or_wounded(d) and _lemma(tok) in WRECKING_VERBS
            and any(c.dep_ == "auxpass" for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children))


def fire_of_strike(e: Draft, d: Draft, distance: int) -> bool:
    """"A military aircraft dropped two bombs on the market. Several stalls were set on
    fire.": a fire with no one said to have set it, told right after a strike from afar,
    is that strike's damage."""
    return (_arson_only(d) and not d.actors and e.typed.plover == "ASSAULT"
            and e.typed.mode in REMOTE_MODES - {"arson"} and distance <= 2
            and e.modality == d.modality)


# what air defences stop ("shot down 30 of 45 drones", "intercepted two missiles")
STOPPED_MUNITIONS = {"drone", "missile", "rocket", "uav", "projectile"}
STOPPING_VERBS = {"intercept", "destroy", "neutralize", "neutralise", "down"}


def stops_munitions(d: Draft) -> bool:
    """"Air defences shot down 30 of the 45 drones launched overnight": the trigger stops
    flying munitions (its object, or the whole its counted part is taken from, is a drone, a
    missile, a rocket), an interception of its own beside the strike the rest carried out."""
    tok = d.trigger.token
    lemma = tok.lemma_.lower()
    if not (lemma in STOPPING_VERBS or (lemma == "shoot" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children))):
        return False
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        wholes = [obj] + [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
        if any(strip_plural(w.lower_) in STOPPED_MUNITIONS for w in wholes):
            return True
    return False


def when_on_day(inner: Any, outer: Any) -> bool:
    """"Two people were killed and three injured on Monday when a drone struck a car": a
    "when" clause parsed as a relative clause on the day of the other act (or of an act
    coordinated with it) tells how that act happened."""
    day = inner.head
    if inner.dep_ != "relcl" or day.dep_ != "pobj" or day.ent_type_ not in ("DATE", "TIME"):
        return False
    verb = day.head.head
    return verb.i == outer.i or (verb.dep_ == "conj" and verb.head.i == outer.i)


def _launch_of_stopped_weapon(a: Draft, b: Draft) -> bool:
    """"intercepted a missile fired from X", "shot down drones launched overnight": the
    launch told by a participle on what the interception stopped is that one event."""
    tok = b.trigger.token
    return (a.typed.acled == "Disrupted weapons use" and a.modality == b.modality
            and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD")
            and tok.head.head.i == a.trigger.token.i
            and tok.head.dep_ in ("dobj", "nsubjpass"))
