""""Used" with a means of force as its object tells the force used (CAMEO 175 / an
assault): crowd control is an intervention in a protest, live ammunition against
protesters excessive force; "used" with any other object is no event."""

import pytest


def _assaults(events):
    return [(e.type.plover_mode, e.type.acled_sub_event_type) for e in events
            if e.type.plover == "ASSAULT" and e.modality == "asserted"]


def test_used_tear_gas_to_disperse_is_an_intervention_by_the_police(events_of):
    evs = events_of("Riot police used tear gas and water cannon to disperse striking "
                    "dockworkers in Mombasa on Friday.")
    assert _assaults(evs) == [(None, "Protest with intervention")]
    used = [e for e in evs if e.type.plover == "ASSAULT"][0]
    assert [p.name for p in used.actors] == ["Riot police"]
    # the dispersal is the purpose of the force, told by it: no protest by the police
    assert not [e for e in evs if e.type.plover == "PROTEST" and e.modality == "asserted"]


def test_passive_use_names_the_means_not_the_target(events_of):
    evs = events_of("Pepper spray was used to break up the sit-in at the ministry.")
    assault = [e for e in evs if e.type.plover == "ASSAULT"]
    assert [e.type.acled_sub_event_type for e in assault] == ["Protest with intervention"]
    assert "Pepper spray" not in [p.name for p in assault[0].targets]


def test_live_ammunition_against_demonstrators_is_excessive_force(events_of):
    evs = events_of("Troops used live ammunition against demonstrators in Bamenda, killing "
                    "two teenagers.")
    assert _assaults(evs) == [("firearms", "Excessive force against protesters")]
    assert "demonstrators" in [p.name for p in evs[0].targets]


@pytest.mark.parametrize("text", [
    "The cooperative used the grant to buy seeds for the village.",
    "Traders used the coastal road to reach the market in Kismayo.",
    "The ministry used force majeure clauses to cancel the contracts.",
])
def test_used_with_any_other_object_is_no_event(events_of, text):
    assert not [e for e in events_of(text) if e.type.plover == "ASSAULT"]


def test_what_is_done_with_another_tool_is_told_not_purposed(events_of):
    # only force used makes its complement a purpose: the drone's attack happened
    evs = events_of("The gunmen used a quadcopter to drop explosives on the patrol before "
                    "opening fire on Tuesday.")
    assert [e.modality for e in evs if e.trigger.text == "opening fire"] == ["asserted"]
