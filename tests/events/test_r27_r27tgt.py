"""Round 27 (r27tgt), targets: an act that does not strike targets people, a body, a state or
a vessel, never a place, road, service or activity it closes, bans or cuts, and a thing's or
an activity's owner named in its phrase stands for it; a count word ("the number abducted")
is no target of any act (`events.whom_targets`). Sentences invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 4))


def _targets(events, plover):
    found = [e for e in events if e.type.plover == plover]
    assert found, [e.type.plover for e in events]
    return [p.name.lower() for e in found for p in e.targets]


@pytest.mark.parametrize("text", [
    # a curfew on a town, a ban on night travel on a road, an internet cut across a division, a
    # ban on gatherings in a district: what is closed, banned or cut is no one
    "LAGOS, May 3 (Reuters) - The governor of Kano state imposed a 24-hour curfew on the town "
    "of Dala on Sunday after two days of unrest, a spokesman said.",
    "NAIROBI, June 2 (Reuters) - Kenya's interior ministry banned night travel on the "
    "Garissa-Dadaab road on Monday after a bus was ambushed, officials said.",
    "DHAKA, July 9 (Reuters) - Authorities cut mobile internet access across Sylhet division on "
    "Tuesday as protests spread, a telecoms regulator said.",
    "QUETTA, March 3 (Reuters) - The provincial home department banned public gatherings in "
    "Turbat district for 15 days on Friday, a notification said.",
])
def test_what_a_coercion_closes_bans_or_cuts_is_no_target(run, text):
    ts = _targets(run(text), "COERCE")
    assert ts == [], ts


def test_a_seized_ship_stays_the_target_and_the_suspicion_is_none(run):
    ts = _targets(run("HELSINKI, Feb 5 (Reuters) - Finnish border guards seized the cargo ship "
                      "Baltic Dawn off Porkkala on Wednesday on suspicion of damaging an "
                      "undersea cable, officials said."), "COERCE")
    assert ts == ["baltic dawn"], ts


def test_a_blocked_road_is_no_target_beside_the_convoy_owner(run):
    ts = _targets(run("GOMA, Oct 7 (Reuters) - Rebels blocked the main road into Sake on Monday "
                      "and turned back a convoy of the World Food Programme, a U.N. official "
                      "said."), "COERCE")
    assert "world food programme" in ts and not any("road" in t for t in ts), ts


def test_people_arrested_stay_the_target(run):
    ts = _targets(run("ABUJA, Jan 4 (Reuters) - Police arrested 12 suspected kidnappers in a "
                      "forest near Kaduna on Saturday, a police spokesman said."), "COERCE")
    assert ts == ["kidnappers"], ts


def test_suspended_activities_target_the_groups_whose_they_are(run):
    ts = _targets(run("KABUL, Feb 13 (Reuters) - The Taliban authorities suspended all "
                      "activities of foreign aid groups in Ghor province on Monday, a U.N. "
                      "spokesman said."), "COERCE")
    assert ts == ["foreign aid groups"], ts


def test_the_number_abducted_is_no_target(run):
    ts = _targets(run("KANO, Nov 10 (Reuters) - Gunmen abducted dozens of worshippers from a "
                      "mosque in Zamfara state on Friday. Police put the number abducted at "
                      "38, while residents said 45 were taken."), "ASSAULT")
    assert "worshippers" in ts and "number" not in ts, ts


def test_a_protest_outside_a_police_headquarters_targets_the_police(run):
    ts = _targets(run("BOA VISTA, May 6 (Reuters) - About 300 farmers protested outside the "
                      "regional police headquarters on Wednesday, demanding the release of "
                      "two leaders, a reporter said."), "PROTEST")
    assert not any("headquarters" in t for t in ts) and any("police" in t for t in ts), ts


def test_a_protest_outside_city_hall_keeps_the_body_that_sits_there(run):
    ts = _targets(run("MUTARE, May 6 (Reuters) - Hundreds of street traders protested outside "
                      "city hall on Wednesday against new licence fees, a reporter said."),
                  "PROTEST")
    assert ts == ["city hall"], ts


def test_schools_burned_stay_the_target_of_an_attack(run):
    ts = _targets(run("Unidentified men burned three schools in the district overnight, "
                      "police said."), "ASSAULT")
    assert ts == ["schools"], ts


def test_the_highway_the_passengers_were_taken_on_is_no_target(run):
    ts = _targets(run("ABUJA, Sept 29 (Reuters) - Gunmen abducted the passengers of two buses "
                      "on a highway in Zamfara state on Monday, police said."), "ASSAULT")
    assert ts == ["passengers"], ts


def test_a_bridge_blown_up_stays_the_target(run):
    ts = _targets(run("Unidentified men blew up a railway bridge outside Quetta overnight, "
                      "police said."), "ASSAULT")
    assert ts == ["railway bridge"], ts


def test_offices_set_on_fire_in_a_protest_target_their_owner(run):
    ts = _targets(run("PANAMA CITY, June 4 (Reuters) - Protesters set fire to the administrative "
                      "offices of a banana exporter in Almirante on Wednesday, police said."),
                  "PROTEST")
    assert ts == ["banana exporter"], ts


def test_a_call_on_a_state_named_by_its_place_keeps_it(run):
    ts = _targets(run("SEOUL, May 5 (Reuters) - South Korea's unification minister on Monday "
                      "urged the North to resume talks on family reunions, a ministry "
                      "statement said."), "REQUEST")
    assert ts == ["north"], ts


def test_support_for_a_region_keeps_the_region(run):
    ts = _targets(run("ADDIS ABABA, May 5 (Reuters) - The African Union envoy said on Monday "
                      "the bloc stood firmly with the Tigray region in its talks with the "
                      "federal government."), "SUPPORT")
    assert ts == ["tigray region"], ts


def test_a_call_on_a_prosecutors_office_keeps_the_office(run):
    ts = _targets(run("QUITO, May 6 (Reuters) - Rights groups on Wednesday asked the public "
                      "prosecutor's office to open an inquiry, a spokesman said."), "REQUEST")
    assert ts == ["public prosecutor's office"], ts
