"""Reported clauses: a backshifted tally ("said 30 people had been killed since the vote") is a
count of many events; a coordinated verb with its own auxiliary keeps its own voice and its own
counts ("officers had been attacked with stones and had arrested 47 people")."""

from __future__ import annotations

from .conftest import names, one


def test_a_reported_tally_since_a_day_is_no_one_event(events_of):
    events = events_of("A rights group said at least 40 people had been killed by security "
                       "forces since the election on Oct. 9.")
    assert [e.modality for e in events if e.type.plover == "ASSAULT"] == ["historical"]


def test_a_coordinated_verb_keeps_its_own_voice_and_counts(events_of):
    events = events_of("A police spokesman said officers had been attacked with stones and had "
                       "arrested 52 people for looting.")
    arrest = one(events, "COERCE")
    assert any("officer" in n for n in names(arrest.actors))
    attack = one(events, "ASSAULT")
    assert not [q for q in attack.quantities if q.kind == "arrested"]
