"""Round 25 (r25det): event detection, merging and typing. Invented sentences: road
blockades by armed or criminal groups, a reply by defenders who were not the attack's
targets, and assaults whose two sides both carry arms."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import whole_pipeline

WEEK = date(2026, 3, 4)


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(WEEK)


def _kinds(events):
    return [(e.type.plover, e.type.acled_sub_event_type) for e in events
            if e.modality not in ("historical", "hypothetical", "future", "negated")]


def _trigger(e, text):
    return text[e.trigger.start:e.trigger.end] if e.trigger else ""


# ------------------------------------------------ a blockade by armed men is no protest
@pytest.mark.parametrize("text", [
    "LAGOS, March 3 (AP) - Gang members blocked more than 20 roads across the city with "
    "burning tyres on Tuesday after police killed their leader, police said.",
    "TEGUCIGALPA, March 3 (Reuters) - Members of a street gang blocked the main highway north "
    "of the capital with hijacked lorries on Sunday, police said.",
    "ZAMFARA, Nigeria, March 3 (Reuters) - Bandits blocked the road between Gusau and Tsafe "
    "on Saturday and robbed travellers, police said.",
])
def test_armed_or_criminal_blockade_is_coercion(run, text):
    events = run(text)
    blocks = [e for e in events if _trigger(e, text) == "blocked"]
    assert blocks and all(e.type.plover == "COERCE" for e in blocks)
    assert not any(e.type.plover == "PROTEST" for e in events)


def test_blocked_roads_after_another_verb_takes_its_subject(run):
    text = ("CULIACAN, March 3 (Reuters) - Gunmen torched a police patrol car in Culiacan on "
            "Monday, killing two officers. The gunmen also set fire to a petrol station and "
            "blocked roads with burning trucks, police said.")
    assert any(e.type.plover == "COERCE" and _trigger(e, text) == "blocked" for e in run(text))


def test_traders_blocking_roads_still_protest(run):
    text = ("NAIROBI, March 3 (Reuters) - Hundreds of traders blocked roads in the city centre "
            "with burning tyres on Monday to protest against a new market tax, police said.")
    events = run(text)
    assert any(e.type.plover == "PROTEST" for e in events)
    assert not any(e.type.plover == "COERCE" for e in events)


# ------------------------- defenders who were not the targets answer: a clash of its own
def test_guard_returning_fire_on_a_gunman_who_shot_passengers_is_a_clash(run):
    text = ("KARACHI, March 3 (Reuters) - A gunman opened fire on a bus carrying factory "
            "workers in Lahore on Monday, killing two passengers, police said. A security guard "
            "on the bus returned fire and killed the gunman, police said.")
    kinds = _kinds(run(text))
    assert ("ASSAULT", "Attack") in kinds and ("ASSAULT", "Armed clash") in kinds


def test_vigilantes_fighting_back_after_a_village_raid_is_a_clash(run):
    text = ("MAIDUGURI, Nigeria, March 3 (Reuters) - Militants stormed a village in Borno state "
            "on Tuesday, killing seven farmers. Local vigilantes fought back and killed three of "
            "the militants, residents said.")
    assert len([k for k in _kinds(run(text)) if k[0] == "ASSAULT"]) == 2


def test_targets_returning_fire_stay_one_fight(run):
    text = ("MOGADISHU, March 3 (Reuters) - Al Shabaab fighters ambushed an army convoy near "
            "Afgoye on Thursday, killing four soldiers. The soldiers fired back and killed six "
            "fighters, the army said.")
    assert len([k for k in _kinds(run(text)) if k[0] == "ASSAULT"]) == 1


# -------------------------------------------- both sides armed: an armed clash
@pytest.mark.parametrize("text", [
    "ABUJA, March 3 (Reuters) - Troops killed 12 bandits in a raid on their camp in Zamfara "
    "state on Sunday, the army said.",
    "ENUGU, Nigeria, March 3 (Reuters) - Police killed three suspected kidnappers in Enugu on "
    "Saturday, a police spokesman said.",
])
def test_forces_killing_armed_men_is_an_armed_clash(run, text):
    assert ("ASSAULT", "Armed clash") in _kinds(run(text))


@pytest.mark.parametrize("text", [
    "NIAMEY, March 3 (Reuters) - Soldiers killed four villagers in Tillaberi region on "
    "Saturday, residents said.",
    "JOS, Nigeria, March 3 (Reuters) - Gunmen killed two traders at a market in Plateau state "
    "on Monday, police said.",
])
def test_armed_men_killing_civilians_is_an_attack(run, text):
    assert ("ASSAULT", "Attack") in _kinds(run(text))


# ------------------------------ a fight noun that was a shelling takes the shelling's type
def test_fighting_that_began_with_mortar_fire_is_a_shelling(run):
    text = ("NAIROBI, March 3 (Reuters) - The fighting began on Monday morning, when rebels "
            "fired mortars at an army base near Beni, killing two soldiers and wounding five, the "
            "army said.")
    assert ("ASSAULT", "Shelling/artillery/missile attack") in _kinds(run(text))


def test_a_clash_with_rifles_stays_a_clash(run):
    text = ("NAIROBI, March 3 (Reuters) - Fighting between soldiers and rebels near Beni killed "
            "12 people on Monday, the army said. The rebels fired rifles at the soldiers.")
    kinds = _kinds(run(text))
    assert ("ASSAULT", "Armed clash") in kinds
    assert ("ASSAULT", "Shelling/artillery/missile attack") not in kinds


# ---------------------------------- a pledge held over time, told as background
def test_a_promise_in_the_present_perfect_told_as_background_is_no_news(run):
    text = ("KARACHI, March 3 (Reuters) - Gunmen killed two guards at a port construction site "
            "in Gwadar on Monday, police said. Thousands of foreign workers live in the area, and "
            "the government has promised to build a new police post for them.")
    assert ("AGREE", None) not in _kinds(run(text))


def test_an_agreement_reported_by_a_minister_is_news(run):
    text = ("ABUJA, March 3 (Reuters) - Gunmen killed 12 villagers in Benue state on Sunday, "
            "police said. The government has agreed to pay compensation to the families, the "
            "minister said on Tuesday.")
    assert ("AGREE", None) in _kinds(run(text))
