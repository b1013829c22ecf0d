"""Whom a threat is aimed at when the speaker threatens an act of its own ("Fiji warned that
its government would cut ties with Tonga"): the subject of the threatened clause is the
speaker's side, and the party the act is done to is the target."""
from __future__ import annotations

from typing import Any

from .syntax import pobj_of

# the speaker or its side, as the subject of what it threatens to do
OWN_PRONOUNS = {"it", "they", "we", "he", "she", "i"}
OWN_POSSESSIVES = {"its", "their", "our", "his", "her", "my"}
# prepositions that name whom a threatened act is done to ("cut ties with", "retaliate
# against", "impose tariffs on")
AIMED_PREPS = ("with", "against", "on", "upon", "to")


def own_side(subj: Any) -> bool:
    """Whether the subject of a threatened clause is the speaker or the speaker's own body:
    "it would", "they will", "his government would", "our forces will"."""
    if subj.lower_ in OWN_PRONOUNS:
        return True
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subj.children)


def threatened_party(clause: Any) -> list[Any]:
    """The parties the threatened act of `clause` is done to: its direct object when that
    names a party, and the objects of "with", "against", "on" hung on the verb or its object
    ("cut diplomatic ties with Tonga", "retaliate against Ottawa", "impose tariffs on Seoul")."""
    out: list[Any] = []
    verbs = [clause]
    while verbs[-1] is not None and len(verbs) < 4:
        # "it would keep targeting Kiev", "they will continue to strike Goma": the act
        nxt = [c for c in verbs[-1].children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        verbs.append(nxt[0] if nxt else None)
    for verb in (v for v in verbs if v is not None):
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        out.extend(o for o in objs if o.pos_ == "PROPN" and o.ent_type_ in (
            "GPE", "NORP", "ORG", "PERSON") and o not in out)
        for h in (verb, *objs):
            out.extend(g for g in pobj_of(h, AIMED_PREPS) if g not in out)
    return out
