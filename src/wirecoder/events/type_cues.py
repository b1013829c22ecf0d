"""What the words around a trigger say about its type: the trigger's clause and its cue
phrases, whether its objects are places, people, weapons or illnesses, a hazard as subject,
gunfire against a blaze, arson, an agreement named by what was agreed, the sub-type another
word of the sentence names, and the sense of "strike" the rest of the document gives. Read
by `typing.lexicon_type` and `typing.refined_type`; moved out of `typing` (the same code), with
the crowd, police and state-holder words, clashes in the street and leaving a pact.
"""

from __future__ import annotations

import re
from typing import Any

from ..language import INDEFINITE_ARTICLES
from .detect import Trigger
from .lexicon import Lexicon
from .lexicon import lemma as _lemma
from .lexicon import strip_plural
from .clause_subjects import subject_of
from .syntax import of_objects, with_conjuncts
from .trigger_drops import SPANS


def clause_of(tok: Any) -> Any:
    """The verb heading the clause a trigger sits in (the trigger itself for verbs)."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            return node
        node = node.head
    return node


def own_subject_conjuncts(head: Any) -> list[Any]:
    """Clauses coordinated with `head` that have an active subject of their own ("gunmen shot
    dead the mayor, and a landmine killed four soldiers"): each tells its own event (not
    passive outcomes, "two cars were destroyed and several houses were damaged")."""
    return [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ == "nsubj" for g in c.children)]


def context_text(trigger: Trigger) -> str:
    """Lower-cased text of the trigger's clause, for cue phrases (without a coordinated
    clause of another subject)."""
    head = clause_of(trigger.token)
    other = {t.i for c in own_subject_conjuncts(head) for t in c.subtree}
    toks = sorted((t for t in head.subtree if t.i not in other), key=lambda t: t.i)
    return " " + " ".join(t.lower_ for t in toks) + " "


def sent_text_without(trigger: Trigger, parts: list[Any]) -> str:
    """The trigger's sentence as `_sent_text` gives it, less the phrases of `parts` (what was
    struck: "opened fire on a small plane" names no aircraft that struck)."""
    gone = {t.i for p in parts for t in p.subtree}
    return " " + " ".join(t.lower_ for t in trigger.token.sent if t.i not in gone) + " "


def aircraft_struck_only(trigger: Trigger, parts: list[Any], lex: Any) -> bool:
    """The sentence names an aircraft only as what was struck ("opened fire on a passenger
    plane", "fired at a helicopter"): no air strike. `parts`: the targets, else the trigger's
    objects and its "on"/"at" objects."""
    if not parts:
        parts = [c for c in trigger.token.children if c.dep_ == "dobj"] + [
            g for c in trigger.token.children if c.dep_ == "prep" and c.lower_ in (
                "on", "at", "upon", "against") for g in c.children if g.dep_ == "pobj"]
    air = "Air/drone strike"
    return bool(parts) and acled_by_weapon(_sent_text(trigger), lex) == air and (
        acled_by_weapon(sent_text_without(trigger, parts), lex) != air)


def other_clauses(tok: Any) -> set[int]:
    """Indices of the sentence's tokens in a coordinated clause with another subject than
    `tok`'s clause (either the clause coordinated with it or the one it is coordinated to)."""
    head = clause_of(tok)
    out = {t.i for c in own_subject_conjuncts(head) for t in c.subtree}
    if head.dep_ == "conj" and any(g.dep_ == "nsubj" for g in head.children):
        mine = {t.i for t in head.subtree}
        out |= {t.i for t in head.head.subtree if t.i not in mine}
    return out


def classifier_text(trigger: Trigger) -> Any:
    """What the ACLED classifier reads for a trigger: its sentence, or its own clause where
    the sentence coordinates clauses with subjects of their own."""
    head = clause_of(trigger.token)
    if own_subject_conjuncts(head) or (
            head.dep_ == "conj" and any(g.dep_ == "nsubj" for g in head.children)
            and head.head.pos_ in ("VERB", "AUX")):
        return context_text(trigger).strip()
    return trigger.token.sent


# words that begin with a cue but say something else ("miners" is no "mine", "shelter" no
# "shell", "Rafah" no "RAF", a "jetty" no "jet"); cues match as word beginnings ("shelled")
NOT_CUE_WORDS = {"miner", "miners", "mineral", "minerals", "shelter", "shelters", "sheltered",
                 "sheltering", "shellfish", "rafah", "raffle", "jetty", "jetties", "planet",
                 "planets"}


def _cue_hit(text: str, cues: list[str]) -> bool:
    for c in cues:
        c = str(c).lower()
        i = text.find(f" {c}")
        while i >= 0:
            end = i + 1 + len(c)
            while end < len(text) and text[end].isalpha():
                end += 1
            if text[i + 1:end] not in NOT_CUE_WORDS:
                return True
            i = text.find(f" {c}", i + 1)
    return False


# a mine that is dug, not laid: "attacked a Chinese-owned mine", "a gold mine", "mine workers"
MINING_SITE = re.compile(r"(?:\b(?:gold|copper|coal|cobalt|tin|diamond|coltan|lithium|uranium|"
                         r"iron|salt|artisanal|open-pit)|-owned|-run)\s+mines?\b|\bmines?\s+"
                         r"(?:workers?|site|sites|owner|owners|company)\b", re.I)


def acled_by_weapon(text: str, lex: Lexicon) -> str | None:
    text = MINING_SITE.sub(" site", text)
    for sub, cues in lex.cues["acled_cues"]:
        if _cue_hit(text, cues):
            return sub
    return None


def _opens_clause(tok: Any) -> bool:
    """A capitalised word that opens its sentence or follows a dateline's dash, before a
    lower-case word (not one of a title-case headline)."""
    doc = tok.doc
    first = tok.i == tok.sent.start or doc[tok.i - 1].is_punct
    return first and tok.i + 1 < len(doc) and doc[tok.i + 1].is_lower


def _heads_lemmas(tokens: list[Any]) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        out.add(_lemma(t))
        out.add(t.lower_)
        if t.pos_ == "PROPN" and not t.ent_type_ and _opens_clause(t):
            # a plural the tagger takes for a name where it opens the text ("Rioters set
            # fire to ...", lemma "rioters"): its singular, as a common noun's lemma
            out.add(strip_plural(t.lower_))
        for c in t.children:
            if c.dep_ in ("compound", "amod", "nmod"):
                out.add(_lemma(c))
        # (not a verb the parser coordinated with a noun: "warnings and fired ..., and the
        # boat withdrew")
        out |= {_lemma(c) for c in with_conjuncts([t])}
    return out


def _is_place(tokens: list[Any], lex: Lexicon) -> bool:
    tokens = tokens + [g for t in tokens if _lemma(t) in (
        "part", "most", "much", "parts", "control", "rest", "half") for g in of_objects(t)]
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or lex.in_class(_lemma(t), "place_word")
               for t in tokens)


# a taken place the tagger may read as a person or a people ("seized Sanaa"): a capital
# of a country or a province, or a large town, the gazetteer knows by that name
TOWN_CODES = {"PPLC", "PPLA", "PPLA2", "PPL"}
TOWN_MIN_POPULATION = 100_000


def _known_town(tokens: list[Any]) -> bool:
    """""the rebels seized Sanaa in 2014": a one-word proper-noun object that the gazetteer's
    most prominent entry for the name gives as a capital or a town of 100,000 or more."""
    from wirecoder.geo.gazetteer import default_gazetteer

    for t in tokens:
        if t.pos_ != "PROPN" or any(c.dep_ in ("compound", "det", "poss", "amod")
                                    for c in t.children):
            continue
        found = default_gazetteer().lookup(t.text)
        if found and found[0].feature_code in TOWN_CODES and (
                found[0].feature_code == "PPLC"
                or found[0].population >= TOWN_MIN_POPULATION):
            return True
    return False


def named_group_member(t: Any) -> Any | None:
    """"an Islamic Movement of Uzbekistan (IMU) leader", parsed as "an [Islamic Movement] of
    [... leader]": the person noun the indefinite article belongs to, else None."""
    if t.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES
                                    for c in t.children):
        return None
    return next((g for g in of_objects(t) if g.pos_ == "NOUN" and not any(
        x.dep_ in ("det", "poss") for x in g.children)), None)


def _is_person(tokens: list[Any], lex: Lexicon) -> bool:
    cands = [x for t in tokens for x in (t, *t.conjuncts)]
    cands += [m for m in (named_group_member(t) for t in cands) if m is not None]
    return any(t.ent_type_ in ("PERSON", "NORP") or lex.in_class(_lemma(t), "person")
               or lex.in_class(_lemma(t), "armed") for t in cands)


def _is_weapon(tokens: list[Any], lex: Lexicon) -> bool:
    return bool(_heads_lemmas(tokens) & lex.classes["weapon"])


GUNFIRE_VERBS = {"return", "open", "exchange", "hold", "cease", "draw", "come", "trade"}


def _gunfire(tok: Any) -> bool:
    """"returned fire killing one insurgent", "opened fire": the fire of weapons, not a blaze."""
    if tok.lower_ not in ("fire", "fires"):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (prev is not None and _lemma(prev) in GUNFIRE_VERBS) or (
        tok.head.i != tok.i and _lemma(tok.head) in GUNFIRE_VERBS)


def _hazard_subject(trigger: Trigger, lex: Lexicon) -> bool:
    """The clause is about a natural or industrial hazard, not an actor."""
    head = clause_of(trigger.token)
    for node in (head, head.head):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass") and lex.in_class(_lemma(c), "hazard") and (
                    not _gunfire(c)):
                return True
        if node.pos_ in ("NOUN", "VERB") and _lemma(node) in ("derail", "crash", "collapse",
                                                              "capsize", "sink") and not any(
                c.dep_ == "dobj" for c in node.children):  # ("the navy sank a boat": an act)
            return True
    return False


# what one fights that is no one: illnesses and social ills ("poverty", "corruption", "crime");
# `_fights_an_illness` adds the hazards of the lexicon but fire, which arson sets
ILLNESS_WORDS = {"symptom", "infection", "illness", "pandemic", "malaria", "cholera", "cancer",
                 "fever", "pain", "hunger", "famine", "poverty", "inflation", "corruption",
                 "crime"}


def _fights_an_illness(objs: list[Any], lex: Lexicon) -> bool:
    """Whether what a violence verb acts on is an illness, a hazard or a social ill ("combat
    the symptoms of the disease", "fight the virus", "tackle corruption"), not someone."""
    heads = [o for o in objs if o.pos_ in ("NOUN", "PROPN")]
    if not heads:
        return False
    ills = (lex.classes["hazard"] - {"fire", "blaze", "wildfire"}) | ILLNESS_WORDS
    return all(_lemma(o) in ills or any(_lemma(g) in ills for g in of_objects(o))
               for o in heads)


def _agreement_kind(trigger: Trigger, objs: list[Any], lex: Lexicon) -> Any:
    """The entry of a de-escalation noun compounded with the agreement ("a ceasefire deal",
    "truce agreement"): what was agreed names the event type."""
    heads = [trigger.token] + list(objs) + [c for c in trigger.token.children if c.dep_ == "dobj"]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("compound", "amod", "nmod"):
                e = lex.entry(_lemma(c), "N")
                if e is not None and e.plover == "RETREAT" and e.mode == "ceasefire":
                    return e
    return None


def _sent_text(trigger: Trigger) -> str:
    """The trigger's sentence, lower-cased and space-padded, for a cue search."""
    return " " + " ".join(t.lower_ for t in trigger.token.sent) + " "


# triggers that tell a fire set on purpose: the PLOVER mode "arson" says so in the record (ACLED
# has no arson sub-type: it codes it as property destruction, or an attack where people are hit)
FIRE_TRIGGERS = {"burn", "torch", "set fire", "set ablaze", "arson", "firebomb", "incinerate"}
FIRE_NOUNS = {"fire", "fires", "flames", "blaze", "arson", "incendiary", "gasoline", "petrol"}
ARSON_ACLED = {None, "Looting/property destruction", "Attack"}


def _by_fire(trigger: Trigger) -> bool:
    """"destroyed by fire", "damaged with incendiary bombs": fire is the instrument (not
    gunfire: "destroyed by machinegun fire", "returned fire")."""
    for c in trigger.token.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in FIRE_NOUNS and not _gunfire(g) and not any(
                        x.dep_ in ("compound", "amod", "nmod") and x.lower_ not in (
                            "incendiary", "deliberate", "intentional")
                        for x in g.children):
                    return True
                if g.dep_ == "pobj" and any(x.lower_ in ("incendiary", "molotov")
                                            for x in g.subtree):
                    return True
    return False


# what sets a fire by hitting, not by setting it: "a missile set the ship ablaze" is a
# missile strike whose outcome is a fire
STRIKING_MUNITIONS = {"missile", "rocket", "shell", "drone", "airstrike", "strike", "bomb",
                      "mortar", "artillery", "grenade", "explosion", "blast", "shelling",
                      "bombardment", "projectile", "munition", "debris"}


def is_arson(trigger: Trigger) -> bool:
    """A fire set on purpose: "set fire to", "torched", "burned (down) the houses", "the
    burning of five buses", "destroyed by fire"; not a fire a munition set ("a missile set
    the ship ablaze", "a drone strike set fire to a depot")."""
    tok = trigger.token
    if tok.pos_ in ("VERB", "AUX") and any(
            _lemma(s) in STRIKING_MUNITIONS for s in subject_of(tok)[0]):
        return False
    return trigger.entry.lemma in FIRE_TRIGGERS or (
        trigger.entry.acled == "@destroy" and _by_fire(trigger))


def _shared_subject_text(tok: Any) -> str:
    """The subject a coordinated verb shares with the verb before it ("the blast damaged
    showcases and destroyed 20 stands": "the blast"), lower-cased, space-padded; else ""."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return ""
    subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return " " + " ".join(t.lower_ for s in subj for t in s.subtree) + " " if subj else ""


def _named_by_another(trigger: Trigger, acled: str, lex: Lexicon) -> bool:
    """Whether another word of the sentence names sub-type `acled` by its own lexicon entry
    ("kidnapped a judge and killed him": Abduction is the kidnapping's, not the killing's).
    The sentence classifier reads the whole sentence and cannot tell whose it is."""
    if trigger.entry.acled == acled:
        return False
    # a noun in the trigger's own phrase names the same event ("shot 65 rebels in a clash"); a
    # verb heads a clause of its own ("the mayor, who was kidnapped on Monday, was found dead")
    own = {t.i for t in trigger.token.subtree if t.pos_ != "VERB"}
    for t in trigger.token.sent:
        if t.i == trigger.token.i or t.i in own or (
                trigger.extra is not None and t.i == trigger.extra.i):
            continue
        pos = "V" if t.pos_ == "VERB" else "N" if t.pos_ in ("NOUN", "PROPN") else None
        if pos is None:
            continue
        e = lex.entry(_lemma(t), pos)
        if e is not None and e.acled == acled and not e.needs:
            return True
    return False


# ACLED sub-types of a "strike" from the air or by guns
ARMED_STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def struck_with(tok: Any, plover: str, acled: str | None, lex: Lexicon) -> str | None:
    """"Engaged the insurgents with a precision airstrike", "hit the rebels with artillery":
    a fight or attack done with a strike from the air or a barrage is that strike (else
    `acled` unchanged); not a two-sided fight ("fought the rebels with mortars" is a clash)."""
    if plover != "ASSAULT" or acled not in ("Armed clash", "Attack") or (
            _lemma(tok) in CLASH_LEMMAS | {"battle"}):
        return acled
    for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"):
        # each means named (with the words before it), not what its people carry ("clashed
        # with rebels armed with rockets"); all of one kind ("fought with mortars and machine
        # guns" is a fight at close range too)
        kinds = {acled_by_weapon(" " + " ".join(t.lower_ for t in (*m.lefts, m) if t.dep_ not in (
            "det", "punct", "cc")) + " ", lex) for m in (g, *g.conjuncts)}
        if len(kinds) == 1 and (means := kinds.pop()) in ARMED_STRIKES:
            return means
    return acled


def _labour_strike_told(trigger: Trigger, lex: Lexicon) -> bool:
    """A "strike" whose own sentence says neither labour nor arms takes the sense the rest of
    the document gives the word (one sense per discourse): another sentence tells a labour
    strike ("the strike by court employees") and none a strike from the air or by guns
    ("the strike, which began on Monday, is to demand security measures")."""
    tok = trigger.token
    labour = False
    for sent in tok.doc.sents:
        if sent != tok.sent and not any(t.lower_ == "strike" and t.pos_ == "NOUN" for t in sent):
            continue
        words = " " + sent.text.lower() + " "
        if acled_by_weapon(words, lex) in ARMED_STRIKES:
            return False
        labour = labour or _cue_hit(words, lex.cues["strike_cues"]["labour"])
    return labour


# who act as demonstrators when they attack ("rioters torched a police post")
DEMONSTRATORS = {"protester", "demonstrator", "rioter", "marcher", "protesters", "demonstrators",
                 "rioters", "marchers"}


STATE_HOLDERS = {"army", "military", "government", "troop", "troops", "soldier", "soldiers",
                 "force", "forces", "junta", "regime", "police"}


def _taken_from_state(tok: Any, lex: Lexicon) -> bool:
    """"seized the town from the army": a place taken from the state's forces was taken by
    someone else, a non-state actor (whatever its name's head word: "Forces", "Front")."""
    # (the parser may hang "from" on the place taken: "captured the town from the army")
    hosts = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
    return any(_lemma(g) in STATE_HOLDERS or g.lower_ in STATE_HOLDERS
               for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj")


# what protesters burn in the street
TYRES = {"tyre", "tire", "tyres", "tires"}
# words of a fight between two sides
CLASH_LEMMAS = {"clash", "fight", "fighting", "scuffle", "skirmish", "brawl"}
# a crowd's people that clash with police in the street (supporters of a leader or party)
STREET_SIDES = {"supporter", "mourner", "fan", "resident", "villager", "opposition"}


def street_clash(actor_l: set[str], target_l: set[str], lex: Any) -> bool:
    """One side of a clash is a crowd (protesters, rioters, a leader's supporters) and the
    other police (no army: "soldiers clashed with protesters" is typed the same only when
    the police are in it)."""
    crowd = lex.classes["protest_actor"] | DEMONSTRATORS | STREET_SIDES
    # (not count_sums.POLICE_WORDS, a map of police words to "police" that lacks
    # "gendarmerie" and has "policemen", "policewoman")
    police = {"police", "policeman", "officer", "gendarme", "gendarmerie"}
    return bool((actor_l & crowd and target_l & police) or (actor_l & police and target_l & crowd))


# bodies a state can leave besides agreements ("withdrew from the court", "quit the bloc")
LEFT_BODIES = {"organisation", "organization", "bloc", "alliance", "union", "court",
               "council", "commission", "body", "forum", "grouping", "community", "league"}


def _leaves_a_pact(tok: Any, lex: Lexicon) -> bool:
    """"withdraw from the treaty", "the withdrawal from the accord", "pulled out of the
    Paris agreement": what is left is an agreement or a body of states, not a place."""
    heads = (tok, *(c for c in tok.children if c.lower_ == "out"))  # ("pulled out of")
    left = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
            for g in (*c.children, *(x for p in c.children if p.dep_ == "prep"
                                     for x in p.children))
            if g.dep_ == "pobj"]
    return any(lex.in_class(_lemma(g), "agreement") or _lemma(g) in LEFT_BODIES
               or g.ent_type_ == "ORG" and not lex.in_class(_lemma(g), "armed") for g in left)


def storming_alone(trigger: Trigger, actor_l: set[str], lex: Lexicon) -> bool:
    """"Armed men stormed the headquarters of the oil company": a storming by others than a
    state force or a crowd, and no other word of violence or coercion in its sentence to tell
    the attack (as "killing three" or "arrested two" would), is the attack itself."""
    if not actor_l or actor_l & (lex.classes["state_force"] | lex.classes["protest_actor"]):
        return False
    for t in trigger.token.sent:
        if t.i == trigger.token.i:
            continue
        entry = lex.entry(_lemma(t), "V" if t.pos_ == "VERB" else "N")
        if entry is not None and entry.plover in ("ASSAULT", "COERCE") and not (
                entry.generic or entry.needs):  # (a word that needs context may tell none)
            return False
    return True


def counted_back(objs: list[Any], trigger: Trigger) -> set[str]:
    """"Two drones targeted the base. One was shot down": an object that is only a number
    (or "one of them") counts the things the sentence or the one before it names; their
    nouns' lemmas, else nothing."""
    objs = objs or [c for c in trigger.token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs or not all(o.like_num or o.pos_ == "NUM" or o.lower_ in ("one", "some", "most")
                           for o in objs):
        return set()
    sent = trigger.token.sent
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else sent
    return {_lemma(t) for s in (before, sent) for t in s if t.pos_ == "NOUN"}


# the spans a prison term is counted in ("jailed for three years", "for life")
TERM_WORDS = SPANS | {"life", "term"}


def court_sentence(trigger: Trigger) -> bool:
    """"jailed the blogger for two years", "was jailed for life": a term passed by a court,
    not a detention by the police (nor "the judges who jailed activists", told as the arrest
    the gold sets code)."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        _lemma(g) in TERM_WORDS for g in c.children if g.dep_ == "pobj")
        for c in trigger.token.children)
