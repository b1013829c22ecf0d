"""Round 12 (probe_stmt) fixes found by probing diplomatic statements. Sentences written for
these tests."""

from datetime import date

import pytest

from .conftest import names, one, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 4))


def test_a_threat_of_the_speakers_own_act_targets_whom_it_is_done_to(linked_events_of):
    ev = one(linked_events_of("The Samoan foreign minister warned on Friday that her "
                              "government would sever relations with Tonga unless the "
                              "detained sailors were freed."), "THREATEN")
    assert "Tonga" in names(ev.targets)
    assert not any("Samoa" in n for n in names(ev.targets))


def test_a_threat_by_it_is_not_aimed_at_the_speaker(linked_events_of):
    ev = one(linked_events_of("Ecuador warned on Thursday that it would retaliate against "
                              "Colombia if the tariffs stayed in place."), "THREATEN")
    assert names(ev.targets) == ["Colombia"]


def test_a_demand_coordinated_before_a_trailing_sayer_is_the_visitors(linked_events_of):
    ev = one(linked_events_of("Peru's trade minister toured Quito on Thursday and urged "
                              "Ecuador to lift the ban on Peruvian fruit, diplomats said."),
             "REQUEST")
    assert any("trade minister" in n for n in names(ev.actors))
    assert "diplomats" not in names(ev.actors)


def test_a_measure_adopted_acts_for_the_body_that_adopts_it(linked_events_of):
    ev = one(linked_events_of("ACCRA, March 4 - Ghana's parliament on Tuesday approved a bill "
                              "banning the export of raw cocoa beans."), "COERCE")
    assert names(ev.actors) != ["bill"]
    assert any("parliament" in n.lower() for n in names(ev.actors))


def test_a_measure_adopted_is_dated_by_its_adoption(run):
    ev = one(run("ACCRA, March 4 - Ghana's parliament on Tuesday approved a bill "
                              "banning the export of raw cocoa beans."), "COERCE")
    assert ev.time.start is not None and ev.time.start.isoformat() == "2026-03-03"


def test_a_bare_country_after_the_dateline_dash_stays_the_subject(linked_events_of):
    ev = one(linked_events_of("LISBON, May 4 - Portugal on Monday formally recognised Kosovo "
                              "as an independent state, the foreign minister said."), "SUPPORT")
    assert "Portugal" in names(ev.actors)


def test_two_countries_after_the_dateline_dash_are_both_parties(linked_events_of):
    evs = linked_events_of("QUITO, May 4 - Ecuador and Colombia signed a fisheries accord on "
                           "Monday.")
    parties = {n for e in evs for n in names(e.actors) + names(e.targets)}
    assert {"Ecuador", "Colombia"} <= parties


def test_an_act_in_a_denied_that_clause_is_not_asserted(linked_events_of):
    evs = linked_events_of("Kenya's interior minister denied on Friday that Nairobi had sent "
                           "troops to help the Somali army.")
    assert all(e.modality != "asserted" for e in evs if e.type.plover in ("AID", "MOBILIZE"))


def test_a_violated_truce_is_no_target(linked_events_of):
    evs = linked_events_of("Militiamen violated the truce on Saturday near the lake, the "
                           "governor said.")
    assert all("truce" not in names(e.targets) for e in evs)


def test_the_leaders_of_two_countries_sign_for_their_countries(linked_events_of):
    ev = one(linked_events_of("The presidents of Chile and Argentina signed a border treaty in "
                              "Mendoza on Friday."), "SUPPORT")
    assert names(ev.actors) == ["Chile"] and names(ev.targets) == ["Argentina"]


def test_a_member_suspended_from_its_bloc_is_sanctioned(linked_events_of):
    ev = one(linked_events_of("The Pacific Islands Forum on Thursday suspended Nauru from the "
                              "regional bloc over the cancelled election."), "SANCTION")
    assert names(ev.targets) == ["Nauru"]


def test_a_protest_made_by_summoning_an_envoy_is_no_demonstration(linked_events_of):
    evs = linked_events_of("The ministry said it had summoned the Chinese envoy to protest "
                           "against the new tariffs.")
    assert all(e.type.plover != "PROTEST" for e in evs)
