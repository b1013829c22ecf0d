"""event_location: the country across "the border with X" is the other side of the border,
and where a coordinated motion ends ("resigned and fled to X") is that motion's place, not
where the event happened (sentences written for these tests)."""

from __future__ import annotations

from .conftest import event_place


def test_the_country_across_the_border_is_not_the_place(nlp, gaz):
    text = "The gunmen burned a police post before fleeing toward the border with Syria."
    assert event_place(text, "burned", nlp, gaz) is None


def test_the_country_that_owns_the_border_is_the_place(nlp, gaz):
    text = "Rebels captured two soldiers along Lebanon's border with Syria on Monday."
    place = event_place(text, "captured", nlp, gaz)
    assert place is not None and place.country == "LB"


def test_where_a_coordinated_motion_ends_is_not_the_place(nlp, gaz):
    # the president fled to Syria; he did not resign there
    text = "The president resigned on Monday and fled to Syria."
    assert event_place(text, "resigned", nlp, gaz) is None
    place = event_place(text, "fled", nlp, gaz)
    assert place is not None and place.country == "SY"
