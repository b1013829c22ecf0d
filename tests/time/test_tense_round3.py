"""Tense cues of the third pass (issue 3), on hand-written sentences."""

from __future__ import annotations

from datetime import date

from wirecoder.time import tag_timexes


def values(text: str, anchor: date) -> dict[str, str]:
    return {t.span.text: t.value for t in tag_timexes(text, anchor)}


def test_planned_is_a_plan_only_before_to_or_for() -> None:
    wed = date(2024, 5, 15)
    assert values("The team planned to leave Nairobi on Thursday.", wed)["Thursday"] == (
        "2024-05-16")
    assert values("The vote is planned for Friday.", wed)["Friday"] == "2024-05-17"
    mon = date(2024, 5, 20)
    got = values("On Friday, when she set aside her holiday for the hastily planned trip, "
                 "the ministry lifted its warning.", mon)
    assert got["Friday"] == "2024-05-17"


def test_due_to_a_cause_is_no_plan() -> None:
    wed = date(2024, 5, 15)
    # "due to the storm" is a cause: Monday is the one just past
    assert values("Traffic was slow on Monday due to the snow.", wed)["Monday"] == (
        "2024-05-13")
    assert values("The ferry did not sail Monday, due to the storm.", wed)["Monday"] == (
        "2024-05-13")
    # "due to expire" is a plan
    assert values("The permit is due to expire Friday.", wed)["Friday"] == "2024-05-17"


def test_a_past_verb_right_before_a_month_day_reaches_back_up_to_a_year() -> None:
    anchor = date(2013, 3, 14)
    assert values("The talks began on May 3 in Geneva.", anchor)["May 3"] == "2012-05-03"
    assert values("The quarter ended Oct. 31, the company said.", date(2013, 10, 27))[
        "Oct. 31"] == "2012-10-31"
    # a plan keeps the date ahead
    assert values("The talks will be resumed on May 3.", anchor)["May 3"] == "2013-05-03"
