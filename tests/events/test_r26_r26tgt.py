"""Round 26 (r26tgt), targets: a thing or site hit beside the people or body hit with it is no
target of its own (`events.things_beside_people`), and a thing's modifier that names a force,
a government or a group names its owner, whom the act targets (`owned_things.owner_modifiers`).
Sentences invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 4))).events


def _targets(events, plover="ASSAULT"):
    return [p.name.lower() for e in events if e.type.plover == plover for p in e.targets]


def test_homes_burned_beside_the_villagers_killed_are_not_a_target(run):
    ts = _targets(run("Attackers set fire to homes in the village of Tondi and killed 12 "
                      "villagers, residents said."))
    assert "villagers" in ts and "homes" not in ts, ts


def test_a_market_bombed_beside_the_civilians_killed_is_not_a_target(run):
    ts = _targets(run("A bomb exploded in a crowded market in Kasso on Friday, killing nine "
                      "civilians and wounding a shopkeeper, police said."))
    assert "civilians" in ts and not any("market" in t for t in ts), ts


def test_a_church_attacked_beside_its_worshippers(run):
    ts = _targets(run("Gunmen attacked a church in Oka during Sunday mass, killing six "
                      "worshippers, a priest said."))
    assert ts == ["worshippers"], ts


def test_a_thing_hit_with_no_one_beside_it_stays_the_target(run):
    ts = _targets(run("Unidentified men burned three schools in the district overnight, "
                      "police said."))
    assert ts == ["schools"], ts


def test_an_army_convoy_targets_the_army(run):
    ts = _targets(run("Militants ambushed an army convoy near Dalli on Sunday, killing seven "
                      "soldiers, the army said."))
    assert "soldiers" in ts and "army convoy" not in ts, ts


def test_a_police_post_attacked_targets_the_police(run):
    ts = _targets(run("Gunmen attacked a police post in the town of Garo on Tuesday, a local "
                      "official said."))
    assert ts == ["police"], ts


def test_a_convoy_named_for_its_agency_targets_the_agency(run):
    ts = _targets(run("Rebels ambushed a WFP convoy near Goma on Sunday, the agency said."))
    assert ts == ["world food programme"], ts


def test_what_a_plane_carries_is_no_owner(run):
    ts = _targets(run("Militants fired rockets at a passenger plane near Kabul on Sunday, "
                      "officials said."))
    assert ts == ["passenger plane"], ts


def test_the_owner_is_the_last_word_that_names_a_body(run):
    ts = _targets(run("Gunmen ambushed a state police convoy on a highway in Michoacan on "
                      "Monday, officials said."))
    assert "state" not in ts and any("police" in t for t in ts), ts
