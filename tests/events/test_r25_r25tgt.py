"""Whom an act is against when its targets name bare "people" beside a party ("people"
counted beside a party the act names are that party again: `crowd_targets.people_beside_named`),
a party told as some of a group (`crowd_targets.parts_of_a_group`), and a border shut or
reopened (`border_targets`). Texts written for these tests;
`published` is Friday 2026-11-20."""

from datetime import date

import pytest

from .conftest import whole_pipeline, with_trigger


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 20))


def _names(parts):
    return [n.lower() for p in parts for n in (p.name, *p.mentions)]


# --- bare "people" beside a party the act names -------------------------------------------

@pytest.mark.parametrize("text, word, party", [
    ("JOS, Nov 18 - Gunmen killed nine villagers and wounded 14 people in an attack on Kwall "
     "village on Tuesday night, police said.", "killed", "villagers"),
    ("NAIROBI, Nov 18 - Raiders killed five herders and wounded 11 people in an attack on a "
     "settlement in Turkana on Tuesday, officials said.", "killed", "herders"),
])
def test_people_counted_beside_a_party_are_that_party(run, text, word, party):
    act = with_trigger(run(text), word)
    assert [p.name.lower() for p in act.targets] == [party], act.targets
    assert "people" in _names(act.targets)  # kept as one more mention of them


def test_people_alone_stay_the_target(run):
    act = with_trigger(run("DHAKA, Nov 15 - Unidentified attackers killed four people in "
                           "Cox's Bazar on Saturday, police said."), "killed")
    assert "people" in _names(act.targets)


def test_people_that_include_the_party_stay(run):
    act = with_trigger(run("HARARE, Nov 16 - Police arrested six people, including two "
                           "journalists, in Harare on Sunday, a rights group said."), "arrested")
    assert "people" in [p.name.lower() for p in act.targets], act.targets


def test_people_with_some_of_them_named_stay(run):
    act = with_trigger(run("NAIROBI, Nov 17 - Gunmen killed 30 people, many of them pupils, in "
                           "an attack on a school in Garissa on Monday, police said."), "killed")
    assert "people" in [p.name.lower() for p in act.targets], act.targets


def test_people_are_not_folded_into_an_act(run):
    act = with_trigger(run("MANAGUA, Nov 16 - Police attacked people at the demonstrations in "
                           "Managua on Sunday, a rights group said."), "attacked")
    assert "demonstrations" not in [p.name.lower() for p in act.targets], act.targets


# --- a party told as some of a group ------------------------------------------------------

@pytest.mark.parametrize("text, word, group, part", [
    ("KABUL, Nov 16 - An air strike killed seven civilians, including a child, in Kunduz on "
     "Sunday, police said.", "strike", "civilians", "child"),
    ("MANAGUA, Nov 16 - The government released 12 political prisoners, among them two "
     "priests, on Sunday, a rights group said.", "released", "political prisoners", "priests"),
    ("RAIPUR, Nov 17 - Police arrested six student leaders, including two women, in Raipur "
     "on Sunday, a rights group said.", "arrested", "student leaders", "women"),
])
def test_a_party_told_as_some_of_a_group_is_part_of_it(run, text, word, group, part):
    act = with_trigger(run(text), word)
    names = [p.name.lower() for p in act.targets]
    assert group in names and part not in names, act.targets


def test_a_party_told_as_some_of_bare_people_stays(run):
    act = with_trigger(run("MOGADISHU, Nov 16 - A car bomb killed 11 people, including three "
                           "soldiers, at a checkpoint on Sunday, police said."), "killed")
    assert len(act.targets) == 2, act.targets


def test_two_parties_listed_are_both_targets(run):
    act = with_trigger(run("JOS, Nov 18 - Gunmen killed nine villagers and two soldiers in "
                           "Bokkos on Tuesday night, police said."), "killed")
    assert len(act.targets) == 2, act.targets


# --- a border shut or reopened: the state across it ---------------------------------------

@pytest.mark.parametrize("text, word, state", [
    ("WARSAW, Nov 17 - Poland closed its border crossings with Belarus on Monday after "
     "migrants tried to force their way across, the interior ministry said.", "closed",
     "belarus"),
    ("BANGKOK, Nov 16 - Thailand closed all border crossings with Myanmar in Tak province on "
     "Sunday after shells landed in Mae Sot, the army said.", "closed", "myanmar"),
    ("COTONOU, Nov 14 - Benin reopened its border with Niger on Friday after a year, officials "
     "said.", "reopened", "niger"),
    ("NIAMEY, Nov 13 - Niger closed the frontier between Niger and Benin on Wednesday, state "
     "television said.", "closed", "benin"),
])
def test_a_border_act_targets_the_state_across_it(run, text, word, state):
    act = with_trigger(run(text), word)
    assert [p.name.lower() for p in act.targets] == [state], act.targets
