"""A thing or a site hit beside the people or body hit with it is no target of its own:
"gunmen attacked a police post, killing four police officers" targets the officers,
"attackers set fire to homes and killed 12 villagers" the villagers, "a bomb in a crowded
market killed nine civilians" the civilians. The dev gold sets code it so (round 26: of the
things hit beside their owner or their people, 12 folded into the people or body, most as an
alias of it, 3 coded as a target of their own), and GTT's scorer counts such a thing as a
false target; a thing hit with no one named beside it ("burned three schools", "blew up a
pipeline") stays the target. A named thing ("the tanker Sea Lark") and a body that sits in a
building ("parliament", "the ministry") are no mere things (`owned_things._a_thing`)."""

from __future__ import annotations

from typing import Any

from .argument_words import VENUE_WORDS
from .lexicon import lemma as _lemma
from .owned_things import NOT_OWNED, _a_thing, _named_thing, evidence_head, names_whom

# sites where people gather or live ("a crowded market", "a camp for displaced people")
SITES = VENUE_WORDS | NOT_OWNED


def _thing_or_site(p: Any, doc: Any) -> bool:
    """A target that names a building, vehicle or property, or a site where people gather
    ("a crowded market", "the church", "a camp"), by a common noun with no name of its own."""
    if p.kb_id:
        return False
    head = evidence_head(p, doc)
    if head is None or head.pos_ != "NOUN" or _named_thing(head):
        return False
    return _a_thing(p, head) or (head.ent_type_ != "ORG" and _lemma(head) in SITES)


def drop_things_beside_people(final: list[Any]) -> None:
    """Drops from each event the targets that are things or sites when the same event also
    targets people or a body (`names_whom`) that is no thing itself."""
    for d in final:
        if len(d.targets) < 2:
            continue
        doc = d.trigger.token.doc
        things = [p for p in d.targets if _thing_or_site(p, doc)]
        if things and any(names_whom(p, doc) for p in d.targets if p not in things):
            d.targets = [p for p in d.targets if p not in things]
