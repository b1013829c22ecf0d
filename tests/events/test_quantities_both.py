""""Both" counts two, exactly, for every kind of count; "both X and Y" is a coordination, counted
by its items; a definite plural with no number counts two people, at least."""

from __future__ import annotations

from .conftest import counts, one


def test_both_counts_two_killed(events_of):
    ev = one(events_of("Both guards were killed when a grenade hit their post in Gao on Monday."),
             "ASSAULT")
    assert counts(ev, "killed") == [(2, "exact")]


def test_both_counts_two_arrested(events_of):
    ev = one(events_of("Police arrested both smugglers in Mombasa on Sunday."), "COERCE")
    assert counts(ev, "arrested") == [(2, "exact")]


def test_both_x_and_y_is_counted_by_its_items(events_of):
    ev = one(events_of("Gunmen killed both the driver and his guard near Kano on Friday."),
             "ASSAULT")
    assert counts(ev, "killed") == [(2, "exact")]  # a driver and a guard: exact (round 20)


# "both" is a count of two whatever the count's kind; a definite plural with no number is
# two at least for every kind of people count
def test_both_counts_two_injured(events_of):
    ev = one(events_of("Both traders were injured when a mortar hit the market in Gao on Monday."),
             "ASSAULT")
    assert counts(ev, "injured") == [(2, "exact")]


def test_both_of_them_counts_two_injured(events_of):
    ev = one(events_of("A grenade hit two traders in Gao on Monday. Both of them were wounded."),
             "ASSAULT")
    assert (2, "exact") in counts(ev, "injured")


def test_both_counts_two_things_destroyed_or_seized(events_of):
    ev = one(events_of("Both lorries were destroyed when rebels shelled the depot in Gao."),
             "ASSAULT")
    assert counts(ev, "destroyed") == [(2, "exact")]
    ev = one(events_of("Customs officers seized both pistols at the port of Mombasa."), "COERCE")
    assert counts(ev, "seized") == [(2, "exact")]


def test_both_sides_or_both_legs_is_no_count(events_of):
    ev = one(events_of("Clashes between both sides killed 14 people near Gao on Monday."),
             "ASSAULT")
    assert counts(ev, "killed") == [(14, "exact")]
    ev = one(events_of("A trader was wounded in both legs when a mortar hit the market in Gao."),
             "ASSAULT")
    assert (2, "exact") not in counts(ev, "injured")


def test_a_definite_plural_counts_two_injured_at_least(events_of):
    ev = one(events_of("The traders were wounded when a mortar hit the market in Gao."),
             "ASSAULT")
    assert counts(ev, "injured") == [(2, "at_least")]
    ev = one(events_of("The trader was wounded when a mortar hit the market in Gao."),
             "ASSAULT")
    # one person hurt is one, exactly, as the news gold sets code it (round 19)
    assert counts(ev, "injured") == [(1, "exact")]
