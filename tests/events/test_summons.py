"""A diplomat summoned is coded ACCUSE (the golden articles' convention, alternative CONSULT).
Sentences written for these tests."""

from .conftest import names


def test_a_summons_is_one_accusation(linked_events_of):
    events = linked_events_of("Bangladesh's foreign ministry summoned Myanmar's envoy in Dhaka to lodge "
                       "a protest over the shelling of border villages.")
    accuse = [e for e in events if e.type.plover == "ACCUSE"]
    assert len(accuse) == 1
    assert any("Myanmar" in n for n in names(accuse[0].targets))


def test_a_summons_to_protest_stays_one_event(events_of):
    events = events_of("Ghana summoned the Nigerian ambassador on Monday to protest the "
                       "detention of its fishermen.")
    assert len([e for e in events if e.type.plover == "ACCUSE"]) == 1
