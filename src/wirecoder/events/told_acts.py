"""Events told by a construction whose head word is no trigger of the lexicon, or that the
lexicon's word alone would miss: a statement that another side denied ("said the troops
fired first, an accusation the ministry denied"), a statement that someone is out to wreck
something ("said Yerevan was trying to sabotage the talks"), relief goods flown in or handed
out ("began distributing blankets and food"), patrols stepped up, placards that demand
something (a protest, not a request by the placards); and the two speech acts of one
speaker coordinated in one sentence with two different addressees ("blamed the attack on
the rebels and accused Rwanda of arming them"), which stay two events.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..language import verbal_noun
from .aid_acts import RELIEF_GOODS, aid_told
from .argument_words import ATTACKER_NOUNS, CHARGE_NOUNS
from .argument_words import SAY_VERBS as SAYING
from .lexicon import Lexicon, TriggerEntry, load_lexicon
from .lexicon import lemma as _lemma
from .syntax import of_objects, said_by_subject

# nouns that sum up what was said as a charge (the word as written), and verbs that answer it
SUMMED_CHARGES = {w for n in CHARGE_NOUNS | {"claim"} for w in (n, n + "s")}
ANSWERING_VERBS = {"deny", "reject", "dismiss", "refute", "dispute"}
# what one is said to be out to wreck ("trying to sabotage the peace process")
WRECKING_VERBS = {"sabotage", "undermine", "derail", "torpedo", "wreck", "destabilize",
                  "destabilise", "provoke"}
TRYING_VERBS = {"try", "seek", "attempt", "plot", "aim"}
# relief goods, and the verbs that bring or hand them out
RELIEF_WORDS = RELIEF_GOODS
RELIEF_VERBS = {"distribute", "fly", "airlift", "airdrop", "truck", "ship", "hand out", "ferry"}
# forces' rounds stepped up ("stepped up patrols near the border")
PATROL_WORDS = {"patrol", "patrols", "presence", "deployment", "deployments"}
STEPPING_UP = {"step up", "intensify", "increase", "boost", "beef up", "scale up"}
# what carries a protest's demand ("held placards demanding their release")
PLACARD_WORDS = {"placard", "banner", "sign", "poster", "slogan"}
DEMANDING_VERBS = {"demand", "call"}


def said_charge_denied(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"Officials said the troops had attacked first, an accusation the ministry denied",
    "..., a claim the ministry rejected", "..., charges Kigali has rejected": what the
    speaker said is summed up as a charge that the other side answered, so the saying is
    an accusation (the lexicon's "accuse")."""
    if not said_by_subject(tok, SAYING):
        return None
    if not any(c.dep_ == "ccomp" for c in tok.children):
        return None
    sent = tok.sent
    for t in sent:
        if t.i <= tok.i or t.lower_ not in SUMMED_CHARGES:
            continue
        before = tok.doc[t.i - 1]
        if before.lower_ in ("a", "an"):
            before = tok.doc[t.i - 2]
        if before.text != ",":
            continue
        answered = [v for v in sent if t.i < v.i <= t.i + 10 and v.pos_ == "VERB"
                    and _lemma(v) in ANSWERING_VERBS]
        if answered:
            return lex.entry("accuse", "V")
    return None


def said_to_wreck(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"The ministry said Yerevan was trying to sabotage the peace process", "said the
    rebels sought to undermine the truce": someone said to be out to wreck something is
    accused of it."""
    if not said_by_subject(tok, SAYING):
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in c.children):
            continue
        if not any(g.dep_ == "nsubj" and g.lower_ not in ("it", "this", "that")
                   for g in c.children):
            continue
        if _lemma(c) in WRECKING_VERBS:
            return lex.entry("accuse", "V")
        if _lemma(c) in TRYING_VERBS and any(
                g.dep_ == "xcomp" and _lemma(g) in WRECKING_VERBS for g in c.children):
            return lex.entry("accuse", "V")
    return None


def _said_culprit(clause: Any) -> bool:
    """A clause that names a culprit: "the men were taking orders from Damascus", "the attack
    bore the hallmarks of the group" ("said the rebels were behind the raid" is
    `attribution.said_to_be_behind`'s)."""
    lem = _lemma(clause)
    kids = list(clause.children)
    if lem == "take":
        return any(c.dep_ == "dobj" and _lemma(c) == "order" for c in kids) and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in kids)
    return lem in ("bear", "have", "carry") and any(
        c.dep_ == "dobj" and _lemma(c) == "hallmark" for c in kids)


def blamed_by_phrase(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The blame told without "blame" or "accuse": "said the men were taking orders from
    Damascus", "said the attack bore the hallmarks of the group", "pointed the finger at the
    militias" (the lexicon's "accuse"; "held the group responsible" is the lexicon's own
    "hold responsible")."""
    if tok.pos_ != "VERB":
        return None
    lem = _lemma(tok)
    if said_by_subject(tok, SAYING) and any(
            c.dep_ == "ccomp" and not any(g.dep_ == "neg" for g in c.children)
            and _said_culprit(c) for c in tok.children):
        return lex.entry("accuse", "V")
    if lem == "point" and any(c.dep_ == "dobj" and c.lower_ == "finger" for c in tok.children):
        return lex.entry("accuse", "V")
    return None


def _verb_key(tok: Any) -> str:
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    return f"{_lemma(tok)} {prt[0]}" if prt else _lemma(tok)


def _goods(tok: Any) -> list[Any]:
    """The object nouns of a verb with their conjuncts and, for a measure ("40 tonnes of
    supplies"), what is measured."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    objs += [c for o in objs for c in o.conjuncts]
    objs += [g for o in objs for g in of_objects(o)]
    return objs


def relief_delivered(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"Aid agencies began distributing blankets and food", "WFP said it had flown 40
    tonnes of supplies into the town": relief goods brought or handed out are aid (the
    lexicon's "aid")."""
    if tok.pos_ != "VERB" or _verb_key(tok) not in RELIEF_VERBS:
        return None
    if any(_lemma(g) in RELIEF_WORDS or g.lower_ in RELIEF_WORDS for g in _goods(tok)):
        return lex.entry("aid", "V")
    return None


def patrols_stepped_up(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"KFOR said it had stepped up patrols near the crossing", "intensified its presence
    along the border": forces' rounds stepped up are a mobilization (the lexicon's
    "deploy")."""
    if tok.pos_ != "VERB" or _verb_key(tok) not in STEPPING_UP:
        return None
    if any(_lemma(g) in PATROL_WORDS or g.lower_ in PATROL_WORDS for g in _goods(tok)):
        return lex.entry("deploy", "V")
    return None


HOLDING_VERBS = {"hold", "carry", "wave", "raise", "brandish"}


def _placard_demand(tok: Any) -> bool:
    """"demanding" in "placards demanding their release"."""
    return tok.tag_ == "VBG" and _lemma(tok) in DEMANDING_VERBS and tok.dep_ == "acl" and (
        _lemma(tok.head) in PLACARD_WORDS)


def placard_demand(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"supporters who held placards demanding the activists' release": a demand carried on
    placards or banners is the protest of those who hold them (the lexicon's "protest",
    told by the holding), no request made by a placard."""
    if tok.pos_ != "VERB" or _lemma(tok) not in HOLDING_VERBS:
        return None
    if any(c.dep_ in ("dobj", "obj") and any(_placard_demand(g) for g in c.children)
           for c in tok.children):
        return lex.entry("protest", "V")
    return None


# munitions that forces or deminers blow up to be rid of them
MUNITIONS = {"shell", "shells", "mine", "mines", "landmine", "landmines", "ordnance", "bomb",
             "bombs", "explosive", "explosives", "device", "devices", "ied", "ieds", "munition",
             "munitions", "grenade", "grenades", "rocket", "rockets", "mortar", "mortars"}
# who disposes of them
DISPOSERS = {"soldier", "soldiers", "troop", "troops", "army", "deminer", "deminers", "sapper",
             "sappers", "engineer", "engineers", "police", "team", "squad", "unit", "units",
             "expert", "experts", "specialist", "specialists", "force", "forces"}


def munitions_disposed(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"Soldiers blew up two more of those shells behind the field", "deminers detonated
    the mines": munitions blown up by forces or deminers are disposed of, an attack stopped
    before it was made (the lexicon's "defuse": ACLED Disrupted weapons use), no bombing."""
    if tok.pos_ != "VERB" or _verb_key(tok) not in ("blow up", "detonate"):
        return None
    if not any(_lemma(g) in MUNITIONS or g.lower_ in MUNITIONS for g in _goods(tok)):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if subj and all(s.lower_ in DISPOSERS or _lemma(s) in DISPOSERS for s in subj):
        entry = lex.entry("defuse", "V")
        # (no seizure: nothing taken that a raid told beside it could have taken)
        return replace(entry, mode=None) if entry is not None else None
    return None


def told_act(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The entry of the first construction above that the verb tells, or None."""
    return (said_charge_denied(tok, lex) or said_to_wreck(tok, lex) or blamed_by_phrase(tok, lex)
            or relief_delivered(tok, lex) or patrols_stepped_up(tok, lex)
            or placard_demand(tok, lex) or munitions_disposed(tok, lex) or aid_told(tok, lex))


# kin and home: a visit to them is private, no meeting of two parties
PRIVATE_VISITS = {"relative", "relatives", "family", "families", "parent", "parents", "mother",
                  "father", "wife", "husband", "son", "daughter", "brother", "sister",
                  "friend", "friends", "home", "grave", "cousin", "cousins"}


# auxiliaries of what will or may come ("warned that it would respond")
MODALS = {"will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll",
          "'d", "wo", "ca"}


def told_trend(tok: Any) -> bool:
    """"warned that armed groups were increasingly using drones", "warned that thousands
    face hunger": a warning that tells what is happening, with nothing that will or may
    come (no modal, no "going to"), is an alarm raised, no threat."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    clauses += [g for c in clauses for g in c.conjuncts]
    return not any(a.dep_ == "aux" and (a.lower_ in MODALS or a.lower_ == "going" or (
        a.lower_ == "to")) for c in clauses for a in c.children) and not any(
        c.tag_ == "VB" or c.lower_ == "going" for c in clauses)


# verbs that say what a vehicle carries ("trucks carrying food aid")
CARRYING_VERBS = {"carry", "transport", "ferry", "haul", "load"}
# stances held over time: what "has never recognised" refuses is no act of a day
STANCE_TYPES = {"AGREE", "SUPPORT", "CONCEDE", "RETREAT", "AID", "COOPERATE", "CONSULT"}


def no_event_here(tok: Any, lex: Lexicon) -> bool:
    """A trigger word that tells no event of its own: a visit to one's kin or home ("was
    kidnapped while visiting relatives"); aid named as a vehicle's load ("trucks carrying
    food aid"); a stance never taken ("has never recognised the declaration"); access
    denied to someone told in the passive ("had been beaten and denied access to a
    lawyer": the refusal's agent untold, the speaker no party to it)."""
    lem = _lemma(tok)
    if _placard_demand(tok) or (tok.dep_ in ("dobj", "obj") and _placard_demand(tok.head)):
        return True  # (nor is what the placards demand: "demanding their release")
    if lem == "warn" and tok.pos_ == "VERB" and told_trend(tok):
        return True
    if lem == "visit" and any(c.dep_ in ("dobj", "obj") and c.lower_ in PRIVATE_VISITS
                              for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and lem in RELIEF_WORDS and tok.dep_ == "dobj" and (
            tok.head.dep_ in ("acl", "relcl") and _lemma(tok.head) in CARRYING_VERBS):
        return True
    entry = lex.entry(lem, "V") if tok.pos_ == "VERB" else None
    if entry is not None and entry.plover in STANCE_TYPES and any(
            c.dep_ == "neg" and c.lower_ == "never" for c in tok.children) and any(
            c.dep_ == "aux" and _lemma(c) == "have" for c in tok.children):
        return True
    if lem != "deny" or tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass")
                                                  for c in tok.children):
        return False
    # the verb it is coordinated with, the nearest before it (the parser may hang it on the
    # saying verb instead), is a passive
    before = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.pos_ == "VERB"), None)
    return before is not None and any(c.dep_ == "auxpass" for c in before.children)


# --------------------------------------------------------------- coordinated speech acts
SPEECH_TYPES = {"ACCUSE", "REQUEST"}
PRONOUNS = {"it", "them", "him", "her", "us", "me", "you", "they", "this", "that"}


def _addressee(tok: Any, lex: Lexicon) -> Any | None:
    """Whom a speech verb is addressed to: "blamed the attack on the rebels" (the "on"
    object of "blame"), "called on the government" (of "call"), "accused Rwanda", "urged
    the parties" (the object, when it names no act or charge)."""
    lem = _lemma(tok)
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if lem in ("blame", "call"):
        # (the parser may hang "on" on the object: "blamed [the attack on the rebels]")
        for p in (*tok.children, *(obj.children if obj is not None else ())):
            if p.dep_ == "prep" and p.lower_ == "on":
                cause = next((g for g in p.children if g.dep_ == "pobj"), None)
                return None if cause is None or _a_cause(cause, lex) else cause
        if lem == "call":
            return None
    if obj is None or obj.lower_ in PRONOUNS or lex.entry(_lemma(obj), "N") is not None or (
            lex.in_class(_lemma(obj), "claim_nouns")):
        return None
    return obj


# what blame may be laid on that is no one: a hazard, a way of doing harm, a claim
CAUSE_CLASSES = ("hazard", "means_modes", "condemnation", "claim_nouns", "abstract")


def _a_cause(tok: Any, lex: Lexicon) -> bool:
    """"blamed the outage on sabotage", "blamed the shortages on hoarding": what the blame is
    laid on is an act or a cause, not someone it is addressed to (a coordinated accusation of
    someone is the same statement)."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ in ("PRON", "PROPN"):
        return False
    lem = _lemma(tok)
    return (lex.entry(lem, "N") is not None or verbal_noun(tok)
            or any(lex.in_class(lem, c) for c in CAUSE_CLASSES))


def addressed_apart(a: Any, b: Any) -> bool:
    """Two speech acts of one sentence, one verb coordinated with the other, each addressed
    to someone else ("blamed the attack on RED-Tabara and accused Rwanda of arming it",
    "called on the government to act and asked residents to stay calm"): two events."""
    if a.typed.plover != b.typed.plover or a.typed.plover not in SPEECH_TYPES:
        return False
    ta, tb = a.trigger.token, b.trigger.token
    if ta.sent.start != tb.sent.start or ta.pos_ != "VERB" or tb.pos_ != "VERB":
        return False
    first, later = (ta, tb) if ta.i < tb.i else (tb, ta)
    # the later verb coordinated with the first or with its complement ("called on X to
    # act and asked Y to ..."), sharing its subject
    if later.dep_ != "conj" or not first.is_ancestor(later) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in later.children):
        return False
    lex = load_lexicon()
    wa, wb = _addressee(ta, lex), _addressee(tb, lex)
    return wa is not None and wb is not None and _lemma(wa) != _lemma(wb)


def said_apart(e: Any, d: Any) -> bool:
    """An accusation told by the saying itself ("said the troops had attacked first, an
    accusation ... denied", `said_charge_denied`) and another accusation told by a verb in
    another sentence are two statements, even where the other names no speaker."""
    if not (e.typed.plover == d.typed.plover == "ACCUSE" and e.sent.start != d.sent.start):
        return False
    te, td = e.trigger.token, d.trigger.token
    return te.pos_ == td.pos_ == "VERB" and (_lemma(te) in SAYING or _lemma(td) in SAYING)


# nouns that name people by the violence they did (`ATTACKER_NOUNS`), singular and plural,
# as a participant's name is read
DOER_NOUNS = ATTACKER_NOUNS | {w + "s" for w in ATTACKER_NOUNS - {"gunman"}} | {"gunmen"}


def the_attackers(e: Any, d: Any) -> bool:
    """"Gunmen killed nine civilians in an attack on a village ... The attackers arrived
    shortly before midnight, shooting at residents": an attack whose doers are only "the
    attackers" (a definite noun naming them by the violence) is told of the doers of the
    attack just before it, one event."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT" and e.actors and d.actors):
        return False
    text = d.trigger.token.doc.text
    for p in d.actors:
        if p.name.lower() not in DOER_NOUNS or not p.evidence:
            return False
        if not text[max(0, p.evidence[0].start - 4):p.evidence[0].start].lower().endswith(
                "the "):
            return False
    return True
