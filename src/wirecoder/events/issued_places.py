"""Where a statement was issued, told beside it: "the governor, in a statement from X,
condemned ...", "condemned the attack in a statement issued in X", "in a video message from
X, the leader accused ...". The text that carries the words (`claimant_names.ISSUED_TEXTS`,
and a video, a speech, an address) says by "from X" or "issued / released / read / posted in
X" where they were said: that is the statement's place, before the dateline.
"""

from __future__ import annotations

from typing import Any

from ..geo.place_parse import PLACE_NOUNS
from ..language import span_root
from ..records import Place
from .claimant_names import CARRYING_VERBS, ISSUED_TEXTS
from .foreign_times import OCCASION_NOUNS
from .lexicon import lemma as _lemma

# what carries a speaker's own words, said or sent from a place ("a statement / video message
# from X"); not a report, an account or a bulletin, which "from X" tells about X
_SENT_TEXTS = OCCASION_NOUNS | {"recording"}
# verbs that put a text out from a place ("a statement issued in X")
_ISSUING = CARRYING_VERBS | {"release", "read", "send"}


def issued_from(analysis: Any, trigger_token: Any) -> Place | None:
    """The place named as where the text carrying the statement at `trigger_token` came from
    ("in a statement from X", "a statement issued in X"), the text hanging on the trigger, on
    its subject, its object or on a verb the trigger is coordinated with. None if none."""
    clause = [trigger_token]
    while clause[-1].dep_ == "conj" and clause[-1].head.i != clause[-1].i:
        clause.append(clause[-1].head)
    heads = {t.i for t in clause} | {c.i for t in clause for c in t.children
                                     if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    for t in analysis.toponyms or []:
        if t.place is None:
            continue
        node = span_root(trigger_token.doc, t.span.start, t.span.end)
        if node is not None and _issued_place(node, heads):
            return t.place
    return None


def _issued_place(node: Any, heads: set[int]) -> bool:
    """`node` (a place name) is the object of "from" on a carrying text, or of "in/at/from"
    on a verb issuing that text ("the port city of X" and "the capital, X" as X), and the text
    hangs by "in" on one of `heads`."""
    if node.dep_ == "appos" or (node.dep_ == "pobj" and node.head.lower_ == "of"
                                and node.head.head.lower_ in PLACE_NOUNS):
        node = node.head if node.dep_ == "appos" else node.head.head  # "the city of X"
    if node.dep_ != "pobj":
        return False
    prep = node.head
    text = prep.head
    if prep.lower_ in ("in", "at", "from") and text.dep_ == "acl" and _lemma(text) in _ISSUING:
        text = text.head
        if _lemma(text) not in ISSUED_TEXTS and _lemma(text) not in _SENT_TEXTS:
            return False
    elif prep.lower_ != "from" or _lemma(text) not in _SENT_TEXTS:
        return False
    holder = text.head
    return text.dep_ == "pobj" and holder.lower_ == "in" and holder.head.i in heads
