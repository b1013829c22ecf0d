"""What the parties to an agreement are to do under it ("Under the agreement, both regions
will withdraw their forces and allow displaced residents to return"; "both sides are to pull
back heavy weapons and allow observers to monitor the line"): the terms of the agreement,
told with it, not acts of their own; the agreement is the event. `trigger_drops` drops them.
An act done under an older agreement and told as done ("handed the city back under an
earlier agreement in April 2025") stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .clause_triggers import FUTURE_AUX
from .lexicon import lemma as _lemma
from .lexicon import load_lexicon

if TYPE_CHECKING:
    from .detect import Trigger

# auxiliaries of what is yet to be done: the future's, and what must be
PROSPECTIVE = FUTURE_AUX | {"must"}


def drop_agreement_terms(found: list[Trigger]) -> list[Trigger]:
    """The triggers of `found` that are no term of an agreement told beside them."""
    return [t for t in found if not term_of_agreement(t.token)]


def _terms_phrase(p: Any, words: set[str]) -> bool:
    """"under the agreement / its terms"; "according to (a copy of) the text / the deal":
    the agreement's own words as what sets the act."""
    if p.dep_ != "prep":
        return False
    if p.lower_ == "under":
        return any(g.dep_ == "pobj" and _lemma(g) in words for g in p.children)
    return p.lower_ == "according" and any(
        _lemma(g) in words or g.lower_ == "text" for g in p.subtree if g.pos_ == "NOUN")


def term_of_agreement(tok: Any) -> bool:
    """A verb that is, or hangs in the clauses of, a verb with "under the agreement / its
    terms" and what is yet to be done ("will withdraw", "are to pull back")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    words = load_lexicon().classes["agreement"] | {"term", "terms"}
    chain, node = [tok], tok
    while node.dep_ in ("conj", "xcomp", "advcl", "ccomp") and node.head != node:
        node = node.head
        chain.append(node)
    under = next((v for v in chain if any(_terms_phrase(p, words) for p in v.children)), None)
    if under is None or under.tag_ in ("VBD", "VBN"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in PROSPECTIVE for v in chain for c in v.children) \
        or any(_lemma(v) == "be" and any(c.dep_ == "xcomp" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children)
            for v in chain)
