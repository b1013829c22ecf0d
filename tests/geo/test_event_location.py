"""event_location picks the place of the event's own clause (tiny gazetteer, spaCy parse)."""

from __future__ import annotations

import pytest

from .conftest import event_place


_place = event_place


def test_place_of_the_triggers_clause_not_the_first_place(nlp, tiny_gazetteer):
    text = ("France said on Monday that Syrian forces attacked a convoy in Rif Dimashq "
            "Province.")
    place = _place(text, "attacked", nlp, tiny_gazetteer)
    assert place is not None and place.geonameid == 2
    assert place.evidence[0].text.startswith("Rif Dimashq")


def test_most_specific_place_wins(nlp, tiny_gazetteer):
    text = "Gunmen opened fire in the Syrian capital Damascus, in Syria, on Friday."
    place = _place(text, "opened", nlp, tiny_gazetteer)
    assert place is not None and place.geonameid == 3


def test_no_place_in_the_sentence(nlp, tiny_gazetteer):
    text = "At least 22 fighters were killed in the clashes."
    assert _place(text, "killed", nlp, tiny_gazetteer) is None


def test_adjective_is_not_the_location(nlp, tiny_gazetteer):
    text = "Syrian troops shelled the town."
    assert _place(text, "shelled", nlp, tiny_gazetteer) is None


@pytest.mark.parametrize("text,trigger,gid", [
    ("Soldiers patrolled the streets of Ghazni on Sunday.", "patrolled", "Ghazni"),
    ("A bomb exploded in Andar district market, killing four.", "exploded", "Andar"),
])
def test_place_after_a_place_noun_or_mislabelled_is_the_location(nlp, tiny_gazetteer, text,
                                                                   trigger, gid):
    # "Ghazni" is tagged ORG by the small model: still the place of the patrol
    place = _place(text, trigger, nlp, tiny_gazetteer)
    assert place is not None and place.country == "AF"
    assert place.evidence[0].text.startswith(gid)


def test_place_inside_an_organisation_name_is_not_the_location(nlp, tiny_gazetteer):
    text = "The Damascus Chamber of Commerce announced new rules."
    assert _place(text, "announced", nlp, tiny_gazetteer) is None
