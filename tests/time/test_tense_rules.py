"""Tense cues that decide which side of the anchor a bare weekday or month falls on."""

from __future__ import annotations

from datetime import date

from wirecoder.time import tag_timexes


def tag(text: str, anchor: date) -> dict[str, tuple[str, str]]:
    return {t.span.text: (t.type, t.value) for t in tag_timexes(text, anchor)}


def test_title_abbreviation_does_not_end_the_sentence() -> None:
    # "vs." / "Gov." are not sentence ends, so "killed" still tells the tense of "In January"
    text = "In January, a week after the anniversary of Roe vs. Wade, a bomb killed a guard."
    assert tag(text, date(2025, 10, 25))["January"] == ("DATE", "2025-01")
    text = "In January, a week after Gov. Smith spoke, a bomb killed a guard."
    assert tag(text, date(2025, 10, 25))["January"] == ("DATE", "2025-01")


def test_plan_seen_from_the_past_is_past() -> None:
    # a past perfect before a future marker: the planned time has gone by
    monday = date(2025, 12, 1)
    assert tag("The offer had been due to expire Friday.", monday)["Friday"] == (
        "DATE", "2025-11-28")
    assert tag("The offer had been scheduled to expire at midnight Friday.", monday)[
        "midnight Friday"][1].startswith("2025-11-28")
    assert tag("The offer is due to expire Friday.", monday)["Friday"] == ("DATE", "2025-12-05")


def test_participle_adjective_is_not_a_past_verb() -> None:
    text = "The dividend would be paid on a still unspecified date in January."
    assert tag(text, date(2025, 10, 26))["January"] == ("DATE", "2026-01")


def test_distant_past_perfect_does_not_turn_a_deadline_back() -> None:
    text = ("The sale, which had been widely expected for many weeks by investors, is part of "
            "a program to pay down the bridge loan by February.")
    assert tag(text, date(2025, 10, 30))["February"] == ("DATE", "2026-02")
    # right beside the expression it still looks back
    assert tag("Until Thursday, they had not paid.", date(2025, 11, 30))["Thursday"] == (
        "DATE", "2025-11-27")


def test_past_verb_right_before_the_date_outweighs_a_later_future() -> None:
    anchor = date(2025, 10, 27)  # a Monday
    text = "A block of shares issued July 1, which will receive only partial dividends."
    assert tag(text, anchor)["July 1"] == ("DATE", "2025-07-01")
    text = "Paribas said Friday that it intends to bid, and it will ask for approval."
    assert tag(text, anchor)["Friday"] == ("DATE", "2025-10-24")
    # but not a passive or planned verb: "will be held Friday"
    assert tag("The vote will be held Friday.", anchor)["Friday"] == ("DATE", "2025-10-31")
