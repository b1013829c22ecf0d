"""Round 20 (r20tidy): the helpers that behaviour-neutral mends gave one home. Each stands
where two or more copies stood; predictions are the same as before. Values written for these
tests."""

from __future__ import annotations

import re
from datetime import date

from wirecoder.geo.fallback import AREA_IN, COMPASS_PART
from wirecoder.ingest.dates import published_or_note
from wirecoder.time.anchor import _most_recent


# ------------------------------------------ ingest: one reading of a published value, W117
def test_a_readable_published_value_gives_its_day_and_no_note():
    assert published_or_note("2024-07-19", "rows.csv:row 4") == (date(2024, 7, 19), None)
    assert published_or_note("", "rows.csv:row 5") == (None, None)
    assert published_or_note(None, "page.html") == (None, None)


def test_an_unreadable_published_value_gives_no_day_and_a_w117_note():
    day, note = published_or_note("2023-02-30", "rows.csv:row 9")
    assert day is None and note is not None and note.code == "W117"
    assert "rows.csv:row 9" in str(note) and "February has 28 days" in str(note)


# ---------------------------------------- geo: one compass part for "in (far) north-eastern"
def test_the_compass_part_reads_the_forms_of_a_direction():
    for word in ("northern", "far north-eastern", "southwest", "central", "eastern"):
        assert re.fullmatch(COMPASS_PART, word), word
    assert not re.fullmatch(COMPASS_PART, "upper")
    assert AREA_IN.search("clashes broke out in far north-western ")
    assert not AREA_IN.search("clashes broke out near western ")


# ------------------------------------------- time: the most recent month-day, on a weekday
def test_the_most_recent_month_day_with_or_without_a_weekday():
    today = date(2027, 3, 10)
    assert _most_recent(12, 25, today) == date(2026, 12, 25)
    assert _most_recent(3, 10, today) == date(2027, 3, 10)
    # 29 February: the last leap year within five years back
    assert _most_recent(2, 29, today) == date(2024, 2, 29)
    # a Friday 25 December: 2026 is a Friday
    assert _most_recent(12, 25, today, 40, 5) == date(2026, 12, 25)
    # a Sunday 25 December: 2022
    assert _most_recent(12, 25, today, 40, 7) == date(2022, 12, 25)
    assert _most_recent(12, 25, today, 2, 7) is None
