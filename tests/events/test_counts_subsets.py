"""A count of part of the people already counted ("including three children") is no count of
its own: a second `killed` beside the total would read to a user as more dead."""

from __future__ import annotations

from .conftest import counts, one


def test_including_part_is_not_a_second_count(events_of):
    ev = one(events_of("Gunmen killed nine villagers, including three children, in an attack "
                       "near Dori on Sunday."), "ASSAULT")
    assert counts(ev, "killed") == [(9, "exact")]


def test_part_told_in_a_later_sentence_is_not_a_second_count(events_of):
    ev = one(events_of("Police arrested 12 people in a raid on a warehouse in Kisumu on Monday. "
                       "Four of those arrested were police officers."), "COERCE")
    assert counts(ev, "arrested") == [(12, "exact")]
