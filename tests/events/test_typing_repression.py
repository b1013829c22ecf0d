"""Crowd control used on a crowd (tear gas, water cannon, rubber bullets) is violent
repression (CAMEO 175): an assault with no firearms mode, coded by ACLED as the protest's
intervention; the protest it is used against takes that sub-event too."""

import pytest


def _typed(events, plover):
    return [(e.type.plover_mode, e.type.acled_sub_event_type, e.type.cameo)
            for e in events if e.type.plover == plover]


def test_tear_gas_and_rubber_bullets_are_no_firearms(events_of):
    evs = events_of("Riot police in Quito fired tear gas and rubber bullets at striking "
                    "transport workers on Thursday.")
    assert _typed(evs, "ASSAULT") == [(None, "Protest with intervention", "175")]


def test_stun_grenades_are_no_grenade_attack(events_of):
    evs = events_of("Security forces lobbed stun grenades at the crowd outside the courthouse.")
    assert _typed(evs, "ASSAULT") == [(None, "Protest with intervention", "175")]


def test_a_death_makes_it_excessive_force(events_of):
    evs = events_of("A student died after officers fired tear gas canisters into the crowd "
                    "in Dhaka.")
    assert (None, "Excessive force against protesters", "175") in _typed(evs, "ASSAULT")


def test_live_ammunition_beside_tear_gas_is_still_a_shooting(events_of):
    evs = events_of("Soldiers fired tear gas and live ammunition at the marchers.")
    assert [m for m, _, _ in _typed(evs, "ASSAULT")] == ["firearms"]


# a protest, then what was done against its participants (or nothing) in the next sentence
NEXT_SENTENCE = [
    ("Hundreds of nurses rallied in Harare on Monday over unpaid wages. Police fired water "
     "cannon to disperse them.", "Protest with intervention"),
    ("Thousands of farmers marched through Lima on Friday. Officers later detained 14 "
     "demonstrators near the congress building.", "Protest with intervention"),
    ("Thousands of farmers marched through Lima on Friday. The government promised new "
     "subsidies.", "Peaceful protest"),
]


@pytest.mark.parametrize("text,sub_type", NEXT_SENTENCE)
def test_a_protest_takes_the_intervention_told_against_it_next(events_of, text, sub_type):
    assert _typed(events_of(text), "PROTEST")[0][1] == sub_type


def test_tear_gas_and_water_cannon_read_as_one_noun_phrase(events_of):
    # the parser hangs "tear gas and water" on "cannon": each coordinated means still counts
    evs = events_of("Police fired tear gas and water cannon on Sunday to disperse hundreds of "
                    "students in Santiago.")
    assert _typed(evs, "ASSAULT") == [(None, "Protest with intervention", "175")]
