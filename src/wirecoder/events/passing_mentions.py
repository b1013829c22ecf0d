"""Trigger words that name an act in passing rather than tell one, dropped from the list
`detect.find_triggers` found (through `trigger_drops.drop_non_events`): harm done to what no
blow can reach ("damaged the army's reputation"), a kind of act named as the grounds of a
measure against someone ("sanctioned over their role in attacks on civilians"), the
attackers' withdrawal that ends an act ("... before withdrawing"), a request or invitation
named as whose wish an act was done at ("at the government's request"), and a watch kept
("said it was monitoring the situation")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lemma as _lemma

if TYPE_CHECKING:
    from .detect import Trigger

# verbs of harm that also tell harm to a name, a bond or a cause
HARM_VERBS = {"damage", "destroy", "harm", "hurt", "wreck", "ruin", "tarnish"}
# what such harm reaches when no property is hit
INTANGIBLES = {"reputation", "image", "credibility", "prestige", "standing", "name",
               "interest", "interests", "relation", "relations", "tie", "ties", "economy",
               "confidence", "trust", "morale", "unity", "cohesion", "stability", "chance",
               "chances", "prospect", "prospects", "dignity", "honour", "honor", "integrity",
               "legitimacy", "career", "process", "effort", "efforts", "brand",
               "feelings", "sentiment", "sentiments", "peace", "harmony"}
# the nouns that name one's share in acts given as grounds ("over their role in attacks")
SHARE_NOUNS = {"role", "part", "involvement", "participation", "complicity"}


def _drop_harm_to_intangibles(found: list[Trigger]) -> list[Trigger]:
    """"Saying it had damaged the army's reputation", "a move that would harm relations":
    harm to a name or a bond is no destruction of property."""
    def intangible(t: Trigger) -> bool:
        if t.entry.plover != "ASSAULT" or _lemma(t.token) not in HARM_VERBS:
            return False
        hit = [c for c in t.token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        hit += [g for h in hit for g in h.conjuncts]
        return bool(hit) and all(_lemma(h) in INTANGIBLES or h.lower_ in INTANGIBLES
                                 for h in hit)
    return [t for t in found if not intangible(t)]


def _drop_grounds_named(found: list[Trigger]) -> list[Trigger]:
    """"Sanctioned three officers over their role in attacks on civilians", "for their part
    in killings of protesters": a kind of act (a plural with no count) named as one's share
    in it is the grounds of a measure, not an event told."""
    def grounds(t: Trigger) -> bool:
        tok = t.token
        if t.entry.pos != "N" or tok.tag_ not in ("NNS", "NNPS") or tok.dep_ != "pobj":
            return False
        if any(c.dep_ in ("nummod", "det", "poss") for c in tok.children):
            return False  # ("their role in the two attacks": attacks the text may tell)
        prep = tok.head
        return prep.lower_ == "in" and _lemma(prep.head) in SHARE_NOUNS
    return [t for t in found if not grounds(t)]


def _drop_withdrawal_ending_act(found: list[Trigger]) -> list[Trigger]:
    """"Set fire to two armoured vehicles before withdrawing", "held parts of the town for
    several hours before pulling back": the attackers' going away, told as a participle after
    "before" on the act, is how that act ended, not a retreat of its own."""
    def ending(t: Trigger) -> bool:
        tok = t.token
        return (t.entry.plover == "RETREAT" and tok.tag_ == "VBG"
                and tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "before"
                and tok.head.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("dobj", "nsubj") for c in tok.children))
    return [t for t in found if not ending(t)]


# nouns of a wish an act is done at ("at the request of", "at the invitation of")
WISH_NOUNS = {"request", "invitation", "behest", "urging", "instigation"}


def _drop_done_at_request(found: list[Trigger]) -> list[Trigger]:
    """"Approved a state of emergency at the government's request", "took them in at the
    request of the Vatican": a request named as the occasion of another act (after "at" or
    "upon") says why that act was done; the asking is not told as an event of its own."""
    def occasion(t: Trigger) -> bool:
        tok = t.token
        return (t.entry.pos == "N" and _lemma(tok) in WISH_NOUNS and tok.dep_ == "pobj"
                and tok.head.lower_ in ("at", "upon"))
    return [t for t in found if not occasion(t)]


# verbs of keeping watch: in the progressive or after "continue", a watch kept, not an act
WATCH_VERBS = {"monitor", "watch", "observe", "follow"}


def _drop_watch_kept(found: list[Trigger]) -> list[Trigger]:
    """"Said it was monitoring the treatment of those detained", "continues to monitor the
    army's operations": a watch kept over time (the progressive, or a verb of going on above
    it) is a stance, not an inquiry opened (PLOVER ACCUSE investigate is the act of sending
    monitors or opening an inquiry)."""
    def kept(t: Trigger) -> bool:
        tok = t.token
        if t.entry.pos != "V" or _lemma(tok) not in WATCH_VERBS:
            return False
        progressive = tok.tag_ == "VBG" and any(
            c.dep_ == "aux" and _lemma(c) == "be" for c in tok.children)
        return progressive or (tok.dep_ == "xcomp" and _lemma(tok.head) in ("continue", "keep"))
    return [t for t in found if not kept(t)]


def drop_passing_mentions(found: list[Trigger]) -> list[Trigger]:
    """The triggers of `found` that the rules above leave."""
    return _drop_watch_kept(_drop_done_at_request(_drop_withdrawal_ending_act(
        _drop_grounds_named(_drop_harm_to_intangibles(found)))))
