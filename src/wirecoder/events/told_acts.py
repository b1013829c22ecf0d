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

from typing import Any

from .lexicon import Lexicon, TriggerEntry, load_lexicon
from .lexicon import lemma as _lemma

SAYING = {"say", "state", "declare", "tell", "add"}
# nouns that sum up what was said as a charge, and verbs that answer it
CHARGE_NOUNS = {"claim", "claims", "accusation", "accusations", "allegation", "allegations",
                "charge", "charges"}
ANSWERING_VERBS = {"deny", "reject", "dismiss", "refute", "dispute"}
# what one is said to be out to wreck ("trying to sabotage the peace process")
WRECKING_VERBS = {"sabotage", "undermine", "derail", "torpedo", "wreck", "destabilize",
                  "destabilise", "provoke"}
TRYING_VERBS = {"try", "seek", "attempt", "plot", "aim"}
# relief goods, and the verbs that bring or hand them out
RELIEF_WORDS = {"aid", "supply", "supplies", "food", "blanket", "blankets", "tent", "tents",
                "medicine", "medicines", "ration", "rations", "relief", "assistance",
                "foodstuff", "foodstuffs", "flour", "rice", "kit", "kits"}
RELIEF_VERBS = {"distribute", "fly", "airlift", "airdrop", "truck", "ship", "hand out"}
# forces' rounds stepped up ("stepped up patrols near the border")
PATROL_WORDS = {"patrol", "patrols", "presence", "deployment", "deployments"}
STEPPING_UP = {"step up", "intensify", "increase", "boost", "beef up", "scale up"}
# what carries a protest's demand ("held placards demanding their release")
PLACARD_WORDS = {"placard", "banner", "sign", "poster", "slogan"}
DEMANDING_VERBS = {"demand", "call"}


def _entry(lex: Lexicon, lemma: str, pos: str = "V") -> TriggerEntry | None:
    return lex.entry(lemma, pos)


def said_charge_denied(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"Officials said the troops had attacked first, an accusation the ministry denied",
    "..., a claim the ministry rejected", "..., charges Kigali has rejected": what the
    speaker said is summed up as a charge that the other side answered, so the saying is
    an accusation (the lexicon's "accuse")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in SAYING or not any(
            c.dep_ == "nsubj" for c in tok.children):
        return None
    if not any(c.dep_ == "ccomp" for c in tok.children):
        return None
    sent = tok.sent
    for t in sent:
        if t.i <= tok.i or t.lower_ not in CHARGE_NOUNS:
            continue
        before = tok.doc[t.i - 1]
        if before.lower_ in ("a", "an"):
            before = tok.doc[t.i - 2]
        if before.text != ",":
            continue
        answered = [v for v in sent if t.i < v.i <= t.i + 10 and v.pos_ == "VERB"
                    and _lemma(v) in ANSWERING_VERBS]
        if answered:
            return _entry(lex, "accuse")
    return None


def said_to_wreck(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"The ministry said Yerevan was trying to sabotage the peace process", "said the
    rebels sought to undermine the truce": someone said to be out to wreck something is
    accused of it."""
    if tok.pos_ != "VERB" or _lemma(tok) not in SAYING or not any(
            c.dep_ == "nsubj" for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or any(g.dep_ == "neg" for g in c.children):
            continue
        if not any(g.dep_ == "nsubj" and g.lower_ not in ("it", "this", "that")
                   for g in c.children):
            continue
        if _lemma(c) in WRECKING_VERBS:
            return _entry(lex, "accuse")
        if _lemma(c) in TRYING_VERBS and any(
                g.dep_ == "xcomp" and _lemma(g) in WRECKING_VERBS for g in c.children):
            return _entry(lex, "accuse")
    return None


def _verb_key(tok: Any) -> str:
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    return f"{_lemma(tok)} {prt[0]}" if prt else _lemma(tok)


def _goods(tok: Any) -> list[Any]:
    """The object nouns of a verb with their conjuncts and, for a measure ("40 tonnes of
    supplies"), what is measured."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    objs += [c for o in objs for c in o.conjuncts]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    return objs


def relief_delivered(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"Aid agencies began distributing blankets and food", "WFP said it had flown 40
    tonnes of supplies into the town": relief goods brought or handed out are aid (the
    lexicon's "aid")."""
    if tok.pos_ != "VERB" or _verb_key(tok) not in RELIEF_VERBS:
        return None
    if any(_lemma(g) in RELIEF_WORDS or g.lower_ in RELIEF_WORDS for g in _goods(tok)):
        return _entry(lex, "aid")
    return None


def patrols_stepped_up(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"KFOR said it had stepped up patrols near the crossing", "intensified its presence
    along the border": forces' rounds stepped up are a mobilization (the lexicon's
    "deploy")."""
    if tok.pos_ != "VERB" or _verb_key(tok) not in STEPPING_UP:
        return None
    if any(_lemma(g) in PATROL_WORDS or g.lower_ in PATROL_WORDS for g in _goods(tok)):
        return _entry(lex, "deploy")
    return None


def placard_demand(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """"supporters who held placards demanding the activists' release": a demand carried on
    placards or banners is the protest of those who hold them (the lexicon's "protest"),
    no request made by a placard."""
    if tok.tag_ != "VBG" or _lemma(tok) not in DEMANDING_VERBS or tok.dep_ != "acl":
        return None
    if _lemma(tok.head) in PLACARD_WORDS:
        return _entry(lex, "protest")
    return None


def told_act(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The entry of the first construction above that the verb tells, or None."""
    return (said_charge_denied(tok, lex) or said_to_wreck(tok, lex)
            or relief_delivered(tok, lex) or patrols_stepped_up(tok, lex)
            or placard_demand(tok, lex))


# kin and home: a visit to them is private, no meeting of two parties
PRIVATE_VISITS = {"relative", "relatives", "family", "families", "parent", "parents", "mother",
                  "father", "wife", "husband", "son", "daughter", "brother", "sister",
                  "friend", "friends", "home", "grave", "cousin", "cousins"}


def private_visit(tok: Any) -> bool:
    """"was kidnapped while visiting relatives": a visit to one's kin or home."""
    if _lemma(tok) != "visit":
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in PRIVATE_VISITS for c in tok.children)


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
                return next((g for g in p.children if g.dep_ == "pobj"), None)
        if lem == "call":
            return None
    if obj is None or obj.lower_ in PRONOUNS or lex.entry(_lemma(obj), "N") is not None or (
            lex.in_class(_lemma(obj), "claim_nouns")):
        return None
    return obj


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
    if later.dep_ != "conj" or later not in list(first.subtree) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in later.children):
        return False
    lex = load_lexicon()
    wa, wb = _addressee(ta, lex), _addressee(tb, lex)
    return wa is not None and wb is not None and _lemma(wa) != _lemma(wb)
