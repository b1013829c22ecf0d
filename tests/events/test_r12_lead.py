"""Round 12 (lead): "earlier" narrowed to a day is news of the day, not history."""

from __future__ import annotations

from .conftest import counts, one


def test_earlier_on_a_weekday_is_not_history(events_of):
    evs = events_of("MOSUL, May 6 (Reuters) - A car bomb killed three policemen in Tal Afar on "
                    "Tuesday. Earlier on Tuesday, militants fired mortars at an army post near "
                    "Sinjar, the army said.")
    mortar = [e for e in evs if e.type.acled_sub_event_type == (
        "Shelling/artillery/missile attack")]
    assert mortar and mortar[0].modality == "asserted"


def test_earlier_in_the_day_is_not_history(events_of):
    ev = one(events_of("MOSUL, May 6 (Reuters) - Earlier in the day, gunmen attacked a "
                       "checkpoint in Kirkuk, killing two soldiers."), "ASSAULT")
    assert ev.modality == "asserted"


def test_an_act_told_as_once_done_stays_history(events_of):
    ev = one(events_of("MOSUL, May 6 (Reuters) - The group had once attacked a checkpoint in "
                       "Kirkuk, killing two soldiers, police said."), "ASSAULT")
    assert ev.modality == "historical"


def test_deaths_coordinated_before_the_outcome_the_when_clause_hangs_on(events_of):
    ev = one(events_of("Five people died and 22 were hurt when a car bomb exploded outside a "
                       "bank in Baquba on Thursday, police said."), "ASSAULT")
    assert (5, "exact") in counts(ev, "killed")
    assert (22, "exact") in counts(ev, "injured")
