"""Round 26 review mends (r26mend_b): a weapon described as stolen or captured is still the
instrument of the attack done with it (`weapons.taken_thing`). Texts written for these tests;
`published` is Wednesday 2026-03-04."""

from datetime import date

import pytest

from .conftest import first_asserted, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 4))


def _attack(events):
    return first_asserted(events, "ASSAULT")


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


@pytest.mark.parametrize("text,word,is_model", [
    ("Gunmen armed with AK-47 rifles attacked the village.", "AK-47", True),
    ("Troops seized eight M16 assault rifles.", "M16", True),
    ("M23 rebels attacked the town of Sake.", "M23", False),
    ("G7 leaders condemned the attack.", "G7", False),
])
def test_a_model_name_only_before_a_weapon_word(text, word, is_model):
    from wirecoder.events.numbers import model_name

    from .conftest import analyse

    doc = analyse(text).doc
    tok = next(t for t in doc if t.text == word)
    assert model_name(tok) is is_model


def test_a_toll_between_two_numbers_keeps_its_two_bounds(run):
    act = _attack(run("MAIDUGURI, March 3 (Reuters) - Insurgents attacked the village of "
                      "Kawuri on Monday, killing between 20 and 30 people, residents said."))
    counts = {(q.kind, q.value, q.qualifier) for q in act.quantities}
    assert {("killed", 20, "at_least"), ("killed", 30, "at_most")} <= counts, act.quantities
