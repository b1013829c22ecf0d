"""Round 27 (r27date): when events happened. Sentences written for these tests, none taken
from a gold set; published on Thursday 14 May 2026."""

from datetime import date

from wirecoder.time.tagger import tag_timexes

from .conftest import trigger_days

PUB = "2026-05-14"  # a Thursday


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.span.text, t.value) for t in tag_timexes(text, date(2026, 5, 14))]


# ------------- "the night of 9 to 10 May": the first day takes the month written after the
# second (`handlers._lead_day`), and the pair is a range
def test_a_night_of_two_days_is_both_days():
    text = ("Gunmen attacked a police station in the town of Kiro in the night of 9 to 10 May, "
            "killing four officers, the regional governor said in a statement.")
    assert trigger_days(text, "attacked", PUB) == [(date(2026, 5, 9), date(2026, 5, 10))]


def test_a_night_of_two_days_with_a_year():
    text = ("Militants stormed the prison in the night of 12 to 13 May 2026 and freed dozens "
            "of inmates, the justice ministry said.")
    assert trigger_days(text, "stormed", PUB) == [(date(2026, 5, 12), date(2026, 5, 13))]


def test_the_first_day_of_a_pair_is_tagged_in_the_months_year():
    assert ("2", "2026-03-02") in _values("Talks were held from 2 to 5 March 2026.")
    assert ("12", "2026-05-12") in _values("Rebels attacked on 12 and 13 May.")


def test_a_count_before_a_date_is_no_day():
    # a day must come before a larger day of the same month: "5 to 3 May" is no pair
    assert not any(v == "2026-05-05" for _, v in _values("It rose 5 to 3 May levels."))
    assert ("2 to 5 years", "P5Y") in [(s, v) for s, v in
                                       _values("He was sentenced to 2 to 5 years on 3 May.")]


# ------------- "on Tuesday last week": that weekday of the week before the report's
# (`handlers_more._weekday_of_week`), not the whole week
def test_a_weekday_last_week_is_that_day():
    text = ("Clashes broke out on Tuesday last week between herders and farmers near Wara, "
            "officials said.")
    assert trigger_days(text, "Clashes", PUB) == [(date(2026, 5, 5), date(2026, 5, 5))]


def test_a_weekday_of_last_week_is_that_day():
    text = "A bomb exploded in a market on Tuesday of last week, killing nine people, police said."
    assert trigger_days(text, "exploded", PUB) == [(date(2026, 5, 5), date(2026, 5, 5))]


def test_a_weekday_this_week_is_that_day_of_the_reports_week():
    text = "Protesters blocked the main highway on Monday this week, police said."
    assert trigger_days(text, "blocked", PUB) == [(date(2026, 5, 11), date(2026, 5, 11))]
    assert ("Sunday next week", "2026-05-24") in _values("They meet on Sunday next week.")


# ------------- "broke out on Saturday and continued until Monday": the outbreak's day to the
# end its verb of going on tells (`run_on`)
def test_an_outbreak_runs_until_the_day_its_going_on_names():
    text = ("Fighting broke out on Saturday between two militias in the capital and continued "
            "until Monday, health officials said.")
    assert trigger_days(text, "Fighting", PUB) == [(date(2026, 5, 9), date(2026, 5, 11))]


def test_an_outbreak_that_spread_overnight_runs_into_the_next_day():
    text = ("Clashes erupted on Sunday evening in the port district and spread overnight to "
            "the airport road, residents said.")
    assert trigger_days(text, "Clashes", PUB) == [(date(2026, 5, 10), date(2026, 5, 11))]


def test_an_outbreak_with_dated_end_and_a_lemma_the_tagger_misreads():
    text = ("Heavy fighting erupted on Thursday last week in the north of the province and "
            "raged until Sunday, the UN said.")
    assert trigger_days(text, "fighting", PUB) == [(date(2026, 5, 7), date(2026, 5, 10))]
    text = "The clashes started on 5 May and went on until 8 May, the ministry said."
    assert trigger_days(text, "clashes", PUB) == [(date(2026, 5, 5), date(2026, 5, 8))]


def test_a_day_with_no_going_on_stays_one_day():
    text = ("Two people were killed on Saturday when gunmen opened fire at a wedding, and the "
            "attackers fled overnight into the forest, police said.")
    assert trigger_days(text, "killed", PUB) == [(date(2026, 5, 9), date(2026, 5, 9))]
    text = "Fighting broke out on Saturday and spread to three villages, residents said."
    assert trigger_days(text, "Fighting", PUB) == [(date(2026, 5, 9), date(2026, 5, 9))]


# ------------- a date in what a speaker says is not the date of the speaker's next act
# (`attribution_dates.sibling_report_date`)
def test_a_reported_date_does_not_date_the_speakers_next_act():
    text = ("The rights group said soldiers had shot three protesters on Monday and called for "
            "an inquiry.")
    assert trigger_days(text, "shot", PUB) == [(date(2026, 5, 11), date(2026, 5, 11))]
    # the call is undated: from the main event to the report, not Monday alone
    assert trigger_days(text, "called", PUB) == [(date(2026, 5, 11), date(2026, 5, 14))]


def test_a_reported_month_does_not_date_the_accusation_after_it():
    text = ("The association said miners had kidnapped two girls from a village last month, "
            "and accused the government of abandoning the territory.")
    days = trigger_days(text, "accused", PUB)
    assert days and all(s is not None and s.month == 5 for s, _ in days), days


def test_a_date_on_the_saying_still_dates_it():
    text = "The ministry said on Tuesday that troops had killed ten militants, and urged calm."
    assert trigger_days(text, "urged", PUB) == [(date(2026, 5, 12), date(2026, 5, 12))]


# ------------- a date reached through a joined clause with a subject of its own is that
# clause's act's, on the date's side as on the trigger's (`event_time._syntactic_distance`)
def test_a_date_in_the_next_joined_clause_is_its_own():
    text = ("A relative told Reuters the kidnappers had demanded 100 million naira in a phone "
            "call on May 2, and that families had paid 18 million naira last week.")
    assert trigger_days(text, "demanded", PUB) == [(date(2026, 5, 2), date(2026, 5, 2))]


def test_the_only_date_still_dates_the_act_of_the_other_clause():
    text = "Militants attacked the base and troops repelled them on Monday."
    assert trigger_days(text, "attacked", PUB) == [(date(2026, 5, 11), date(2026, 5, 11))]


# ------------- a statement joined (by the parse) to a verb whose only day is told inside the
# statement does not borrow that day (`statement_dates._told_inside`)
def test_a_charge_joined_to_a_clause_does_not_borrow_its_own_acts_day():
    text = ("BOGOTA, May 14 (Reuters) - Rebels freed four soldiers on Wednesday. The rebels said "
            "the others would be freed when conditions allow and accused the army of bombing "
            "rural areas on Monday.")
    assert trigger_days(text, "bombing", PUB) == [(date(2026, 5, 11), date(2026, 5, 11))]
    assert trigger_days(text, "accused", PUB) == [(date(2026, 5, 13), date(2026, 5, 14))]


def test_a_sentence_with_no_date_goes_on_in_the_stretch_told_before():
    text = ("GOMA, May 14 - Rebels attacked the village of Kasa during the night of 9 to 10 May, "
            "killing 12 residents, the UN said. The attackers looted shops and set fire to "
            "houses, witnesses said.")
    assert trigger_days(text, "looted", PUB) == [(date(2026, 5, 9), date(2026, 5, 10))]


def test_a_date_on_the_saying_parsed_into_the_report_still_dates_the_next_act():
    text = ("The interior ministry said on Tuesday it had sent 120 officers to the town and "
            "declared the area \"disturbed\", a designation that allows searches.")
    assert trigger_days(text, "declared", PUB) == [(date(2026, 5, 12), date(2026, 5, 12))]
