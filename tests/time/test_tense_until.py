""""until" looks ahead ("the curfew lasts until Friday"), but after a past verb of its clause
it ends a past span ("gunfire was heard until the early hours of Tuesday"). Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from wirecoder.time import tag_timexes

WEDNESDAY = date(2025, 5, 14)


def _value(text: str, expression: str) -> str | None:
    return {t.span.text: t.value for t in tag_timexes(text, WEDNESDAY)}.get(expression)


def test_until_after_a_past_verb_is_the_past_weekday():
    text = "Gunfire and explosions were heard across the city until the early hours of Tuesday."
    assert _value(text, "Tuesday") == "2025-05-13"


def test_until_alone_still_looks_ahead():
    assert _value("The curfew stays in force until Friday.", "Friday") == "2025-05-16"
