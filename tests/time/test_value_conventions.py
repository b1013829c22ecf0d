"""TimeML value conventions for expressions whose value is not a plain calendar date."""

from __future__ import annotations

from datetime import date

from wirecoder.time import tag_timexes


def tag(text: str, anchor: date) -> dict[str, tuple[str, str, str | None]]:
    return {t.span.text: (t.type, t.value, t.mod) for t in tag_timexes(text, anchor)}


def test_year_end_noun_is_the_year_with_mod_end() -> None:
    anchor = date(2025, 10, 1)
    assert tag("The deal should close by year end.", anchor)["year end"] == (
        "DATE", "2025", "END")
    assert tag("The deal will close by the year's end.", anchor)["year's end"] == (
        "DATE", "2025", "END")
    # the adjective is the last day of the year
    assert tag("The year-end figures will be out soon.", anchor)["year-end"][:2] == (
        "DATE", "2025-12-31")
