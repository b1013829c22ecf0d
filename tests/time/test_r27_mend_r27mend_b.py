"""Round 27 mends (r27mend_b): a going on that is planned ("will continue until Friday") or
would end after the report's day is no end the event reached. Sentences written for these
tests; published on Tuesday 17 November 2026."""

from datetime import date

import pytest

from .conftest import trigger_days

PUB = "2026-11-17"  # a Tuesday


@pytest.mark.parametrize("text", [
    "A general strike began on Monday and will continue until Friday, the union said.",
    "A general strike began on Monday and is continuing until Friday, the union said.",
])
def test_an_end_yet_to_come_is_no_end(text):
    assert trigger_days(text, "strike", PUB) == [(date(2026, 11, 16), date(2026, 11, 16))]


def test_an_end_before_the_report_is_still_read():
    text = "Fighting broke out on Saturday and continued until Monday, residents said."
    assert trigger_days(text, "Fighting", PUB) == [(date(2026, 11, 14), date(2026, 11, 16))]



@pytest.mark.parametrize("words", ["between 9 and 10 November", "the night of 9 to 10 November"])
def test_two_days_joined_by_and_or_to_are_one_stretch(words):
    from wirecoder.time.tagger import tag_timexes
    from wirecoder.time.told_day import _one_stretch

    text = f"Rebels attacked the village of Kasa {words}, the UN said."
    days = tag_timexes(text, date(2026, 11, 17))
    assert _one_stretch(text, days)
