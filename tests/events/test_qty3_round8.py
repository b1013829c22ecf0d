"""Round 8 (qty3) fixes in counting, trigger conditions, typing and merging. Sentences
written for these tests."""

from __future__ import annotations

from .conftest import counts, one


# quantities: a bare plural names no number
def test_a_bare_plural_victim_gets_no_count(events_of):
    ev = one(events_of("Bandits massacred our herdsman brothers near the river on Friday."),
             "ASSAULT")
    assert counts(ev, "killed") == []


def test_a_bare_plural_detained_gets_no_count(events_of):
    ev = one(events_of("Troops detained suspected smugglers near the border on Friday."),
             "COERCE")
    assert counts(ev, "arrested") == []


def test_a_number_word_still_counts_beside_a_bare_plural(events_of):
    ev = one(events_of("Troops detained four suspected smugglers near the border on Friday."),
             "COERCE")
    assert counts(ev, "arrested") == [(4.0, "exact")]


def test_a_person_noun_in_the_singular_still_counts_one(events_of):
    ev = one(events_of("Troops detained a suspected smuggler near the border on Friday."),
             "COERCE")
    assert counts(ev, "arrested") == [(1.0, "at_least")]


# detect.needs_ok: a participle modifier is not the noun a trigger needs
def test_a_participle_is_not_the_wanted_person_a_hunt_needs(events_of):
    evs = events_of("Detectives hunted suspected poachers across the reserve on Friday.")
    assert not [e for e in evs if e.type.plover == "ACCUSE"]


def test_a_hunt_for_a_wanted_noun_is_still_an_investigation(events_of):
    evs = events_of("Detectives are hunting the suspects across the reserve.")
    assert [e for e in evs if e.type.plover == "ACCUSE"]


# detect.dismissal: "on Monday" says when, it aims at nothing
def test_firing_an_official_on_a_day_is_no_shooting(events_of):
    evs = events_of("The governor fired the police chief on Thursday.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]


def test_firing_an_official_over_a_scandal_is_no_shooting(events_of):
    evs = events_of("The mayor fired his deputy over the missing funds.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]


def test_firing_on_people_on_a_day_is_still_shooting(events_of):
    evs = events_of("Gunmen fired on the guards on Thursday.")
    assert [e for e in evs if e.type.plover == "ASSAULT"]
    evs = events_of("The guards were fired upon on Thursday.")
    assert [e for e in evs if e.type.plover == "ASSAULT"]


# typing: a body named after a hazard ("fire brigade") still acts
def test_a_fire_brigade_can_make_a_request(events_of):
    evs = events_of("The fire brigade asked drivers to avoid the motorway.")
    assert [e for e in evs if e.type.plover == "REQUEST"]


def test_a_fire_itself_is_still_no_actor(events_of):
    evs = events_of("A fire destroyed the cinema on Thursday.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]


# merge: a mention "during the ambush" is not folded into an earlier arrest
def test_a_capture_during_an_ambush_is_not_the_earlier_arrest(events_of):
    evs = events_of("Police arrested three fishermen at the harbour on Monday. A fourth man "
                    "was captured during the ambush.")
    arrests = [e for e in evs if e.type.plover == "COERCE"]
    assert len(arrests) == 2


def test_a_capture_during_the_raid_still_joins_the_arrest(events_of):
    evs = events_of("Police arrested three fishermen at the harbour on Monday. A fourth man "
                    "was captured during the raid.")
    arrests = [e for e in evs if e.type.plover == "COERCE"]
    assert len(arrests) == 1


def test_an_official_fired_on_a_day_in_the_passive_is_no_shooting(events_of):
    evs = events_of("The police chief was fired on Thursday.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]
