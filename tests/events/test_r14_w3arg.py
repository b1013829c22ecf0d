"""Round 14 (w3arg) fixes in event arguments. Sentences written for these tests."""

from .conftest import counts, one, pipeline_events


# ---------------------------------------------------------------- quantities
def test_a_jail_term_is_no_count(linked_events_of):
    evs = linked_events_of("A court in Accra jailed a trader for four years on Tuesday for "
                           "fraud.")
    assert all(not counts(e, "other") for e in evs)


def test_how_long_a_protest_lasted_is_no_count(linked_events_of):
    evs = linked_events_of("Farmers in Punjab have blocked highways for almost three months, "
                           "demanding higher prices.")
    assert all(not counts(e, "other") for e in evs)


def test_the_length_of_a_suspension_is_still_counted(linked_events_of):
    ev = one(linked_events_of("The regulator suspended the radio station for two months on "
                              "Friday."), "COERCE")
    assert counts(ev, "other") == [(2, "exact")]


def test_people_beaten_and_counted_as_injured_are_one_count(linked_events_of):
    ev = one(linked_events_of("Men armed with clubs attacked a market stall in Lagos on "
                              "Saturday, beating two vendors and injuring two."), "ASSAULT")
    assert counts(ev, "other") == [] and counts(ev, "injured") == [(2, "exact")]


def test_people_beaten_then_told_injured_in_the_next_sentence_are_one_count():
    evs = pipeline_events("A mob attacked a polling station in Kisumu on Sunday, beating three "
                          "officials with sticks. Police said three officials were injured.",
                          "2026-03-10")
    ev = [e for e in evs if e.type.plover == "ASSAULT"][0]
    assert counts(ev, "other") == [] and counts(ev, "injured") == [(3, "exact")]
