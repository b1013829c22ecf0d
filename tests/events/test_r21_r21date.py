"""Event dates in constructions of wire copy (events/statement_dates, time/event_time).
Texts written for these tests; `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document

PUB = date(2026, 3, 10)


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=PUB)).events


def _days(events, plover=None):
    return sorted((e.time.start, e.time.end) for e in events
                  if plover is None or e.type.plover == plover)


def _day(y, m, d):
    return (date(y, m, d), date(y, m, d))


_LEAD = ("PRETORIA, March 10 (Reuters) - Rebels attacked a police station in Mutare on "
         "Saturday, killing three officers. ")


@pytest.mark.parametrize("text, plover", [
    # a statement joined to a dated verb of the same speaker
    (_LEAD + "The home ministry said on Monday the attack was \"cowardly\" and rejected calls "
     "for talks with the rebels.", "REJECT"),
    (_LEAD + "The governor condemned the attack on Monday and said the government stood with "
             "the families.", "SUPPORT"),
    # what a dated report says a speaker had said
    (_LEAD + "State radio reported on Monday that the interior minister had blamed the "
             "opposition for the attack.", "ACCUSE"),
    # what a participle of saying on a dated verb tells
    (_LEAD + "The police said on Monday that 40 officers had been sent to the town, adding "
             "that it had asked the army for helicopters.", "REQUEST"),
    (_LEAD + "In a statement on Monday, the bishops' conference described the killings as "
             "barbaric and said the church would not accept any amnesty for the attackers.",
     "REJECT"),
])
def test_a_statement_in_a_dated_saying_takes_its_day(run, text, plover):
    assert _days(run(text), plover) == [_day(2026, 3, 9)]


@pytest.mark.parametrize("text, plover, day", [
    ("The government imposed a curfew in Kasese on Monday after clashes the night before "
     "killed five people.", "ASSAULT", _day(2026, 3, 8)),
    ("Soldiers took control of the town of Rutshuru on Sunday. The night before, rebels had "
     "shelled the market, killing four people, residents said.", "ASSAULT", _day(2026, 3, 7)),
])
def test_the_night_before_is_the_night_of_the_day_before_the_day_in_focus(run, text, plover,
                                                                           day):
    assert day in _days(run(text), plover)


def test_the_night_before_a_named_day_does_not_date_the_act_that_day_dates(run):
    text = ("Police in Osh detained 12 men on Saturday over a brawl at a wedding the night "
            "before, officials said on Tuesday.")
    assert _days(run(text), "COERCE") == [_day(2026, 3, 7)]


@pytest.mark.parametrize("text, plover", [
    ("Peru's president announced on Monday that the government was suspending talks with "
     "the rebel faction.", "SANCTION"),
    ("The army said on Monday that troops were withdrawing from two border posts near "
     "Kasese.", "RETREAT"),
])
def test_a_reported_progressive_goes_on_on_the_day_of_the_saying(run, text, plover):
    assert _days(run(text), plover) == [_day(2026, 3, 9)]


def test_hours_after_a_verdict_is_the_verdict_s_day(run):
    text = ("BISSAU, March 10 (Reuters) - A court in Cacheu on Monday sentenced a former "
            "governor to eight years in prison for a fraud committed in June 2024, his lawyers "
            "said.\n\n"
            "\"He was tortured in custody,\" one of the lawyers said.\n\n"
            "Hours after the verdict, police detained the governor's brother at his home in "
            "Cacheu, the family said.")
    assert _days(run(text), "COERCE") == [_day(2026, 3, 9)]


@pytest.mark.parametrize("text", [
    "Since Saturday, at least 20 people have been killed in clashes between herders and "
    "farmers in Darfur, the United Nations said on Tuesday.",
    "At least 14 people have died in fighting between two clans near Baidoa since Saturday, "
    "elders said.",
])
def test_people_killed_in_an_event_since_a_day_date_the_event_from_that_day_on(run, text):
    assert (date(2026, 3, 7), PUB) in _days(run(text), "ASSAULT")


@pytest.mark.parametrize(("text", "day"), [
    # the dated saying's day (Monday, not the report's Tuesday)
    ("Gunmen killed four farmers near the village of Kachia in Kaduna state in the early "
     "hours, police said on Monday.", 9),
    # no dated saying: the report's day
    ("Militants attacked an army post outside Gao before dawn, killing three soldiers, the "
     "army said.", 10),
])
def test_before_dawn_with_no_day_is_the_day_it_was_told(run, text, day):
    assert _days(run(text), "ASSAULT") == [_day(2026, 3, day)]


def test_before_dawn_after_a_dated_lead_keeps_the_lead_s_day(run):
    text = ("Militants attacked an army post outside Gao on Sunday. The assault began before "
            "dawn and lasted four hours, the army said.")
    assert _days(run(text), "ASSAULT") == [_day(2026, 3, 8)]
