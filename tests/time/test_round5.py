"""Fifth pass: TimeML normalisations checked on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from wirecoder.time import tag_timexes

ANCHOR = date(2024, 10, 24)  # a Thursday, early in the calendar fourth quarter


def _tags(text: str, anchor: date = ANCHOR) -> list[tuple[str, str, str]]:
    return [(t.span.text, t.type, t.value) for t in tag_timexes(text, anchor)]


def test_the_quarter_keeps_the_quarter_in_focus_however_far_back_it_was_named() -> None:
    # "the quarter" is anaphoric: it refers to the quarter the report is about (here the
    # company's fiscal first quarter), not to the calendar quarter, even paragraphs later
    filler = " ".join(["The chain also opened new stores in several regions."] * 8)
    text = ("Acme Foods said it earned $3 million in the fiscal first quarter. " + filler
            + " Frozen goods made up a third of the sales in the quarter, the company said.")
    quarters = [v for s, _, v in _tags(text) if "quarter" in s]
    assert quarters == ["2024-Q1", "2024-Q1"]


def test_a_span_of_months_a_year_back_is_one_duration() -> None:
    # like "the first nine months" / "the latest nine months": the period is one DURATION,
    # its year-earlier modifier belongs to it (not a DATE "year-earlier" plus a duration)
    assert _tags("Sales for the year-earlier nine months were restated.") == [
        ("the year-earlier nine months", "DURATION", "P9M")]
    assert _tags("Profit was flat against the comparable six months of last year.")[0] == (
        "the comparable six months", "DURATION", "P6M")


def test_soon_after_a_modal_is_the_near_future() -> None:
    # TimeML: "soon" placing an event in the near future of the speech time is FUTURE_REF
    assert _tags("The ministry may soon lift the curfew.") == [("soon", "DATE", "FUTURE_REF")]
    assert _tags("Aid convoys soon will reach the valley.") == [("soon", "DATE", "FUTURE_REF")]
    assert _tags("The mayor hopes to soon reopen the schools.") == [
        ("soon", "DATE", "FUTURE_REF")]


def test_soon_relative_to_another_time_is_no_timex() -> None:
    # "soon after X", "as soon as X", a past "was soon released": relative to another event
    assert _tags("The hostage was killed soon after his capture.") == []
    assert _tags("Talks will resume as soon as the fighting stops.") == []
    assert _tags("He was soon released without charge.") == []


def test_this_quarters_results_early_in_the_next_quarter_are_the_reported_quarter() -> None:
    # written on Oct. 24: the results belong to the quarter that ended Sept. 30
    text = ("Acme Foods posted a loss for the third quarter. This quarter's loss includes a "
            "charge for plant closings.")
    assert [v for s, _, v in _tags(text) if "quarter" in s.lower()] == ["2024-Q3", "2024-Q3"]
    # a forecast for the quarter under way stays the calendar quarter
    text = "Acme Foods posted a loss for the third quarter. Sales this quarter should recover."
    assert [v for s, _, v in _tags(text) if "quarter" in s.lower()] == ["2024-Q3", "2024-Q4"]


def test_weekday_coordinated_with_a_plural_recurrence_is_a_set() -> None:
    # "Monday and Tuesday nights": the plural head "nights" is shared, so both are SETs
    assert _tags("The ferries will sail on Monday and Tuesday nights.") == [
        ("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]
    # two single days stay dates
    assert [ty for _, ty, _ in _tags("The envoy met rebels Monday and Tuesday.")] == [
        "DATE", "DATE"]


def test_how_long_an_event_has_lasted_is_a_duration_but_ages_are_not() -> None:
    # TimeML marks the duration of an event or state; a person's or a body's age is no timex
    assert _tags("Gunmen broke the 8-month-old truce on the border.") == [
        ("8-month-old", "DURATION", "P8M")]
    assert _tags("The three-year-old war has displaced millions.") == [
        ("three-year-old", "DURATION", "P3Y")]
    assert _tags("A 30-year-old war veteran was wounded.") == []
    assert _tags("The 70-year-old alliance met in Brussels.") == []
    assert _tags("A 6-year-old boy was rescued.") == []


def test_too_soon_is_degree_not_a_time() -> None:
    assert _tags("It is too soon to say who fired the shots.") == []


def test_would_in_reported_speech_looks_ahead_from_the_report() -> None:
    # future in the past: "said ... would leave on ... from August 6" is after the report
    text = "The airline said a new flight would leave Rome each Thursday from February 6."
    assert ("February 6", "DATE", "2025-02-06") in _tags(text)
    # a counterfactual "would have" does not
    text = "Officials said the convoy would have crossed on Monday."
    assert ("Monday", "DATE", "2024-10-21") in _tags(text)


def test_genitive_weekday_before_a_noun_is_the_latest_such_day() -> None:
    # the weekday qualifies a noun already reported, not the verb of the clause
    assert _tags("Lawyers said they would appeal Wednesday's ruling.") == [
        ("Wednesday", "DATE", "2024-10-23")]
    # a scheduled event may still lie ahead
    assert _tags("Parties will campaign until Sunday's election.") == [
        ("Sunday", "DATE", "2024-10-27")]


def test_quarter_ended_on_a_date_takes_that_dates_year() -> None:
    # Oct. 30 has not come yet on Oct. 24, 2024, so "ended Oct. 30" is Oct. 30, 2023
    text = ("In the comparable year-ago quarter, the second quarter ended Oct. 30, the chain "
            "lost $2 million. Results for that quarter included a charge.")
    values = [v for s, _, v in _tags(text) if "quarter" in s and "year-ago" not in s]
    assert values == ["2023-Q2", "2023-Q2"]
    assert _tags("Profit rose in the third quarter ended Sept. 30.")[0] == (
        "the third quarter", "DATE", "2024-Q3")


def test_recent_units_with_a_perfect_are_a_span_up_to_now() -> None:
    # with the perfect, "in recent years" measures the stretch up to now (DURATION PXY) ...
    assert _tags("Floods have grown more frequent in recent years.") == [
        ("recent years", "DURATION", "PXY")]
    assert _tags("In recent months, the rebels have lost ground.") == [
        ("recent months", "DURATION", "PXM")]
    # ... in the simple past, or qualifying a noun, it places an event vaguely in the past
    assert _tags("Ten soldiers were killed in the region in recent days.") == [
        ("recent days", "DATE", "PAST_REF")]
    assert _tags("The bank has financed the building boom of recent years.") == [
        ("recent years", "DATE", "PAST_REF")]


def test_narrative_would_is_no_future() -> None:
    # "would" outside reported speech tells a story in the past: the weekday stays behind
    assert _tags("Rebels seized the hill on Wednesday; this would later be confirmed.") == [
        ("Wednesday", "DATE", "2024-10-23")]
    assert _tags("Crowds protested on Tuesday, saying the deal would hurt farmers.") == [
        ("Tuesday", "DATE", "2024-10-22")]


def test_an_apposition_names_the_quarter_referred_to() -> None:
    text = ("Results for the comparable year-ago quarter, the second quarter ended Oct. 30, "
            "included a charge.")
    assert [v for s, _, v in _tags(text) if "quarter" in s] == ["2023-Q2", "2023-Q2"]
    # a list of quarters is no apposition
    text = "Sales rose in the second quarter, the third quarter, and the fourth quarter."
    assert [v for _, _, v in _tags(text)] == ["2024-Q2", "2024-Q3", "2024-Q4"]


def test_numbers_after_no_and_now_compounds_are_no_timexes() -> None:
    assert _tags("The bomb exploded at house no. 1824 on 32nd Avenue.") == []
    assert _tags("Flight 1549 landed safely.") == []
    assert _tags("Shells hit the now-deserted village.") == []
    # a year after "in" stays a year
    assert _tags("The party was founded in 1824.") == [("1824", "DATE", "1824")]
    assert _tags("There will be no 1990 budget talks.") == [("1990", "DATE", "1990")]


def test_coordinated_quarters_share_the_plural_head() -> None:
    # habitual: each year's second and fourth quarters (TimeML SET)
    text = "Most of the toy sales usually come in the second and fourth quarters."
    assert _tags(text) == [("second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")]
    # a report: those quarters of this year
    assert _tags("Profit rose in the second and third quarters.") == [
        ("second", "DATE", "2024-Q2"), ("third quarters", "DATE", "2024-Q3")]
    assert _tags("He scored in the first and fourth quarters of the game.") == []


def test_weekday_with_a_bracketed_date_is_that_date() -> None:
    # wire copy glosses a weekday with its date in brackets, as it does in parentheses
    assert _tags("Police opened fire on Wednesday [30 April] in the capital.",
                 date(2025, 5, 2)) == [("Wednesday [30 April]", "DATE", "2025-04-30")]


def test_another_nations_independence_day_is_not_july_fourth() -> None:
    assert _tags("Rebels struck two days before Colombia's Independence Day.",
                 date(2019, 7, 10)) == [("two days", "DURATION", "P2D")]
    assert _tags("Fireworks lit the sky on Independence Day.", date(2019, 7, 10)) == [
        ("Independence Day", "DATE", "2019-07-04")]
