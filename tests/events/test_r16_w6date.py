"""Round 16 (w6date) fixes in event dates. Sentences written for these tests."""

from datetime import date

from .conftest import pipeline_events


def _day_of(events, trigger: str) -> date | None:
    ev = next(e for e in events if e.trigger is not None and e.trigger.text == trigger)
    return ev.time.start


# ------------------------------------- a bare clock time is the story's day, not the saying's
def test_a_bare_clock_time_after_a_dated_saying_is_the_days_of_the_event():
    for text, published, trigger, day in (
            ("Gunmen killed nine people in a raid on a village in Zamfara state late on "
             "Saturday, police said Monday.\n\nThe attackers arrived on motorcycles at about "
             "11 p.m. and set fire to a school and several shops, a resident told Reuters.",
             "2026-05-11", "set fire", date(2026, 5, 9)),
            ("Armed men attacked a bus station in Bunia on Thursday night, killing six "
             "people, the provincial governor said on Saturday.\n\nThe men came at around "
             "9 p.m. and burned three buses, a witness said.",
             "2026-02-14", "burned", date(2026, 2, 12)),
            ("JOS, Nigeria, July 8 - Herders killed 14 farmers in an attack on two villages "
             "in Plateau state on Sunday, officials said on Tuesday. The gunmen came shortly "
             "after 6 p.m. and torched a church, a community leader said.",
             "2026-07-08", "torched", date(2026, 7, 5))):
        assert _day_of(pipeline_events(text, published), trigger) == day, text


def test_a_clock_time_with_no_event_day_before_it_still_takes_the_day_in_focus():
    text = ("Police said on Monday that gunmen opened fire on a bus at about 8 p.m., killing "
            "three passengers.")
    assert _day_of(pipeline_events(text, "2026-05-11"), "opened fire") == date(2026, 5, 11)


def test_the_previous_day_after_a_dated_saying_still_counts_from_the_saying():
    text = "Police said on Monday that 12 people had been killed the previous day in Jos."
    assert _day_of(pipeline_events(text, "2026-05-11"), "killed") == date(2026, 5, 10)


def test_a_clock_time_in_a_sentence_that_names_its_day_keeps_that_day():
    text = ("Protesters clashed with police in Mahajanga on Monday, a prosecutor told reporters "
            "on Tuesday. The governor imposed a 10 p.m. to 6 a.m. curfew on Tuesday.")
    ev = next(e for e in pipeline_events(text, "2026-07-14") if e.type.plover == "COERCE")
    assert ev.time.start == date(2026, 7, 14)



def test_the_hours_of_a_curfew_are_not_a_time_of_the_story_before():
    from wirecoder.time import tag_timexes
    text = ("Students marched in Rajshahi on Monday afternoon. Police said on Tuesday that 30 "
            "people had been arrested. The ministry ordered a curfew from 8 p.m. to 5 a.m. in "
            "the city.")
    hours = [t for t in tag_timexes(text, date(2026, 3, 3)) if "p.m." in t.span.text
             or "a.m." in t.span.text]
    assert hours and all(t.start == date(2026, 3, 3) for t in hours)

# ------------------------------- "a few hours later": the day of the act before, not the saying's
def test_hours_or_minutes_later_is_the_day_of_the_act_told_before():
    for text, published, trigger, day in (
            ("Suspected insurgents ambushed a police patrol near Marawi on Monday, killing two "
             "officers, the regional police said.\n\nThe patrol was hit by gunfire while "
             "returning to its camp, the police said in a statement on Tuesday. The wounded were "
             "taken to a hospital in Iligan.\n\nSoldiers who chased the gunmen killed one of "
             "them in a gunfight a few hours later, the statement said.", "2026-05-13", "killed",
             date(2026, 5, 11)),
            ("A bomb exploded at a bus terminal in Maiduguri on Friday, killing seven people, "
             "officials said.\n\nThe device was hidden in a bag left near a ticket office, the "
             "state police commissioner told reporters on Saturday. Several shops were damaged."
             "\n\nPolice arrested two suspects at a nearby market about two hours later, "
             "witnesses said.", "2026-05-16", "arrested", date(2026, 5, 15)),
            ("Gunmen attacked a checkpoint outside Kandahar on Wednesday night, killing three "
             "guards, provincial officials said.\n\nThe attackers fled on motorbikes, a "
             "spokesman said in a statement on Thursday. One guard remains in a critical "
             "condition.\n\nAfghan forces raided a house in the Panjwai district a few hours "
             "later and detained four men, the spokesman said.", "2026-05-16", "raided",
             date(2026, 5, 13))):
        days = [e.time.start for e in pipeline_events(text, published)
                if e.trigger is not None and e.trigger.text == trigger]
        assert days[-1] == day, text


def test_hours_later_after_no_day_told_is_left_undated():
    text = "Police arrested three suspects a few hours later, the spokesman said."
    assert _day_of(pipeline_events(text, "2026-05-13"), "arrested") is None


# --------------------- "on Tuesday, a day after troops shelled ...": the clause's act, moved back
def test_an_act_told_a_measure_of_days_after_or_before_the_dated_main_act():
    for text, published, trigger, day in (
            ("Kenya recalled its ambassador from Kampala on Tuesday, a day after Ugandan "
             "troops shelled a border post near Busia.", "2026-03-12", "shelled",
             date(2026, 3, 9)),
            ("Police in Goma arrested 12 men on Sunday, three days after gunmen ambushed a bus "
             "on the road to Rutshuru.", "2026-03-12", "ambushed", date(2026, 3, 5)),
            ("Two days before protesters blocked the main highway, the governor imposed a "
             "curfew in Bauchi on Monday.", "2026-03-12", "blocked", date(2026, 3, 11))):
        assert _day_of(pipeline_events(text, published), trigger) == day, text


def test_the_main_act_and_a_month_ref_are_left_as_they_were():
    text = ("The army launched air strikes on rebel positions in July 2024, a day after rebels "
            "shot down a helicopter.")
    evs = pipeline_events(text, "2026-03-12")
    assert _day_of(evs, "shot down") is None
    assert _day_of(pipeline_events("Kenya recalled its ambassador from Kampala on Tuesday, a "
                                   "day after Ugandan troops shelled a border post.",
                                   "2026-03-12"), "recalled") == date(2026, 3, 10)
