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
