"""Why a toponym of an event's sentence is not the event's place (`not_the_place`), for
the events stage's fallbacks when `event_location` gave the event none. Moved out of
`event_location` (the same rules).
"""

from __future__ import annotations

from typing import Any

from ..language import span_root
from ..records import Toponym
from .place_parse import (LOCATIVE, MOTION, PLACE_OR_SITE, _actor, _clause_head,
                          between_parties, care_destination, said_there,
                          statement_addressee_seat, to_verb,
                          _country_modifier, _inherited, _people, _prep_of, neighbour,
                          noun_in, possessor_not_place)
from .speaker_seat import speaker_seat

# verbs whose "from X" is where something moving set out ("fled from X", "rockets launched
# from X"): X is not where the event happened
ORIGIN_VERBS = MOTION | frozenset("leave depart launch fire smuggle deport expel".split())


def _origin(tok: Any, trig: Any) -> bool:
    """The "from" phrase holding `tok` is the origin of a moving person or thing: it hangs
    on a noun ("refugees from X", "a patrol from X") or on a verb of motion ("marched from
    X"). On another verb ("abducted from X", "attacked the well from the X basin, in Y")
    it says where the event took its object: the place. A participle with a determiner
    names people ("the wounded from X", "the displaced from X"): a noun."""
    cur = tok
    for _ in range(8):
        if cur.i == trig.i or cur.head.i == cur.i:
            return True
        if cur.dep_ == "prep" and cur.lower_ == "from":
            head = cur.head
            if head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "det" for c in head.children):
                return head.lemma_.lower() in ORIGIN_VERBS
            return True
        cur = cur.head
    return True


def _destination(tok: Any, trig: Any) -> bool:
    """"to X" on another verb of motion under way ("the officers were driving to X when
    gunmen opened fire", "a bus heading to X"): where they were going, not where the event
    met them."""
    verb = to_verb(tok, trig)
    return verb is not None and verb.i != trig.i and verb.tag_ == "VBG" \
        and verb.lemma_.lower() in MOTION


# prepositions that name what an act is for or about, not where it happens
TOPIC_PREPS = frozenset(("for", "about", "regarding", "concerning"))


def not_the_place(doc: Any, t: Toponym, trig: Any,
                  toponyms: list[Toponym] | tuple[Toponym, ...] = (),
                  gazetteer: Any = None) -> str | None:
    """Why the parse says a toponym of the event's sentence is not the event's place, for a
    caller's fallback when `event_location` gave the event none (None: no reason against,
    the sentence's place may stand in). Not: an adjective, a people, the doer of a verb
    ("seized by Ruritania"), a word modifying a noun that is no place ("fighters loyal to
    X", "the X police"; the head of a longer name decides: "the X City Y Hotel" passes), the
    origin of a moving person or thing ("refugees from X", "marched from X"; not "abducted
    from X"), what the event is for or about ("a truce for X province signed in Y", "talks
    about X"), where a journey was going ("were driving to X when gunmen opened fire"), the
    country across "the border with X", a name inside another verb's clause that the
    event's clause does not hang under ("controlled territory in X but lost it under the
    strikes in 2019"). A name coordinated with a name stands where
    the first stands ("in X and Y provinces", "X and Y signed"); a place noun counts in the
    plural ("the Provinces of X and Y"). The possessor of a noun that is no place
    ("Colombia's ambassador") is not the place, by the rule `choose_toponym` applies
    (`possessor_not_place`, with `toponyms`, the sentence's toponyms where the caller has
    them, and `gazetteer`, default `default_gazetteer()`)."""
    tok = span_root(doc, t.span.start, t.span.end)
    if tok is None:
        return "no token"
    # (a name inside a facility's name, "the Kabul Intercontinental Hotel", still says where:
    # geo's organisation rule is not repeated here; "the Kabul police" is a noun modifier)
    # a name coordinated with a name ("Zabul and Kandahar provinces", "Turkey and Iran
    # signed") stands where its first conjunct stands, doer or place
    first = tok
    while first.dep_ == "conj" and first.head.pos_ == "PROPN" and first.head.i != first.i:
        first = first.head
    if (tok.pos_ == "ADJ" or _people(tok) or _actor(tok) or _country_modifier(tok, t)
            or (first.i != tok.i and _actor(first))):
        return "whose or who"
    if tok.dep_ == "poss":
        if gazetteer is None:
            from .gazetteer import default_gazetteer

            gazetteer = default_gazetteer()
        if possessor_not_place(tok, t, toponyms, gazetteer):
            return "possessor"
    prep = _prep_of(tok, trig)
    if prep == "from" and _origin(tok, trig):
        return "origin"
    if prep in TOPIC_PREPS:
        return "topic"
    if prep == "to" and _destination(tok, trig):
        return "destination"
    if care_destination(tok, trig):
        return "where the hurt were cared for"
    if said_there(tok, trig) or speaker_seat(tok, trig):
        return "where it was said"
    if statement_addressee_seat(tok, trig):
        return "where the addressee sits"
    if neighbour(t):
        return "neighbour"
    if between_parties(tok, t):
        return "parties"
    # the noun the name hangs on, below its clause: a place noun passes the name on
    cur = tok
    for _ in range(8):
        if cur.i == trig.i or cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            break
        head = cur.head
        if head.i == trig.i or head.pos_ in ("VERB", "AUX"):
            break
        inside_name = t.span.start <= head.idx < t.span.end or (
            cur.dep_ in ("compound", "flat") and head.pos_ == "PROPN")  # a longer name's head
        possessed_place = cur.i == tok.i and cur.dep_ == "poss"  # a place's: passed above
        coordinated = cur.dep_ == "conj" and head.pos_ == "PROPN"  # beside it, not on it
        if (not inside_name and not possessed_place and not coordinated
                and head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON")
                and not noun_in(head, PLACE_OR_SITE)
                and not (cur.dep_ == "prep" and cur.lower_ in LOCATIVE)):
            return "modifies a noun"
        cur = head
    clause, own = _clause_head(tok), _clause_head(trig)
    if clause.i != own.i and not _inherited(tok, trig):
        return "another verb's clause"
    return None
