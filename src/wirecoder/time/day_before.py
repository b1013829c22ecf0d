"""A day counted back from another day the same sentence names: "detained 12 men on Saturday
over a brawl at a wedding the night before" (the night is the brawl's, not the detention's).
"""

from __future__ import annotations

import re

from ..records import Timex

_DAY_BEFORE = re.compile(r"\b(?:(?:previous|preceding|prior)\s+(?:night|day|evening)|"
                         r"(?:night|day|evening)\s+before)\b", re.I)


def day_before_other(unit: tuple[Timex, ...], units: list[tuple[Timex, ...]]) -> bool:
    """"the night before" / "the previous day" counted back from a day the sentence names
    before it: the day of an earlier act, not of the one the named day dates."""
    t = unit[0]
    return len(unit) == 1 and t.start is not None and bool(_DAY_BEFORE.search(t.span.text)) \
        and any(u[0].start is not None and u[0].span.end <= t.span.start
                and (u[0].start - t.start).days == 1 for u in units)
