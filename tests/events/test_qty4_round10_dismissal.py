"""Round 10 (qty4): firing an office holder is a dismissal, not a shooting."""

from __future__ import annotations


def _assaults(evs):
    return [e for e in evs if e.type.plover == "ASSAULT"]


# detect.dismissal: an office holder as the object, aimed at nothing, is fired from a job
def test_firing_a_city_treasurer_is_no_shooting(events_of):
    assert not _assaults(events_of("The new mayor fired the city treasurer last week."))


def test_firing_a_police_commissioner_is_no_shooting(events_of):
    assert not _assaults(events_of("The governor fired the regional police commissioner."))


def test_firing_a_compound_title_is_no_shooting(events_of):
    assert not _assaults(events_of("The board fired the chairwoman after the audit."))
    assert not _assaults(events_of("The college fired its vice-chancellor in March."))


def test_firing_a_weapon_or_at_an_office_holder_is_still_shooting(events_of):
    assert _assaults(events_of("Gunmen fired a grenade launcher near the depot."))
    assert _assaults(events_of("Gunmen fired at the city treasurer outside his home."))


# a phrase with its own object beside a person object says where or when it was done
def test_firing_an_office_holder_at_a_meeting_is_no_shooting(events_of):
    assert not _assaults(events_of("The council fired the auditor at its annual meeting."))
    assert not _assaults(events_of("The auditor was fired at the annual meeting in Leeds."))
    assert not _assaults(events_of("The manager fired the clerk on the spot."))


def test_people_fired_upon_or_at_are_still_shot_at(events_of):
    assert _assaults(events_of("Two guards were fired upon at the gate of the depot."))
    assert _assaults(events_of("Rebels fired on the guards at the gate of the depot."))
    assert _assaults(events_of("Rebels fired mortars at the depot on Sunday."))
