"""Round 24 mends (r24mb): places declared under special powers, and border words as arrest
authorities. Sentences written for these tests (places and names not from the dev articles)."""

from __future__ import annotations

from datetime import date

WEEK = date(2027, 3, 3)  # a Wednesday


def _kinds(events, plover):
    return [e.type.plover_mode for e in events if e.type.plover == plover]


# ------------------------------ "declared X closed": special powers only over a zone noun
def test_a_case_declared_closed_is_no_coercion(events_of):
    events = events_of("Ethiopia declared the case closed on Tuesday.", WEEK)
    assert not _kinds(events, "COERCE"), [(e.trigger.text, e.type) for e in events]


def test_a_border_declared_closed_is_no_special_powers_zone(events_of):
    events = events_of("Kenya declared the border closed on Monday.", WEEK)
    assert not [e for e in events if e.type.plover == "COERCE" and e.trigger is not None
                and e.trigger.text == "declared"], [(e.trigger.text, e.type) for e in events]


def test_a_district_declared_a_security_zone_in_the_passive(events_of):
    events = events_of("The district was declared a security zone on Tuesday.", WEEK)
    assert [e for e in events if e.type.plover == "COERCE" and e.trigger is not None
            and e.trigger.text == "declared"], [(e.trigger.text, e.type) for e in events]


def test_the_active_security_zone_still_counts(events_of):
    events = events_of("The army declared the district a security zone on Monday.", WEEK)
    assert _kinds(events, "COERCE")


# ------------------------------ "border" names an authority only before a force noun
def test_border_villagers_catching_thieves_make_no_arrest(events_of):
    events = events_of("Border villagers caught two suspected cattle thieves on Monday.", WEEK)
    assert not _kinds(events, "COERCE"), [(e.trigger.text, e.type) for e in events]


def test_border_guards_catching_smugglers_still_arrest(events_of):
    events = events_of("Border guards caught two suspected smugglers on Monday.", WEEK)
    assert _kinds(events, "COERCE")


def test_customs_officials_detaining_traders_still_arrest(events_of):
    events = events_of("Customs officials detained two traders on Monday.", WEEK)
    assert _kinds(events, "COERCE")
