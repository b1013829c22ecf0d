"""A lead that places an act only by a bearing from a town ("a landmine blast killed four
soldiers on a road south of the town"), and a later sentence that tells the same act again
with a town of its own ("The landmine hit a truck near X, about 100 km to the south"): the
lead's town is only the point the bearing is taken from, the later sentence's town is where
the act was. The events stage notes each mention's own place while drafting
(`note_own_place`); once the mentions of one event are merged, `bearing_gives_way` moves the
event to the town its restating mention names.
"""

from __future__ import annotations

import re
from typing import Any

from ..records import Place
from .draft import Draft

OWN_KEY = "wirecoder.events.own_places"

_BEARING = (r"(?:north|south|east|west)(?:-?(?:east|west))?")
# "south of the town", "30 km north-west of the city", "west of X"
_BEARING_OF = re.compile(r"\b" + _BEARING + r"\s+of\s+(?:the\s+(?:town|city|village|capital)\b)?",
                         re.IGNORECASE)
FINE = ("city", "point")


def note_own_place(sent: Any, start: int, place: Place | None) -> None:
    """Note the place the mention at `start` has from its own sentence."""
    sent.doc.user_data.setdefault(OWN_KEY, {})[start] = place


def _by_bearing(d: Draft) -> bool:
    """The event's place is a town its own sentence takes a bearing from ("south of the
    town", "south of X" with X the place's words)."""
    loc = d.location
    if loc is None or loc.precision not in FINE or not loc.evidence:
        return False
    sent = d.trigger.token.sent
    text = sent.doc.text
    own = _own_clause(d.trigger.token)
    for m in _BEARING_OF.finditer(text, sent.start_char, sent.end_char):
        if not any(t.idx <= m.start() < t.idx + len(t) for t in own):
            continue  # another clause's bearing ("shot X in A, and a blast south of the town")
        if m.group(0).lower().rstrip().endswith(("town", "city", "village", "capital")):
            return True
        if any(ev.start == m.end() for ev in loc.evidence):
            return True
    return False


def _own_clause(tok: Any) -> list[Any]:
    """The words of the trigger's clause (the verb's, for a noun trigger), without the
    clauses coordinated with it."""
    head = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    skip = {t.i for c in head.children if c.dep_ == "conj" for t in c.subtree}
    return [t for t in head.subtree if t.i not in skip]


def bearing_gives_way(drafts: list[Draft]) -> None:
    """Events placed by a bearing from a town take the town one of their later mentions
    names in its own sentence (in the same country, not itself a bearing's point)."""
    for d in drafts:
        if d.modality == "historical" or not _by_bearing(d):
            continue
        own = d.trigger.token.doc.user_data.get(OWN_KEY) or {}
        sent = d.trigger.token.sent
        assert d.location is not None
        for m in d.mentions:
            place = own.get(m.start)
            if place is None or place.precision not in FINE or not place.evidence \
                    or m.token.sent.start == sent.start or place.country != d.location.country \
                    or place.geonameid == d.location.geonameid:
                continue
            text = sent.doc.text
            if any(_BEARING_OF.search(text, max(0, ev.start - 30), ev.start) for ev in
                   place.evidence):
                continue  # the later mention's town is a bearing's point too
            d.location = place
            break
