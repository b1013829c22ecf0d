"""Triggers whose head word is no event alone, read from the shape of their clause: forces
ordered to a place ("ordered more troops to the border": a deployment), travel suspended
("suspended night travel on the highway": a restriction), a response vowed in a set phrase
("would respond in an appropriate manner": a threat) and a place declared under special powers
("declared the district a security zone")."""

from __future__ import annotations

from typing import Any

from .lexicon import Lexicon, TriggerEntry
from .lexicon import lemma as _lemma

# verbs that send forces somewhere when their object is a force and a place follows
ORDERING_VERBS = {"order", "command", "rush"}
# prepositions of the place forces are ordered to
TO_PLACE = {"to", "into", "towards", "toward"}


def ordered_forces(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "deploy" entry for forces ordered to a place ("ordered more troops to the
    border", "ordered two battalions into the province", "200 more gendarmes had been ordered
    to the territory"); None for an order to do something ("ordered troops to withdraw") or to
    anyone else ("ordered the envoy to the ministry")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in ORDERING_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [c for o in objs for c in o.conjuncts]
    if not any(lex.in_class(_lemma(o), "troops") or any(  # ("300 police officers")
            c.dep_ == "compound" and lex.in_class(_lemma(c), "troops") for c in o.children)
            for o in objs):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return None  # "ordered troops to leave": an order to act, told by that verb
    if not any(c.dep_ == "prep" and c.lower_ in TO_PLACE and any(
            g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return None
    return lex.entry("deploy", "V")


# verbs that stop movement, and what moves: "suspended all night travel on the road"
STOPPING_VERBS = {"suspend", "halt", "stop", "restrict", "curb", "limit"}
MOVEMENT_NOUNS = {"travel", "traffic", "movement", "transport", "driving", "circulation"}


def suspended_travel(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "ban" entry for travel stopped by an authority ("suspended all night travel
    on the coastal road", "halted traffic into the city"): a restriction (PLOVER COERCE), not an
    easing; None for anything else, and for travel stopped by no one ("traffic was halted")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in STOPPING_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    objs += [c for o in objs for c in o.conjuncts]
    if not any(_lemma(o) in MOVEMENT_NOUNS for o in objs):
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children) and tok.dep_ != "conj":
        return None
    return lex.entry("ban", "V")


# verbs of a vowed response and the set phrases that make it a threat
RESPONSE_VERBS = {"respond", "retaliate", "react", "reply", "hit back", "strike back"}
THREAT_MANNER = {"appropriately", "accordingly", "firmly", "decisively", "harshly",
                 "forcefully", "strongly", "resolutely", "proportionately", "adequately"}
MANNER_NOUNS = {"manner", "kind", "way", "fashion"}
MANNER_ADJS = {"appropriate", "adequate", "proportionate", "decisive", "firm", "harsh",
               "resolute", "forceful", "strong", "tough", "fitting", "befitting"}
FUTURE_AUX = {"will", "would", "shall", "'ll"}
VOWING_HEADS = {"vow", "pledge", "promise", "threaten", "be", "prepare", "ready"}


def _manner(tok: Any) -> bool:
    """"in an appropriate manner", "in kind", "accordingly", "firmly"."""
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in THREAT_MANNER:
            return True
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and (g.lower_ == "kind" or _lemma(g) in MANNER_NOUNS and any(
                        a.dep_ == "amod" and a.lower_ in MANNER_ADJS for a in g.children)):
                    return True
    return False


def vowed_response(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """The lexicon's "threaten" entry for a response vowed in a set phrase ("Moscow would
    respond in an appropriate manner", "will retaliate in kind", "vowed to respond firmly");
    None for a response told as done ("police responded quickly") or one a warning already
    tells ("warned that it would respond in kind": the warning is the threat)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in RESPONSE_VERBS or not _manner(tok):
        return None
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children)
    vowed = tok.dep_ == "xcomp" and _lemma(tok.head) in VOWING_HEADS
    if not (future or vowed):
        return None
    told = lex.entry(_lemma(tok.head), "V")
    if tok.dep_ in ("ccomp", "xcomp") and told is not None and told.plover == "THREATEN":
        return None
    return lex.entry("threaten", "V")


# an area declared under special powers: "a security zone", "a closed military zone",
# "disturbed" (the state's word for an area where its forces may search without warrant)
POWERS_ZONE_WORDS = {"security", "military", "closed", "restricted", "exclusion", "no-go",
                     "buffer", "operational", "operations"}
POWERS_STATES = {"disturbed", "off-limits"}
# states that are special powers only over a zone noun ("declared the area closed", not
# "declared the case closed" nor "declared the border closed")
ZONE_ONLY_STATES = {"closed", "sealed"}
ZONE_NOUNS = {"zone", "area", "region", "district"}
DECLARED_ZONE = TriggerEntry("declare", "V", "COERCE", "martial-law", "1724", None, None, 0.7)


def _declared_places(tok: Any, c: Any, lex: Lexicon) -> list[Any]:
    """The places declared something: the subject or object of the declared clause ("declared
    the district a security zone") or the passive subject of "declare" ("the district was
    declared a security zone"); never the declarer ("Ethiopia declared ...")."""
    said = [g for g in c.children if g.dep_ in ("nsubj", "dobj")]
    said += [g for g in tok.children if g.dep_ in ("dobj", "nsubjpass")]
    return [g for g in said if g != c and (lex.in_class(_lemma(g), "place_word") or (
        g.ent_type_ in ("GPE", "LOC", "FAC")) or _lemma(g) in ZONE_NOUNS)]


def declared_zone(tok: Any, lex: Lexicon) -> TriggerEntry | None:
    """An authority declaring a place an area under special powers ("declared the district a
    security zone", "declared the area 'disturbed'", "declared the strip a closed military
    zone", "the district was declared a security zone"): emergency powers over it (PLOVER
    COERCE, like a state of emergency); not "a disaster zone" (relief) nor anything declared
    of no place ("declared the case closed")."""
    if tok.pos_ != "VERB" or _lemma(tok) != "declare":
        return None
    for c in tok.children:
        if c.dep_ not in ("ccomp", "oprd", "xcomp", "dobj"):
            continue  # (the parser makes "the district a security zone" a clause or object)
        said = _declared_places(tok, c, lex)
        if not said:
            continue
        if c.lower_ in POWERS_STATES or c.lower_ in ZONE_ONLY_STATES and any(
                _lemma(g) in ZONE_NOUNS for g in said) or _lemma(c) in ZONE_NOUNS and any(
                m.dep_ in ("amod", "compound") and m.lower_ in POWERS_ZONE_WORDS
                for m in c.children):
            return DECLARED_ZONE
    return None
