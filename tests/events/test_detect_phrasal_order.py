"""Phrasal triggers (events/detect.py `_multiword`): a verb's particle or preposition follows
the verb. Sentences written for this test."""

from .conftest import one


def test_preposition_before_the_verb_makes_no_phrasal_verb(events_of):
    events = events_of("On Friday, the president called the explosion an attack.")
    assert "REQUEST" not in [e.type.plover for e in events]  # naming it, not "calling on"


def test_particle_after_the_verb_still_makes_one(events_of):
    e = one(events_of("On Friday, the president called on the rebels to lay down their arms."),
            "REQUEST")
    assert e.trigger.text == "called on"
