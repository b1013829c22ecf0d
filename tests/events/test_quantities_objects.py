"""What a count counts (events/quantities.py, count_kinds.py): a measure and what it
measures, a count in a relative clause about the attackers. Sentences written for these
tests."""

from __future__ import annotations

from .conftest import one


def test_a_measure_count_names_what_it_measures(events_of):
    e = one(events_of("Customs officers seized 40 kilograms of heroin at the port on "
                      "Friday."), "COERCE")
    q = [q for q in e.quantities if q.value == 40][0]
    assert q.object == "kilograms of heroin"


def test_a_count_in_a_relative_clause_about_the_attackers_is_nothing_destroyed(events_of):
    e = one(events_of("Raiders, who came on about 30 horses, burned a granary in the "
                      "village."), "ASSAULT")
    assert not any(q.kind == "destroyed" and q.value == 30 for q in e.quantities)


def test_people_singled_out_among_them_are_part_of_the_count(events_of):
    # part of the count, not a second count of wounded (as the gold sets code subsets)
    e = one(events_of("Forty people, among them nine children, were wounded when a bomb went "
                      "off at a bus station."), "ASSAULT")
    qs = {(q.kind, q.value, q.object) for q in e.quantities}
    assert ("injured", 40.0, "people") in qs
    assert not any(q.kind == "injured" and q.value == 9 for q in e.quantities)


def test_what_attacks_were_made_on_is_no_count_of_people_taken(events_of):
    e = one(events_of("Bandits killed 11 farmers and abducted about 30 others in attacks on "
                      "four hamlets, police said."), "ASSAULT")
    taken = [q for q in e.quantities if q.kind == "captured"]
    assert [(q.value, q.qualifier) for q in taken] == [(30.0, "about")]


def test_weapons_counted_in_an_arrest_are_seized(events_of):
    e = one(events_of("Police arrested nine smugglers and recovered a cache of arms, including "
                      "30 pistols."), "COERCE")
    assert ("seized", 30.0) in {(q.kind, q.value) for q in e.quantities}
    assert ("arrested", 30.0) not in {(q.kind, q.value) for q in e.quantities}


def test_a_captured_centre_is_no_captive(events_of):
    e = one(events_of("Insurgents captured two police stations in the province on "
                      "Sunday."), "COERCE")
    assert not any(q.kind == "captured" for q in e.quantities)


def test_how_long_captives_were_held_is_no_count_of_captives(events_of):
    # (rebels holding people captive is an abduction, ASSAULT: events/typing)
    e = one(events_of("Rebels held the two nurses captive for six weeks before releasing "
                      "them."), "ASSAULT")
    assert ("other", 6.0) in {(q.kind, q.value) for q in e.quantities}
    assert not any(q.kind in ("arrested", "captured") and q.value >= 6 for q in e.quantities)
