"""Round 18 (r18det): requests whose addressee is named through "on" / "to" and who are asked
to act ("called on Ankara to reopen ...", "appealed to farmers to leave ...") are requests,
even with a lower-case or place-like addressee the participant mapper does not keep."""

from __future__ import annotations

import pytest

from .conftest import one


@pytest.mark.parametrize("text", [
    "The governor appealed to commuters to stay away from the city centre on Thursday.",
    "The interior minister on Monday appealed to landlords to shelter families displaced "
    "by the floods.",
    "The prime minister called on the South to respect the ceasefire line, speaking to "
    "reporters on Tuesday.",
])
def test_request_with_addressee_through_on_or_to_is_kept(events_of, text):
    events = events_of(text)
    one(events, "REQUEST")


def test_call_for_people_to_leave_is_still_no_request(events_of):
    # no addressee: those told to act are the subject of the demanded clause
    events = events_of("Soldiers called for all occupants to exit the building on Monday.")
    assert not [e for e in events if e.type.plover == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Army spokesmen on Monday called the \"careless gunfire\" from the ridge a \"blatant "
    "provocation\" and promised an inquiry.",
    "The border ministry on Thursday called the firing a grave provocation.",
    "A spokeswoman for the governor described the blast at the pumping station as \"an act of "
    "sabotage\" on Sunday.",
])
def test_naming_an_act_a_wrong_is_an_accusation(events_of, text):
    one(events_of(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "The president condemned the shooting and directed the provincial government to ensure "
    "that the injured received care.",
    "The governor directed the district council to ensure that displaced families got shelter.",
])
def test_order_to_a_body_with_an_infinitive_is_a_demand(events_of, text):
    one(events_of(text), "REQUEST")


def test_thing_described_as_illegal_is_still_no_accusation(events_of):
    events = events_of("Investigators said he tried to sell radios he described as illegal.")
    assert not [e for e in events if e.type.plover == "ACCUSE"]
