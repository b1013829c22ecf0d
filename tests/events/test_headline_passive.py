"""A headline drops the passive's auxiliary ("crew evacuated", "leader detained"): the people
named before such a verb are acted on, not acting."""

from __future__ import annotations

from .conftest import names


def test_a_headline_passive_has_no_actor_before_it(events_of):
    events = events_of("Cargo ship set ablaze in Red Sea, crew evacuated\n\nDUBAI, March 2 - "
                       "A missile struck a cargo ship on Sunday.")
    assert [e for e in events if e.type.plover == "ASSAULT"]
    assert not any("crew" in n for e in events for n in names(e.actors))


def test_a_headline_with_its_object_stays_active(events_of):
    events = events_of("Gunmen kill 14 villagers in central Mali\n\nBAMAKO, March 3 - Gunmen "
                       "killed 14 villagers in central Mali on Sunday, the army said.")
    assert any("Gunmen" in n for e in events for n in names(e.actors))
