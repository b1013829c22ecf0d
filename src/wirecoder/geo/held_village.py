"""An event placed at a village the gazetteer does not know, which the text sets in a
district or town it does know ("at X village in Y district", "the village of X in Y
territory", "X, a small village in Y district", "the X neighbourhood of Y"): the place coded
is that known district or town (`known_holder`). A coder who cannot find a village codes the
smallest known place the report puts it in, which a reader can find on a map and count
with the other events there; the village's own name stays in the evidence. A village told
only by its distance from a town ("X, 60 km north of Y") is not in that town, and keeps its
own name. Once the text has set a village in its holder, a later mention of the village by
its bare name ("clashed with the attackers near X on Monday") is in the same holder.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..records import Place, Span

# the words between an unknown village's name and the known place written as holding it
_HOLDING_GAP = re.compile(
    r"^(?:\s+(?:village|hamlet|settlement|locality|neighbou?rhood|suburb|quarter|area))?"
    r"\s*,?\s*(?:(?:a|the)\s+(?:[a-z-]+\s+){0,2}(?:village|hamlet|settlement|locality)\s+)?"
    r"(?:in|of)\s+(?:the\s+)?$")
# what the holder may be: a district (or a town) the gazetteer knows
_HOLDER_PRECISIONS = ("admin2", "city")


def known_holder(place: Place | None, toponyms: Any, text: str) -> Place | None:
    """`place`, or the known district or town its text holds it in when `place` is a name
    the gazetteer lacks (no geonameid; a town's or a district's precision) and the next
    toponym is written right after it as its holder (`_HOLDING_GAP`) and resolved to a
    gazetteer entry of the same country. The holder's evidence comes first, then the
    village's."""
    if place is None or place.geonameid is not None or not place.evidence \
            or place.precision not in _HOLDER_PRECISIONS:
        return place
    village = place.evidence[0]
    name = text[village.start:village.end]
    # the mention itself, then the text's earlier mentions of the same name
    mentions = [village] + [Span(m.start(), m.end(), name) for m in re.finditer(
        r"\b" + re.escape(name) + r"\b", text[:village.start])]
    for mention in mentions:
        hp = _holder_after(place, mention, toponyms, text)
        if hp is not None:
            return replace(hp, evidence=(hp.evidence[0], *place.evidence))
    return place


def _holder_after(place: Place, village, toponyms: Any, text: str) -> Place | None:
    """The known district or town written right after the mention `village` as its holder
    (its evidence the holder's name), or None."""
    after = sorted((t for t in toponyms or () if t.span.start >= village.end),
                   key=lambda t: t.span.start)
    if not after:
        return None
    holder = after[0]
    hp = holder.place
    if hp is None or hp.geonameid is None or hp.precision not in _HOLDER_PRECISIONS \
            or (place.country and hp.country != place.country) \
            or not _HOLDING_GAP.match(text[village.end:holder.span.start]):
        return None
    return replace(hp, evidence=(holder.span,))
