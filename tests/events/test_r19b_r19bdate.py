"""Event dates in constructions of wire copy (time/offset_clause, time/event_time).
Texts written for these tests; `published` is Thursday 2026-05-14."""

from datetime import date

import pytest

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 5, 14))


def _days(events, plover, sub=None):
    return sorted((e.time.start, e.time.end) for e in events if e.type.plover == plover
                  and (sub is None or e.type.acled_sub_event_type == sub))


@pytest.mark.parametrize("text, plover, start, end", [
    # "two days after the rebels seized ...": a clause, not the noun phrase "after the attack"
    pytest.param("ACCRA, May 14 (Reuters) - Ghana recalled its ambassador from Lome on "
                 "Wednesday, three days after the rebels kidnapped 20 traders near Bawku.",
                 "ASSAULT", date(2026, 5, 10), date(2026, 5, 10),
                 id="n_days_after_a_clause_with_a_definite_subject"),
    pytest.param("Troops stormed the village of Kolda on Tuesday, a week after a roadside bomb "
                 "killed four police officers there, the army said.",
                 "ASSAULT", date(2026, 5, 5), date(2026, 5, 5),
                 id="a_week_after_an_indefinite_subject"),
    pytest.param("Kuwaiti forces shot down two drones early on Wednesday, the defence ministry "
                 "said, a day after a rocket hit a power station in Jahra.",
                 "ASSAULT", date(2026, 5, 12), date(2026, 5, 12),
                 id="a_day_after_a_subject_behind_an_attribution"),
    pytest.param("NIAMEY, May 14 (AFP) - Jihadists attacked army posts near Tillia on Monday "
                 "and Tuesday, killing nine soldiers, a security source said.",
                 "ASSAULT", date(2026, 5, 11), date(2026, 5, 12),
                 id="two_named_days_joined_by_and_are_a_stretch"),
    pytest.param("Bandits killed 11 herders in raids on three hamlets in Sokoto state, a "
                 "local leader said. The raids took place on Saturday and Sunday.",
                 "ASSAULT", date(2026, 5, 9), date(2026, 5, 10),
                 id="two_named_days_in_a_sentence_of_their_own"),
    pytest.param("Police arrested six men on Monday and soldiers burned a militia camp on "
                 "Tuesday, the governor said.",
                 "COERCE", date(2026, 5, 11), date(2026, 5, 11),
                 id="two_days_with_their_own_acts_stay_apart"),
    pytest.param("TRIPOLI, May 14 (Reuters) - Four days of heavy fighting between rival "
                 "militias in Zawiya have killed at least 22 people, the health ministry said "
                 "on Thursday.",
                 "ASSAULT", date(2026, 5, 11), date(2026, 5, 14),
                 id="a_stretch_of_fighting_ends_on_the_day_of_the_report"),
    pytest.param("Six days of fighting that began on Friday between two clans near Galkayo "
                 "have killed 31 people, elders said.",
                 "ASSAULT", date(2026, 5, 8), date(2026, 5, 13),
                 id="a_stretch_that_began_on_a_named_day_runs_from_it"),
    pytest.param("HARARE, May 14 (Reuters) - Police arrested 48 illegal miners near Kwekwe "
                 "over the past four days, a police spokesman said on Thursday.",
                 "COERCE", date(2026, 5, 11), date(2026, 5, 14),
                 id="over_the_past_days_ends_on_the_day_of_the_report"),
    pytest.param("Troops have killed 35 insurgents in Cabo Delgado in the last two weeks, "
                 "according to the defence ministry.",
                 "ASSAULT", date(2026, 5, 1), date(2026, 5, 14),
                 id="in_the_last_two_weeks_without_a_named_day"),
])
def test_the_event_takes_the_told_days(run, text, plover, start, end):
    assert (start, end) in _days(run(text), plover)


def test_a_week_of_unrest_without_a_named_day_ends_at_publication(run):
    events = run("A week of riots in the port city of Matadi has left nine people dead, "
                 "according to local officials.")
    assert (date(2026, 5, 8), date(2026, 5, 14)) in _days(events, "ASSAULT") + _days(
        events, "PROTEST")


def test_a_sentence_of_days_is_not_a_stretch(run):
    events = run("A court in Harare sentenced two activists to ten days of detention on "
                 "Tuesday, their lawyer said.")
    dated = [e for e in events if e.time.start]
    assert dated and all(e.time.start == e.time.end for e in dated)
