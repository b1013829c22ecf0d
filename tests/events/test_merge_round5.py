"""Merging (events/merge.py), round 5: a kidnapping coordinated with a killing of other people
stays its own incident ("in the town" is a place, not an event the act happened in); a
merged event keeps the more specific PLOVER mode. Sentences written for these tests."""

from .conftest import names


def _assaults(evs):
    return [e for e in evs if e.type.plover == "ASSAULT" and e.modality == "asserted"]


def test_killing_and_kidnapping_of_other_people_in_one_sentence_are_two(events_of):
    evs = _assaults(events_of(
        "Gunmen shot dead two policemen and kidnapped a businessman in the town on Monday."))
    assert len(evs) == 2
    kidnap = [e for e in evs if e.type.plover_mode == "abduct"]
    assert len(kidnap) == 1 and names(kidnap[0].targets) == ["businessman"]
    other = [e for e in evs if e is not kidnap[0]][0]
    assert "businessman" not in names(other.targets)


def test_a_killing_during_the_kidnapping_still_joins_it(events_of):
    evs = _assaults(events_of(
        "Armed men kidnapped a judge in the capital on Friday. Two of his guards were shot "
        "dead during the kidnapping."))
    assert len(evs) == 1
    assert evs[0].type.plover_mode == "abduct"


def test_arson_mode_survives_a_merge_into_an_attack(events_of):
    evs = _assaults(events_of("Rebels attacked the lorry and set it on fire."))
    assert len(evs) == 1
    assert evs[0].type.plover_mode == "arson"


def test_no_mode_is_invented_by_a_merge(events_of):
    evs = _assaults(events_of("Rebels attacked the lorry near the bridge on Sunday."))
    assert len(evs) == 1 and evs[0].type.plover_mode is None


def test_a_folded_kidnapping_mode_does_not_retype_an_attack(events_of):
    # "abduct" names another kind of act, not the means of the attack: the attack noun that
    # folds the abduction in keeps no mode and still joins the attack told before
    evs = _assaults(events_of(
        "Rebels attacked a farm near the river on Monday. During the attack they abducted two "
        "workers."))
    assert len(evs) == 1
    assert evs[0].type.plover_mode != "abduct"
