"""Event detection (events/detect.py): a body found tells a killing, with the noun as the
trigger (the finder is not the killer); the dead of an accident are no attack. Sentences
written for these tests."""

from .conftest import names, one


def test_bodies_found_are_a_killing_without_the_finder_as_actor(events_of):
    evs = events_of("soldiers found the bodies of three teachers near the school on tuesday.")
    e = one(evs, "ASSAULT")
    assert e.trigger.text.lower() == "bodies"
    assert not any("soldier" in n.lower() for n in names(e.actors))
    evs = events_of("the body of a local judge was discovered in a car outside the town.")
    assert one(evs, "ASSAULT").trigger.text.lower() == "body"


def test_bodies_of_an_accident_are_no_attack(events_of):
    evs = events_of("Rescuers recovered the bodies of nine fishermen after the storm.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]
