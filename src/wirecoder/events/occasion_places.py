"""An act told as coming after another event the text placed ("At a news conference after
the signing, the minister said ...", "signed the accord after two days of talks in X", "the
two leaders hugged following the ceremony"): with no place of its own, it happened where that
event did. The discourse step runs after the events of the document are merged, so the
occasion's noun is a trigger or a mention of the event it names.
"""

from __future__ import annotations

from typing import Any

from ..geo.place_parse import ATTRIBUTION_VERBS
from .draft import Draft

# prepositions that tie an act to the event just before it
AFTER_PREPS = frozenset(("after", "following"))


def _occasion_nouns(prep: Any) -> list[Any]:
    """The nouns an "after/following" phrase names: its object, and what the object is a
    measure of ("after two days of talks")."""
    out = []
    for obj in prep.children:
        if obj.dep_ not in ("pobj", "pcomp"):
            continue
        out.append(obj)
        out.extend(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")
    return out


def _after_phrases(tok: Any) -> list[Any]:
    """The "after/following" phrases of the act's clause: on the trigger or on a verb it is
    coordinated with ("said ... and urged"), directly or on an occasion noun of an "at"
    phrase ("at a news conference after the signing"), or on a verb of saying the parser
    hung under the act ("signed ..., after two days of talks ..., the governments said")."""
    nodes = [tok]
    while nodes[-1].dep_ == "conj" and nodes[-1].head.i != nodes[-1].i:
        nodes.append(nodes[-1].head)
    nodes += [c for c in tok.children if c.dep_ in ("advcl", "parataxis")
              and c.lemma_.lower() in ATTRIBUTION_VERBS]
    preps = []
    for node in nodes:
        for c in node.children:
            if c.dep_ != "prep":
                continue
            if c.lower_ in AFTER_PREPS:
                preps.append(c)
            elif c.lower_ == "at":
                preps.extend(g for o in c.children if o.dep_ == "pobj" for g in o.children
                             if g.dep_ == "prep" and g.lower_ in AFTER_PREPS)
    return preps


def occasion_places(drafts: list[Draft]) -> None:
    """Events with no place, told as coming after another event that has one, take its place
    (not a historical event's, nor from one the text tells in another country's capital as
    its government)."""
    placed: dict[int, Draft] = {}
    for o in drafts:
        if o.location is None or o.modality in ("historical", "negated"):
            continue
        for m in (o.trigger, *o.mentions):
            placed.setdefault(m.token.i, o)
    if not placed:
        return
    for d in drafts:
        if d.location is not None or d.modality == "historical":
            continue
        for prep in _after_phrases(d.trigger.token):
            o = next((o for n in _occasion_nouns(prep) if (o := placed.get(n.i) or _named_before(
                n, placed)) is not None and o is not d), None)
            if o is not None:
                d.location = o.location
                break


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-3] if word.endswith("ing") and len(word) > 5 else word


def _named_before(noun: Any, placed: dict[int, Draft]) -> Draft | None:
    """"after the signing": a definite noun of the verb of an event told before it (the
    nearest such), though the noun was no trigger of its own."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in noun.children):
        return None
    before = [o for i, o in sorted(placed.items(), key=lambda io: io[0]) if i < noun.i
              and _stem(o.trigger.token.lemma_) == _stem(noun.lemma_)]
    return before[-1] if before else None
