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


def test_march_and_may_need_a_cue_before_the_month_word() -> None:
    anchor = date(2025, 2, 10)
    got = tag("The accession was planned for early March, but no date was set.", anchor)
    assert got["early March"] == ("DATE", "2025-03", "START")
    assert tag("The vote is planned for May.", anchor)["May"][:2] == ("DATE", "2025-05")
    assert tag("The March accession will make them members.", anchor)["March"][:2] == (
        "DATE", "2025-03")
    # the verb, the name and the event are not months
    assert tag("Thousands will march to the capital.", anchor) == {}
    assert tag("Prices May rise, analysts said.", anchor) == {}
    assert "March" not in tag("They joined the March on Washington.", anchor)


def test_then_current_is_a_past_reference() -> None:
    anchor = date(2025, 1, 1)
    assert tag("The then-current rules applied.", anchor)["then-current"] == (
        "DATE", "PAST_REF", None)
    assert tag("The then current chairman resigned.", anchor)["then current"][1] == "PAST_REF"
    assert tag("The current rules apply.", anchor)["current"][1] == "PRESENT_REF"


def test_fiscal_quarter_label_carries_to_the_quarter_ended() -> None:
    text = ("Sun said it earned $5 million in the fiscal first quarter. Sales rose 39% "
            "for the quarter ended Sept. 29.")
    got = tag(text, date(2025, 10, 26))
    assert got["the fiscal first quarter"][1] == got["the quarter"][1] == "2025-Q1"
    # without a fiscal label the calendar quarter holding the three months is used
    got = tag("Sales rose 39% for the quarter ended Sept. 29.", date(2025, 10, 26))
    assert got["the quarter"][1] == "2025-Q3"


def test_latest_period_is_the_fiscal_quarter_in_focus() -> None:
    text = ("Profit rose in the fiscal second quarter. The latest period included a gain.")
    got = tag(text, date(2025, 10, 26))
    assert got["The latest period"][1] == got["the fiscal second quarter"][1] == "2025-Q2"
    # with no fiscal label, the latest completed calendar quarter
    got = tag("Profit rose in the latest quarter.", date(2025, 10, 26))
    assert got["the latest quarter"][1] == "2025-Q3"


def test_weekday_evening_keeps_the_part_of_day() -> None:
    monday = date(2025, 12, 1)
    assert tag("The offer expired Friday evening.", monday)["Friday evening"] == (
        "TIME", "2025-11-28TEV", None)
    assert tag("They met Friday afternoon.", monday)["Friday afternoon"][:2] == (
        "TIME", "2025-11-28TAF")
    # "Friday night" / "Friday morning" stay the day, as TimeBank mostly has them
    assert tag("They met Friday night.", monday)["Friday night"][:2] == ("DATE", "2025-11-28")


def test_day_before_or_after_a_date_is_one_expression() -> None:
    anchor = date(2025, 11, 26)  # a Wednesday
    got = tag("The day before last Tuesday's hearing, he left.", anchor)
    assert got == {"The day before last Tuesday": ("DATE", "2025-11-24", None)}
    assert tag("They met the day after Nov. 3.", anchor)["the day after Nov. 3"][:2] == (
        "DATE", "2025-11-04")


def test_a_second_before_a_noun_is_the_ordinal() -> None:
    anchor = date(2025, 11, 26)
    assert tag("A second group of directors sided with him.", anchor) == {}
    assert tag("It would be a second betrayal.", anchor) == {}
    assert tag("Wait a second.", anchor)["a second"][:2] == ("DURATION", "PT1S")


def test_night_of_weekday_and_date_keeps_the_dated_weekday() -> None:
    got = tag("He came home on the night of Friday, Oct. 23, 1998.", date(1999, 5, 1))
    assert got["Friday, Oct. 23, 1998"][:2] == ("DATE", "1998-10-23")


def test_period_a_year_ago_is_one_expression() -> None:
    anchor = date(2025, 10, 26)
    got = tag("For the quarter a year ago, it earned $5 million.", anchor)
    assert got == {"the quarter a year ago": ("DATE", "2024-Q3", None)}
    assert tag("In March a year earlier, it fell.", anchor)["March a year earlier"][:2] == (
        "DATE", "2024-03")
    # after a comma they are two expressions
    got = tag("Profit rose in the third quarter, up from a year ago.", anchor)
    assert got["the third quarter"][1] == "2025-Q3" and got["a year ago"][1] == "2024-Q3"


def test_period_last_year_shifts_once() -> None:
    anchor = date(2025, 10, 26)
    got = tag("Net was $5 million for the corresponding period last year.", anchor)
    assert got == {"the corresponding period last year": ("DATE", "2024-Q3", None)}
    assert tag("Sales in the quarter last year fell.", anchor) == {
        "the quarter last year": ("DATE", "2024-Q3", None)}


def test_same_day_after_a_month_leaves_the_day_open() -> None:
    anchor = date(2025, 11, 26)
    got = tag("He was killed in October. Police arrived that same day.", anchor)
    assert got["same day"][1] == "2025-10-XX"
    got = tag("He was killed on Oct. 23. Police arrived on the same day.", anchor)
    assert got["the same day"][1] == "2025-10-23"


def test_a_later_date_and_future_units_are_future_refs() -> None:
    anchor = date(2025, 1, 1)
    assert tag("It plans more offerings at a later date.", anchor) == {
        "a later date": ("DATE", "FUTURE_REF", None)}
    assert tag("The losses will cut taxes in future quarters.", anchor) == {
        "future quarters": ("DATE", "FUTURE_REF", None)}


def test_trading_and_business_days_are_days() -> None:
    anchor = date(2025, 1, 1)
    assert tag("Eight trading days after the crash, it fell.", anchor) == {
        "Eight trading days": ("DURATION", "P8D", None)}
    assert tag("Refunds take 10 business days.", anchor)["10 business days"][1] == "P10D"


def test_time_words_in_titles_are_not_timexes() -> None:
    anchor = date(2025, 1, 1)
    assert tag('Baker, speaking on ABC News\' "This Week," said it.', anchor) == {}
    assert tag("Baker said on ABC's This Week With David Brinkley that it held.", anchor) == {}
    assert tag("Last Week, he left.", anchor)["Last Week"][1] == "2024-W52"
    # a title-case headline still says when
    assert tag("Stocks Rally This Week As Fed Holds", anchor)["This Week"][1] == "2025-W01"


def test_a_quarter_of_something_is_a_fraction() -> None:
    anchor = date(2025, 1, 1)
    assert tag("Funds hold more than a quarter of the entire market.", anchor) == {}
    assert tag("Three quarters of the voters agreed.", anchor) == {}
    assert tag("It took a quarter.", anchor)["a quarter"][:2] == ("DURATION", "P1Q")


def test_sentence_opening_now_comma_is_a_discourse_marker() -> None:
    anchor = date(2025, 1, 1)
    assert tag("It failed. Now, he says, it works.", anchor) == {}
    assert tag("Now for the weather.", anchor) == {}
    assert tag("Now officials are investigating.", anchor)["Now"][1] == "PRESENT_REF"
    assert tag("For now, it holds.", anchor)["now"][1] == "PRESENT_REF"


def test_a_year_earlier_right_after_a_named_quarter_is_that_quarter() -> None:
    text = ("The deal closes Feb. 1, 2026. In this year's third quarter, net was $10 million, "
            "compared with $9 million a year earlier.")
    got = tag(text, date(2025, 10, 26))
    assert got["a year earlier"][1] == "2024-Q3"


def test_a_forecast_quarter_far_ahead_does_not_take_the_focus() -> None:
    text = ("Bethlehem earned $46.9 million in the third quarter. Analysts expect losses through "
            "the third quarter of 2026. In the year-ago period, it earned $101 million.")
    got = tag(text, date(2025, 10, 26))
    assert got["the third quarter of 2026"][1] == "2026-Q3"
    assert got["the year-ago period"][1] == "2024-Q3"
