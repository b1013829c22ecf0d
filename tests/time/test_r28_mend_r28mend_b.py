"""Round 28 review mends (r28mend_b): "on July 8 and 9 people were injured" is one day and a
count, not a stretch of two days; "on July 8 and 10" is two days apart, no stretch. Sentences
written for these tests."""

from datetime import date

import pytest

from .conftest import trigger_days


@pytest.mark.parametrize("text, word, day", [
    ("Protesters clashed with police in Lagos on July 8 and 9 people were injured, police "
     "said.", "clashed", date(2026, 7, 8)),
    ("Gunmen attacked the village of Kauru on July 8 and 10 and killed four farmers.",
     "attacked", date(2026, 7, 8)),
])
def test_a_bare_second_number_is_no_second_day(text, word, day):
    assert trigger_days(text, word, "2026-07-20") == [(day, day)]


def test_two_days_of_a_month_before_a_place_are_still_a_stretch():
    text = ("Retaliatory raids on July 8 and 9 near Turalei killed between 10 and 15 people, "
            "local officials said.")
    assert trigger_days(text, "raids", "2026-07-20") == [(date(2026, 7, 8), date(2026, 7, 9))]
