"""Round 10 (qty4): an object "it" is not its own verb's subject."""

from __future__ import annotations

from .conftest import find, find_or_none


def test_object_it_is_not_the_subject_of_its_verb(link):
    ms = link("The Communist Party denied it on Tuesday.")
    assert find(ms, "Communist Party")
    assert find_or_none(ms, "it") is None


def test_object_it_can_be_an_organisation_named_before_the_subject(link):
    ms = link("Hamas said the army had shelled it overnight.")
    assert find_or_none(ms, "it").entity.name == "Hamas"


def test_subject_it_still_takes_the_speaker(link):
    ms = link("Hamas said it would retaliate.")
    assert find_or_none(ms, "it").entity.name == "Hamas"
