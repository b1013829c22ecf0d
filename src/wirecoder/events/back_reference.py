"""Mentions that refer back to an event told before: "in / during the/this N" phrases
("killed in the raid", "detained during the operation"), mentions whose patient is a
pronoun ("he was captured"), whether the event such a phrase names can be a given earlier
event, a "the" that an "of" phrase explains ("the operations of ISIS"), which refers to
nothing before, a sentence that opens a new scene ("Elsewhere, ...", "In the east, ..."),
and people counted before named again by "the" and their number ("the two had been killed").
"""

from __future__ import annotations

from typing import Any, Iterator

from ..language import DEFINITE_DETERMINERS
from .draft import Draft, _place_ok, _sent_distance, time_ok
from .lexicon import load_lexicon, strip_plural
from .lexicon import lemma as _lemma
from .merge_words import EVENT_NOUNS, MIXED_OPERATION_NOUNS, OPERATION_TYPES, PERSON_PRONOUNS
from .numbers import parse_number


def during_the(tok: Any) -> bool:
    """`tok` has a "during the/this/that N" phrase: it happened within an event named
    before."""
    return any(True for _ in _told_nouns(tok, ("during",)))


def _told_nouns(tok: Any, preps: tuple[str, ...]) -> Iterator[Any]:
    """The nouns of `tok`'s "<prep> the/this/that N" phrases, in text order ("during the
    raid", "in the battle")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj" and any(x.dep_ == "det" and x.lower_ in ("the", "this", "that")
                                            for x in g.children):
                    yield g


def during_the_or_conjunct(tok: Any) -> bool:
    """"... confiscated weapons and detained two suspects during the operation": a "during
    the/this N" phrase on `tok` or on a word coordinated with it."""
    return any(during_the(h) for h in (tok, *tok.conjuncts))


def _refers_back(d: Draft) -> bool:
    """"Two men were injured in the battle", "He was captured during the search": the
    mention names, with a definite article, an event the text reported before, or its
    patient is a pronoun."""
    if _referred_noun(d) is not None:
        return True
    tok = d.trigger.token
    patients = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    return bool(patients) and all(p.lower_ in PERSON_PRONOUNS for p in patients)


def _referred_noun(d: Draft) -> str | None:
    """The event noun of an "in / during the N" phrase on the trigger ("raid")."""
    return next((_lemma(g) for g in _told_nouns(d.trigger.token, ("in", "during"))
                 if _lemma(g) in EVENT_NOUNS), None)


def _back_reference(e: Draft, d: Draft) -> bool:
    """A mention that refers back (`_refers_back`) joins the nearest earlier event of its
    PLOVER type a few sentences before, when nothing contradicts it and the event it refers
    back to can be `e` (`_told_elsewhere`)."""
    return (e.typed.plover == d.typed.plover and e.typed.plover in OPERATION_TYPES
            and not d.new_event and e.modality == d.modality == "asserted"
            and _sent_distance(e, d) <= 3 and _refers_back(d) and not _told_elsewhere(e, d)
            and time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place()))


def operation_named_again(e: Draft, d: Draft) -> bool:
    """"... were rounded up in raids across the city. The raids targeted smuggling networks":
    a raid or sweep named again with "the" or "these", within two sentences of the event whose
    words name it, is that operation, whatever type its new verb suggests."""
    tok = d.trigger.token
    noun = _lemma(tok)
    return (tok.pos_ == "NOUN" and noun in MIXED_OPERATION_NOUNS and d.anaphoric
            and not d.new_event and e.modality == d.modality == "asserted"
            and _sent_distance(e, d) <= 2
            and any(_lemma(t) == noun for m in (e.trigger, *e.mentions)
                    for t in m.token.subtree)  # ("rounded up in raids": the act's own words)
            and (not (d.actors or d.targets) or bool(e.participants() & d.participants()))
            and time_ok(e.time, d.time) and _place_ok(e.local_place(), d.local_place()))


def _told_elsewhere(e: Draft, d: Draft) -> bool:
    """"Police arrested three traders. A fourth man was captured during the ambush": the
    event `d` says it happened in ("the ambush") is of another type than `e` (an arrest) and
    none of `e`'s mentions names it, so `e` is not the event `d` refers back to. Generic and
    operation nouns ("the operation", "the search", "the raid") fit any."""
    noun = _referred_noun(d)
    if noun is None or noun in MIXED_OPERATION_NOUNS:
        return False
    entry = load_lexicon().entry(noun, "N")
    if entry is None or entry.generic or entry.plover == e.typed.plover:
        return False
    return not any(_lemma(m.token) == noun for m in (e.trigger, *e.mentions))


def _within_told_event(d: Draft) -> bool:
    """The trigger has an "in / during the/this/that N" phrase: it happened within an event
    the text told before ("in the town" is a place: the noun must be an event noun)."""
    lex = load_lexicon()
    return any(g.pos_ == "NOUN" and lex.entry(_lemma(g), "N") is not None
               for g in _told_nouns(d.trigger.token, ("in", "during")))


def _defined_by_of(d: Draft) -> bool:
    """"the operations of ISIS": "the" because of the "of" phrase, not a reference back."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in d.trigger.token.children)


# compass words of a frame that moves the story to another part of a country
SCENE_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                    "southwest", "northern", "southern", "eastern", "western", "central",
                    "northeastern", "northwestern", "southeastern", "southwestern",
                    "north-east", "north-west", "south-east", "south-west", "north-eastern",
                    "north-western", "south-eastern", "south-western"}


# words of a fronted "in" frame that pass the story to another incident ("In a separate
# raid, ...", "In another development, ..."; not "In a statement, ...")
SCENE_OTHER = {"separate", "unrelated", "another"}


def opens_new_scene(tok: Any) -> bool:
    """"In the east, Russian troops captured a village", "Elsewhere, gunmen killed two
    farmers", "Separately, police arrested ...": a sentence that opens with a frame moving
    the story to another part of the country or to another incident (a fronted "in the east /
    in northern Mali / in a separate incident" set off by a comma, or "elsewhere",
    "separately") tells a new event, not more of the one told before it (a scene-setting
    frame, which news reports use to pass from one incident to the next). A mention inside
    the frame itself is not in the new scene."""
    words = [t for t in tok.sent if not (t.is_space or t.is_punct)]
    if not words:
        return False
    first = words[0]
    if first.lower_ in ("elsewhere", "separately"):
        return tok.i != first.i
    if first.lower_ != "in" or first.dep_ != "prep":
        return False
    frame = sorted(first.subtree, key=lambda t: t.i)
    after = frame[-1].i + 1
    return (any(t.lower_ in SCENE_DIRECTIONS or t.lower_ in SCENE_OTHER for t in frame)
            and after < len(tok.doc) and tok.doc[after].text == ","
            and not frame[0].i <= tok.i <= frame[-1].i)


def names_the_target(e: Draft, d: Draft) -> bool:
    """"Drones struck an oil refinery ... Debris fell on the Afipsky refinery, injuring two
    workers": a later mention with no agent of its own, whose sentence names the earlier
    event's target (a thing or place, not people) again with a definite or named noun of the
    same head, is about that event."""
    if d.actors:
        return False
    lex = load_lexicon()
    heads = {strip_plural(p.name.lower().split()[-1]) for p in e.targets if p.name}
    heads = {h for h in heads if not any(lex.in_class(h, c) for c in ("person", "armed"))}
    return any(
        t.pos_ == "NOUN" and strip_plural(t.lower_) in heads and any(
            (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ in ("compound", "poss")
            for c in t.children)
        for t in d.sent)


def same_weapon_again(e: Draft, d: Draft) -> bool:
    """"A landmine blast killed four soldiers ... The landmine hit a truck carrying soldiers
    near X": an attack whose subject is the weapon the earlier attack used, named again with
    "the", is that attack told again (wherever its own sentence places it)."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT"
            and e.modality == d.modality == "asserted") or not 0 < _sent_distance(e, d) <= 3:
        return False
    used = {strip_plural(w.lower()) for p in e.weapons for w in (p.name or "").split()}
    return any(c.dep_ == "nsubj" and strip_plural(c.lower_) in used and any(
        x.dep_ == "det" and x.lower_ in DEFINITE_DETERMINERS for x in c.children)
        for c in d.trigger.token.children)


def the_counted_again(e: Draft, d: Draft) -> bool:
    """"Two protesters were shot dead by police ... The government said the two had been
    killed by unknown gunmen": a harm done to people named by "the" and a number the earlier
    event counted ("the two", "the three men", "those five") is that event's harm told again,
    whoever the later speaker says did it."""
    if not (e.typed.plover == d.typed.plover == "ASSAULT"
            and e.modality == d.modality == "asserted") or not 0 < _sent_distance(e, d) <= 3:
        return False
    values = {q.value for q in e.quantities if q.kind in ("killed", "injured", "captured")}
    if not values:
        return False
    lex = load_lexicon()
    for c in d.trigger.token.children:
        if c.dep_ not in ("nsubjpass", "dobj"):
            continue
        num = c if c.like_num or c.pos_ == "NUM" else next(
            (g for g in c.children if g.dep_ == "nummod"), None)
        if num is None or not any(g.dep_ == "det" and g.lower_ in ("the", "those", "these")
                                  for g in c.children):
            continue
        if parse_number([num], lex) in values:
            return True
    return False

