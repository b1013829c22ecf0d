"""Round 26 (r26type): which events, and of what kind. Invented sentences: an attack whose
armed side holds a unit the knowledge base does not know, an attack its targets fought off
(an armed clash, not an attack on the defenceless), and the dispersal of a riot, which shares
the riot's ACLED sub-type ("Violent demonstration", not "Protest with intervention")."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import whole_pipeline

WEEK = date(2026, 3, 10)


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(WEEK)


def _assaults(events):
    return [e.type.acled_sub_event_type for e in events
            if e.type.plover == "ASSAULT" and e.modality == "asserted"]


# ------------------------------------------------ an attack its targets fought off is a clash
@pytest.mark.parametrize("text", [
    "Jihadist fighters and their allies attacked the town of Gassa on Monday but were "
    "repelled by the army, which said 20 assailants were killed.",
    "Rebels and allied militiamen attacked a military base outside the town of Moro on "
    "Friday; the attack was repulsed by government troops, a spokesman said.",
    "Gunmen attacked a police station in the town of Kadiri on Monday, but officers repelled "
    "the assault after a two-hour gunfight, killing four of the attackers, police said.",
])
def test_attack_fought_off_by_armed_targets_is_a_clash(run, text):
    assert _assaults(run(text))[:1] == ["Armed clash"]


# ------------------------------------------------ ... but civilians attacked stay an attack
@pytest.mark.parametrize("text", [
    "Gunmen on motorcycles attacked the village of Tanda on Sunday, killing 11 villagers and "
    "burning homes, residents said.",
    "Armed men attacked a bus carrying students near Lowa on Thursday, killing two students, "
    "officials said.",
    "Gunmen attacked farmers near the village of Kusa on Saturday, killing nine, before "
    "troops drove them back, a local official said.",
])
def test_attack_on_civilians_stays_an_attack(run, text):
    assert _assaults(run(text))[:1] == ["Attack"]


# ------------------------------------------------ a riot's dispersal shares its sub-type
@pytest.mark.parametrize("text", [
    "Hundreds of youths threw stones at police and set fire to a tax office in the town of "
    "Velo on Tuesday. Police fired tear gas to disperse the rioters, a police spokesman said.",
    "Protesters angry over power cuts burned tyres and smashed shop windows in the port city "
    "of Nara on Friday. Riot police used water cannon and rubber bullets to break up the "
    "crowd, injuring at least 12 people, witnesses said.",
])
def test_dispersal_of_a_riot_is_a_violent_demonstration(run, text):
    kinds = [(e.type.plover, e.type.acled_sub_event_type) for e in run(text)
             if e.modality == "asserted"]
    assert ("ASSAULT", "Violent demonstration") in kinds
    assert ("ASSAULT", "Protest with intervention") not in kinds


def test_dispersal_of_a_peaceful_march_stays_an_intervention(run):
    events = run("Thousands of teachers marched peacefully through the capital on Monday to "
                 "demand higher pay. Police fired tear gas and water cannon to disperse them, "
                 "the union said.")
    assert "Protest with intervention" in _assaults(events)
    assert "Violent demonstration" not in _assaults(events)


# ------------------------------------------------ talks hosted by a third party, told as done
@pytest.mark.parametrize("text, host", [
    ("The government and the rebels agreed on Tuesday to a truce after talks hosted by Qatar "
     "in Doha, both sides said.", "Qatar"),
    ("The two neighbours agreed on Monday, at talks hosted by Turkey in Ankara, to reopen "
     "their border, officials said.", "Turkey"),
])
def test_talks_hosted_before_a_dated_agreement_are_a_meeting(run, text, host):
    meetings = [e for e in run(text) if e.type.plover == "CONSULT"]
    assert meetings and all(e.modality == "asserted" for e in meetings)
    assert any(host in a.name or a.name.startswith(host[:5]) for e in meetings for a in e.actors)


def test_rounds_over_years_of_talks_stay_no_one_meeting(run):
    events = run("Years of talks between the three countries, including rounds mediated by the "
                 "African Union, failed to produce an agreement.")
    assert not [e for e in events if e.type.plover == "CONSULT" and e.modality == "asserted"]


# ------------------------------------------------ a fight done with a strike from afar
@pytest.mark.parametrize("text, subtype", [
    ("The army engaged the militants with an air strike near the village of Kara on "
     "Tuesday, killing 12 of them, the military said.", "Air/drone strike"),
    ("Soldiers engaged the rebels with mortars near the town of Kara on Tuesday, the army "
     "said.", "Shelling/artillery/missile attack"),
])
def test_fight_with_a_strike_from_afar_is_that_strike(run, text, subtype):
    events = [e for e in run(text) if e.type.plover == "ASSAULT" and e.modality == "asserted"]
    assert [e.type.acled_sub_event_type for e in events] == [subtype]
    assert not [t for t in events[0].targets if "strike" in t.name or "mortar" in t.name]


def test_rockets_carried_by_the_other_side_are_no_means(run):
    events = run("Soldiers clashed with rebels armed with rockets near the town of Kara on "
                 "Tuesday, the army said.")
    assert _assaults(events) == ["Armed clash"]
    assert any(t.name == "rebels" for e in events for t in e.targets)


def test_a_fight_with_mortars_and_machine_guns_stays_a_clash(run):
    events = run("Border guards of the two countries fought with mortars and machine guns along "
                 "the disputed frontier near Kara late on Sunday, officials said.")
    assert _assaults(events) == ["Armed clash"]
