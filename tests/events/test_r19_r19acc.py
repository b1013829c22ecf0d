"""Round 19 (r19acc): evaluative speech is an accusation. A speaker who characterises another
party's act or conduct in negative terms accuses it (PLOVER ACCUSE), in four families of
English news constructions: verbs of naming ("branded the arrests cowardly"), norms broken
("said the drills breached the armistice"), people failed ("said the council had failed the
villagers"), and a judging quote ("'It was cold-blooded murder,' the chief said"). Not when the
judgment is positive, denied, hypothetical, generic, or the speaker's of its own act."""

from __future__ import annotations

import pytest

from .conftest import one


def _types(events):
    return [e.type.plover for e in events]


@pytest.mark.parametrize("text", [
    # a) verbs of naming
    "The interior ministry called the ambush on the convoy an act of terrorism.",
    "Kenya's government characterised the raid as an act of aggression.",
    "Opposition leaders branded the arrests of the journalists cowardly.",
    "The ombudsman called the teenager's death \"unacceptable\" on Tuesday.",
    # b) norms broken, acts that amount to a wrong
    "The agency said the blockade violates international humanitarian law.",
    "A ministry spokesman said the drills breached the 2018 military agreement.",
    "The prosecutor said the killing amounted to a crime against humanity.",
    "The union said the dismissals were in breach of the labour code.",
    "The coast guard said the trawler had illegally entered the country's waters.",
    # c) people failed or betrayed, blame borne
    "The council said the governor had failed the people of Lanark.",
    "The bishop said the authorities had betrayed the displaced families.",
    "The opposition said the ruling party has blood on its hands.",
    "The tribal council said the police had failed to protect the villagers.",
    # d) a judging quote
    "\"This was cold-blooded murder,\" the police chief said of the shooting.",
    "\"What happened in the square is a crime,\" the mayor said.",
])
def test_negative_characterisation_is_an_accusation(events_of, text):
    one(events_of(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Officials described the talks in Geneva as constructive.",
    "The president called the trade deal historic.",
    "The ministry said the incursion was not a provocation.",
    "The spokesman said any attack on the dam would be a war crime.",
    "\"Violence is never the answer,\" the mayor said.",
    "The mayor said violence was a crime.",
    "The commander said his own unit's raid was illegal.",
    "The warden said it was illegal to fish in the bay.",
    "The minister said the rebels would bear responsibility if the talks failed.",
])
def test_no_accusation_without_a_negative_judgment_of_anothers_act(events_of, text):
    assert "ACCUSE" not in _types(events_of(text))


def test_breaking_a_norm_said_is_no_refusal(events_of):
    events = events_of("The agency said the blockade violates international humanitarian law.")
    assert "REJECT" not in _types(events)


def test_the_crime_a_quote_names_is_no_second_act(events_of):
    events = events_of("\"It was attempted murder of two constables,\" the superintendent said.")
    assert _types(events) == ["ACCUSE"]


def test_whom_it_was_told_to_is_no_target(events_of):
    e = one(events_of("\"It was a massacre,\" a survivor told reporters on Friday."), "ACCUSE")
    assert not [p for p in e.targets if "reporter" in p.name.lower()]


def test_the_party_judged_is_the_target(events_of):
    e = one(events_of("The bishop said the authorities had betrayed the displaced families."),
            "ACCUSE")
    assert [p.name for p in e.targets] == ["authorities"]


def test_judgment_beside_a_refusal_is_that_refusal(events_of):
    events = events_of("The foreign ministry said the tariffs were blackmail and rejected the "
                       "bloc's demands.")
    assert "ACCUSE" not in _types(events)
    one(events, "REJECT")


def test_condemnation_and_judgment_in_one_sentence_are_one_accusation(events_of):
    events = events_of("The ministry condemned the shelling of the port and said it was a "
                       "flagrant violation of the truce.")
    one(events, "ACCUSE")
