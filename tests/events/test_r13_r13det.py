"""Round 13 (r13det) fixes in which events exist and their type. Sentences written for these
tests."""

from .conftest import one


def _types(evs):
    return [e.type.plover for e in evs]


def test_a_negated_clause_does_not_negate_a_conjunct_with_its_own_subject(events_of):
    evs = events_of("The minister said the government would not negotiate with the kidnappers "
                    "and that 200 extra police had been sent to the town.")
    assert one(evs, "MOBILIZE").modality == "asserted"
    evs = events_of("Officials said the president will not meet the rebel envoy, and that the "
                    "army has deployed 500 troops to the border.")
    assert one(evs, "MOBILIZE").modality == "asserted"


def test_will_not_negotiate_is_a_refusal_to_meet(events_of):
    ev = one(events_of("The interior minister said on Friday the state would not negotiate "
                       "with the hijackers."), "REJECT")
    assert ev.type.plover_mode == "meet"
    ev = one(events_of("The opposition will not meet envoys of the junta, its leader said."), "REJECT")
    assert ev.modality == "asserted"


def test_a_meeting_that_did_not_happen_is_no_refusal(events_of):
    assert "REJECT" not in _types(events_of("The two leaders did not meet in Geneva on Monday."))


def test_a_dealing_alleged_by_an_accusation_is_no_event(events_of):
    evs = events_of("Soldiers detained nine farmers near Garoua on Friday, accusing them of "
                    "supplying food and medicine to the insurgents.")
    assert "AID" not in _types(evs) and "COERCE" in _types(evs)
    assert "CONSULT" not in _types(events_of("Mali's foreign ministry accused Algeria of "
                                             "hosting rebel leaders in Algiers."))
    assert "SUPPORT" not in _types(events_of("Kinshasa accused Rwanda of backing the rebels."))


def test_an_attack_alleged_by_an_accusation_stays_an_event(events_of):
    evs = events_of("The army accused the rebels of shelling a market in Goma, killing six "
                    "people.")
    assert "ASSAULT" in _types(evs)
