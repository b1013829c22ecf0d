"""Round 14 (w3type): event types told by an act's outcome or form: a raid that arrests or
seizes, a craft detained, deaths in a riot, warning shots, a force ordered onto the streets,
a court's order to release, an arrest warrant, an approved arms export."""

from __future__ import annotations

from .conftest import of_type, one


def _types(events):
    return [(e.type.plover, e.type.acled_sub_event_type) for e in events]


def test_a_raid_that_arrests_and_seizes_is_an_arrest(linked_events_of):
    events = linked_events_of("Customs officers raided a fishing depot in Mombasa on Monday, "
                              "seizing 300 kilograms of heroin and detaining six men.")
    assert not of_type(events, "ASSAULT")
    assert one(events, "COERCE").type.acled_sub_event_type == "Arrests"


def test_a_raid_that_seizes_rifles_is_disrupted_weapons_use(linked_events_of):
    events = linked_events_of("Federal police raided a garage in Monterrey on Friday and "
                              "seized 40 rifles.")
    assert ("COERCE", "Disrupted weapons use") in _types(events)
    assert not of_type(events, "ASSAULT")


def test_a_raid_that_kills_stays_an_attack(linked_events_of):
    events = linked_events_of("Soldiers raided a hamlet near Mopti on Monday, killing two "
                              "herders and detaining nine.")
    assert of_type(events, "ASSAULT")


def test_a_detained_tanker_is_a_seizure_not_an_arrest(linked_events_of):
    events = linked_events_of("The navy detained a cargo ship off the coast of Jask on "
                              "Wednesday for carrying smuggled diesel.")
    coerce = one(events, "COERCE")
    assert coerce.type.acled_sub_event_type is None


def test_deaths_in_a_riot_are_the_riot(linked_events_of):
    events = linked_events_of("Rioting erupted in Kano on Saturday in which six people were "
                              "killed, officials said.")
    assert ("PROTEST", "Violent demonstration") in _types(events)
    assert not of_type(events, "ASSAULT")
