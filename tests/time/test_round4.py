"""Fourth pass: TimeML normalisations checked on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from wirecoder.time import tag_timexes

ANCHOR = date(2024, 3, 14)  # a Thursday


def _tags(text: str, anchor: date = ANCHOR) -> dict[str, tuple[str, str]]:
    return {t.span.text: (t.type, t.value) for t in tag_timexes(text, anchor)}


def test_one_day_after_a_modal_is_an_indefinite_future() -> None:
    # TimeML: "one day" meaning "some day" is DATE FUTURE_REF, not a day-long duration
    assert _tags("Engineers say the bridge will one day carry trains.") == {
        "one day": ("DATE", "FUTURE_REF")}
    assert _tags("Officials could still one day reopen the border.") == {
        "one day": ("DATE", "FUTURE_REF")}
    assert _tags("She hopes she may one day return to her village.") == {
        "one day": ("DATE", "FUTURE_REF")}


def test_one_day_as_a_length_stays_a_duration() -> None:
    assert _tags("The general strike lasted one day.") == {"one day": ("DURATION", "P1D")}
    assert _tags("It will take one day to count the ballots.") == {
        "one day": ("DURATION", "P1D")}


def test_last_after_a_modal_is_the_verb_not_part_of_the_duration() -> None:
    assert _tags("The union said the walkout will last one day.") == {
        "one day": ("DURATION", "P1D")}
    assert _tags("The hearings are expected to last three weeks.") == {
        "three weeks": ("DURATION", "P3W")}
    assert _tags("The siege could last several months.") == {"several months": ("DURATION", "PXM")}
    # the adjective keeps its place in the expression
    assert _tags("Shelling intensified over the last two days.") == {
        "the last two days": ("DURATION", "P2D")}


def test_generic_today_is_present_ref_not_the_anchor_date() -> None:
    # "today" meaning nowadays (TimeML PRESENT_REF); the day of writing stays the date
    assert _tags("Parents worry about the pressures of today's world.") == {
        "today": ("DATE", "PRESENT_REF")}
    assert _tags("Many of today's mobile phones run on the same chip.") == {
        "today": ("DATE", "PRESENT_REF")}
    assert _tags("Today's vote in parliament was delayed.") == {"Today": ("DATE", "2024-03-14")}
    assert _tags("The notice ran in today's editions of the paper.") == {
        "today": ("DATE", "2024-03-14")}


def test_part_of_a_decade_or_century_is_one_expression() -> None:
    # TimeML: one TIMEX3 for the whole phrase, the decade/century value with a START/END mod
    tags = {t.span.text: (t.value, t.mod)
            for t in tag_timexes("Trade boomed in the first half of the 1990s.", ANCHOR)}
    assert tags == {"the first half of the 1990s": ("199", "START")}
    tags = {t.span.text: (t.value, t.mod) for t in tag_timexes(
        "Railways spread in the latter half of the 19th century.", ANCHOR)}
    assert tags == {"the latter half of the 19th century": ("18", "END")}
    tags = {t.span.text: (t.value, t.mod)
            for t in tag_timexes("Rents doubled by the end of the '70s.", ANCHOR)}
    assert tags == {"the end of the '70s": ("197", "END")}


def test_first_or_last_decade_of_a_century_is_that_decade() -> None:
    assert _tags("The dam was finished in the last decade of the 20th century.") == {
        "the last decade of the 20th century": ("DATE", "199")}
    assert _tags("Growth slowed in the first decade of the 21st century.") == {
        "the first decade of the 21st century": ("DATE", "200")}


def test_wire_style_24_hour_clock_with_a_zone() -> None:
    got = _tags("Warplanes struck the depot at 0300 GMT on Friday.")
    assert got == {"0300 GMT on Friday": ("TIME", "2024-03-08T03:00")}
    assert _tags("The tremor was recorded at 2215 UTC.") == {
        "2215 UTC": ("TIME", "2024-03-14T22:15")}
    # a year before a name is not a clock time; a gloss of a time just named is not a new one
    assert "2000 GMT" not in _tags("In 2000 GMT merged with a rival carrier.")
    got = _tags("The blast came at 10:35 a.m. (0735 GMT) on Friday.")
    assert "0735 GMT" not in got and got["10:35 a.m."] == ("TIME", "2024-03-08T10:35")


def test_clock_with_seconds_and_video_lengths() -> None:
    assert _tags("The first shot was fired at 9:02:13 p.m.") == {
        "9:02:13 p.m.": ("TIME", "2024-03-14T21:02:13")}
    assert _tags("The blast came at 10:15:30 local time.") == {
        "10:15:30": ("TIME", "2024-03-14T10:15:30")}
    # a video player's "0:00:30 / 0:01:45" holds no clock time
    assert _tags("Share this video 0:00:30 / 0:01:45") == {}


def test_spent_a_year_is_a_duration_and_rates_stay_sets() -> None:
    assert _tags("He spent a year in custody before his release.") == {
        "a year": ("DURATION", "P1Y")}
    assert _tags("The scheme costs $3 million a year.") == {"a year": ("SET", "P1Y")}


def test_capitalised_now_inside_a_name_is_not_a_timex() -> None:
    assert _tags("Troops searched a compound in Now Zad district, Helmand province.") == {}
    assert _tags("Now the council must decide.") == {"Now": ("DATE", "PRESENT_REF")}


def test_the_first_of_the_year_is_new_years_day() -> None:
    assert _tags("Police have seized 90 rifles since the first of the year.") == {
        "the first of the year": ("DATE", "2024-01-01")}
    assert _tags("Fares have doubled since the first of last year.") == {
        "the first of last year": ("DATE", "2023-01-01")}


def test_counts_and_ages_that_look_like_time_are_not_timexes() -> None:
    assert _tags("More than 2000 houses were burnt in the raid.") == {}
    assert _tags("Some 1500 refugees crossed the border.") == {}
    assert _tags("The victims were between six and 12 years of age.") == {}
    # a year after a preposition or before "levels" stays a year
    assert _tags("Emissions fell below 1990 levels.") == {"1990": ("DATE", "1990")}


def test_all_lower_case_text_still_has_months_and_weekdays() -> None:
    # a lower-cased wire feed: the capital-letter cues are restored, the spans are the original's
    text = ("the army said the ambush took place on 30 december near the river. "
            "the rebels may attack again on monday, officials said.")
    tags = {t.span.text: (t.type, t.value) for t in tag_timexes(text, date(1990, 1, 3))}
    assert tags["30 december"] == ("DATE", "1989-12-30")
    assert tags["monday"][0] == "DATE"
    assert "may" not in tags  # the modal stays a modal
    assert all(text[t.span.start:t.span.end] == t.span.text
               for t in tag_timexes(text, date(1990, 1, 3)))


def test_24_hour_clock_in_wire_and_military_style() -> None:
    got = _tags("A bulletin says that on 6 March at 1625, rebels shelled the base.")
    assert got["1625"] == ("TIME", "2024-03-06T16:25")
    assert _tags("Radio Liberty at 2200 GMT on 5 March carried the speech.") == {
        "2200 GMT on 5 March": ("TIME", "2024-03-05T22:00")}
    assert _tags("The patrol left at 0600 hrs on Monday.") == {
        "0600 hrs on Monday": ("TIME", "2024-03-11T06:00")}
    # the GMT gloss of a local time is neither a new time nor a year
    assert _tags("The charges were defused at 1145 (1745 GMT) by police.") == {
        "1145": ("TIME", "2024-03-14T11:45")}
    # a year stays a year; a plain count stays a count
    assert _tags("Output is back at 1990 levels.") == {"1990": ("DATE", "1990")}
    assert _tags("He scored 2130 points.") == {}


def test_lower_case_may_and_march_need_a_month_cue() -> None:
    text = ("the unions called on members to march for peace. it may rain again. "
            "the talks were held in march, and the vote comes in may.")
    tags = [(t.span.text, t.value) for t in tag_timexes(text, date(1989, 5, 3))]
    assert tags == [("march", "1989-03"), ("may", "1989-05")]
    assert [t.span.start for t in tag_timexes(text, date(1989, 5, 3))] == [
        text.index("in march") + 3, text.index("in may") + 3]


def test_expected_in_a_month_looks_ahead() -> None:
    # "expected in May" is a plan, not a past event, even though "expected" ends in -ed
    assert _tags("Officials say the unrest expected in May is a threat.",
                 date(1989, 4, 30)) == {"May": ("DATE", "1989-05")}


def test_at_approximately_hhmm_is_a_clock_time() -> None:
    assert _tags("Tonight, at approximately 1940, a bomb exploded.", date(1989, 5, 3)) == {
        "Tonight": ("TIME", "1989-05-03TNI"), "1940": ("TIME", "1989-05-03T19:40")}


def test_a_date_that_names_a_movement_is_not_a_timex() -> None:
    assert _tags("Officials met leaders of the M-19 (19 April Movement) twice.") == {}
    assert _tags("The 26th of July Movement grew quickly.") == {}
    assert _tags("In April front-line troops advanced.") == {"April": ("DATE", "2024-04")}


def test_let_us_looks_ahead() -> None:
    # a hortative ("let us vote in the 15 September elections") is about the future
    assert _tags("Let us vote in the 15 September elections instead.", date(1989, 3, 15)) == {
        "15 September": ("DATE", "1989-09-15")}


def test_a_second_decade_word_in_a_coordination() -> None:
    assert _tags("Jazz clubs thrived in the forties and fifties.") == {
        "the forties": ("DATE", "194"), "fifties": ("DATE", "195")}
    assert _tags("She moved abroad in her forties.") == {}


def test_the_future_as_prospects_is_not_a_time() -> None:
    # "the future of X" and "the future looks ..." speak of prospects, not of a time
    assert _tags("The vote matters for the future of both nations.") == {}
    assert _tags("Sales slumped, and the future looks bleak.") == {}
    assert _tags("The two sides may meet again in the future.") == {
        "the future": ("DATE", "FUTURE_REF")}
    assert _tags("Nobody knows what the future holds.") == {"the future": ("DATE", "FUTURE_REF")}
