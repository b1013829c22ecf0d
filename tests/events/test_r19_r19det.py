"""Round 19 (r19det): acts told with plain verbs (`events/plain_acts.py`): livestock driven
off and goods taken (looting), military craft detected around a place (a show of force), a
line or a border crossed by craft or troops (an incursion), fighters "neutralised" (killed),
captives sent back (a release), "stood with" an ally (support), and a craft turning back (a
withdrawal); custody handed to a court is no release; a pluperfect dated "hours earlier" is
news of the day; a toll counted "since" and "wartime" acts are history. Every sentence here is
invented."""

from __future__ import annotations

import pytest

from .conftest import one


def _types(events, modality="asserted"):
    return [(e.type.plover, e.type.acled_sub_event_type) for e in events
            if e.modality == modality]


@pytest.mark.parametrize("text", [
    "Armed men rustled 150 cattle from herders near Kaduna on Friday, police said.",
    "Two lorries carrying maize were stolen from the depot on Tuesday, the agency said.",
    "Gunmen stormed the market in Kebbi and drove away dozens of camels, residents said.",
    "A lorry loaded with rice was taken near Gao on Monday, the aid group said.",
    "Bandits made off with about 200 goats from the village of Dogo on Sunday, police said.",
])
def test_goods_carried_off_are_looted(events_of, text):
    assert ("ASSAULT", "Looting/property destruction") in _types(events_of(text))


@pytest.mark.parametrize("text", [
    "The decision was taken by the cabinet on Monday.",
    "The injured driver was taken to hospital in Gao on Monday.",
    "The lorry was taken to the depot in Gao for repairs on Monday.",
    "The striker made off with the ball and scored on Sunday.",
])
def test_other_takings_are_no_looting(events_of, text):
    assert ("ASSAULT", "Looting/property destruction") not in _types(events_of(text))


def test_plunder_beside_shots_at_people_is_its_own_event(events_of):
    events = events_of("Gunmen on horseback opened fire on farmers near Kidal on Sunday and "
                       "drove off about 400 head of cattle, the army said.")
    kinds = _types(events)
    assert ("ASSAULT", "Looting/property destruction") in kinds
    assert len([k for k in kinds if k[0] == "ASSAULT"]) == 2


@pytest.mark.parametrize("text", [
    "The Philippine coast guard said it had spotted 12 Chinese navy ships operating near the "
    "shoal on Monday.",
    "Japan's defence ministry said it detected five Russian military aircraft flying near "
    "Hokkaido on Thursday.",
])
def test_military_craft_detected_are_a_deployment(events_of, text):
    one(events_of(text), "MOBILIZE")


def test_sighting_of_birds_is_no_deployment(events_of):
    events = events_of("Rangers said they had spotted 12 eagles near the lake on Monday.")
    assert not [e for e in events if e.type.plover == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "An Indian army patrol crossed the Line of Control near Poonch on Friday, Pakistan's "
    "military said.",
    "Japan's defence ministry said two Russian military aircraft entered its airspace near "
    "Hokkaido on Thursday.",
    "A Turkish gunboat briefly crossed the maritime boundary near Kos on Monday, the coast "
    "guard said.",
])
def test_craft_or_troops_crossing_a_line_intrude(events_of, text):
    one(events_of(text), "COERCE")


def test_refugees_crossing_a_border_is_no_incursion(events_of):
    events = events_of("Thousands of refugees crossed the border into Chad last week.")
    assert not [e for e in events if e.type.plover == "COERCE"]


@pytest.mark.parametrize("text", [
    "A Russian warship briefly entered Danish waters on Monday and turned back after a Danish "
    "frigate radioed a warning, the navy said.",
    "A coast guard cutter broadcast warnings and fired about 30 rounds into the water, and the "
    "Vietnamese boat withdrew some 10 minutes later.",
    "A border patrol broadcast warnings and fired shots into the air, and the smugglers' vessel "
    "withdrew soon after.",
])
def test_craft_turning_back_withdraws(events_of, text):
    assert [e for e in events_of(text) if e.type.plover == "RETREAT"]


@pytest.mark.parametrize("text", [
    "The army said its troops had eliminated 22 terrorists in an operation near Diffa.",
    "The ministry said soldiers had \"neutralised\" 15 militants near Kidal over the weekend.",
])
def test_euphemism_for_killing_fighters_is_an_assault(events_of, text):
    events = events_of(text)
    assault = [e for e in events if e.type.plover == "ASSAULT"]
    assert assault
    assert any(q.kind == "killed" for e in assault for q in e.quantities)


def test_neutralising_dozens_of_fighters_is_an_assault(events_of):
    one(events_of("The general staff said helicopters had neutralised dozens of insurgents "
                  "near Menaka."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "The government eliminated the fuel tax on Monday.",
    "Clearance operations are under way in the valley to eliminate any remaining militants.",
])
def test_no_euphemism_killing_told(events_of, text):
    events = events_of(text)
    assert not [e for e in events if e.type.plover == "ASSAULT" and e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "The ministry said 14 Vietnamese fishermen held since June had been repatriated on Friday.",
    "Officials said three sailors rescued in March were sent back across the border on "
    "Monday.",
])
def test_held_people_sent_back_are_released(events_of, text):
    assert [e for e in events_of(text) if e.type.plover == "RETREAT"]


@pytest.mark.parametrize("text", [
    "The suspects were handed over to the public prosecutor on Tuesday, police said.",
    "The detainees were handed to the judicial authorities in Sidon, the army said.",
])
def test_custody_passed_to_justice_is_no_release(events_of, text):
    assert not [e for e in events_of(text) if e.type.plover == "RETREAT"]


@pytest.mark.parametrize("text", [
    "The minister said Paris stood with the people of Armenia.",
    "The senator said Canada stands by Ukraine.",
])
def test_standing_with_an_actor_is_support(events_of, text):
    one(events_of(text), "SUPPORT")


def test_standing_with_backs_to_the_wall_is_no_support(events_of):
    events = events_of("Residents stood with their backs to the wall as the convoy passed.")
    assert not [e for e in events if e.type.plover == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "Hours earlier, several hundred farmers had rallied peacefully outside the ministry against "
    "a plan to cut subsidies, organisers said.",
    "Minutes earlier, dozens of students had marched along the avenue against a decision by the "
    "university to raise fees, witnesses said.",
])
def test_pluperfect_hours_earlier_is_news_of_the_day(events_of, text):
    protests = [e for e in events_of(text) if e.type.plover == "PROTEST"]
    assert protests and all(e.modality == "asserted" for e in protests)


def test_pluperfect_with_earlier_alone_stays_history(events_of):
    events = events_of("Police fired tear gas at rioters in Lyon on Saturday. Students had "
                       "earlier marched through the city against the same law.")
    assert not [e for e in events if e.type.plover == "PROTEST" and e.modality == "asserted"]


def test_toll_counted_since_is_history(events_of):
    events = events_of("Clan militias have since killed hundreds of villagers in the valley, "
                       "according to aid agencies.")
    assert not [e for e in events if e.type.plover == "ASSAULT" and e.modality == "asserted"]


@pytest.mark.parametrize("text", [
    "A judge on Monday remanded a retired colonel who was detained last week on suspicion of "
    "covering up wartime killings of civilians.",
    "Families of the victims of wartime massacres rallied outside the court in Vukovar on Monday.",
])
def test_wartime_killings_are_history(events_of, text):
    events = events_of(text)
    assert not [e for e in events if e.type.plover == "ASSAULT" and e.modality == "asserted"]



@pytest.mark.parametrize("text", [
    "Raiders took 300 cattle from the village of Ngop on Saturday, officials said.",
    "Rebels seized 40 tonnes of food aid from a warehouse near Goma on Monday.",
])
def test_goods_taken_by_irregular_takers_are_looted(events_of, text):
    assert ("ASSAULT", "Looting/property destruction") in _types(events_of(text))


def test_goods_seized_by_the_police_are_no_looting(events_of):
    events = events_of("Police seized 200 stolen cows from rustlers near Jos on Friday.")
    assert ("ASSAULT", "Looting/property destruction") not in _types(events)


def test_warships_named_alone_are_a_deployment(events_of):
    one(events_of("Japan's defence ministry said it had spotted a Chinese aircraft carrier and "
                  "three destroyers sailing near Miyako on Tuesday."), "MOBILIZE")


def test_craft_entering_a_zone_in_a_relative_clause_intrude(events_of):
    one(events_of("Seoul said it had tracked three Russian warplanes that briefly entered its "
                  "air defence identification zone."), "COERCE")


@pytest.mark.parametrize("text", [
    "The opposition leader attacked the judiciary as biased in a speech on Monday.",
    "The president attacked the media for spreading lies, in a televised address.",
    "The governor attacked the new tax law in a radio interview on Friday.",
])
def test_attack_in_words_is_criticism(events_of, text):
    events = events_of(text)
    one(events, "ACCUSE")
    assert not [e for e in events if e.type.plover == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Gunmen attacked the court building in Kano on Monday.",
    "Militants attacked the police station as night fell.",
])
def test_attack_on_a_building_stays_an_assault(events_of, text):
    one(events_of(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "The militants said their fighters had killed 12 policemen and seized rifles and three "
    "armoured vehicles at the post.",
    "The group said its fighters had killed 20 soldiers and seized four vehicles at the base.",
])
def test_arms_and_vehicles_taken_in_a_fight_are_no_looting(events_of, text):
    assert ("ASSAULT", "Looting/property destruction") not in _types(events_of(text))
