"""Round 13, second wave (places and dates, w2pt): sentences invented for each construction."""

from __future__ import annotations

from datetime import date

from .conftest import of_type as _by_type
from .conftest import pipeline_events as _events


# ------------------------------------------------- a date in the targets' relative clause
def test_an_arrest_takes_the_day_the_arrested_had_gathered() -> None:
    text = ("Riot police detained 27 nurses who had assembled outside the health ministry "
            "in Lusaka on Wednesday to demand overdue pay, a union official said.")
    arrests = _by_type(_events(text, "2026-04-10"), "COERCE")
    assert arrests and arrests[0].time.start == date(2026, 4, 8)


def test_an_arrest_of_some_of_those_who_staged_a_sit_in_takes_its_day() -> None:
    text = ("Police in Accra detained dozens of traders who staged a sit-in at the finance "
            "ministry on Thursday.")
    arrests = _by_type(_events(text, "2026-04-11"), "COERCE")
    assert arrests and arrests[0].time.start == date(2026, 4, 9)


def test_a_release_does_not_take_the_day_of_an_earlier_abduction() -> None:
    text = ("Troops freed 12 farmers who had been kidnapped near Maiduguri on Sunday, the army "
            "said.")
    releases = _by_type(_events(text, "2026-04-10"), "RETREAT")
    assert releases
    for e in releases:
        assert e.time.start != date(2026, 4, 5)


# ------------------------------------------------- statements with no date of their own
def test_a_present_tense_report_takes_the_day_it_was_said() -> None:
    text = ("Oman is mediating between the two Yemeni factions, an Omani diplomat said on "
            "Thursday.")
    talks = _by_type(_events(text, "2026-04-11"), "CONSULT")
    assert talks and talks[0].time.start == date(2026, 4, 9)


def test_a_pledge_told_in_the_future_is_dated_by_the_report() -> None:
    text = "Japan will provide 30 million dollars in food aid to Malawi, the foreign ministry said."
    pledges = _by_type(_events(text, "2026-04-11"), "AGREE")
    assert pledges and pledges[0].time.start == date(2026, 4, 11)


def test_a_present_tense_report_with_no_date_is_dated_by_the_report() -> None:
    text = "Kenya is mediating between the two Somali regional states, diplomats said."
    talks = _by_type(_events(text, "2026-04-11"), "CONSULT")
    assert talks and talks[0].time.start == date(2026, 4, 11)


def test_a_headline_in_the_present_is_not_dated_by_the_report() -> None:
    # "..., residents say": a headline's present tells a past act
    text = ("Militia frees 20 fishermen held on lake island, officials say\n\nA militia has "
            "released 20 fishermen it seized on an island in Lake Albert on Saturday, officials "
            "said.")
    releases = _by_type(_events(text, "2026-04-14"), "RETREAT")
    assert releases
    for e in releases:
        assert e.time.start != date(2026, 4, 14)


def test_a_habit_told_in_the_present_is_not_dated_by_the_report() -> None:
    text = ('"Smugglers often recruit teenagers to carry weapons across the border," a '
            'customs officer said.')
    for e in _events(text, "2026-04-14"):
        assert e.time.start != date(2026, 4, 14)
