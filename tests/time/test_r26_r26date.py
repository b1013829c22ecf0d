"""Round 26 (r26date): statements the text makes itself, the act a charge names, and the day a
record was last set. Sentences written for these tests (places and names not taken from any
gold set)."""

from datetime import date

from wirecoder.evaluate.events import _document, run_pipeline

from .conftest import trigger_days


def _events(text: str, published: str) -> list:
    return run_pipeline(_document({"text": text, "published": published})).events


# ------------- "The ministry condemns this act and calls on citizens to ...": a release's own
# present tense is made on the release's day, not at some time after the event it follows
def test_a_release_calling_in_its_own_voice_is_dated_to_its_day():
    text = ("ABUJA, March 12 - Troops repelled an attack on a base in Dikwa on Tuesday, killing 11 "
            "insurgents, the army said in a statement.\n\nThe Chief of Army Staff commends the "
            "troops for their gallantry and urges residents to report any suspicious movement "
            "to the nearest military post.")
    assert trigger_days(text, "urges", "2026-03-12") == [(date(2026, 3, 12), date(2026, 3, 12))]


def test_a_speakers_own_call_in_a_quote_is_not_dated_from_the_event_before():
    text = ("Gunmen ambushed a police convoy near Tillaberi on Wednesday, killing four officers, "
            "the interior ministry said in a statement on Friday.\n\n\"We call on the "
            "population to cooperate with the security forces,\" the minister said.")
    days = trigger_days(text, "call on", "2026-05-08")
    assert (date(2026, 5, 6), date(2026, 5, 8)) not in days, days


def test_a_reaction_told_in_the_past_still_spans_the_days_after_the_event():
    text = ("Gunmen killed seven farmers in an attack on a village in Zamfara state on Tuesday, "
            "police said on Thursday.\n\nThe state governor condemned the killings and urged "
            "residents to remain calm.")
    assert trigger_days(text, "urged", "2026-04-09") == [(date(2026, 4, 7), date(2026, 4, 9))]


# ------------- "accused the army of bombing villages on Monday": the date is the bombing's
def test_a_date_after_the_charged_act_is_not_the_accusations():
    text = ("The rebels said in a statement on Thursday that they had freed four soldiers and "
            "accused the army of bombing villages near El Tarra on Monday.")
    assert trigger_days(text, "accused", "2026-09-24") == [(date(2026, 9, 24), date(2026, 9, 24))]
    assert trigger_days(text, "bombing", "2026-09-24") == [(date(2026, 9, 21), date(2026, 9, 21))]


def test_an_accusation_keeps_the_day_told_before_the_charge():
    text = ("The opposition on Wednesday accused police of beating demonstrators at a rally in "
            "Harare on Saturday.")
    assert trigger_days(text, "accused", "2026-01-15") == [(date(2026, 1, 14), date(2026, 1, 14))]


def test_blame_for_an_attack_on_a_day_is_not_dated_by_that_day():
    text = ("HARARE, June 4 - Two men were shot dead at a bar in Chitungwiza on Saturday, police "
            "said.\n\nThe ruling party on Tuesday blamed opposition youths for the attack on "
            "Saturday.")
    assert trigger_days(text, "blamed", "2026-06-04") == [(date(2026, 6, 2), date(2026, 6, 2))]


# ------------- "the protests were the largest since March 2024": March 2024 is the record's
def test_the_largest_since_a_month_is_not_the_events_month():
    text = ("LUSAKA, July 15 - Thousands of people protested in Lusaka on Tuesday against rising "
            "food prices, police said.\n\nThe protests were the largest since March 2024, when "
            "students marched on parliament.")
    days = {(e.time.start, e.time.end) for e in _events(text, "2026-07-15")
            if e.type.plover == "PROTEST" and e.modality == "asserted"}
    assert days == {(date(2026, 7, 14), date(2026, 7, 14))}, days


def test_the_worst_since_a_year_does_not_make_the_riots_history():
    text = ("Security forces clashed with rioters in the port city of Mombasa on Wednesday. The "
            "riots are the worst in the city since 2017.")
    assert not any(e.time.start == date(2017, 1, 1) for e in _events(text, "2026-03-20"))


def test_the_deadliest_since_a_month_is_not_a_second_attack_of_that_month():
    text = ("LUSAKA, July 15 - Thousands of people protested in Lusaka on Tuesday against rising "
            "food prices, police said.\n\nThe protests were the largest since March 2024, when "
            "students marched on parliament.")
    assert not any(e.time.start == date(2024, 3, 1) for e in _events(text, "2026-07-15")
                   if e.trigger is not None and e.trigger.text == "protests")


def test_since_a_day_with_the_present_perfect_still_runs_from_that_day():
    text = ("Fighting between two militias has displaced about 3,000 people in Ituri since June "
            "12, the UN said on Friday.")
    assert trigger_days(text, "Fighting", "2026-06-20") == [(date(2026, 6, 12), date(2026, 6, 19))]


def test_a_day_on_the_accusers_next_verb_is_still_the_accusers():
    text = ("The defence minister accused the rebels of using hostages as a shield and said on "
            "Tuesday that 500 more troops had been sent to the province.")
    assert trigger_days(text, "accused", "2026-09-24") == [(date(2026, 9, 22), date(2026, 9, 22))]


def test_a_charge_named_by_a_crime_keeps_the_charging_month():
    text = ("Prosecutors arrested the former governor in May and charged him with treason in "
            "September 2025, his lawyers said.")
    assert (date(2025, 9, 1), date(2025, 9, 30)) in trigger_days(text, "charged", "2026-06-11")


# ------------- "Fighting around the town since Jan. 28 has displaced 20,000 people": the
# "since" phrase on the subject of a present perfect dates the fighting up to the report; a
# stretch of weeks is not the air strike of Sunday told before it
def test_since_on_the_subject_of_a_present_perfect_runs_to_the_report():
    text = ("Violence in the province since Monday has killed 20 people, the UN said on "
            "Thursday.")
    assert trigger_days(text, "killed", "2026-02-12") == [(date(2026, 2, 9), date(2026, 2, 12))]


def test_weeks_of_fighting_are_not_merged_into_a_strike_on_one_day():
    text = ("Rebels said military aircraft bombed a market in Kalemie on Sunday, killing at "
            "least 12 civilians.\n\nFighting around Kalemie since Jan. 28 has displaced about "
            "15,000 people, according to the U.N. humanitarian office.")
    assert trigger_days(text, "Fighting", "2026-02-12") == [(date(2026, 1, 28), date(2026, 2, 12))]
    assert trigger_days(text, "bombed", "2026-02-12") == [(date(2026, 2, 8), date(2026, 2, 8))]
