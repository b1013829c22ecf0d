"""Where an unnamed source of the report sits ("..., a security official in X said", "an
elected official in X, about 25 km away, told AFP", "a military source in X, the provincial
capital, said"): a wire story quotes a single person it does not name by where that person
is, often a provincial capital or the capital far from the scene, so the place is the
source's, not the event's (`speaker_seat`). The parse often hangs such a speaker on the
clause before it (an apposition, a conjunct), so the rule reads the words that follow the
speaker's phrase, not only its dependency.
"""

from __future__ import annotations

from typing import Any

from .place_parse import ATTRIBUTION_VERBS, PLACE_OR_SITE, noun_in

# the articles of one unnamed person ("a source", "an official"), not a body ("the police")
_ONE_UNNAMED = frozenset(("a", "an"))


def _saying(tok: Any) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ATTRIBUTION_VERBS


def _verb_after(noun: Any) -> Any | None:
    """The verb of saying right after the speaker's phrase (its subtree, a comma or an
    apposition set off by commas aside): "a source in X, the provincial capital, said". Not
    an inverted one whose own subject follows it ("killed a policeman in X, said Ali Khan":
    the speaker is Ali Khan, the noun is the victim)."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    while i < len(doc) and doc[i].is_punct and doc[i].text in (",", "—", "-"):
        i += 1
    if i >= len(doc) or not _saying(doc[i]):
        return None
    verb = doc[i]
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in verb.children):
        return None
    return verb


def _of_the_trigger(noun: Any, trig: Any) -> bool:
    """The noun is an argument of the trigger (its object or passive subject, or a conjunct
    or "of" phrase of one): "killed a shepherd in X", not a speaker. Not an apposition the
    parse hangs on the object ("killing three of them, a military source in X, said"), nor
    a phrase set off by a comma that the parse took for an object ("clashed with them near
    the village, killing eight, a military source in X said")."""
    if noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ",":
        return False
    t = noun
    while t.head.i != trig.i:
        if t.dep_ not in ("conj", "pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
    return t.dep_ in ("dobj", "nsubjpass")


def speaker_seat(tok: Any, trig: Any) -> bool:
    """The place at `tok` is the seat of the one unnamed person the report quotes for the
    event at `trig` ("A security official in Abidjan said", "an elected official in Douentza
    told AFP"): the object of "in / at / from" on a singular common noun with "a / an" that
    is no place noun, the subject of a verb of saying (by the parse, or as the verb right
    after its phrase) other than the trigger. Not a body ("police in X said": the police of
    the scene) nor a named person."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "from"):
        return False
    noun = tok.head.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun_in(noun, PLACE_OR_SITE) \
            or not any(c.dep_ == "det" and c.lower_ in _ONE_UNNAMED for c in noun.children):
        return False
    if noun.dep_ == "nsubj" and _saying(noun.head):
        verb = noun.head
    elif _of_the_trigger(noun, trig):
        return False
    else:
        verb = _verb_after(noun)
    return verb is not None and verb.i != trig.i
