"""A date inside a relative clause on the object dates that clause, not the event; the last
date of the sentence after a dated relative clause is the event's."""

from __future__ import annotations

from datetime import date

from .conftest import one


def test_release_dated_by_its_last_date_not_the_captivity(events_of):
    evs = events_of("The militia freed four aid workers it had held since April on Thursday, "
                    "the UN said.", date(2026, 5, 9))
    ev = one(evs, "RETREAT")
    assert ev.time.start == date(2026, 5, 7)


def test_a_past_agreement_is_not_dated_by_the_future_it_plans(events_of):
    evs = events_of("Chad and Sudan agreed to reopen their border next month.", date(2026, 5, 7))
    ev = one(evs, "AGREE")
    assert ev.time.start is None or ev.time.start <= date(2026, 5, 7)


def test_a_past_killing_is_dated_by_the_last_weekday_not_the_next(events_of):
    # published on a Tuesday; a nearby "was due to" must not make "Saturday" the coming one
    evs = events_of("Gunmen shot dead a ruling party organiser in Beira late on Saturday, three "
                    "days before the results were due to be published, police said.",
                    date(2026, 3, 10))
    ev = one(evs, "ASSAULT")
    assert ev.time.start == date(2026, 3, 7)


def test_a_retaking_told_on_a_weekday_is_in_the_past(events_of):
    evs = events_of("Army units retook the airport in Kidal on Friday.", date(2026, 3, 10))
    assert [e.time.start for e in evs] == [date(2026, 3, 6)]


def test_how_long_an_act_lasts_is_not_when_it_happened(events_of):
    evs = events_of("A court in Harare jailed the opposition leader for two years on Tuesday.",
                    date(2026, 3, 12))
    # (a prison term passed by a court is a sentence, PLOVER ACCUSE, as "sentenced")
    assert [e.time.start for e in evs if e.type.plover == "ACCUSE"] == [date(2026, 3, 10)]
