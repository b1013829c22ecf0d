"""Whose act a result participle (", killing six people") tells the outcome of, where the
parser hangs it on the sentence's main verb though a violent clause of its own comes right
before it: "The governor urged residents to stay indoors after gunmen attacked a bus station,
killing six people": the gunmen killed them, not the governor. And "a patrol came under fire
from militants, wounding two soldiers": the militants wounded them (`under_fire`)."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .lexicon import load_lexicon
from .under_fire import fire_doers

VIOLENT_TYPES = ("ASSAULT", "COERCE")


def _violent(verb: Any) -> bool:
    e = load_lexicon().entry(_lemma(verb), "V")
    return e is not None and e.plover in VIOLENT_TYPES


def participle_doers(verb: Any) -> tuple[list[Any], Any] | None:
    """For a result participle `verb` (advcl, VBG, after its head): ([doers], None) with the
    heads of the side a "came under fire from" names, or ([], clause verb) for a violent
    clause that ends right before it, whose subject did it; None when neither."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i >= verb.i:
        return None
    doers = fire_doers(head)
    if doers:
        return doers, None
    doc = verb.doc
    comma = verb.left_edge.i - 1
    if comma <= head.i or doc[comma].text != "," or _violent(head):
        return None
    for v in reversed(doc[head.i + 1:comma]):
        if v.pos_ == "VERB" and v.tag_ in ("VBD", "VBZ", "VBP") and (
                v.right_edge.i == comma - 1) and head in v.ancestors and _violent(v) and any(
                c.dep_ == "nsubj" for c in v.children):
            return [], v
    return None
