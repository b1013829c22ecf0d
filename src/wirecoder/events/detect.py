"""Event detection: find trigger words (verbs, event nouns, multiword phrases) in a parsed Doc.

A trigger is a token whose lemma is in the packaged trigger lexicon (`triggers.tsv`) with the
right part of speech; multiword triggers are a verb with its particle, object or preposition
("blow up", "open fire", "call for") or a noun with its modifier ("air strike", "martial law").
Some entries need context (`needs=<class>`): "sign" is an event only with an agreement as
object, "lift" only with a restriction, "send" only with troops. Phrases whose head word is
no trigger ("threw a grenade", "held them hostage") are `phrase_triggers`'.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .attribution import attributed_act, pointed_involvement, said_to_be_behind
from .clause_triggers import declared_zone, ordered_forces, suspended_travel, vowed_response
from .custody_verbs import custody_taken
from .denials import denies_a_claim
from .envoy_triggers import declared_unwelcome, hosted_visitor, ordered_out, withdrew_envoy
from .evaluations import evaluation
from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma
from .naming_verbs import _condemnable, _harm_to_an_ideal, _names_violence, _predicated, risk_only
from .no_event_readings import (cared_for_count, condition_on_anyone, dismissal,
                                handed_to_justice, marched_off, no_one_hurt, open_question,
                                published)
from .outcome_types import detained_craft
from .phrase_triggers import (body_found, burned_alive, called_for_clause, expelled_vessel,
                              found_dead, gerund, held_hostage, issued_warrant, ordered_to_act,
                              ordered_to_yield, recaptured_people, reserved_right, set_on_fire,
                              stopped_passage, struck_down_law, weapon_use)
from .plain_acts import plain_act
from .repression import crowd_blocks_road, dispersed_gathering, force_means
from .syntax import NOUN_POS, acting_body, of_objects
from .takers import took_people
from .told_acts import no_event_here, told_act
from .trigger_drops import drop_non_events
from .under_fire import hostile_fire
from .wanted_things import ASKING_NEEDS, asking_ok
from .weapons import UNMANNED

VERB_POS = {"VERB"}
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "FAC", "PRODUCT", "EVENT"}  # of names


@dataclass
class Trigger:
    token: Any  # spacy Token (the head word)
    entry: TriggerEntry
    start: int  # character offsets of the trigger words in the document
    end: int
    extra: Any = None  # the second token of a multiword trigger, if any

    @property
    def pos(self) -> str:
        return self.entry.pos


def _object_words(tok: Any) -> list[Any]:
    """Objects / complements of a trigger (with their conjuncts), for `needs` checks."""
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative", "pobj", "xcomp", "ccomp",
                      "acomp", "obj", "nsubj"):
            out.append(c)
        elif c.dep_ == "prep":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    more = []
    for o in out:
        more.extend(o.conjuncts)
        if o.dep_ == "pobj" or o.pos_ in NOUN_POS:
            more.extend(g for g in o.children if g.dep_ in ("compound", "amod", "nmod"))
            for p in o.children:
                if p.dep_ == "prep":
                    more.extend(g for g in p.children if g.dep_ == "pobj")
    return out + more


# what one declines to do when one says nothing: "declined to comment / to elaborate"
NO_COMMENT = {"comment", "elaborate"}

# what is denied when it is refused: "a request for bail, which the court denied"
GRANTABLE = {"request", "application", "permission", "access", "visa", "permit", "entry",
             "bail", "appeal", "petition", "demand", "bid", "plea", "asylum", "passage",
             "clearance", "approval", "license", "licence", "right"}
ASKING = {"ask", "request", "seek", "apply", "demand", "call", "urge", "plead"}
# what a denied act is: "denied the attack", "the raid, which the group denied"
DENIABLE_ACTS = {"ASSAULT", "COERCE", "ACCUSE", "THREATEN"}


def _denies_an_act(tok: Any, lex: Lexicon) -> bool:
    """"denied the killings", "blamed the group for the raid, which it denied": the object
    (or, for a relative "which", the noun the clause hangs on) names an act or a charge, so
    the verb answers an accusation; a refusal denies something asked or granted ("denied
    the request", "denied a permit")."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        noun = c
        if c.tag_ == "WDT" and tok.dep_ in ("relcl", "advcl") and c.i > 0 and (
                tok.doc[c.i - 1].lower_ == ",") and not any(
                _lemma(t) in GRANTABLE | ASKING for t in tok.doc[tok.sent.start:c.i]):
            return True  # "... had fired across the frontier on Sunday night, which Warsaw
            # denied": a "which" after a comma that ends a told clause takes up what was
            # told; a refusal denies a thing asked ("a bail request, which the court denied")
        if c.tag_ == "WDT" and tok.dep_ == "relcl":
            noun = tok.head
        lem = _lemma(noun)
        if lem in lex.classes["claim_nouns"]:
            return True
        entry = lex.entry(lem, "N")
        if entry is not None and entry.plover in DENIABLE_ACTS:
            return True
    return False


def needs_ok(tok: Any, needs: str | None, lex: Lexicon) -> bool:
    """Whether the context a conditional trigger needs is there."""
    if not needs:
        return True
    sent = tok.sent
    words = _object_words(tok)
    # a modifier counts by its own form: the participle "suspected" (lemma "suspect") is no
    # suspect, "armed" and "sexual" still are what they say
    lemmas = {_lemma(w) for w in words if w.dep_ != "amod"} | {w.lower_ for w in words}
    if needs == "plural":
        return tok.tag_ in ("NNS", "NNPS")
    if needs in ASKING_NEEDS:  # "pleaded with", "wants X to", "pressed X to", "barred X from"
        return asking_ok(tok, needs)
    if needs == "custody_taker":  # "security forces picked up a student activist"
        return custody_taken(tok)
    if needs == "attributed_act":  # "attributed the attack to the Taliban"
        return attributed_act(tok)
    if needs == "pointed_involvement":  # "pointed to the involvement of a cartel in the murder"
        return pointed_involvement(tok)
    if needs == "for_on":
        return any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in tok.children)
    if needs == "non_number":  # ("declined to comment" refuses no one anything)
        return not any(w.like_num or w.pos_ == "NUM" for w in words) and bool(words) and not any(
            c.dep_ == "xcomp" and _lemma(c) in NO_COMMENT for c in tok.children)
    if needs == "non_claim":  # (a denial of a charge, "denies backing the rebels", is none)
        # ("denied that" / "denied it": what was just said, a claim)
        return bool(words) and not (lemmas & lex.classes["claim_nouns"]) and not any(
            c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in ("that", "this", "it")
            for c in tok.children) and not any(
            c.dep_ == "ccomp" or (c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj", "pcomp"))
            for c in tok.children) and not _denies_an_act(tok, lex) and not denies_a_claim(
                tok, lex)
    if needs == "granted":  # "the junta allowed the critic to leave": a grant by someone, not
        # "was allowed to return", "to allow them to exit", "allowing all occupants to leave"
        # ("the court decided to allow ...": the deciding verb's subject grants)
        decided = tok.dep_ == "xcomp" and tok.head.pos_ == "VERB"
        subj = [c for c in (*tok.children, *(tok.head.children if decided else ()))
                if c.dep_ == "nsubj"]
        return bool(subj) and not any(_lemma(s) in INSTRUMENTS for s in subj) and not (
            tok.tag_ == "VBG" or not decided and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children))
    if needs == "no_retribution":  # "promised that those responsible would be punished":
        # a vow of justice after an attack, no cooperation promised to anyone
        return not any(_lemma(t) in RETRIBUTION for c in tok.children
                       if c.dep_ in ("xcomp", "ccomp") for t in c.subtree)
    if needs == "relations_talks_aid" and any(
            _lemma(c) in CONDUITS for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        return False  # "the power cable was cut": damage to a line, no ties or aid cut
    if needs == "not_of_a_claim":  # "rejected the accusation" denies; "rejected the offer"
        # (or "the report", which the text may go on to condemn)
        return not lemmas & (lex.classes["claim_nouns"] - {"report"}) and not denies_a_claim(
            tok, lex)
    if needs in ("reach", "impose", "issue", "grant", "hand_down"):
        head = tok.head
        return _lemma(head) in lex.classes[needs] and tok.dep_ in ("dobj", "nsubjpass", "pobj")
    if needs == "force_means":  # "used tear gas", "tear gas was used": not "used the money"
        return force_means([c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")],
                           lex)
    if needs == "force_with":  # "responded with tear gas", not "responded with a statement"
        return force_means([g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                            for g in c.children if g.dep_ == "pobj"], lex)
    if needs == "weapon_or_target":
        return bool(words) or any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
                                  for c in tok.children)
    if needs == "with_weapon":  # "targeted a ship with two missiles", not "targeted voters"
        if any(lex.in_class(_lemma(c), "intercepted_munitions") for c in tok.children
               if c.dep_ == "nsubj"):
            return True  # "two drones targeted the base"
        return any(lex.in_class(_lemma(g), c) or _lemma(g) == "drone"
                   for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                   for o in p.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)
                   for c in ("weapon", "weapon_head"))
    if needs == "joint":
        mods = {_lemma(c) for c in tok.children}
        return bool(mods & lex.classes["joint"])
    if needs == "arms_sale":  # "approved the sale of 24 jets", "an arms package for"
        kinds = lemmas | {c.lower_ for w in words for c in w.children if c.dep_ in (
            "amod", "compound")}  # ("the export of armoured vehicles")
        return bool(lemmas & lex.classes["arms_sale"]) or bool(
            lemmas & ARMS_DEALS and kinds & ARMS_WORDS)
    if needs == "troops_carried":
        return _troops_carried(tok, lex)
    if needs == "high_alert":  # ("on heightened alert": the participle by its own form)
        mods = {_lemma(c) for c in tok.children} | {c.lower_ for c in tok.children}
        return bool(mods & lex.classes["high_alert"])
    if needs == "forces_on_standby":  # "the army was put on standby": forces held ready,
        # not "hospitals were on standby" (the parser hangs "on" on the noun or the verb)
        verb = tok.head.head if tok.head.lower_ == "on" else tok.head
        held = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "on" and any(lex.in_class(_lemma(
            h), "troops") for h in (*held, *(c for h in held for c in h.children)))
    if needs == "protesters":
        ctx = lemmas | {_lemma(c) for c in tok.children if c.dep_ in ("nsubj", "dobj")}
        sent_l = {_lemma(t) for t in sent}
        return (bool(ctx & lex.classes["protesters"]) or bool(sent_l & lex.classes["protest"])
                or crowd_blocks_road(tok, lex))
    if needs == "condemnation":  # "called the sanctions a hostile act", "branded it illegal"
        preds = _predicated(tok)
        if not _condemnable(tok, lex):
            return False
        return bool(preds & lex.classes["condemnation"]) or bool(
            preds & lex.classes["figurative_attack"]) and (
                not _names_violence(tok, lex) or _harm_to_an_ideal(tok, lex))
    if needs == "agent_warning":  # "warned that it would respond", not "that damage could"
        return not any(c.dep_ == "ccomp" and risk_only(c, lex) for c in tok.children)
    if needs == "gunfire_words":  # "gunfire erupted": the shooting is the subject itself
        return any(c.dep_ == "nsubj" and _lemma(c) in lex.classes[needs] for c in tok.children)
    if needs == "intransitive":
        return not any(c.dep_ in ("dobj", "ccomp") for c in tok.children)
    if needs == "protest":
        return bool(lemmas & lex.classes["protest"])
    if needs == "demand_purpose":  # "gathered outside the ministry to demand higher pay"
        # (or with a participle: "gathered outside the base, demanding to see them")
        if dispersed_gathering(tok):  # "dispersed teachers who had gathered outside"
            return True
        return any(c.dep_ in ("xcomp", "advcl") and _lemma(c) in lex.classes[needs] and (any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or c.tag_ == "VBG")
            for c in tok.children)
    if needs == "leader":
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(s.ent_type_ == "PERSON" or _lemma(s) in lex.classes["leader"]
                   or any(_lemma(g) in lex.classes["leader"] for g in s.children)
                   for s in subj)
    if needs == "person_custody":  # ("swapped 40 captured soldiers": held people too)
        return bool(lemmas & lex.classes["person_custody"]) or any(
            c.lower_ in ("hostage", "captive", "prisoner") for c in tok.subtree) or any(
            c.dep_ == "amod" and c.lower_ in HELD_WORDS for w in words for c in w.children) or (
            custody_taken(tok))  # "has been held by the military since Saturday"
    if needs == "call_with":  # "held a phone call", "a phone call with X": not a ransom
        # demand "in a telephone call to the family"
        return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children) or (
            tok.dep_ == "dobj" and _lemma(tok.head) in ("hold", "have"))
    if needs == "sexual":
        lemmas |= {_lemma(c) for c in tok.children} | {c.lower_ for c in tok.children}
    if needs == "weapon":  # "the tanker was hit by two missiles": the passive's agent
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
        lemmas |= {_lemma(g) for g in agents}
        if any(_lemma(d) in UNMANNED for d in (
                *agents, *(c for c in tok.children if c.dep_ == "nsubj"))):
            return True  # "an Iranian drone hit a tanker", "was struck by a drone"
    if needs == "forces_moved":  # "troops were flown to the city", not "the wounded soldier
        # was flown to a hospital"
        # (who is carried, not what carries them: "flew in a helicopter to the site")
        moved = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        moved += [g for m in moved for g in (*m.conjuncts, *of_objects(m))]
        moved += [c for m in moved for c in m.children if c.dep_ == "compound"]  # police officers
        return bool({_lemma(m) for m in moved} & lex.classes["troops"]) and not (
            lemmas & CARE_WORDS) and not any(
            c.lower_ in CARE_WORDS for w in moved for c in w.children if c.dep_ == "amod")
    if needs in lex.classes:
        return bool(lemmas & lex.classes[needs])
    return True


# lines that are cut with a blade or an anchor, not by a decision
CONDUITS = {"cable", "cables", "pipeline", "pipe", "wire", "wires", "line", "lines"}
# things that allow by their working, not by a grant ("the bill will allow ...")
INSTRUMENTS = {"law", "bill", "measure", "rule", "decree", "plan", "agreement", "deal",
               "system", "reform", "change", "that", "which", "operation", "raid", "search",
               "sweep", "information", "intelligence"}
# what a vow of retribution promises ("to bring those responsible to justice")
RETRIBUTION = {"punish", "justice", "prosecute"}
# where the wounded and the dead are carried, and what they are: no deployment of forces
# ("were flown to Kabul for treatment", "flown to the capital to stand trial")
CARE_WORDS = {"hospital", "clinic", "treatment", "care", "surgery", "wounded", "injured",
              "sick", "dead", "body", "bodies", "remains", "coffin", "evacuate", "evacuation",
              "arrest", "trial"}
# what else an approval of arms may approve ("a $2 billion arms package for Israel")
ARMS_DEALS = {"package", "deal", "shipment", "transfer", "delivery", "deliveries", "export",
              "exports"}
ARMS_WORDS = {"arm", "arms", "weapon", "weapons", "military", "missile", "missiles", "armoured",
              "armored", "tank", "tanks", "howitzer", "howitzers", "warship", "warships",
              "ammunition", "munition", "munitions", "artillery", "rifle", "rifles"}


def _troops_carried(tok: Any, lex: Lexicon) -> bool:
    """"the army moved 300 soldiers to", "moved additional troops to the border": a force
    (plural or counted) carried somewhere, its deployment; not one wounded soldier moved to
    a hospital, nor a leader flying to a summit (for a verb less sure than "fly": the
    count or plural is asked too)."""
    moved = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    force = [m for m in moved if (lex.in_class(_lemma(m), "troops") or any(
        c.dep_ == "compound" and lex.in_class(_lemma(c), "troops") for c in m.children)) and (
        m.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in m.children))]
    if not force:
        return False
    words = {_lemma(t) for t in tok.subtree} | {t.lower_ for t in tok.subtree}
    return not words & CARE_WORDS


# participles of people held by the other side ("swapped 40 captured soldiers")
HELD_WORDS = {"captured", "detained", "jailed", "imprisoned", "abducted", "kidnapped"}
EFFORT_NOUNS = {"effort", "efforts", "process", "campaign", "bid", "attempt", "initiative",
                "drive", "mission", "operation", "talks", "plan"}


def _in_marker(tok: Any, markers: list[list[str]], doc_text: str) -> bool:
    """Whether the token is part of a co-actor marker (`markers`: each marker's words);
    `doc_text` is `tok.doc.text`, which spaCy rebuilds from every token on each access."""
    if not any(tok.lower_ in words for words in markers):
        return False
    text = doc_text[tok.idx:tok.idx + 40].lower()
    before = doc_text[max(0, tok.idx - 3):tok.idx].lower()
    for words in markers:
        if tok.lower_ in words and text.startswith(" ".join(words[words.index(tok.lower_):])):
            if words.index(tok.lower_) == 0 or before.strip() in words:
                return True
    return False


def _in_name(tok: Any, name_spans: list[tuple[int, int]]) -> bool:
    if tok.ent_type_ in NAME_LABELS and tok.pos_ == "PROPN":
        return True
    return any(s <= tok.idx < e for s, e in name_spans)


def find_triggers(doc: Any, lex: Lexicon,
                  name_spans: list[tuple[int, int]] | None = None) -> list[Trigger]:
    """Every trigger in the Doc, in text order (at most one per head token)."""
    name_spans = name_spans or []
    markers = [m.split() for m in lex.words("co_actor_markers")]
    doc_text = doc.text
    found: list[Trigger] = []
    for tok in doc:
        if tok.is_punct or tok.is_space or tok.like_num:
            continue
        if tok.ent_type_ in ("DATE", "TIME"):
            continue  # "March 12"
        if tok.pos_ in VERB_POS or (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
            pos = "V"
        elif tok.pos_ in NOUN_POS or tok.tag_ in ("NN", "NNS") or (
                tok.pos_ == "ADV" and tok.i > 0 and doc[tok.i - 1].pos_ == "ADP"
                and lex.entry(tok.lower_, "N") is not None):  # "put on standby" (tagged RB)
            pos = "N"
        else:
            continue
        if pos == "N" and (acting_body(tok) or _in_name(tok, name_spans) and not (
                tok.is_lower and _multiword(tok, _lemma(tok), pos, lex))):
            continue  # (a lower-case phrase trigger is no name: "extended the state of
            # emergency"; a capitalised one may be: a headline's "Air Strike")
        if pos == "N" and tok.dep_ in ("compound", "amod") and tok.head.pos_ in NOUN_POS and (
                _lemma(tok.head) not in EFFORT_NOUNS):
            continue  # "assault rifles", "strike force": a modifier, not an event
        if _in_marker(tok, markers, doc_text):
            continue  # "supported by", "in cooperation with": says who helped, not an event
        lemma = _lemma(tok)
        trig = _multiword(tok, lemma, pos, lex)
        if trig is not None and not needs_ok(tok, trig.entry.needs, lex):
            trig = None  # ("protesters blocked access to the port": the word alone)
        weapon_entry = None
        if pos == "V" and trig is None:
            burned = burned_alive(tok, lex)
            if burned is False:
                continue
            weapon_entry = burned or weapon_use(tok, lex) or set_on_fire(tok, lex)
            weapon_entry = weapon_entry or found_dead(tok, lex) or held_hostage(tok, lex)
            weapon_entry = weapon_entry or ordered_out(tok, lex) or ordered_to_yield(tok, lex)
            weapon_entry = weapon_entry or declared_unwelcome(tok, lex) or hosted_visitor(
                tok, lex) or withdrew_envoy(tok, lex) or issued_warrant(tok, lex)
            weapon_entry = weapon_entry or ordered_to_act(tok, lex) or called_for_clause(
                tok, lex) or took_people(tok, lex) or evaluation(tok, lex)
            weapon_entry = weapon_entry or said_to_be_behind(tok, lex)
            weapon_entry = weapon_entry or stopped_passage(tok, lex) or recaptured_people(
                tok, lex) or detained_craft(tok, lex) or ordered_forces(tok, lex)
            weapon_entry = weapon_entry or suspended_travel(tok, lex) or vowed_response(
                tok, lex) or declared_zone(tok, lex) or plain_act(tok, lex)
            if weapon_entry is None and (expelled_vessel(tok, lex) or struck_down_law(tok)):
                continue
        if pos == "N" and trig is None and lex.entry(lemma, "N") is None:
            weapon_entry = body_found(tok, lex) or gerund(tok, lex) or hostile_fire(tok, lex)
        weapon_entry = weapon_entry or reserved_right(tok, lex) or told_act(tok, lex)
        if weapon_entry is not None:
            trig = Trigger(tok, weapon_entry, tok.idx, tok.idx + len(tok.text))
        if trig is None:
            entry = lex.entry(lemma, pos) or lex.entry(tok.lower_, pos)
            if entry is None and pos == "N" and tok.tag_ == "VBG":
                entry = lex.entry(lemma, "V")
            if entry is None:
                continue
            trig = Trigger(tok, entry, tok.idx, tok.idx + len(tok.text))
        if not needs_ok(tok, trig.entry.needs, lex):
            continue
        if dismissal(tok, lex) or open_question(tok) or published(tok, lex) or no_event_here(
                tok, lex) or handed_to_justice(tok) or no_one_hurt(tok, lex) or cared_for_count(
                    tok) or condition_on_anyone(tok) or marched_off(tok, lex):
            continue
        found.append(trig)
    return drop_non_events(found)


def _multiword(tok: Any, lemma: str, pos: str, lex: Lexicon) -> Trigger | None:
    if pos == "V":
        for c in tok.children:
            if c.dep_ in ("prep", "agent"):  # "spoke by telephone" (by: agent)
                for g in c.children:
                    entry = lex.entry(f"{lemma} {c.lower_} {_lemma(g)}", "V")
                    if entry is not None:
                        return Trigger(tok, entry, tok.idx, g.idx + len(g.text), extra=g)
        for c in tok.children:
            if c.dep_ in ("prt", "dobj", "prep", "acomp", "oprd", "advmod", "ccomp", "xcomp") or (
                    c.dep_ == "advcl" and c.pos_ == "ADJ"):  # "held him personally responsible"
                if c.dep_ in ("prt", "prep", "advmod") and c.i < tok.i:
                    continue  # "On Friday, Macron called the blast an attack": no "call on"
                if c.dep_ == "prep" and c.lower_ == "on" and any(
                        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
                    continue  # "called the embargo a hostile act on Monday": no "call on"
                key = f"{lemma} {_lemma(c)}"
                entry = lex.entry(key, "V")
                if entry is not None:
                    s, e = sorted((tok.idx, c.idx))
                    end = max(tok.idx + len(tok.text), c.idx + len(c.text))
                    return Trigger(tok, entry, s, end, extra=c)
        return None
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
            entry = lex.entry(f"{_lemma(c)} {lemma}", "N") or lex.entry(
                f"{c.lower_} {tok.lower_}", "N")
            if entry is not None:
                return Trigger(tok, entry, c.idx, tok.idx + len(tok.text), extra=c)
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                entry = lex.entry(f"{lemma} of {_lemma(g)}", "N")
                if entry is not None and g.dep_ == "pobj":
                    return Trigger(tok, entry, tok.idx, g.idx + len(g.text), extra=g)
    # "air strike" written as a compound whose head is this token's head
    return None
