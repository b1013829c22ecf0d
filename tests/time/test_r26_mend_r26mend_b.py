"""Round 26 review mends (r26mend_b): a "since" phrase on a superlative event noun names the
day a record was last set, not when the event began (`since_range.since_timex`). Sentences
written for these tests."""

from datetime import date

from .conftest import trigger_days


def test_the_deadliest_bombing_since_a_month_is_not_dated_to_that_month():
    text = "The deadliest bombing since March has killed 30 people in Kabul, officials said."
    days = trigger_days(text, "bombing", "2026-06-10")
    assert (date(2026, 3, 1), date(2026, 3, 31)) not in days, days
    assert not any(s is not None and s.month == 3 for s, _ in days), days


# ------------- "accused the army of shelling villages in a statement on Tuesday": the day is
# the statement's (`attribution_dates.speech_occasion_date`), not the shelling's
def test_a_date_on_the_statement_dates_the_charge_not_the_act():
    text = ("GOMA, March 5 (Reuters) - The rebels accused the army of shelling villages near "
            "Goma in a statement on Tuesday.")
    assert trigger_days(text, "accused", "2026-03-05") == [(date(2026, 3, 3), date(2026, 3, 3))]
    assert trigger_days(text, "shelling", "2026-03-05") != [(date(2026, 3, 3), date(2026, 3, 3))]


def test_a_date_after_the_charged_act_is_still_the_acts():
    text = ("GOMA, March 5 (Reuters) - The rebels accused the army of shelling villages near "
            "Goma on Tuesday.")
    assert trigger_days(text, "shelling", "2026-03-05") == [(date(2026, 3, 3), date(2026, 3, 3))]
