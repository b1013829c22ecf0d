"""A noun for an undertaking that is also the body sent on it ("mission", "delegation"):
the body when it acts or is named for an organisation, an operation otherwise
(events/syntax.acting_body). Sentences written for these tests."""

from .conftest import names, one


def test_a_mission_that_condemns_is_the_actor_not_an_operation_against_it(linked_events_of):
    events = linked_events_of("The UN mission condemned the attack on the convoy.")
    e = one(events, "ACCUSE")
    assert any("mission" in n for n in names(e.actors))
    assert not any("UN" in n for n in names(e.targets))
    assert not [x for x in events if x.type.plover == "COERCE"]  # no operation "mission"


def test_a_mission_launched_is_still_an_operation(linked_events_of):
    events = linked_events_of("Troops launched a rescue mission to free the hostages.")
    assert [e for e in events if e.trigger.text == "mission"]


def test_a_mission_named_with_capitals_is_the_actor(linked_events_of):
    # "Mission" is then a proper noun, the head of the body's name
    events = linked_events_of("The European Union Monitoring Mission in Georgia urged both "
                              "sides to withdraw their troops from the boundary line.")
    e = one(events, "REQUEST")
    assert any("Mission" in n for n in names(e.actors))


def test_a_mission_that_calls_on_the_sides_is_read_as_a_main_clause(linked_events_of):
    # the parser reads "called on" as a reduced relative ("the mission [that was] called
    # on"), leaving the sentence without a main verb
    events = linked_events_of("The UN mission called on the rival factions to stop fighting.")
    e = one(events, "REQUEST")
    assert any("mission" in n for n in names(e.actors))
    assert not any("UN" in n or "United Nations" in n for n in names(e.targets))
