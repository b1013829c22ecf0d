"""Whether an event may take a place another sentence names: not talks held by telephone
(`remote_contact`), not a province of another country than its actors' (`_foreign_to_actors`),
not over a named site of its own (`_site_stays`), not a far dateline for a speaker of no
known country (`stateless_far_away`). Moved out of `event_places` (the second and third, the
same rules) when the first was added."""

from __future__ import annotations

from typing import Any

from ..records import Place
from .draft import Draft

# "spoke by telephone with", "phoned", "held a video call": talks with no place of their own
_REMOTE_WORDS = frozenset(("telephone", "phone", "video", "videoconference", "videolink"))


def remote_contact(tok: Any) -> bool:
    """Talks held at a distance ("spoke by telephone with his counterpart", "phoned", "in a
    video call"): the parties were each in their own place, so the places of other
    sentences are not the talks' place."""
    if tok.lemma_.lower() in ("phone", "telephone"):
        return True
    words = [c for c in tok.children if c.dep_ in ("prep", "dobj", "compound")]
    for w in words:
        below = [w, *(g for g in w.children if g.dep_ in ("pobj", "compound", "amod")),
                 *(gg for g in w.children for gg in g.children if gg.dep_ == "compound")]
        if any(b.lower_ in _REMOTE_WORDS for b in below):
            return True
    return False


def _site_stays(d: Draft, place: Place) -> bool:
    """A named site the gazetteer lacks ("fired water cannon near Bajo de Masinloc") is not
    given up for a place the text names only after the event ("summoned the envoy in
    Manila"); a town the story was in before ("Shootings in Belfast ... in the Markets area")
    holds it."""
    loc = d.location
    return (loc is not None and loc.country is None and loc.precision == "unknown"
            and loc.geonameid is None and bool(place.evidence)
            and place.evidence[0].start > d.trigger.start)


def _foreign_to_actors(d: Draft, place: Place) -> bool:
    """A province taken from another sentence, in another country than the one every actor
    of the event belongs to ("Syria had carried out operations nationwide" after a meeting in
    Washington): no evidence that the event was there."""
    from ..actors.link import iso3_of

    own = {p.country for p in d.actors}
    if not d.actors or None in own or len(own) != 1 or not place.country:
        return False
    return iso3_of(place.country) not in own


def stateless_far_away(d: Draft, place: Place, placed: list[Draft]) -> bool:
    """A speaker of no known country ("a witness", "a resident") where the story's acts are
    placed in other countries than `place`, and none in its own ("NAIROBI - Gunmen killed 12
    villagers in Congo's Ituri province ... A witness accused the army"): a local quoted in
    a report filed from a capital abroad spoke where the acts were, not from the dateline."""
    if any(p.country for p in d.actors):
        return False
    scene = {e.location.country for e in placed if e.location is not None
             and e.location.country and e.location.precision != "country"}
    return bool(scene) and place.country not in scene
