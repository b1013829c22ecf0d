"""Events that carry other events, and what makes an act an intention: the request / threat /
refusal / promise a trigger is embedded in (`frame_of`), "X said Y must do Z" demands
(`must_triggers`), and the cues of intent, report and condition ("ready to", "said it
will", "unless"). Moved out of `stage` (the same code).
"""

from __future__ import annotations

from typing import Any

from .detect import Trigger
from .lexicon import Lexicon, TriggerEntry, load_lexicon
from .lexicon import lemma as _lemma

FRAMES = {"REQUEST", "THREATEN", "REJECT", "AGREE"}
INTENT_ADJECTIVES = {"ready", "willing", "prepared", "determined", "eager", "poised"}
MUST_ENTRY = TriggerEntry("must", "V", "REQUEST", None, "100", None, None, 0.6)


def must_triggers(doc: Any, lex: Lexicon) -> list[Trigger]:
    """"X said Y must do Z": a demand by X on Y (PLOVER REQUEST)."""
    out = []
    verbs = lex.words("reporting_verbs")
    # the verbs a "must" is an auxiliary of, in text order: one pass over the tokens rather
    # than over every verb's children (a root is no child of itself)
    heads = sorted({c.head.i for c in doc if c.lower_ == "must" and c.dep_ == "aux"
                    and c.head.i != c.i})
    for tok in (doc[i] for i in heads):
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ in ("ccomp",) and _lemma(tok.head) in verbs | {"declare", "reiterate"}:
                out.append(Trigger(tok, MUST_ENTRY, tok.idx, tok.idx + len(tok.text)))
    return out


def frame_of(trig: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The request/threat/refusal/promise trigger that embeds this trigger, if any."""
    node = trig.token
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "advcl",
                             "conj") or node.head == node:
            return None
        if node.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                            for c in node.children):
            return None
        # (a finite verb, "urges them to be tougher and rejects a deal", is no part of the
        # infinitive it is coordinated with)
        if node.dep_ == "conj" and ((node.head.i not in by_token and (node.head.dep_ not in (
                "xcomp", "ccomp") or node.tag_ in ("VBZ", "VBD"))) or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children)):
            return None  # "ordered them to withdraw, and the ministry said it had deployed"
        if node.dep_ == "conj" and node.i == trig.token.i and node.tag_ in ("VBD", "VBZ") and (
                node.head.tag_ in ("VBD", "VBZ") and node.head.dep_ not in ("xcomp", "ccomp")
                and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in node.head.children)):
            return None  # "demanded their release and called the detention illegal": two acts
            # (not "rejected and condemned the leak": one object, one act)
        if node.dep_ == "conj" and node.i != trig.token.i and _lemma(node) in load_lexicon(
                ).words("reporting_verbs"):
            return None  # "called on all sides to talk, and said aid had been suspended"
        if node.dep_ == "prep" and node.lower_ not in ("for", "of", "to", "on") and not (
                node.lower_ == "in" and node.head.like_num):
            return None  # (but "appealed for $40 million in aid": the aid asked for)
        node = node.head
        f = by_token.get(node.i)
        if f is not None and node.i == trig.token.head.i and trig.token.dep_ == "conj" and (
                trig.entry.plover in FRAMES and f.entry.plover != trig.entry.plover):
            return None  # "had asked for guards and had been refused": the answer to a request
        if f is not None and f.entry.plover in FRAMES:
            return f if f != trig else None
        # ("demanded that the army withdraw and hand over the towns": the second demanded act
        # hangs on the first, itself the demand's)
        if f is not None and not (node.dep_ in ("xcomp", "ccomp") and trig.token.dep_ == "conj"):
            return None
    return None


# verbs a promise of force goes through to its act ("vowed to step up attacks", "pledged to
# continue the offensive"); not "vowed to end attacks", "agreed to halt the shelling"
CARRY_ON = {"step", "intensify", "continue", "launch", "carry", "conduct", "escalate", "resume",
            "expand", "keep", "mount", "stage", "wage", "unleash", "redouble"}
# the verbs of a promise ("vowed", "pledged", "swore")
PROMISING = {"vow", "pledge", "promise", "swear"}


def vowed_force(frame: Trigger, trig: Trigger, inner_plover: str) -> bool:
    """"vowed to step up attacks on the troops", "pledged to avenge the killing by striking":
    a promise of violence is a threat (PLOVER THREATEN), not an offer to cooperate (AGREE)."""
    if _lemma(frame.token) not in PROMISING or inner_plover != "ASSAULT":
        return False  # ("accepted responsibility for the bombings" claims, promises nothing)
    node = trig.token
    for _ in range(4):
        if any(c.dep_ == "neg" for c in node.children) or node.head == node:
            return False
        node = node.head
        if node.i == frame.token.i:
            return not any(c.dep_ == "neg" for c in node.children)
        if node.pos_ in ("VERB", "AUX") and _lemma(node) not in CARRY_ON:
            return False
    return False


# modals of will: "will not / would not / won't negotiate" refuses; "did not meet" only says
# no meeting took place
REFUSING_MODALS = {"will", "would", "wo", "shall", "'ll"}


def refused_meeting(tok: Any) -> bool:
    """A meeting or negotiation its party says it will not hold ("the government would not
    negotiate with armed groups", "will not talk to the junta"): a refusal (PLOVER REJECT,
    mode meet), not a talk that did not happen."""
    return any(c.dep_ == "neg" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in REFUSING_MODALS for c in tok.children)


def intent_adjective(tok: Any) -> bool:
    node = tok
    for _ in range(3):
        if node.dep_ in ("xcomp",) and _lemma(node.head) in INTENT_ADJECTIVES:
            return True
        if node.head == node:
            break
        node = node.head
    return False


def reported(tok: Any, lex: Lexicon) -> bool:
    """Whether the clause is someone's statement ("X said it will ...", "according to")."""
    verbs = lex.words("reporting_verbs")
    node = tok
    for _ in range(6):
        if node.head == node:
            break
        node = node.head
        if _lemma(node) in verbs:
            return True
    return any(t.lower_ == "according" for t in tok.sent) or any(
        _lemma(t) in verbs and t.dep_ in ("ROOT", "parataxis") for t in tok.sent)


def conditional(tok: Any) -> bool:
    clause = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("unless", "if")
                                         for g in c.children) for c in clause.children)


# what parties do to a truce when they agree on it: "agreed to extend the ceasefire"
TRUCE_VERBS = {"extend", "renew", "prolong", "declare", "sign", "accept", "reinstate"}


def agreed_truce(frame: Trigger, inner: Trigger) -> bool:
    """"The clans agreed to a ceasefire", "agreed to extend the truce by a month": the
    agreement is the ceasefire itself (PLOVER RETREAT, ACLED's agreement), not a promise of
    one; not "agreed to respect the ceasefire if the army does" (a conditional pledge)."""
    if frame.entry.plover != "AGREE" or inner.entry.mode != "ceasefire":
        return False
    tok = inner.token
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.i == frame.token.i:
        return True
    verb = tok.head
    return tok.dep_ in ("dobj", "obj") and _lemma(verb) in TRUCE_VERBS and (
        verb.head.i == frame.token.i and verb.dep_ == "xcomp")
