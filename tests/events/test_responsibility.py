"""Who a clause makes responsible for an event (events/responsibility). Sentences written for
these tests."""

from .conftest import names


def test_sides_that_accuse_each_other_are_both_the_doers(events_of):
    events = events_of("Armenia and Azerbaijan accused each other of shelling border villages "
                       "on Sunday.")
    shelling = [e for e in events if e.type.plover == "ASSAULT"]
    assert shelling
    for e in shelling:
        assert "other" not in names(e.actors)
        assert {"Armenia", "Azerbaijan"} <= set(names(e.actors))


def test_the_accused_is_the_doer(events_of):
    events = events_of("Armenia accused Azerbaijan of shelling border villages on Sunday.")
    shelling = [e for e in events if e.type.plover == "ASSAULT"]
    assert shelling and all(names(e.actors) == ["Azerbaijan"] for e in shelling)
