"""The place the parse ties to an event's own words: a toponym in an "in/at X" phrase on the
trigger, on the verb whose object or subject the trigger noun is, or on the participle that
tells the occasion of a statement ("Speaking to reporters in X, ... said"). Moved out of
`event_places` (the same rule, plus the speaking participle).
"""

from __future__ import annotations

from typing import Any

from ..geo.place_parse import statement_addressee_seat
from ..geo.speaker_seat import speaker_seat
from ..language import span_root
from ..records import Place


# participles of a speech's occasion ("speaking to reporters in X", "addressing a rally in X")
SPEAKING_VERBS = frozenset(("speak", "talk", "address", "brief"))


def attached_place(analysis: Any, tok: Any) -> Place | None:
    """A toponym in an "in/at X" phrase on the trigger (or on the verb whose object or
    subject the trigger noun is): the place the parse gives the event."""
    heads = {tok.i}
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "nsubj"):
        heads.add(tok.head.i)
    if tok.pos_ in ("VERB", "AUX"):  # "signed a deal in Doha": the object carries the place
        heads.update(c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
        # "Speaking to reporters in X, the minister said ...": the words were said in X (the
        # parse hangs "in X" on the participle or on whom it speaks to)
        for c in tok.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKING_VERBS:
                heads.add(c.i)
                heads.update(g.i for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                             for g in p.children if g.dep_ == "pobj")
                heads.update(g.i for g in c.children if g.dep_ == "dobj")
    sent = tok.sent
    for t in analysis.toponyms or []:
        if t.place is None or not (sent.start_char <= t.span.start < sent.end_char):
            continue
        node = span_root(tok.doc, t.span.start, t.span.end)
        if node is None:
            continue
        # "fired missiles at a British warship": a demonym on what was aimed at says whose
        preps = ("in",) if node.pos_ == "ADJ" else ("in", "at")
        for _ in range(3):
            if node.dep_ in ("compound", "flat", "amod", "nmod") and node.head != node:
                node = node.head
                continue
            break
        if node.dep_ == "pobj" and node.head.lower_ in preps and node.head.head.i in heads \
                and not statement_addressee_seat(node, tok) \
                and not speaker_seat(node, tok):  # "accused the rulers in X", "a source in X"
            return t.place
    return None
