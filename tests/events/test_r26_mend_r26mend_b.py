"""Round 26 review mends (r26mend_b): a weapon described as stolen or captured is still the
instrument of the attack done with it (`weapons.taken_thing`). Texts written for these tests;
`published` is Wednesday 2026-03-04."""

from datetime import date

import pytest

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 4))


def _attack(events):
    found = [e for e in events if e.type.plover == "ASSAULT" and e.modality == "asserted"]
    assert found, [(e.type.plover, e.modality) for e in events]
    return found[0]


def test_a_stolen_car_bomb_detonated_is_the_attacks_weapon(run):
    act = _attack(run("KABUL, March 3 (Reuters) - A suicide bomber detonated a stolen car bomb "
                      "outside a police station in Kabul on Monday, killing five officers, "
                      "officials said."))
    assert [w.name for w in act.weapons] == ["stolen car bomb"], act.weapons


def test_an_attack_with_looted_weapons_keeps_them(run):
    act = _attack(run("KABUL, March 3 (Reuters) - Militants attacked an army base in Helmand "
                      "province with looted weapons on Monday, killing three soldiers, "
                      "officials said."))
    assert [w.name for w in act.weapons] == ["looted weapons"], act.weapons
