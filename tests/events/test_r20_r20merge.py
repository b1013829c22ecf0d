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


@pytest.mark.parametrize("text", [
    "Police opened fire on marchers in Kumasi on Saturday, killing three, witnesses said. "
    "The interior minister said the three had been shot by armed men in the crowd.",
    "Soldiers shot dead two fishermen off Mbour on Monday, relatives said. "
    "The navy said the two men were killed in crossfire with smugglers.",
])
def test_the_people_counted_named_again_are_the_same_harm(text):
    assert len(_assaults(run(text))) == 1


def test_same_count_without_the_stays_apart():
    text = ("Gunmen killed three villagers in Tera on Monday. "
            "On Tuesday, gunmen killed three herders in Dori.")
    assert len(_assaults(run(text))) == 2


@pytest.mark.parametrize("text", [
    "Fighters of the Kachin Independence Army seized 12 Chinese loggers near Waingmaw on "
    "Tuesday, a local official said. The Kachin Independence Army said in a statement that it "
    "had detained 12 \"trespassers\" who were cutting timber illegally.",
    "Militiamen of the Mai-Mai group kidnapped six engineers at a mine near Walikale on "
    "Sunday, the company said. The Mai-Mai group said on Monday that it had arrested six "
    "\"spies\".",
])
def test_takers_own_account_as_an_arrest_is_the_abduction(text):
    events = [e for e in run(text) if e.modality == "asserted"
              and e.type.plover in ("ASSAULT", "COERCE")]
    assert len(events) == 1


def test_an_arrest_by_others_after_an_abduction_stays_apart():
    text = ("Gunmen kidnapped six engineers at a mine near Walikale on Sunday, the company "
            "said. The army said on Monday that it had arrested two suspects in Goma.")
    events = [e for e in run(text) if e.modality == "asserted"
              and e.type.plover in ("ASSAULT", "COERCE")]
    assert len(events) == 2


def test_contested_doers_of_the_same_harm_keep_the_first_account():
    text = ("Police opened fire on marchers in Kumasi on Saturday, killing three, witnesses "
            "said. The interior minister said the three had been shot by armed men in the crowd.")
    [event] = _assaults(run(text))
    assert not any("armed men" in (a.name or "").lower() for a in event.actors)


def test_takers_account_keeps_the_taking_as_told_first():
    text = ("Militiamen of the Mai-Mai group kidnapped eight engineers at a mine near Walikale "
            "on Sunday, the company said. The Mai-Mai group said on Monday that it had arrested "
            "five \"spies\".")
    [event] = [e for e in run(text) if e.modality == "asserted"
               and e.type.plover in ("ASSAULT", "COERCE")]
    assert event.type.plover == "ASSAULT"
    assert [(q.kind, q.value) for q in event.quantities] == [("captured", 8)]
    assert not any("spies" in (t.name or "").lower() for t in event.targets)
