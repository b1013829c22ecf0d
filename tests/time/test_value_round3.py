"""Value rules of the third pass (issue 3), each on hand-written sentences."""

from __future__ import annotations

from datetime import date

from wirecoder.time import tag_timexes


def tag(text: str, anchor: date) -> dict[str, tuple[str, str, str | None]]:
    return {t.span.text: (t.type, t.value, t.mod) for t in tag_timexes(text, anchor)}


def test_a_year_earlier_after_a_multi_quarter_span_is_the_year() -> None:
    anchor = date(2021, 11, 3)
    text = ("Acme earned $5 million in the third quarter, up from $4 million a year earlier. "
            "For the nine months, net was $12 million, compared with $9 million a year earlier.")
    got = [(t.span.text, t.value) for t in tag_timexes(text, anchor)]
    assert ("a year earlier", "2020-Q3") in got  # the quarter a year back
    assert ("a year earlier", "2020") in got  # the nine months a year back: the year
    text2 = ("Profit rose in the third quarter. In the first nine months, sales were flat, "
             "compared with the 2020 period. The year-ago results included a charge.")
    got2 = tag(text2, anchor)
    assert got2["the 2020 period"][:2] == ("DATE", "2020")
    assert got2["year-ago"][:2] == ("DATE", "2020")
    # without a longer span in between, the quarter stays in focus
    got3 = tag("Sales fell in the third quarter. The year-ago results included a gain.", anchor)
    assert got3["year-ago"][:2] == ("DATE", "2020-Q3")


def test_recent_years_is_the_recent_past() -> None:
    anchor = date(2022, 5, 4)
    # (fifth pass: with a perfect, "has grown in recent years", it is the span up to now,
    # DURATION PXY; see tests/time/test_round5.py)
    assert tag("Tourism grew fast in recent years.", anchor)["recent years"][:2] == (
        "DATE", "PAST_REF")
    assert tag("There were protests in past years, too.", anchor)["past years"][:2] == (
        "DATE", "PAST_REF")
    # a vague count of years stays a duration
    assert tag("The plant was closed for several years.", anchor)["several years"][:2] == (
        "DURATION", "PXY")
    assert tag("Rates fell over the past few months.", anchor)["the past few months"][:2] == (
        "DURATION", "PXM")


def test_the_nth_day_of_with_a_copula_is_the_day_talked_about() -> None:
    anchor = date(2023, 6, 14)
    got = tag("Today is the fifth day of the strike at the port.", anchor)
    assert got["the fifth day"][:2] == ("DATE", "2023-06-14")
    got = tag("It's the second day of an offensive against the rebels.", anchor)
    assert got["the second day"][:2] == ("DATE", "2023-06-14")
    # without a present copula the count alone does not say which day
    assert "the third day" not in tag("On the third day of the trip they left.", anchor)
    assert "the third day" not in tag("It was the third day of the talks.", anchor)
    assert tag("It marked Kenya's third day of mourning.", anchor) == {}


def test_the_day_after_an_event_and_the_day_before_in_apposition() -> None:
    anchor = date(2024, 11, 20)
    got = tag("The mayor was shot on Oct. 9. Two men came to his house the day after his "
              "death.", anchor)
    assert got["the day"][:2] == ("DATE", "2024-10-10")
    got = tag("He was last seen Nov. 3, the day before the police issued a warrant.", anchor)
    assert got["the day"][:2] == ("DATE", "2024-11-03")
    got = tag("He was last seen Nov. 3, the day before police issued a warrant.", anchor)
    assert got["the day before"][:2] == ("DATE", "2024-11-03")
    # "before" opening a gerund clause is not part of the expression
    got = tag("She flew to Nairobi on Tuesday and met officials later in the day before "
              "returning home.", anchor)
    assert "the day before" not in got


def test_the_year_before_counts_from_the_year_in_focus() -> None:
    anchor = date(2024, 9, 7)
    got = tag("Revenue dropped to $300 million last year, down from $450 million the year "
              "before.", anchor)
    assert got["last year"][:2] == ("DATE", "2023")
    assert got["the year before"][:2] == ("DATE", "2022")


def test_the_fiscal_year_ended_is_a_year_long_span() -> None:
    anchor = date(2021, 10, 30)
    got = tag("In the fiscal year ended Jan. 31, the chain had sales of $59 million.", anchor)
    assert got["the fiscal year"][:2] == ("DURATION", "P1Y")
    got = tag("Profit will fall for the fiscal year, the company said.", anchor)
    assert got["the fiscal year"][:2] == ("DATE", "2021")


def test_quarter_to_quarter_is_not_a_quarter() -> None:
    anchor = date(2021, 11, 1)
    got = tag("Sales rose in the third quarter. The quarter-to-quarter comparison was helped "
              "by charges a year earlier.", anchor)
    assert "The quarter" not in got


def test_a_reported_quarter_the_calendar_has_not_finished_is_a_fiscal_label() -> None:
    anchor = date(2021, 11, 2)
    got = tag("Acme reported a 40% decline in fourth-quarter earnings. Sales in the latest "
              "period were $1.7 billion.", anchor)
    assert got["fourth-quarter"][:2] == ("DATE", "2021-Q4")
    assert got["the latest period"][:2] == ("DATE", "2021-Q4")
    # a quarter still ahead: the latest period is the last finished calendar quarter
    got = tag("Acme will report fourth-quarter earnings soon. Sales in the latest quarter "
              "were flat.", anchor)
    assert got["the latest quarter"][:2] == ("DATE", "2021-Q3")


def test_the_day_followed_by_a_weekday_leaves_the_weekday_alone() -> None:
    anchor = date(2024, 1, 8)
    got = tag("During the day Friday, the boy played in the yard.", anchor)
    assert "the day" not in got
    assert got["Friday"][:2] == ("DATE", "2024-01-05")


def test_the_1800s_is_a_century_and_the_1990s_a_decade() -> None:
    anchor = date(2013, 3, 14)
    assert tag("The mill was built in the late 1800s.", anchor)["the late 1800s"] == (
        "DATE", "18", "END")
    assert tag("Cities grew in the 1900s.", anchor)["the 1900s"][:2] == ("DATE", "19")
    assert tag("Prices rose in the 1990s.", anchor)["the 1990s"][:2] == ("DATE", "199")
    assert tag("The web grew in the 2000s.", anchor)["the 2000s"][:2] == ("DATE", "200")


def test_a_clock_time_takes_the_day_named_after_its_zone() -> None:
    anchor = date(2013, 3, 14)  # a Thursday
    got = tag("The storm hit the coast at about 3:30 a.m. local time (0830 GMT) on Tuesday.",
              anchor)
    assert got["about 3:30 a.m."][:2] == ("TIME", "2013-03-12T03:30")
    got = tag("The quake struck at 3:30 a.m. local time yesterday.", anchor)
    assert got["3:30 a.m."][:2] == ("TIME", "2013-03-13T03:30")
    # no day named: the day in focus (here the anchor)
    assert tag("It was 5 p.m. and the office closed.", anchor)["5 p.m."][:2] == (
        "TIME", "2013-03-14T17:00")


def test_the_past_three_summers_is_a_set_of_the_season() -> None:
    anchor = date(2013, 3, 14)
    got = tag("Riots have erupted in the city for the past three summers.", anchor)
    assert got["the past three summers"][:2] == ("SET", "XXXX-SU")
    assert "the past" not in got
    assert tag("The past summer was hot.", anchor)["The past summer"][:2] == ("DATE", "2012-SU")


def test_today_in_a_title_is_not_the_day() -> None:
    anchor = date(2013, 3, 14)
    assert tag("He told USA Today that the plan had failed.", anchor) == {}
    assert tag("He appeared on NBC's Today show.", anchor) == {}
    assert tag("Today, the council voted.", anchor)["Today"][:2] == ("DATE", "2013-03-14")
    assert tag("The council voted today.", anchor)["today"][:2] == ("DATE", "2013-03-14")


def test_high_noon_is_an_idiom() -> None:
    anchor = date(2013, 3, 14)
    assert tag("The poster showed Gary Cooper in ``High Noon.''", anchor) == {}
    assert tag("For Poland, high noon has come.", anchor) == {}
    assert tag("The deadline is noon Friday.", anchor)["noon Friday"][0] == "TIME"


def test_for_a_while_is_an_unspecified_duration() -> None:
    anchor = date(2013, 3, 14)
    got = tag("Thousands will have to live without power for a while.", anchor)
    assert got["a while"][:2] == ("DURATION", "PXX")
    got = tag("We're there to stay for a fairly lengthy period.", anchor)
    assert got["a fairly lengthy period"][:2] == ("DURATION", "PXX")
    assert tag("Once in a while he calls.", anchor) == {}
    # a quarter-talk 'period' is still a period
    got = tag("Sales rose in the third quarter, up from the 2012 period.", anchor)
    assert got["the 2012 period"][:2] == ("DATE", "2012-Q3")


def test_over_the_years_is_an_unspecified_number_of_years() -> None:
    anchor = date(2013, 3, 14)
    assert tag("Over the years many patients have died.", anchor)["the years"][:2] == (
        "DURATION", "PXY")
    got = tag("In the years that followed, the rebels waged war.", anchor)
    assert got["the years"][:2] == ("DURATION", "PXY")
    got = tag("You save fewer lives in the early years.", anchor)
    assert got["the early years"][:2] == ("DURATION", "PXY")
    assert "the years" not in tag("She spent the years 1990 to 1995 abroad.", anchor)


def test_easter_is_computed_for_the_year() -> None:
    from wirecoder.time.calendar import easter
    assert [easter(y) for y in (2000, 2013, 2019, 2025)] == [
        date(2000, 4, 23), date(2013, 3, 31), date(2019, 4, 21), date(2025, 4, 20)]
    anchor = date(2000, 4, 17)
    got = tag("Protesters prayed on Sunday as Easter week began.", anchor)
    assert got["Easter week"][:2] == ("DATE", "2000-W16")
    assert tag("He will return after Easter.", anchor)["Easter"][:2] == ("DATE", "2000-04-23")
    assert tag("They painted an easter egg.", anchor) == {}


def test_in_the_morning_is_that_part_of_the_day_in_focus() -> None:
    anchor = date(2013, 3, 14)
    got = tag("Shares fell on Monday. Dealers placed heavy orders in the morning.", anchor)
    assert got["the morning"][:2] == ("TIME", "2013-03-11TMO")
    got = tag("He will leave at 4 in the morning.", anchor)
    assert got["4 in the morning"][0] == "TIME"
    assert "the morning" not in got
    assert tag("They read the morning paper.", anchor) == {}
    # habits, or no day named nearby: not a particular morning
    assert tag("She goes skating sometimes in the morning before school.", anchor) == {}
    assert tag("In the evening the crowd left.", anchor) == {}


def test_clock_with_a_dot_and_the_day_after_in_dash_apposition() -> None:
    anchor = date(2015, 6, 1)
    got = tag("He was shot as he left a mosque at around 7.00 pm local time.", anchor)
    assert got["around 7.00 pm"][:2] == ("TIME", "2015-06-01T19:00")
    assert tag("Shares rose 7.50 percent.", anchor) == {}
    got = tag("He was busy on Nov. 24 — the day after the last social worker left.", anchor)
    assert got["the day"][:2] == ("DATE", "2014-11-24")


def test_daily_in_a_newspaper_name_is_not_a_set() -> None:
    anchor = date(2015, 6, 1)
    assert tag("He spoke to the Daily Mail.", anchor) == {}
    assert tag("The Weekly Standard said so.", anchor) == {}
    assert tag("They held rallies almost daily.", anchor)["daily"][:2] == ("SET", "P1D")
    assert tag("Daily flights resume soon.", anchor)["Daily"][:2] == ("SET", "P1D")


def test_jul_without_a_period_before_a_day_number() -> None:
    anchor = date(2015, 6, 1)
    got = tag("Posted on Jul 25, 2015 at 11:11pm PDT.", anchor)
    assert got["Jul 25, 2015"][:2] == ("DATE", "2015-07-25")
    assert got["11:11pm PDT"][:2] == ("TIME", "2015-07-25T23:11")
    assert tag("Jun Lee said so.", anchor) == {}


def test_until_then_is_the_day_named_just_before() -> None:
    anchor = date(2013, 3, 14)
    got = tag("The rights will terminate on April 30. Until then, the stock remains "
              "convertible.", anchor)
    assert got["then"][:2] == ("DATE", "2013-04-30")
    assert tag("Until then, nobody knew.", anchor) == {}
    assert tag("Since then, the firm has grown.", anchor) == {}


def test_the_first_two_quarters_of_a_year_is_its_first_half() -> None:
    anchor = date(2013, 10, 26)
    got = tag("The slump will last through the first two quarters of 2014.", anchor)
    assert got["the first two quarters of 2014"][:2] == ("DATE", "2014-H1")
    got = tag("Sales rose in the last two quarters of this year.", anchor)
    assert got["the last two quarters of this year"][:2] == ("DATE", "2013-H2")
    # without a year it stays a length
    assert tag("It took the first two quarters.", anchor)["the first two quarters"][:2] == (
        "DURATION", "P2Q")


def test_the_past_decade_is_the_last_ten_years() -> None:
    anchor = date(1998, 10, 25)
    got = tag("Threats had become routine over the past decade.", anchor)
    assert got["the past decade"][:2] == ("DURATION", "P10Y")
    got = tag("It was one of the events of the past century.", anchor)
    assert got["the past century"][:2] == ("DURATION", "P100Y")
    # "the last decade" stays the previous decade, as TimeBank marks it
    assert tag("It was the worst storm in the last decade.", anchor)["the last decade"][:2] == (
        "DATE", "198")
