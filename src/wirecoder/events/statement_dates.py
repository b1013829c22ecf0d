"""When an undated reaction was made: "Amnesty International condemned the killings" in a
report whose main event happened two days before it was published. The text says only that
the statement came after the event it reacts to and before the report, so its date is that
interval, from the day of the document's main event to the anchor date, rather than the
anchor date alone (which would claim the report's day as the day it was said).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .draft import Draft

ANCHOR_FALLBACK = "no date in the text: a reported statement"
MAX_DAYS = 7  # a reaction reported more than a week after the event is another story's


def main_event_day(drafts: list[Draft], statement_types: set[str], anchor: date) -> date | None:
    """The day of the first event told (in text order) that is not itself a statement and
    that the text dates to a day, when that day is in the week before the anchor date."""
    for d in sorted(drafts, key=lambda d: d.trigger.start):
        t = d.time
        if d.modality != "asserted" or d.typed.plover in statement_types or t is None \
                or t.start is None or t.precision != "day" or (t.fallback or "").startswith(
                    ANCHOR_FALLBACK):
            continue
        return t.start if 0 < (anchor - t.start).days <= MAX_DAYS else None
    return None


def date_undated_statements(drafts: list[Draft], statement_types: set[str],
                            anchor: date | None) -> None:
    """Statements dated only by the anchor take the interval from the main event's day to it."""
    if anchor is None:
        return
    day = main_event_day(drafts, statement_types, anchor)
    if day is None:
        return
    for d in drafts:
        t = d.time
        if d.modality == "asserted" and d.typed.plover in statement_types and t is not None \
                and (t.fallback or "").startswith(ANCHOR_FALLBACK) and t.start == anchor:
            d.time = replace(t, start=day, fallback=t.fallback + f"; said after the main "
                                                               f"event of {day.isoformat()}")
