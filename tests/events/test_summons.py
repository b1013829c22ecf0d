"""Diplomats: one summoned is coded ACCUSE (the golden articles' convention, alternative
CONSULT); one ordered to leave is expelled (SANCTION expel, events/phrase_triggers.ordered_out).
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


def test_an_order_to_leave_expels(linked_events_of):
    events = linked_events_of("Niger's military government ordered the French ambassador to "
                              "leave the country within 48 hours.")
    (e,) = [e for e in events if e.type.plover == "SANCTION"]
    assert e.type.plover_mode == "expel"
    assert any("ambassador" in n for n in names(e.targets))
    # an order to leave given to anyone else is no expulsion
    events = linked_events_of("Police ordered the shopkeepers to leave the market.")
    assert not [e for e in events if e.type.plover == "SANCTION"]
