"""Where a participant is based is not where the event was: "blamed the attack on X, a rebel
group based in Y province", "fighters of a militia headquartered in Y", "an exiled movement
that is based in Y". A place in a clause that describes a person or group noun by where it
is based, stationed or registered says where that noun is at home; the event is placed by
its own words (or, failing them, by the story's other places)."""

from __future__ import annotations

from typing import Any

from .place_parse import PLACE_OR_SITE

# verbs (lemmas) of where a group or a person is at home
HOME_VERBS = frozenset("""base headquarter station garrison register exile domicile
""".split())
_NOUN_CLAUSES = ("acl", "relcl")


def home_base(tok: Any, trig: Any) -> bool:
    """The toponym's token `tok` hangs, below the trigger `trig`, in a clause on a noun
    that is no place or site ("a group based in X"), whose verb says where it is based."""
    cur = tok
    for _ in range(12):
        if cur.i == trig.i or cur.head.i == cur.i:
            return False
        if cur.dep_ in _NOUN_CLAUSES and cur.lemma_.lower() in HOME_VERBS:
            noun = cur.head
            return noun.i != trig.i and noun.pos_ in ("NOUN", "PROPN") \
                and noun.lemma_.lower() not in PLACE_OR_SITE
        cur = cur.head
    return False
