"""A name the text says lies next to a known place: "Saint-Louis, on the outskirts of Noumea",
"X, a suburb of Y", "X, near the capital". The text tells where the name is, so a reading
of it far from that place (the namesake town abroad: Saint-Louis, France) is no reading:
a reading near the place is kept if the name has one, else the gazetteer lacks the place and
it lies beside the known one, in its country and province (the story's country, not the
namesake's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .containment import contains, haversine_km

if TYPE_CHECKING:
    from .gazetteer import Entry

# ", on the outskirts of Y", ", a suburb of Y", ", a town near Y", ", just outside Y"
NEAR_TOLD = re.compile(
    r",\s*(?:(?:a|an|the)\s+(?:\w+\s+)?(?:suburb|district|neighbou?rhood|town|village|"
    r"township|commune|settlement|quarter)\s+(?:of|in|near|outside|on\s+the\s+outskirts\s+of)|"
    r"(?:just\s+|right\s+)?(?:outside|near|next\s+to|close\s+to)|"
    r"on\s+the\s+(?:outskirts|edge|fringes?)\s+of|in\s+the\s+suburbs\s+of)\s+(?:the\s+)?")
# a reading this far from the place the text says the name is next to is another place
NEAR_TOLD_KM = 150.0


def near_ref_start(text: str, end: int) -> int | None:
    """Where the known place starts that a name ending at `end` is told to lie next to, else
    None."""
    m = NEAR_TOLD.match(text, end)
    return None if m is None else m.end()


def _near(e: Entry, ref: Entry) -> bool:
    if contains(ref, e) or e.geonameid == ref.geonameid:
        return True
    if ref.feature_class != "P" or e.lat is None or ref.lat is None:
        return False
    return haversine_km(e.lat, e.lon, ref.lat, ref.lon) <= NEAR_TOLD_KM


def near_reference(text: str, items: list, chosen: list[tuple[Entry | None, float]],
                   it: object) -> Entry | None:
    """The known town an unknown name is told to lie next to, or None."""
    ref = near_ref_start(text, it.end)  # type: ignore[attr-defined]
    if ref is None:
        return None
    return next((e for o, (e, _) in zip(items, chosen) if o.start == ref and e is not None
                 and e.country and e.feature_class == "P"), None)


def told_near(text: str, items: list, chosen: list[tuple[Entry | None, float]]
              ) -> list[tuple[Entry | None, float]]:
    """Re-read each name whose reading lies far from (and in another country than) the town
    the text says it is next to: its reading near that town, or none (every mention of the
    name: one sense per document)."""
    redo: dict[str, tuple[Entry | None, float]] = {}
    for it, (e, _) in zip(items, chosen):
        if e is None or e.feature_class not in ("P", "A") or e.rank >= 6:
            continue
        ref = near_reference(text, items, chosen, it)
        if ref is None or ref.country == e.country or _near(e, ref):
            continue
        near = [(c, p) for c, p in it.candidates if _near(c, ref)]
        redo[it.key] = max(near, key=lambda x: x[1]) if near else (None, 0.0)
    if not redo:
        return chosen
    return [redo.get(it.key, pick) for it, pick in zip(items, chosen)]
