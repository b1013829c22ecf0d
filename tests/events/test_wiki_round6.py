"""Round 6 (WikiEvents recall): event detection and typing (events/detect.py,
events/typing.py). Sentences written for these tests."""

from wirecoder.events.detect import find_triggers
from wirecoder.events.lexicon import load_lexicon
from wirecoder.language import load_nlp


def _entries(text):
    return {t.token.lower_: t.entry.lemma for t in find_triggers(load_nlp()(text),
                                                                 load_lexicon())}


def test_planting_bare_plural_bombs_is_a_habit_not_an_event():
    # a bare plural says what someone did habitually, as "he planted roadside bombs" does
    assert "planting" not in _entries(
        "The cell was known for the planting of roadside bombs along the highway.")
    # one act, or a counted few: an event
    assert _entries("The planting of a bomb near the bridge closed the road.").get(
        "planting") == "bomb"
    assert _entries("The planting of three bombs near the bridge closed the road.").get(
        "planting") == "bomb"


def test_fire_with_a_person_as_object_is_a_dismissal():
    assert "fire" not in _entries("If we strike, the company will fire us.")
    assert "fired" not in _entries("The two nurses were fired last week.")
    # shooting: a weapon object, or aimed at someone
    assert _entries("Troops fired rockets at the village.").get("fired") == "fire"
    assert _entries("The guards fired on the prisoners.").get("fired") == "fire"


def test_fighting_an_illness_is_no_attack(events_of):
    evs = events_of("Doctors in the province use a cheap syrup to combat the symptoms of the "
                    "fever.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]
    # fighting people is
    assert [e for e in events_of("Troops combat the rebels in the hills near Tabora.")
            if e.type.plover == "ASSAULT"]
