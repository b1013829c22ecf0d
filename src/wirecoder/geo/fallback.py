"""Where an unknown name lies: the area written beside it, and which towns are no focus.

An unknown name (a village, a district the gazetteer lacks) with a containing area in its
own phrase ("X village of Y district, Z province") lies in that area, not at the document's
focus. A town named only in an upper-case dateline ("KABUL, Afghanistan (Jan. 25) -") is
where the report was filed; when the text names areas of the same country outside it, the
story is elsewhere and the dateline town is not the focus.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .gazetteer import Entry


class _HasSpan(Protocol):
    start: int
    end: int
    containers: list[int]


# what follows a dateline town: ", Country", " (date)", " -", " —"
_DATELINE_AFTER = re.compile(r"\s*(?:,|\(|[-–—:])")


def container_entry(items: list, chosen: list[tuple[Entry | None, float]],
                    it: _HasSpan) -> Entry | None:
    """The resolved area that contains an unknown name in the text ("X village of Y
    district, Z province"), following unresolved containers outward; None if none."""
    todo = list(it.containers)
    for j in todo:  # containers lie after their names: no cycles, a short chain
        if chosen[j][0] is not None:
            return chosen[j][0]
        todo += items[j].containers if len(todo) < 8 else []
    return None


def dateline_towns(text: str, items: list, chosen: list[tuple[Entry | None, float]]) -> set[int]:
    """Towns named only in an upper-case dateline while the text resolves places of the
    same country in another admin1 ("KABUL, Afghanistan" over a story in Ghazni)."""
    dateline: dict[int, Entry] = {}
    other: list[Entry] = []
    for it, (e, _) in zip(items, chosen):
        if e is None:
            continue
        surface = text[it.start:it.end]
        if e.feature_class == "P" and len(surface) >= 4 and surface.isupper() \
                and _DATELINE_AFTER.match(text, it.end):
            dateline[e.geonameid] = e
        else:
            other.append(e)
    seen = {e.geonameid for e in other}
    return {g for g, e in dateline.items() if g not in seen and any(
        o.country == e.country and o.admin1_code and o.admin1_code != e.admin1_code
        and (o.feature_class == "P" or o.feature_code in ("ADM1", "ADM2"))
        for o in other)}
