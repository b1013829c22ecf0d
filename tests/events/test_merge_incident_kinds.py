"""Merging (events/merge.py, events/act_kinds.py): a kidnapping and another kind of assault told in different
sentences, each by its own verb and against its own target, are two incidents; a later bare
mention ("confirmed the kidnapping") joins the event of its own kind. Sentences written for
these tests."""

from .conftest import names


def _assaults(evs):
    return [e for e in evs if e.type.plover == "ASSAULT" and e.modality == "asserted"]


def test_kidnapping_and_attack_on_a_building_are_two_incidents(events_of):
    evs = _assaults(events_of(
        "Gunmen kidnapped three engineers near the oil field on Monday. The rebels later "
        "attacked the pumping station and set it on fire. The company later confirmed the "
        "kidnapping."))
    assert len(evs) == 2
    kidnap = [e for e in evs if e.trigger.text.lower().startswith("kidnap")]
    assert kidnap and ("captured", 3.0) in {(q.kind, q.value) for q in kidnap[0].quantities}
    # "the kidnapping" joined the kidnapping, not the nearer attack
    assert not any(e.trigger.text.lower() == "kidnapping" for e in evs)


def test_rescue_killing_and_earlier_kidnapping_are_two_incidents(events_of):
    evs = _assaults(events_of(
        "Police killed four kidnappers during a rescue operation. The businessman had been "
        "kidnapped by unknown men."))
    assert len(evs) == 2
    kidnap = [e for e in evs if e.trigger.text.lower() == "kidnapped"][0]
    assert not any("kidnapper" in n.lower() for n in names(kidnap.targets))


def test_a_killing_during_the_kidnapping_is_part_of_it(events_of):
    evs = _assaults(events_of(
        "Gunmen kidnapped the mayor of the town on Monday. Two of his bodyguards were killed "
        "during the kidnapping."))
    assert len(evs) == 1
    assert ("killed", 2.0) in {(q.kind, q.value) for q in evs[0].quantities}
