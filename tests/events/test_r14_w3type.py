"""Round 14 (w3type): event types told by an act's outcome or form: a raid that arrests or
seizes, a craft detained, deaths in a riot, warning shots, a force ordered onto the streets,
a court's order to release, an arrest warrant, an approved arms export."""

from __future__ import annotations

from .conftest import of_type, one, pipeline_events


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


def test_warning_shots_at_a_boat_are_a_threat(linked_events_of):
    events = linked_events_of("A patrol vessel fired warning shots at a trawler near the "
                              "Paracel Islands on Thursday.")
    assert of_type(events, "THREATEN")
    assert not of_type(events, "ASSAULT")


def test_warning_shots_over_protesters_are_an_intervention(linked_events_of):
    events = linked_events_of("Police in Blantyre fired warning shots at a crowd of "
                              "demonstrators on Saturday.")
    assert ("ASSAULT", "Protest with intervention") in _types(events)


def test_troops_ordered_onto_the_streets_are_deployed(linked_events_of):
    events = linked_events_of("The governor ordered soldiers onto the streets of Rosario "
                              "on Tuesday after a spate of shootings.")
    assert of_type(events, "MOBILIZE")


def test_troops_ordered_onto_the_streets_with_a_purpose_are_deployed(linked_events_of):
    events = linked_events_of("The premier ordered the army onto the streets of Tegucigalpa "
                              "to restore calm after a night of looting.")
    assert of_type(events, "MOBILIZE")
    assert not of_type(events, "REQUEST")


def test_a_detained_trawler_and_its_arrested_crew_are_two_acts(linked_events_of):
    # the craft seized (no ACLED sub-type) apart from its crew's arrest, told apart (r22det:
    # one subject's coordinated verbs in one clause are one arrest, as fresh6/7/11 code it)
    events = linked_events_of("Coast guards seized a fishing trawler near Mokpo on Monday. "
                              "Police said on Tuesday they had detained four of its crew "
                              "members.")
    assert sorted(str(t) for t in _types(of_type(events, "COERCE"))) == [
        "('COERCE', 'Arrests')", "('COERCE', None)"]


def test_a_courts_order_to_release_is_the_release(linked_events_of):
    told = ("A tribunal in Dakar on Friday ordered the authorities to release the blogger "
            "Awa Ndiaye.")
    events = linked_events_of(told)
    assert of_type(events, "RETREAT")
    assert not of_type(events, "REQUEST")


def test_an_arrest_warrant_is_the_courts_accusation(linked_events_of):
    events = linked_events_of("A tribunal in Arusha on Wednesday issued an arrest warrant "
                              "for the militia commander Jean Habimana.")
    accuse = one(events, "ACCUSE")
    assert accuse.actors


def test_a_warrant_for_an_arrest_is_no_arrest(linked_events_of):
    events = linked_events_of("A judge in Cusco issued a warrant for the arrest of the "
                              "former governor on Tuesday.")
    assert of_type(events, "ACCUSE")
    assert not of_type(events, "COERCE")


def test_an_approved_export_of_armoured_vehicles_is_military_aid(linked_events_of):
    events = linked_events_of("The Swedish government on Monday approved the export of "
                              "armoured vehicles to Ghana.")
    assert of_type(events, "AID")


def test_a_visit_told_of_the_visitor_who_met_is_the_meeting():
    events = pipeline_events(
        "The envoy of the Nordic Council, who arrived in Maputo on Sunday for a three-day "
        "visit, met Mozambique's defence minister on Monday and urged calm, his spokesman "
        "said.", "2026-03-10")
    assert len(of_type(events, "CONSULT")) == 1


def test_protests_an_accusation_says_were_financed_are_no_protest():
    events = pipeline_events("In an interview on Sunday, the premier accused exiled "
                             "businessmen of financing the protests and vowed to restore "
                             "order.", "2026-03-10")
    assert not of_type(events, "PROTEST")


def test_held_while_investigated_is_no_accusation(linked_events_of):
    events = linked_events_of("The mayor was suspended on Monday while he is investigated "
                              "for embezzlement, the council said.")
    assert not of_type(events, "ACCUSE")


def test_not_surrendering_the_streets_is_no_refusal(linked_events_of):
    events = linked_events_of("The interior minister said the state would not surrender the "
                              "streets to looters.")
    assert not of_type(events, "REJECT")
