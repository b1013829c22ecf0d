"""Round 26 (r26qty): counts of people who crossed into another land after an attack
(`count_kinds.crossed_out`), also when they crossed "to escape the fighting"
(`displaced_counts`); weapons counted through a model name ("six AK-47 rifles",
`numbers.counted_through_model`); weapons a list names ("Items recovered include ...") and
recovered a few sentences after the fight, past an evacuation of the wounded
(`recovered_arms`); a fight's things taken are no instrument of it
(`weapons.instruments_of`); a toll put between two numbers (`numbers.range_bounds`). Texts
written for these tests; `published` is Wednesday 2026-03-04."""

from datetime import date

import pytest

from .conftest import first_asserted, whole_pipeline, with_trigger


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 4))


def _attack(events):
    return first_asserted(events, "ASSAULT")


def _counts(ev):
    return {(q.kind, q.value, q.qualifier) for q in ev.quantities}


def test_people_who_crossed_into_another_country_are_displaced(run):
    act = _attack(run("KHARTOUM, March 3 (Reuters) - Paramilitary fighters shelled the town "
                           "of Kutum in North Darfur on Monday, killing 12 civilians, residents "
                           "said. About 4,500 people have crossed into Chad since the shelling, "
                           "the U.N. refugee agency said."))
    assert ("displaced", 4500, "about") in _counts(act), act.quantities


def test_crossing_the_border_to_escape_the_fighting_is_flight(run):
    act = _attack(run("GOMA, March 3 (AFP) - Rebels attacked a camp near Rutshuru on "
                           "Monday, killing at least eight people, a local official said. More "
                           "than 1,200 villagers crossed the border into Uganda on Tuesday to "
                           "escape the fighting, the official added."))
    assert ("displaced", 1200, "more_than") in _counts(act), act.quantities


def test_armed_men_who_cross_the_border_are_not_displaced(run):
    act = _attack(run("ISLAMABAD, March 3 (Reuters) - Militants stormed a checkpoint in "
                           "North Waziristan on Monday, killing four soldiers, the army said. Some "
                           "30 militants crossed into Afghanistan after the attack, the army "
                           "said."))
    assert "displaced" not in {q.kind for q in act.quantities}, act.quantities


def test_inmates_who_escaped_are_not_displaced(run):
    act = _attack(run("NIAMEY, March 3 (AFP) - Gunmen attacked a prison in Koutoukale on "
                           "Monday, killing two guards, officials said. About 200 inmates escaped "
                           "and crossed into Mali, the officials said."))
    assert "displaced" not in {q.kind for q in act.quantities}, act.quantities


def test_numeral_before_a_model_name_counts_the_weapons(run):
    out = run("LAGOS, March 3 (Reuters) - Police arrested four suspects and seized 8 AK-47 "
              "rifles in a raid in Ikorodu on Monday, police said.")
    act = with_trigger(out, "arrested")
    seized = [q for q in act.quantities if q.kind == "seized"]
    assert [(q.value, q.object) for q in seized] == [(8, "AK-47 rifles")], act.quantities


def test_weapons_recovered_after_a_clash_with_a_model_name(run):
    act = _attack(run("MAIDUGURI, March 3 (Reuters) - Troops killed 11 insurgents in a clash "
                           "near Bama on Monday, the army said. Troops recovered six AK-47 rifles, "
                           "two rocket-propelled grenade launchers and 300 rounds of ammunition "
                           "at the scene, it said."))
    assert {("seized", 6, "exact"), ("seized", 2, "exact"), ("seized", 300, "exact")} <= (
        _counts(act)), act.quantities


def test_items_recovered_include_a_list(run):
    act = _attack(run("MANILA, March 3 (AFP) - Soldiers killed two communist rebels in a "
                           "firefight in Negros Oriental on Monday, the military said. The "
                           "wounded soldiers have been evacuated to a hospital in Dumaguete. "
                           "Items recovered from the site include three M16 rifles and 40 "
                           "rounds of ammunition."))
    assert {("seized", 3, "exact"), ("seized", 40, "exact")} <= _counts(act), act.quantities


def test_weapons_found_after_another_operation_are_its_own(run):
    out = run("MANILA, March 3 (AFP) - Soldiers killed two communist rebels in a firefight in "
              "Negros Oriental on Monday, the military said. On Tuesday, police arrested three "
              "men in Bacolod. Items recovered from them include two pistols.")
    fight = _attack(out)
    assert "seized" not in {q.kind for q in fight.quantities}, fight.quantities


def test_weapons_seized_in_a_fight_are_not_its_instrument(run):
    act = _attack(run("MOPTI, March 3 (AFP) - Soldiers killed 12 jihadists in a clash near "
                      "Boni on Monday and seized 40 rifles, the army said."))
    assert not act.weapons, act.weapons
    assert ("seized", 40, "exact") in _counts(act), act.quantities


def test_weapons_recovered_after_a_fight_are_no_instrument_but_the_guns_fired_are(run):
    act = _attack(run("MOGADISHU, March 3 (Reuters) - Al Shabaab fighters fired mortars at a "
                      "base near Afgoye on Monday, killing two soldiers, the army said. "
                      "Soldiers later captured three machine guns, it said."))
    assert [w.name for w in act.weapons] == ["mortars"], act.weapons


def test_a_model_name_is_part_of_the_weapons_name(run):
    act = _attack(run("KADUNA, March 3 (AFP) - Gunmen armed with AK-47 rifles attacked the "
                      "village of Kauru on Monday, killing 11 people, police said."))
    assert [w.name for w in act.weapons] == ["AK-47 rifles"], act.weapons


def test_a_toll_put_between_two_numbers_is_read_as_its_two_bounds(run):
    act = _attack(run("BAMAKO, March 3 (AFP) - Gunmen attacked the village of Sare in central "
                      "Mali on Monday, killing at least 14 people, officials said. A local "
                      "youth group put the toll at between 20 and 25 dead."))
    assert {("killed", 14, "at_least"), ("killed", 20, "at_least"),
            ("killed", 25, "at_most")} <= _counts(act), act.quantities
    assert ("killed", 20, "exact") not in _counts(act), act.quantities


def test_weapons_found_in_a_later_fight_are_that_fights(run):
    out = run("MOROTO, March 3 (AFP) - About 50 armed raiders attacked a village in Kotido "
              "district on Sunday, killing one herdsman, the army said. The wounded were "
              "taken to a health centre. In an exchange of fire with soldiers on Monday, two "
              "raiders were killed and 12 rounds of ammunition were recovered, and the "
              "wounded soldiers were evacuated to a hospital.")
    raid = _attack(out)
    assert "seized" not in {q.kind for q in raid.quantities}, raid.quantities
