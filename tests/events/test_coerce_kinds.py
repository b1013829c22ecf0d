"""Coercion by custody (arrests, seizures), by a rule laid on many (curfews, bans) and by
deportation are different acts: a detention and a curfew told by the same soldiers are two
events."""

from __future__ import annotations


def test_a_detention_and_a_curfew_are_two_events(events_of):
    events = events_of("Mutinous soldiers detained the president of Niger in Niamey on "
                       "Wednesday. The soldiers also imposed a nighttime curfew.")
    modes = sorted(e.type.plover_mode or "" for e in events if e.type.plover == "COERCE")
    assert modes == ["arrest", "curfew"]


def test_weapons_seized_in_an_arrest_stay_one_operation(events_of):
    events = events_of("Police arrested four suspects in Kano on Monday and seized six rifles "
                       "from their hideout.")
    assert len([e for e in events if e.type.plover == "COERCE"]) == 1


def test_police_dispersing_a_crowd_intervene_they_do_not_protest(linked_events_of):
    events = linked_events_of("Riot police dispersed several hundred demonstrators outside the "
                              "parliament in Dakar on Friday.")
    assert [e.type.plover for e in events] == ["ASSAULT"]
    assert events[0].type.acled_sub_event_type == "Protest with intervention"
    events = linked_events_of("The marchers dispersed peacefully after an hour.")
    assert [e.type.plover for e in events] == ["PROTEST"]
