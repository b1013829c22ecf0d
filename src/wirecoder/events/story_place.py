"""The scene a story has told so far: an act whose sentence names no place goes on where the
events told before it went on, while those are all in one province.

"... protesting in the port city of X on Monday. ... Protesters then set fire to two
offices of the state utility and looted several shops. Fifty-two people were arrested
overnight": the later acts keep the lead's town. Not once the story has moved to another
province (the places told before the act disagree), not for a statement (said where it is
made, `event_places.own_place_only`) unless the people of the scene make it
(`statement_places.local_voice`: "Residents blamed ..."), not for an act dated more than a
month before the events that placed the scene (background: "The defendants were arrested in
May 2024"), and not for a place another country's than the act's actors
(`_foreign_to_actors`). A statement's own place (`statement_places.seat_only`: "an official
in Accra condemned ...") sets no scene.
"""

from __future__ import annotations

from datetime import timedelta

from .draft import Draft
from .event_places import PHYSICAL_TYPES, _akey, _foreign_to_actors, own_place_only
from .statement_places import local_voice, seat_only

_FINE = ("city", "admin2", "point", "admin1")
_BACKGROUND_GAP = timedelta(days=31)


def scene_so_far(drafts: list[Draft]) -> None:
    """Events of a physical type still without a place take the place of the events told
    before them, when those are all in one province."""
    placed = sorted((d for d in drafts if d.location is not None and d.modality not in (
                        "historical", "negated", "hypothetical", "future")
                     and d.location.precision in _FINE and d.location.country
                     and not seat_only(d)),
                    key=lambda d: d.trigger.start)  # (what did not happen sets no scene)
    for d in drafts:
        if d.location is not None or d.modality in ("historical", "negated") or not (
                d.typed.plover in PHYSICAL_TYPES and not own_place_only(d) or local_voice(d)):
            continue
        before = [p for p in placed if p.trigger.start < d.trigger.start]
        if not before:
            continue
        keys = {(p.location.country, _akey(p.location.admin1)) for p in before if p.location}
        if len(keys) != 1 or not next(iter(keys))[1]:
            continue
        if _background(d, before):
            continue
        place = before[0].location
        if place is not None and not _foreign_to_actors(d, place):
            d.location = place


def _background(d: Draft, before: list[Draft]) -> bool:
    """The act ends more than a month before the scene's first dated event began."""
    t = d.time
    starts = [p.time.start for p in before if p.time is not None and p.time.start is not None]
    return bool(t is not None and t.end is not None and starts
                and t.end < min(starts) - _BACKGROUND_GAP)
