"""event_location: a place name the tagger reads as a people's (NORP) is still a place when
a place noun says so ("the town of X", "the state of X"); a people's word modifying any other
noun is not (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import event_place


@pytest.mark.parametrize("text,trigger,country", [
    ("Gunmen opened fire on tourists near the town of Pahalgam on Tuesday.", "opened", "IN"),
    ("Gunmen killed a mayor in the western state of Michoacan on Monday.", "killed", "MX"),
])
def test_a_name_a_place_noun_marks_is_a_place_whatever_the_tag(nlp, gaz, text, trigger,
                                                               country):
    place = event_place(text, trigger, nlp, gaz)
    assert place is not None and place.country == country, place


def test_a_peoples_word_on_another_noun_is_not_the_place(nlp, gaz):
    assert event_place("Syrian gunmen attacked the convoy.", "attacked", nlp, gaz) is None
