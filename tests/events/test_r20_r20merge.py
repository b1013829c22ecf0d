"""Round 20 (r20merge): one event per real-world event. Two constructions of news that tell one
act twice: (a) a second speaker's count of the same harm, in the passive, of people no one is
named doing it to ("Bandits took 14 traders ... A police spokesman said 17 people were
kidnapped"): the same act, both counts kept; (b) a definite noun naming the act as what a
statement speaks of, dated by the statement ("The group claimed the attack on Monday"): the
statement's day says nothing against the day the act was told with. Two acts of the same kind
in other places or on other days stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import whole_pipeline

run = whole_pipeline(date(2026, 5, 20))


def _assaults(events):
    return [e for e in events if e.type.plover == "ASSAULT" and e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "Armed men kidnapped 14 traders on the highway near Kontagora on Sunday, relatives said. "
    "A police spokesman said 17 people were kidnapped, including two drivers.",
    "Gunmen abducted 40 pupils from a boarding school in Zuru on Thursday, parents said. "
    "The state government said on Friday that 43 people had been abducted.",
    "Fighters killed nine herders near Abala on Monday, a local chief said. "
    "The herders were watering their cattle at a well. "
    "A regional health officer said 13 people were killed.",
])
def test_second_count_of_the_same_harm_is_the_same_event(text):
    assert len(_assaults(run(text))) == 1


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police post in Nioro on Sunday, killing two officers. "
    "An armed group claimed the attack on Monday.",
    "Insurgents ambushed a supply convoy near Ansongo on Friday, killing four drivers. "
    "The army confirmed the ambush on Saturday.",
])
def test_statement_day_of_a_named_act_does_not_split_it(text):
    assert len(_assaults(run(text))) == 1


@pytest.mark.parametrize("text", [
    "Bandits abducted 22 farmers near Talata on Friday, residents said. "
    "In Birnin Magaji, 15 people were abducted on Saturday, police said.",
    "Gunmen attacked a police post in Nioro on Sunday, killing two officers. "
    "On Monday, gunmen attacked a checkpoint in Diema, killing a soldier.",
])
def test_same_kind_of_act_elsewhere_or_another_day_stays_apart(text):
    assert len(_assaults(run(text))) == 2

