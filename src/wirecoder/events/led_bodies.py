"""Leaders who act for the bodies they lead: "leaders of the Tole and Malipin clans agreed to
extend the truce", "the leaders of the two parties signed an accord". What they do, they do in
their bodies' name, and the bodies are the actors (the leaders a mention of them)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Participant
from .lexicon import lemma as _lemma
from .syntax import of_objects

# heads of a body, plural, who sign, agree and meet for it
BODY_HEAD_NOUNS = {"leader", "chief", "elder", "head", "representative", "delegate"}


def _named_parts(g: Any) -> list[Any]:
    """The bodies one "of" object names: itself, or the names coordinated before a plural
    group noun ("the Tole and Malipin clans": Tole, Malipin); none for a plural that names
    no body ("the two countries")."""
    mods = [c for c in g.children if c.dep_ in ("nmod", "compound", "amod") and c.i < g.i
            and c.pos_ == "PROPN"]
    if g.tag_ == "NNS" and g.pos_ == "NOUN":
        if not mods:
            return []  # "the leaders of the two countries": which, the text says elsewhere
        first = mods[0]
        return [first, *(c for c in first.conjuncts if c.pos_ == "PROPN")]
    return [g, *(c for c in g.conjuncts if c.pos_ == "PROPN" or c.tag_ == "NN")]


def led_bodies(t: Any, person: Participant | None, mapper: Any) -> list[Participant]:
    """The bodies plural leaders (`t`, an actor's head, the participant `person`) act for,
    each with the leaders' phrase among its mentions; [] when they are not told ("leaders
    said", "community leaders": the leaders stay)."""
    if person is None or person.kb_id or t.tag_ != "NNS" or _lemma(t) not in BODY_HEAD_NOUNS:
        return []
    out: list[Participant] = []
    for g in of_objects(t):
        for part in _named_parts(g):
            p = mapper.participant(part)
            if p is None or p.name.lower() == person.name.lower():
                continue
            if p.name not in {q.name for q in out}:
                out.append(replace(p, mentions=tuple(dict.fromkeys(
                    (*p.mentions, *person.mentions)))))
    return out
