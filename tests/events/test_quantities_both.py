""""Both" counts two people, exactly; "both X and Y" is a coordination, counted by its items."""

from __future__ import annotations

from .conftest import one


def _counts(ev, kind):
    return [(q.value, q.qualifier) for q in ev.quantities if q.kind == kind]


def test_both_counts_two_killed(events_of):
    ev = one(events_of("Both guards were killed when a grenade hit their post in Gao on Monday."),
             "ASSAULT")
    assert _counts(ev, "killed") == [(2, "exact")]


def test_both_counts_two_arrested(events_of):
    ev = one(events_of("Police arrested both smugglers in Mombasa on Sunday."), "COERCE")
    assert _counts(ev, "arrested") == [(2, "exact")]


def test_both_x_and_y_is_counted_by_its_items(events_of):
    ev = one(events_of("Gunmen killed both the driver and his guard near Kano on Friday."),
             "ASSAULT")
    assert _counts(ev, "killed") == [(2, "at_least")]
