"""Round 24 (r24date): days told as a stretch. Sentences written for these tests (places and
names not taken from any gold set); each checks the dates a user reads on the event."""

from datetime import date

from wirecoder.evaluate.events import _document, run_pipeline

from .conftest import trigger_days


def _days(text: str, word: str, published: str = "2026-03-12") -> list[tuple]:
    """`trigger_days`, published on a Thursday unless told otherwise."""
    return trigger_days(text, word, published)



# ------------- "have abducted 12 farmers since Friday in a string of raids": the raids' "Friday"
# is the first of the abductions' days, not a finer date that ends them
def test_a_since_range_is_not_cut_to_its_first_day_by_the_raids_noun():
    text = ("Gunmen have kidnapped at least 15 traders since Saturday in a series of raids on "
            "villages in Katsina state, local officials said on Thursday.")
    assert (date(2026, 3, 7), date(2026, 3, 12)) in _days(text, "kidnapped")


def test_a_since_range_without_a_raid_noun_still_runs_to_the_report():
    text = ("Gunmen have kidnapped at least 15 traders in Katsina state since Saturday, local "
            "officials said on Thursday.")
    assert (date(2026, 3, 7), date(2026, 3, 12)) in _days(text, "kidnapped")


# ------------- "besieged the town from Friday until Monday", told in the past: last week's days
def test_a_past_stretch_of_weekdays_is_the_last_one_before_the_report():
    text = ("Militiamen encircled the market town of Kaga Bandoro from Saturday until Tuesday, "
            "killing at least 14 people, a humanitarian official said on Thursday.")
    days = _days(text, "killing")
    assert (date(2026, 3, 7), date(2026, 3, 10)) in days, days


def test_a_coming_stretch_of_weekdays_stays_ahead_when_the_act_is_to_come():
    text = ("Opposition parties will hold rallies in Lusaka from Saturday until Tuesday, their "
            "spokesman said on Thursday.")
    events = run_pipeline(_document({"text": text, "published": "2026-03-12"})).events
    rallies = [e for e in events if e.trigger is not None and "rall" in e.trigger.text]
    assert rallies, [(e.trigger.text, e.time.start) for e in events if e.trigger is not None]
    assert all(e.time.start is None or e.time.start >= date(2026, 3, 12) for e in rallies), [
        (e.trigger.text, e.time.start) for e in rallies]


# ------------- "signed the accord on Wednesday after two days of talks": the talks ended that day
def test_talks_an_act_closed_run_to_that_acts_day():
    text = ("The defence ministers of the two countries signed a security accord in Nairobi on "
            "Wednesday after three days of talks hosted by Kenya, both governments said.")
    assert (date(2026, 3, 9), date(2026, 3, 11)) in _days(text, "talks")


def test_talks_after_which_nothing_is_dated_are_not_given_days():
    text = ("The defence ministers of the two countries signed a security accord after three "
            "days of talks hosted by Kenya, both governments said.")
    days = _days(text, "talks")
    assert all(start is None or start == end for start, end in days), days


# ------------- "who had blocked the highway for three days": the days the blockade lasted
def test_a_blockade_that_had_lasted_three_days_runs_to_the_day_it_was_cleared():
    text = ("Soldiers used tear gas on Wednesday to disperse truck drivers who had blocked the "
            "main border crossing with Zambia for three days, the police chief said.")
    assert (date(2026, 3, 9), date(2026, 3, 11)) in _days(text, "blocked")


def test_a_term_after_a_single_act_is_not_a_stretch_of_the_act():
    text = ("Gunmen seized two aid workers on Monday and held them for three days before "
            "releasing them, the agency said on Thursday.")
    days = _days(text, "seized")
    assert (date(2026, 3, 9), date(2026, 3, 9)) in days, days
    assert all(start >= date(2026, 3, 9) for start, _ in days), days


# ------------- "By Tuesday morning, police had arrested 23 people": from the riot up to that day
def test_arrests_made_by_a_day_run_from_the_main_event_to_that_day():
    text = ("Crowds looted shops and burned two police vehicles in the port city of Beira on "
            "Monday night. By Tuesday morning, police had detained 31 people, a provincial "
            "spokesman said.")
    assert (date(2026, 3, 9), date(2026, 3, 10)) in _days(text, "detained")


def test_arrests_on_a_day_with_no_by_keep_that_day():
    text = ("Crowds looted shops and burned two police vehicles in the port city of Beira on "
            "Monday night. On Tuesday morning, police detained 31 people, a provincial "
            "spokesman said.")
    assert (date(2026, 3, 10), date(2026, 3, 10)) in _days(text, "detained")


# ------------- "said on Friday that drones struck the port overnight": the night into Friday
def test_overnight_told_by_a_dated_saying_is_the_night_into_that_day():
    text = ("Drones struck an oil depot in the port of Reni overnight, starting a fire that "
            "burned for hours, the regional governor said on Wednesday.")
    assert (date(2026, 3, 10), date(2026, 3, 11)) in _days(text, "struck")


def test_overnight_with_no_day_named_is_the_night_into_the_report():
    text = ("Drones struck an oil depot in the port of Reni overnight, starting a fire that "
            "burned for hours, the regional governor said.")
    assert (date(2026, 3, 11), date(2026, 3, 12)) in _days(text, "struck")


def test_statements_after_talks_that_closed_with_a_deal_start_on_the_deals_day():
    text = ("Two neighbouring countries signed an agreement late on Tuesday to reopen their "
            "shared border, after two days of talks in Lome, the three governments said in a "
            "joint communique.\n\nOne of the foreign ministers hailed a spirit of brotherhood "
            "and urged the other side to release two customs officers held in its capital.")
    days = _days(text, "hailed")
    assert (date(2026, 3, 10), date(2026, 3, 12)) in days, days


# ------------- "killed 25 militants in a three-day operation that ended on Tuesday"
def test_an_operation_of_n_days_that_ended_on_a_day_runs_up_to_it():
    text = ("Troops killed 19 fighters in a four-day offensive that ended on Tuesday in the "
            "hills above Kidal, the army said on Thursday.")
    assert (date(2026, 3, 7), date(2026, 3, 10)) in _days(text, "killed")


def test_a_visit_of_n_days_with_no_course_verb_keeps_its_day():
    text = "The prime minister began a four-day visit to Japan on Monday, his office said."
    days = _days(text, "visit")
    assert all(start == date(2026, 3, 9) for start, _ in days), days
