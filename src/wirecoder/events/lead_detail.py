"""A lead that places its event in a province, and a next sentence that names the town in
it: "Gunmen killed nine civilians in an attack on a village in X province late on Sunday,
the governor said. The attackers arrived in Y commune shortly before midnight, ...". The
lead names a locality it leaves unnamed ("a village"), the body's first sentence tells where
in the province it was; the event is placed at that town (when it is the one town the
sentence names and lies in that province).
"""

from __future__ import annotations

import re
from typing import Any

from ..language import DEFINITE_DETERMINERS
from ..geo.event_location import reference_point
from ..records import Place
from .event_places import FALLBACK_KEY, _akey, _elsewhere, dateline
from .nearby_places import lead_detail_town

AREA_PRECISIONS = ("admin1", "admin2")


def town_in_lead_province(analysis: Any, place: Place | None, sent: Any, focus: str | None,
                          trigger: Any, start: int) -> Place | None:
    """The town the sentence after the lead `sent` names inside the province `place` the
    lead gives its event (see the module's note), or, for a lead that gives its event no
    place at all, the one town of the story's country (`focus`) that sentence names ("shot
    down two drones overnight, the army said. The drones were brought down over the X area
    ..."), when that sentence takes up what the lead's event was done to or by with "the"
    (`_told_again`): noted as the event's fallback place, used after the discourse rules
    if none of them places it; `place` itself otherwise."""
    if not sent.text.rstrip().endswith((".", '"', "”", "'", "’")):
        return place  # a headline ("Youths turn back convoy in X as thousands flee"): no lead
    if place is None and focus and _told_again(trigger, sent):
        town = lead_detail_town(analysis, sent, focus, dateline, _elsewhere)
        if town is not None:  # used after the discourse rules, if none of them places it
            sent.doc.user_data.setdefault(FALLBACK_KEY, {})[start] = town
        return None
    if place is not None and place.admin1 and place.country and _bearing_point(analysis, place):
        # "a bomb tore through a convoy south of X, ... The device went off near the town of
        # Y": the lead says only which way from X; the next sentence names the town
        town = lead_detail_town(analysis, sent, place.country, dateline, _elsewhere)
        if town is not None and _akey(town.admin1) == _akey(place.admin1) \
                and town.name != place.name and not _district(analysis, town):
            return town
        return place
    if place is None or place.precision not in AREA_PRECISIONS or not place.admin1 \
            or not place.country or not _unnamed_locality(sent):
        return place
    town = lead_detail_town(analysis, sent, place.country, dateline, _elsewhere)
    if town is None or _akey(town.admin1) != _akey(place.admin1) or _district(analysis, town):
        return place
    if place.precision == "admin2" and place.admin2 and _akey(town.admin2) != _akey(place.admin2):
        return place
    return town


def _bearing_point(analysis: Any, place: Place) -> bool:
    """The event's place is a town named only as the point a bearing is taken from ("south
    of X", "40 km northwest of X"): the event lies somewhere off it."""
    if not place.evidence or place.precision != "city":
        return False
    ev = place.evidence[0]
    return any(t.span.start == ev.start and reference_point(t) for t in analysis.toponyms or [])


# a place the lead leaves unnamed ("an attack on a village in X province"), which the next
# sentence names
LOCALITY_NOUNS = frozenset(("village", "town", "hamlet", "locality", "settlement", "community",
                            "camp", "market"))


def _unnamed_locality(sent: Any) -> bool:
    return any(t.lemma_.lower() in LOCALITY_NOUNS and t.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) for t in sent)


# "in the X district": a district (coded, like the release that names it, at its province),
# not the town of its name
_DISTRICT_AFTER = re.compile(r"\s+(?:district|districts|county|province|governorate)\b", re.I)


def _district(analysis: Any, town: Place) -> bool:
    text = analysis.document.text
    return any(_DISTRICT_AFTER.match(text, ev.end) for ev in town.evidence)


def _told_again(trigger: Any, sent: Any) -> bool:
    """The sentence after `sent` takes up a noun of the lead's event at `trigger` (its
    object, subject or the event noun itself) with a definite determiner: "shot down two
    drones ... The drones were brought down over X"."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    nouns = {c.lemma_.lower() for c in trigger.children
             if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.pos_ == "NOUN"}
    if trigger.pos_ == "NOUN":
        nouns.add(trigger.lemma_.lower())
    nxt = doc[sent.end].sent
    return any(t.lemma_.lower() in nouns and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in t.children) for t in nxt)
