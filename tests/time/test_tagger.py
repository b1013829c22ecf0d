"""The tagger on small hand-built sentences: the values a reader of the records would check."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.time import tag_timexes

ANCHOR = date(2025, 11, 30)  # a Sunday


def tag(text: str, anchor: date = ANCHOR) -> dict[str, tuple[str, str]]:
    return {t.span.text: (t.type, t.value) for t in tag_timexes(text, anchor)}


def test_spans_are_exact_slices_of_the_text() -> None:
    text = "The talks ended on November 24th, 2025 after three days."
    for t in tag_timexes(text, ANCHOR, document_id="d1"):
        assert text[t.span.start:t.span.end] == t.span.text
        assert t.span.document_id == "d1"


@pytest.mark.parametrize("text,span,value", [
    ("It happened on November 24th, 2025.", "November 24th, 2025", "2025-11-24"),
    ("It happened on Nov. 24, 2025.", "Nov. 24, 2025", "2025-11-24"),
    ("It happened on 24 November 2025.", "24 November 2025", "2025-11-24"),
    ("It happened on 2025-11-24.", "2025-11-24", "2025-11-24"),
    ("It happened on 11/24/2025.", "11/24/2025", "2025-11-24"),
    ("It happened in March 2019.", "March 2019", "2019-03"),
    ("The group lost its last stronghold in 2019.", "2019", "2019"),
    ("It happened in the 1990s.", "the 1990s", "199"),
    ("Troops left on the 3rd of March 2024.", "the 3rd of March 2024", "2024-03-03"),
])
def test_absolute_dates(text: str, span: str, value: str) -> None:
    assert tag(text)[span] == ("DATE", value)


def test_month_day_without_year_takes_the_anchor_year() -> None:
    assert tag("Trump met al-Sharaa on November 10th.")["November 10th"] == ("DATE", "2025-11-10")


def test_range_from_to_gives_both_ends() -> None:
    got = tag("a joint operation from November 24th to 27th")
    assert got["November 24th"] == ("DATE", "2025-11-24")
    assert got["27th"] == ("DATE", "2025-11-27")


def test_range_between_months() -> None:
    got = tag("Fighting raged between March and May 2024.")
    assert got["March"] == ("DATE", "2024-03")
    assert got["May 2024"] == ("DATE", "2024-05")


def test_range_across_new_year_takes_the_year_from_its_end() -> None:
    got = tag("Talks ran from Dec. 28 to Jan. 3, 2025.")
    assert got["Dec. 28"] == ("DATE", "2024-12-28")
    assert got["Jan. 3, 2025"] == ("DATE", "2025-01-03")


def test_half_years() -> None:
    assert tag("Output fell in the first half of 1990.")["the first half of 1990"] == (
        "DATE", "1990-H1")


def test_weekday_beside_a_date_fixes_the_year() -> None:
    # November 30th was a Sunday in 2025, not in 2026
    got = tag("CENTCOM announced on Sunday (November 30th) the results.", date(2026, 11, 25))
    assert got["Sunday (November 30th)"] == ("DATE", "2025-11-30")


@pytest.mark.parametrize("text,span,value", [
    ("The minister resigned on Friday.", "Friday", "2025-11-28"),
    ("The minister will resign on Friday.", "Friday", "2025-12-05"),
    ("Officials said last Friday that talks failed.", "last Friday", "2025-11-28"),
    ("They meet again next Tuesday.", "next Tuesday", "2025-12-02"),
])
def test_weekdays_follow_the_tense(text: str, span: str, value: str) -> None:
    assert tag(text)[span] == ("DATE", value)


@pytest.mark.parametrize("text,span,type_,value", [
    ("Prices rose last week.", "last week", "DATE", "2025-W47"),
    ("Prices rose last month.", "last month", "DATE", "2025-10"),
    ("He was removed from the list earlier this year.", "earlier this year", "DATE", "2025"),
    ("Prices rose yesterday.", "yesterday", "DATE", "2025-11-29"),
    ("The vote is tomorrow.", "tomorrow", "DATE", "2025-12-01"),
    ("Sales fell three months ago.", "three months ago", "DATE", "2025-08"),
    ("The company grew in late 2024.", "late 2024", "DATE", "2024"),
    ("The summit is next year.", "next year", "DATE", "2026"),
    ("Sales fell in the third quarter.", "the third quarter", "DATE", "2025-Q3"),
    ("Prices are rising now.", "now", "DATE", "PRESENT_REF"),
    ("Prices rose recently.", "recently", "DATE", "PAST_REF"),
    ("This happened last fall.", "last fall", "DATE", "2024-FA"),
])
def test_relative_expressions(text: str, span: str, type_: str, value: str) -> None:
    assert tag(text)[span] == (type_, value)


def test_earlier_this_year_ends_at_the_anchor() -> None:
    (t,) = tag_timexes("He was removed earlier this year.", ANCHOR)
    assert (t.value, t.start, t.end, t.precision) == ("2025", date(2025, 1, 1), ANCHOR, "year")


def test_late_2024_carries_the_end_mod() -> None:
    (t,) = [t for t in tag_timexes("It grew in late 2024.", ANCHOR) if t.value == "2024"]
    assert t.mod == "END"


def test_earnings_quarters() -> None:
    got = tag("For the quarter ended July 31, sales rose 5% from a year earlier.",
              date(1989, 10, 26))
    assert got["the quarter"] == ("DATE", "1989-Q2")
    assert got["a year earlier"] == ("DATE", "1988-Q2")


def test_the_previous_day_and_the_same_day_follow_the_date_in_focus() -> None:
    text = ("Trump met al-Sharaa on November 10th. Sanctions were suspended for 180 days. "
            "On the same day, Syria joined the coalition. The previous day was quiet.")
    got = tag(text)
    assert got["the same day"] == ("DATE", "2025-11-10")
    assert got["The previous day"] == ("DATE", "2025-11-09")


def test_the_following_year_follows_the_year_in_focus() -> None:
    got = tag("The war began in 2011. The following year, rebels took Aleppo.")
    assert got["The following year"] == ("DATE", "2012")


@pytest.mark.parametrize("text,span,value", [
    ("Sanctions were suspended for 180 days.", "180 days", "P180D"),
    ("Prices fell over the past three years.", "the past three years", "P3Y"),
    ("a two-year program", "two-year", "P2Y"),
    ("It lasted 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("The talks lasted five hours.", "five hours", "PT5H"),
    ("It took a few days.", "a few days", "PXD"),
    ("It lasted up to 180 days.", "up to 180 days", "P180D"),
    ("Troops will arrive within weeks.", "weeks", "PXW"),
    ("The siege lasted for years.", "years", "PXY"),
])
def test_durations_are_not_dates(text: str, span: str, value: str) -> None:
    assert tag(text)[span] == ("DURATION", value)
    (t,) = [t for t in tag_timexes(text, ANCHOR) if t.span.text == span]
    assert t.start is None and t.end is None


@pytest.mark.parametrize("text,span,type_,value", [
    ("Talks may resume in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
    ("Growth will slow in the near term.", "the near term", "DATE", "FUTURE_REF"),
    ("a decades-long conflict", "decades-long", "DURATION", "PXY"),
    ("The shelling began at 4 in the morning.", "4 in the morning", "TIME", "2025-11-30T04:00"),
    ("the post-1959 government", "1959", "DATE", "1959"),
])
def test_more_news_expressions(text: str, span: str, type_: str, value: str) -> None:
    assert tag(text)[span] == (type_, value)


def test_we_and_may_the_name_are_not_dates() -> None:
    text = "“We will continue,” said Theresa May. We may see more. May could resign."
    assert tag(text) == {}


def test_may_the_month_is_a_date() -> None:
    assert tag("Elections were held in May.")["May"] == ("DATE", "2025-05")
    assert tag("Elections were held on May 4.")["May 4"] == ("DATE", "2025-05-04")


def test_ages_and_amounts_are_not_time() -> None:
    assert tag("a 6-year-old boy, 52 years old, bought 1990 shares") == {}


def test_weekday_with_part_of_day_is_the_day() -> None:
    # TimeBank's convention: "Friday night" is annotated as the day
    assert tag("Clashes erupted Friday night.")["Friday night"] == ("DATE", "2025-11-28")


@pytest.mark.parametrize("text,span,value", [
    ("The blast came at 5 p.m. EST.", "5 p.m. EST", "2025-11-30T17:00"),
    ("Shelling resumed at 10:30 p.m. Wednesday.", "10:30 p.m. Wednesday", "2025-11-26T22:30"),
    ("Troops moved in this morning.", "this morning", "2025-11-30TMO"),
    ("Clashes erupted last night.", "last night", "2025-11-29TNI"),
    ("The ceasefire started at noon Thursday.", "noon Thursday", "2025-11-27T12:00"),
    ("The ceasefire starts at noon Thursday.", "noon Thursday", "2025-12-04T12:00"),
])
def test_times_of_day_and_time_zones(text: str, span: str, value: str) -> None:
    assert tag(text)[span] == ("TIME", value)


@pytest.mark.parametrize("text,span,value", [
    ("Patrols run every week.", "every week", "P1W"),
    ("The paper is published daily.", "daily", "P1D"),
    ("They meet each Thursday.", "each Thursday", "XXXX-WXX-4"),
    ("It costs $5 a year.", "a year", "P1Y"),
])
def test_sets(text: str, span: str, value: str) -> None:
    assert tag(text)[span] == ("SET", value)


def test_intervals_and_precision() -> None:
    got = {t.span.text: t for t in tag_timexes(
        "Last week and in March 2019 and on November 10th and in 2018.", ANCHOR)}
    assert (got["Last week"].start, got["Last week"].end) == (date(2025, 11, 17),
                                                              date(2025, 11, 23))
    assert got["Last week"].precision == "week"
    assert got["March 2019"].precision == "month"
    assert got["March 2019"].end == date(2019, 3, 31)
    assert got["November 10th"].precision == "day"
    assert got["2018"].precision == "year"


def test_impossible_dates_are_not_normalised() -> None:
    # "February 30th" does not exist: no calendar date is invented for it
    for t in tag_timexes("They met on February 30th.", ANCHOR):
        assert t.start is None or t.start.month != 2 or t.start.day <= 29
