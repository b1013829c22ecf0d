"""Merging inside a sentence (events/merge.py): an event noun that is the subject of another
trigger ("The attack on the police station killed two officers") is the event whose outcome
that verb tells: one event, though each names its own target. Sentences written for these
tests."""

import pytest


@pytest.mark.parametrize("text,kind,value", [
    ("The attack on the police station killed two officers.", "killed", 2.0),
    ("The ambush on the patrol wounded three soldiers.", "injured", 3.0),
])
def test_event_noun_subject_of_the_outcome_is_one_event(events_of, text, kind, value):
    evs = [e for e in events_of(text) if e.type.plover == "ASSAULT"]
    assert len(evs) == 1
    assert (kind, value) in {(q.kind, q.value) for q in evs[0].quantities}


def test_a_kidnapping_named_as_subject_stays_apart_from_a_killing_of_its_victim(events_of):
    # the subject rule does not undo the split of a kidnapping and the killing of its victim
    evs = [e for e in events_of("Gunmen kidnapped the mayor on Monday and killed him on "
                                "Friday.") if e.type.plover == "ASSAULT"]
    assert len(evs) == 2
