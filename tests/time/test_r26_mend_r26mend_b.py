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
