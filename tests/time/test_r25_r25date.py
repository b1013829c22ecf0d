"""Round 25 (r25date): which clause a date belongs to when a sentence holds two.
Sentences written for these tests (places and names not taken from any gold set)."""

from datetime import date

from .conftest import trigger_days


# ------------- "said it had deployed troops on Monday, and that officers detained six men and
# seized rifles on Tuesday": a conjunct with a subject of its own is another clause; the date on
# its own verbs is nearer than the one on the clause it is joined to
def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_day():
    text = ("SANTIAGO, Dec 10 (AP) - The interior ministry said it had sent 200 police to Temuco "
            "on Monday, and that officers detained six men and seized four rifles at a roadblock "
            "near Ercilla on Tuesday.")
    assert trigger_days(text, "detained", "2026-12-10") == [(date(2026, 12, 8), date(2026, 12, 8))]
    assert trigger_days(text, "sent", "2026-12-10") == [(date(2026, 12, 7), date(2026, 12, 7))]


def test_verbs_sharing_one_subject_still_share_the_day_on_the_last():
    text = ("QUITO, Oct 22 (Reuters) - Police raided a warehouse in Guayaquil and arrested 12 "
            "people on Tuesday, the interior ministry said.")
    assert (date(2026, 10, 20), date(2026, 10, 20)) in trigger_days(text, "raided", "2026-10-22")


# ------------- "Three militants surrendered on Saturday, the office said, adding: 'We call on
# the others ...'": the reported act's day is neither the saying's nor what it adds
def test_a_call_added_after_an_attribution_is_not_dated_by_the_reported_act():
    text = ("ANKARA, April 16 (Reuters) - Three militants surrendered to police in Sirnak on "
            "Saturday, the governor's office said, adding: \"We call on the others to give up "
            "their arms.\"")
    assert trigger_days(text, "surrendered", "2026-04-16") == [
        (date(2026, 4, 11), date(2026, 4, 11))]
    assert all(start != end or start != date(2026, 4, 11)
               for start, end in trigger_days(text, "call on", "2026-04-16"))


def test_a_date_right_after_the_verb_of_saying_is_still_the_sayings():
    text = ("ADDIS ABABA, Feb 19 (AP) - The minister said on Wednesday that the talks were going "
            "well, and urged both sides to keep the truce.")
    assert trigger_days(text, "urged", "2026-02-19") == [(date(2026, 2, 18), date(2026, 2, 18))]


# ------------- "in 1982-2014": two years joined by a dash are the two ends of a range
def test_two_years_joined_by_a_dash_are_each_tagged():
    from wirecoder.time.tagger import tag_timexes
    found = [(t.span.text, t.start, t.end) for t in tag_timexes(
        "The 2011–2013 drought killed cattle across the region.", date(2026, 5, 12))]
    assert found == [("2011", date(2011, 1, 1), date(2011, 12, 31)),
                     ("2013", date(2013, 1, 1), date(2013, 12, 31))], found


def test_a_number_with_dashes_is_not_read_as_years():
    from wirecoder.time.tagger import tag_timexes
    found = [t.span.text for t in tag_timexes("Call 555-1982-2014 for details.",
                                              date(2026, 5, 12))]
    assert found == [], found


def test_an_act_dated_by_a_dashed_year_range_spans_both_years():
    text = ("DAKAR, May 12 (Reuters) - A separatist insurgency in Casamance in 1982-2014 killed "
            "several thousand people.")
    assert (date(1982, 1, 1), date(2014, 12, 31)) in trigger_days(text, "killed", "2026-05-12")


def test_an_act_added_in_the_past_perfect_keeps_the_reported_clauses_day():
    text = ("MISRATA, March 3 - The truce took effect at noon on Monday, the mediators said in a "
            "statement, adding that the two brigades had agreed to leave the port.")
    assert (date(2026, 3, 2), date(2026, 3, 2)) in trigger_days(text, "agreed", "2026-03-03")


def test_a_since_date_on_the_first_clause_does_not_date_the_next_clauses_act():
    text = ("GOMA, March 18 (Reuters) - Fighting between the army and rebels near Kalemie has "
            "forced 4,000 people from their homes since Saturday, and soldiers blocked a truck "
            "carrying food for the displaced on Monday, aid workers said.")
    assert trigger_days(text, "blocked", "2026-03-18") == [(date(2026, 3, 16), date(2026, 3, 16))]


def test_the_day_of_a_saying_still_dates_both_clauses_it_reports():
    text = ("DAVAO, May 7 (AP) - The army said on Thursday it had sent two battalions to the "
            "area, and that a committee formed under the 2019 accord had begun talks with both "
            "clans.")
    assert (date(2026, 5, 7), date(2026, 5, 7)) in trigger_days(text, "talks", "2026-05-07")


# ------------- a deployment announced as done on a dated saying is that day's news (moved here
# from tests/events: dates, with the same helper)
def test_troops_said_on_a_day_to_have_been_deployed_are_dated_to_the_saying():
    text = ("JUBA, Jan 22 (Reuters) - Fighting between two militias killed 14 people in Jonglei "
            "on Monday. The army said on Wednesday that it had deployed two battalions to the "
            "area.")
    assert trigger_days(text, "deployed", "2026-01-22") == [(date(2026, 1, 21), date(2026, 1, 21))]


def test_the_day_of_a_saying_told_in_an_address_dates_the_deployment():
    text = ("TEGUCIGALPA, Sept 18 (AP) - Gangs burned a bus in San Pedro Sula on Tuesday, "
            "killing three. The security minister said in a televised address on Wednesday that "
            "500 soldiers had been sent to the city.")
    assert trigger_days(text, "sent", "2026-09-18") == [(date(2026, 9, 16), date(2026, 9, 16))]


def test_arrests_told_the_same_way_still_run_from_the_main_event():
    text = ("HARARE, May 7 (Reuters) - Protesters clashed with police in Bulawayo on Monday. "
            "Police said on Wednesday that 60 people had been detained.")
    assert trigger_days(text, "detained", "2026-05-07") == [(date(2026, 5, 4), date(2026, 5, 6))]


# ------------- "said on Thursday that ... outsiders were trying to exploit them, and promised
# deliveries": the promise is the speaker's, made when the saying was
def test_a_promise_joined_after_a_reported_progressive_takes_the_sayings_day():
    text = ("BEIRUT, Oct 9 (Reuters) - The governor said on Thursday that residents were angry "
            "but that outsiders were trying to exploit them, and promised new water deliveries "
            "within days.")
    assert trigger_days(text, "promised", "2026-10-09") == [(date(2026, 10, 8), date(2026, 10, 8))]
