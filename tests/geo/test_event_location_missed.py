"""event_location: a proper name that recognition left out, inside the event's own locative
phrase, is the event's place (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import event_place


def _place(text, trigger, nlp, gaz):
    return event_place(text, trigger, nlp, gaz, gazetteer=gaz)


@pytest.mark.parametrize("text,trigger,name", [
    # a place noun names what the unknown name is
    ("Gunmen killed five people in the village of Qaryat Zaid on Monday.", "killed",
     "Qaryat Zaid"),
    ("A bomb exploded at the Marwa market on Friday.", "exploded", "Marwa"),
])
def test_unknown_name_with_a_place_noun_is_kept_unresolved(nlp, tiny_gazetteer, text,
                                                          trigger, name):
    place = _place(text, trigger, nlp, tiny_gazetteer)
    assert place is not None and place.name == name and place.precision == "unknown"
    assert place.evidence[0].text == name and place.lat is None


def test_name_the_gazetteer_knows_is_resolved(nlp, tiny_gazetteer):
    # the tagger reads "Andar" as an organisation and recognition drops it
    place = _place("Insurgents killed two guards at Andar.", "killed", nlp, tiny_gazetteer)
    assert place is not None and place.geonameid in (33, 34)
    assert place.evidence[0].text == "Andar"


@pytest.mark.parametrize("text,trigger", [
    ("Soldiers were killed in a Hamas ambush on Monday.", "killed"),
    ("Two men were arrested in Operation Sandstorm last week.", "arrested"),
])
def test_names_of_other_things_in_the_phrase_are_not_places(nlp, tiny_gazetteer, text,
                                                            trigger):
    assert _place(text, trigger, nlp, tiny_gazetteer) is None


def test_a_missed_name_read_in_a_country_the_story_never_names_is_dropped(nlp, tiny_gazetteer):
    # "Andar" resolves to Afghanistan or India; a story about Syria names neither
    text = "Syrian police said insurgents killed two guards at Andar."
    assert _place(text, "killed", nlp, tiny_gazetteer) is None


def test_a_missed_name_is_taken_whole(nlp, gaz):
    # "Musa" alone is a town elsewhere; the name before "district" is "Musa Qal'ah"
    text = "In Musa Qal’ah district, a patrol was attacked by insurgents."
    place = _place(text, "attacked", nlp, gaz)
    assert place is not None and place.evidence[0].text == "Musa Qal’ah"
    assert place.country == "AF"
