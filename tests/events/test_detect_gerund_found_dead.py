"""Event detection (events/detect.py): "the burning of X" is the act of the verb "burn", and
"X was found dead" tells a killing (passive only). Sentences written for these tests."""

from wirecoder.events.detect import find_triggers
from wirecoder.events.lexicon import load_lexicon
from wirecoder.language import load_nlp

from .conftest import one


def _entries(text):
    return {t.token.lower_: t.entry.lemma for t in find_triggers(load_nlp()(text),
                                                                 load_lexicon())}


def test_a_gerund_with_its_object_is_the_verbs_event():
    assert _entries("the burning of two trucks at the depot angered the drivers.")[
        "burning"] == "burn"
    # no violent verb behind it: nothing
    assert "planning" not in _entries("the planning of the new road took a year.")


def test_found_dead_is_a_killing_in_the_passive_only(events_of):
    e = one(events_of("a union organizer was found dead near the river on friday."), "ASSAULT")
    assert e.trigger.text.lower() == "found"
    assert not e.actors
    assert "found" not in _entries("the nurses found the patient dead in his bed.")
