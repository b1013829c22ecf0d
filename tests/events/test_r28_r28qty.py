"""Round 28 (r28qty): other sources' figures for the lead attack's toll, told in the later
paragraphs of a wire story (past the three sentences `later_tolls` reads), are kept beside
the lead's own count; a figure of another year or of another incident is not. Paragraphs
invented for these tests; the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import asserted, counts, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 2))


LEAD = ("Gunmen attacked a police station in the town of Milo on Tuesday, killing five "
        "officers, the government said.\n\nThe attackers escaped in two pickup trucks.\n\n"
        "The army said it had launched an operation in the surrounding hills.\n\n"
        "Roads into the town were closed overnight.\n\n")


@pytest.mark.parametrize("later, figure", [
    ("A rights group put the toll at 11.", (11.0, "exact")),
    ("Hospital officials said seven officers had died.", (7.0, "exact")),
    ("The Red Cross said it had counted 12 bodies.", (12.0, "exact")),
    ('"We have buried eight of our colleagues," a police officer said.', (8.0, "exact")),
])
def test_a_later_paragraphs_figure_is_kept_beside_the_leads(run, later, figure):
    attack = asserted(run(LEAD + later), "ASSAULT")[0]
    assert sorted(counts(attack, "killed")) == sorted([(5.0, "exact"), figure]), attack.quantities


def test_a_later_revision_replaces_the_leads_count(run):
    attack = asserted(run(LEAD + "The interior ministry later said the toll had risen to 9."),
                      "ASSAULT")[0]
    assert sorted(counts(attack, "killed")) == [(9.0, "exact")], attack.quantities


def test_a_range_of_the_hurt_treated_is_kept_as_two_bounds(run):
    text = ("Police fired tear gas at students marching in the capital on Monday, injuring "
            "at least 12 people, organisers said.\n\nThe students were protesting against a "
            "rise in tuition fees. Some of them threw stones at police lines.\n\nThe interior "
            "ministry said 30 people had been detained.\n\nHospital staff said between 20 and "
            "25 people had been treated for injuries.")
    attack = asserted(run(text), "ASSAULT")[0]
    assert sorted(counts(attack, "injured")) == [(12.0, "at_least"), (20.0, "at_least"),
                                          (25.0, "at_most")], attack.quantities


def test_bodies_counted_just_after_the_attack(run):
    text = ("An air strike hit a market in the town of Sela on Wednesday, killing at least 15 "
            "civilians, a local rights group said.\n\nThe military denied targeting civilians "
            "and said the strike had hit an insurgent depot.\n\nA doctor at the town's "
            "hospital said staff had received 23 bodies.")
    attack = asserted(run(text), "ASSAULT")[0]
    assert sorted(counts(attack, "killed")) == [(15.0, "at_least"), (23.0, "exact")]


@pytest.mark.parametrize("later", [
    "In March 2019, 40 people were killed in an attack on a nearby market.",
    "In a separate incident, police said four people died in a road accident.",
    "Hundreds of people died in fighting in the region in the 1990s.",
])
def test_a_toll_of_another_time_or_incident_is_not_the_leads(run, later):
    attack = asserted(run(LEAD + later), "ASSAULT")[0]
    assert sorted(counts(attack, "killed")) == [(5.0, "exact")], attack.quantities


@pytest.mark.parametrize("text, kind, taken, doers", [
    ("Three fishermen were abducted from their boat off the coast on Sunday by five armed men "
     "who arrived in a speedboat, police said.", "captured", 3.0, 5.0),
    ("Two soldiers were killed by four gunmen at a checkpoint near the border on Monday, the "
     "army said.", "killed", 2.0, 4.0),
    ("Police said the three were abducted from their boat about 10 nautical miles off the "
     "coast on the night of April 4 by five armed men who arrived in a speedboat.",
     "captured", 3.0, 5.0),
    ("Twelve passengers were kidnapped by about 20 gunmen on the highway on Tuesday, police "
     "said.", "captured", 12.0, 20.0),
])
def test_people_in_a_passive_verbs_by_phrase_are_the_doers_not_more_victims(
        run, text, kind, taken, doers):
    attack = asserted(run(text), "ASSAULT")[0]
    assert sorted(counts(attack, kind)) == [(taken, "exact")], attack.quantities
    assert [q.value for q in attack.quantities if q.kind == "other"] == [doers]


def test_people_taken_away_in_ambulances_are_no_abduction(run):
    text = ("Police broke up a protest in the capital on Tuesday with tear gas and batons, "
            "injuring at least 30 people, activists said. \"I saw at least five people taken "
            "away in ambulances,\" a teacher said.")
    events = run(text)
    assert not [q for e in events for q in e.quantities if q.kind == "captured"], [
        (e.type.plover, e.quantities) for e in events]
    assert asserted(events, "ASSAULT")


def test_people_taken_away_by_kidnappers_are_still_taken(run):
    text = ("Kidnappers took away four aid workers in a car on the road to the town on Sunday, "
            "the agency said.")
    attack = asserted(run(text), "ASSAULT")[0]
    assert sorted(counts(attack, "captured")) == [(4.0, "exact")]


@pytest.mark.parametrize("between", [
    "A local association put the toll at between 15 and 20 dead.",
    "The attackers fled on motorbikes. Troops arrived on Tuesday. Police sealed the area. A "
    "local association put the death toll at between 15 and 20 dead.",
])
def test_a_toll_put_at_a_range_keeps_its_two_bounds(run, between):
    text = ("Gunmen attacked a village in the region on Monday, killing at least 12 people, "
            "officials said. " + between)
    attack = asserted(run(text), "ASSAULT")[0]
    assert sorted(counts(attack, "killed")) == [(12.0, "at_least"), (15.0, "at_least"),
                                         (20.0, "at_most")], attack.quantities


def test_homes_set_on_fire_are_no_count_of_the_dead(run):
    text = ("Insurgents killed at least 11 people in an attack on a village late on Monday and "
            "set fire to more than 60 homes before withdrawing into the bush, officials said.")
    attack = asserted(run(text), "ASSAULT")[0]
    assert sorted(counts(attack, "killed")) == [(11.0, "at_least")], attack.quantities


def test_shops_looted_are_places_not_goods_seized(run):
    text = ("Youths blocked roads with burning tyres, threw stones at police and looted at least "
            "30 shops in the capital on Monday, police said.")
    counts = [(q.kind, q.value) for e in run(text) for q in e.quantities]
    assert ("other", 30.0) in counts and not any(k == "seized" for k, _ in counts), counts


def test_cattle_looted_are_still_seized(run):
    text = "Gunmen raided a village on Sunday and looted 200 head of cattle, officials said."
    counts = [(q.kind, q.value) for e in run(text) for q in e.quantities]
    assert ("seized", 200.0) in counts, counts
