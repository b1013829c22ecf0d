"""Round 12 (args12) fixes in event arguments: unmanned craft as the instrument, not the
actor. Sentences written for these tests."""

from .conftest import names, one


def test_a_drone_that_strikes_is_the_weapon_not_the_actor(linked_events_of):
    ev = one(linked_events_of("A drone struck a bus carrying pilgrims near Sennar on Sunday, "
                              "killing five people, officials said."), "ASSAULT")
    assert "drone" not in names(ev.actors)
    assert names(ev.weapons) == ["drone"]


def test_a_drone_that_fires_is_no_actor(linked_events_of):
    evs = linked_events_of("A witness in Kobani said the drone fired two rockets at a pickup "
                           "truck on Tuesday.")
    assert all("drone" not in n for e in evs for n in names(e.actors))
