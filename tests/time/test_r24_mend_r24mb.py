"""Round 24 mends (r24mb): a past stretch of weekdays that wraps past the report's weekday.
Sentences written for these tests (places and names not taken from any gold set)."""

from datetime import date

from .conftest import trigger_days


# ------------- told on Thursday 14 May 2026: "from Wednesday until Saturday" is last week's
def test_a_past_stretch_wrapping_past_the_reports_weekday_is_one_stretch_before_it():
    text = ("Rebels besieged the town of Garissa from Wednesday until Saturday, killing dozens "
            "of residents.")
    besieged = trigger_days(text, "besieged", "2026-05-14")
    assert besieged == [(date(2026, 5, 6), date(2026, 5, 9))], besieged
    killing = trigger_days(text, "killing", "2026-05-14")
    assert all(end is not None and end <= date(2026, 5, 14) for _, end in killing), killing


def test_a_coming_stretch_wrapping_past_the_reports_weekday_is_not_reversed():
    text = "Rebels will besiege the town of Garissa from Wednesday until Saturday."
    days = trigger_days(text, "besiege", "2026-05-14")
    assert all(start is None or start <= end for start, end in days), days


# ------------- "told reporters on Friday that drones had struck the port overnight": the night
# into the day of the saying, whichever verb of saying tells it (tagger.SAYING_DAY)
def test_an_overnight_strike_told_on_a_day_runs_into_the_day_of_the_telling():
    text = ("The navy told reporters on Friday that drones had struck the port of Lamu "
            "overnight.")
    days = trigger_days(text, "struck", "2026-03-16")
    assert (date(2026, 3, 12), date(2026, 3, 13)) in days, days
