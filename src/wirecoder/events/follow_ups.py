"""What is done after an event and told as its aftermath, no event of its own: the hurt or
the residents moved out by no one named ("the wounded were evacuated to Diffa", "4,000
villagers were evacuated from border villages": no one gave aid; the people fled or were
cared for), and an inquiry said to be under way ("police said they were investigating the
claim": no charge laid, no one accused). `trigger_drops.drop_non_events` drops them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .lexicon import lemma as _lemma

if TYPE_CHECKING:
    from .detect import Trigger

# how people are carried, which a "by" phrase may name in place of who carried them
# ("evacuated by helicopter", "by road")
CARRIERS = {"helicopter", "helicopters", "air", "road", "sea", "boat", "boats", "ambulance",
            "ambulances", "plane", "planes", "aircraft", "bus", "buses", "truck", "trucks"}
# whom an inquiry under way is into, when it is one ("investigating the journalist"): a
# person or a body named as its object may be an accusation; an incident or a claim is not
PERSON_ENTS = {"PERSON", "ORG", "NORP"}


def drop_follow_ups(found: list[Trigger]) -> list[Trigger]:
    """The triggers of `found` that are no aftermath told in passing."""
    return [t for t in found if not (moved_by_no_one(t.token) or inquiry_under_way(t.token))]


def moved_by_no_one(tok: Any) -> bool:
    """"The injured were evacuated to Kotido", "seven others were wounded and evacuated to
    Diffa", "were evacuated by helicopter": a passive evacuation with no one named as the doer
    tells where the hurt or the displaced went, not an aid event (`displaced_counts` keeps
    their count); "troops evacuated 200 residents", "were evacuated by the Red Cross" name
    who did it, and stay."""
    if tok.pos_ != "VERB" or _lemma(tok) != "evacuate" or tok.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "dobj") for c in tok.children):
        return False  # an active clause: someone evacuated someone
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.dep_ == "conj" and any(c.dep_ in ("auxpass", "nsubjpass")
                                   for c in tok.head.children)) or tok.dep_ == "acl"
    if not passive:
        return False
    return not any(g.dep_ == "pobj" and g.lower_ not in CARRIERS
                   for c in tok.children if c.dep_ == "agent" for g in c.children)


def inquiry_under_way(tok: Any) -> bool:
    """"Police said they were investigating the claim", "are investigating the incident",
    "said they were investigating": an inquiry going on (the progressive), into an incident
    or nothing named, is a reaction told after the event, no accusation; "opened an
    investigation", "are investigating the mayor for fraud" stay."""
    if tok.pos_ != "VERB" or _lemma(tok) != "investigate" or tok.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and _lemma(c) == "be" for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return not any(o.ent_type_ in PERSON_ENTS or o.pos_ == "PROPN" or any(
        c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) for o in objs)
