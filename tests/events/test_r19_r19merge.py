"""Round 19 (r19merge): when two mentions of one type are one real-world event. Mentions
whose told times cannot overlap (a day and another month or year) are two events, whatever
the precision of each; a sentence that opens by passing to another incident ("Separately,
...", "In an unrelated raid, ...") tells a new event."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.events.draft import time_ok
from wirecoder.records import TimeSpan

from .conftest import of_type, pipeline_events


def _day(y: int, m: int, d: int) -> TimeSpan:
    return TimeSpan(date(y, m, d), date(y, m, d), "day", text="on Saturday")


def _month(y: int, m: int, last: int) -> TimeSpan:
    return TimeSpan(date(y, m, 1), date(y, m, last), "month", text="in the month")


def test_day_outside_a_told_month_is_another_time():
    assert not time_ok(_month(2025, 8, 31), _day(2025, 11, 29))
    assert not time_ok(_day(2025, 11, 24), _month(2023, 6, 30))


def test_day_inside_a_told_month_can_be_the_same_time():
    assert time_ok(_month(2025, 11, 30), _day(2025, 11, 29))


def test_month_after_the_day_says_nothing_against():
    # "detained yesterday ... a body found in March" read forward into the next year
    assert time_ok(_day(2025, 12, 29), _month(2026, 3, 31))


def test_fallback_time_says_nothing_against():
    guessed = TimeSpan(date(2025, 8, 1), date(2025, 8, 31), "month", text=None,
                       fallback="no date in the text")
    assert time_ok(guessed, _day(2025, 11, 29))


def test_act_on_a_day_after_the_months_of_fighting_is_its_own_event():
    text = ("Rebels and the army have fought around Kasota since fighting intensified in "
            "August, aid groups said. \"Troops burned our huts on Saturday,\" a farmer told "
            "reporters by telephone.")
    burned = [e for e in of_type(pipeline_events(text, "2025-11-30"), "ASSAULT")
              if any(t.name == "huts" for t in e.targets)]
    assert burned and burned[0].time is not None
    assert burned[0].time.start == date(2025, 11, 29)


def _arrests(text: str) -> list:
    return [e for e in of_type(pipeline_events(text, "2025-11-30"), "COERCE")
            if e.type.acled_sub_event_type == "Arrests"]


def test_arrest_after_in_an_unrelated_raid_is_another_arrest():
    text = ("Two people were killed in clashes between rival traders in the market town of "
            "Mokora on Friday, officials said. In Mokora, police fired tear gas in the evening "
            "to scatter about 300 traders who had blocked a highway. Twelve of them were "
            "detained, police said. In an unrelated raid, troops detained two men with rifles "
            "near Linsa.")
    counts = sorted(q.value for e in _arrests(text) for q in e.quantities if q.kind == "arrested")
    assert counts == [2, 12]


@pytest.mark.parametrize("text, n", [
    pytest.param("Police detained nine men in Ruvara on Friday after a brawl outside a stadium. "
                 "Separately, the army said soldiers had detained a smuggler with two rifles "
                 "near the border.", 2, id="separately_opens_another_arrest"),
    pytest.param("Police detained nine men in a raid on a warehouse in Ruvara on Friday. "
                 "Three more suspects were detained during the raid, police said.", 1,
                 id="more_detained_in_the_same_raid_still_merge"),
])
def test_arrests_told_apart_or_merged(text: str, n: int):
    assert len(_arrests(text)) == n


def test_fighting_dated_by_a_statement_still_joins_last_weeks_clashes():
    # "Wednesday" dates the saying; the fighting is the clashes told below
    text = ("Gunmen stopped a convoy of aid lorries outside Dolow on Saturday, the United "
            "Nations said on Wednesday, as fighting elsewhere in the region forced thousands "
            "from their homes. Clashes last week between regional forces and federal troops "
            "near Bardera killed at least nine people, elders said.")
    fights = [e for e in of_type(pipeline_events(text, "2025-11-26"), "ASSAULT")
              if e.type.acled_sub_event_type == "Armed clash"]
    assert len(fights) == 1


def test_fire_on_another_day_is_not_the_strikes_damage():
    text = ("Two villagers were killed in a mortar attack on Dalan on Tuesday, police said. "
            "\"Our school was set on fire on Sunday,\" a teacher told reporters.")
    assaults = of_type(pipeline_events(text, "2025-11-26"), "ASSAULT")
    fires = [e for e in assaults if any(t.name == "school" for t in e.targets)]
    assert len(assaults) == 2 and fires and fires[0].time.start == date(2025, 11, 23)


def test_undated_fire_after_a_strike_is_its_damage():
    text = ("Two villagers were killed in a mortar attack on Dalan on Tuesday, police said. "
            "\"Our school was set on fire,\" a teacher told reporters.")
    assert len(of_type(pipeline_events(text, "2025-11-26"), "ASSAULT")) == 1
