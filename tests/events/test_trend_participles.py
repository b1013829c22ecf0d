"""A participle that says what a trend consists of ("has stepped up attacks this year,
blockading towns and attacking convoys") tells no one event; the dated attack told next is
its own event, with its own day."""

from __future__ import annotations

from datetime import date


def test_the_acts_of_a_trend_are_no_events_and_the_dated_one_stands(events_of):
    events = events_of("Al-Shabaab has stepped up attacks in Lower Shabelle this year, "
                       "besieging villages and attacking supply convoys. On Saturday, the group "
                       "ambushed a convoy of trucks near Afgooye, burning at least 12 vehicles.",
                       date(2026, 3, 9))
    asserted = [e for e in events if e.modality == "asserted"]
    assert len(asserted) == 1
    assert asserted[0].time.start == date(2026, 3, 7)


def test_a_participle_describing_a_bare_plural_is_a_kind_of_occasion(events_of):
    events = events_of("Years of negotiations between the two countries, including rounds "
                       "hosted by the European Union, failed to produce a deal.")
    assert not [e for e in events if e.type.plover == "CONSULT" and e.modality == "asserted"]
