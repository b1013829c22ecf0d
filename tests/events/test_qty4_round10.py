"""Round 10 (qty4): "both of", "a pair of", "a dozen" count people."""

from __future__ import annotations


def _counts(evs, kind):
    return [q.value for e in evs for q in e.quantities if q.kind == kind]


# quantities: "both of" and noun number words count people
def test_both_of_the_plural_counts_two(events_of):
    assert _counts(events_of("Both of the smugglers were killed in the crossfire."),
                   "killed") == [2.0]


def test_a_pair_of_people_counts_two(events_of):
    assert _counts(events_of("A pair of guards were wounded by the blast."), "injured") == [2.0]
    assert _counts(events_of("Police arrested a pair of smugglers at the port."),
                   "arrested") == [2.0]


def test_a_dozen_and_half_a_dozen_count_people(events_of):
    assert _counts(events_of("About a dozen villagers were wounded."), "injured") == [12.0]
    assert _counts(events_of("Half a dozen villagers were wounded."), "injured") == [6.0]


def test_a_pair_of_things_counts_no_people(events_of):
    evs = events_of("Police seized a pair of boots at the port.")
    assert [e for e in evs if e.type.plover == "COERCE"]
    assert not _counts(evs, "arrested")
