"""Round 16 (w6place): event places. A country's possessive before "X province" is no part of
the province's name; the two ends of a route ("on the road between A and B") are two places,
the event at the first; a town a distance and bearing point from ("some 30 km south of X") is
a place however the tagger read it, and the nearest named point of the event when the
sentence names only the province around it. Sentences written for these tests (countries and
towns unlike the dev articles'); full pipeline (places need the geo stage)."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 6, 3))


def _loc(events, trigger):
    found = [e for e in events if e.trigger is not None and e.trigger.text == trigger]
    assert found, [(e.trigger.text if e.trigger else None) for e in events]
    return found[0].location


@pytest.mark.parametrize("text, trigger, admin1", [
    ("Insurgents killed six civilians in a raid on the village of Namuhaca near Montepuez in "
     "Mozambique's Cabo Delgado province on Sunday, a local official said.", "killed",
     "Cabo Delgado"),
    ("Rebels burned a school in Mozambique's Niassa province on Tuesday, officials said.",
     "burned", "Niassa"),
])
def test_a_countrys_possessive_is_no_part_of_the_province(run, text, trigger, admin1):
    loc = _loc(run(text), trigger)
    assert loc is not None and "'s" not in loc.name and loc.admin1 == admin1, loc


@pytest.mark.parametrize("text, trigger, name", [
    ("Gunmen ambushed an army patrol on the road between Titao and Bourzanga in northern "
     "Burkina Faso on Monday, killing nine soldiers, security sources said.", "ambushed",
     "Titao"),
    ("Bandits attacked a bus on the highway linking Cuilapa and Jalpatagua on Friday, "
     "police said.", "attacked", "Cuilapa"),
])
def test_a_route_between_two_towns_is_placed_at_the_first(run, text, trigger, name):
    loc = _loc(run(text), trigger)
    assert loc is not None and loc.name == name, loc


@pytest.mark.parametrize("text, trigger, name", [
    ("Gunmen attacked a bus some 30 km south of Dondo in Mozambique's Sofala province on "
     "Tuesday, killing two passengers, police said.", "attacked", "Dondo"),
    ("Gunmen attacked a truck about 20 kilometres north of Massinga in Mozambique's "
     "Inhambane province on Tuesday, police said.", "attacked", "Massinga"),
])
def test_a_distance_and_bearing_point_at_a_town_inside_the_named_province(run, text, trigger,
                                                                           name):
    loc = _loc(run(text), trigger)
    assert loc is not None and loc.name == name, loc


@pytest.mark.parametrize("text, trigger, name", [
    ("JUBA, June 3 (Reuters) - Soldiers clashed with militiamen near Nyirol on Sunday, killing "
     "12 fighters, the army said.\nGunmen attacked a bus near Pochalla on Monday, killing two "
     "passengers, police said.\nYouths blocked a convoy outside Akobo on Tuesday, the UN said.",
     "blocked", "Akobo"),
])
def test_a_name_after_near_or_outside_is_a_place_however_tagged(run, text, trigger, name):
    loc = _loc(run(text), trigger)
    assert loc is not None and loc.name == name, loc


@pytest.mark.parametrize("text, trigger, name, admin1", [
    ("YALA, Thailand, June 3 (Reuters) - Suspected insurgents detonated a roadside bomb in "
     "Yaha district on Tuesday, wounding two rangers, police said.", "detonated", "Yaha",
     "Yala"),
])
def test_a_district_is_named_as_written_without_the_official_division_term(run, text, trigger,
                                                                            name, admin1):
    loc = _loc(run(text), trigger)
    assert loc is not None and loc.name == name and loc.admin1 == admin1, loc


@pytest.mark.parametrize("text, trigger, name", [
    ("Militants attacked a border post in Iran's restive Chaharmahal-Bakhtiari province on "
     "Friday, killing three guards, state media said.", "attacked", "Chaharmahal-Bakhtiari"),
    ("Gunmen attacked a police station in Iran's Kohgiluyeh-Boyer-Ahmad province on Friday, "
     "state media said.", "attacked", "Kohgiluyeh-Boyer-Ahmad"),
])
def test_a_province_written_with_a_hyphen_for_and(run, text, trigger, name):
    loc = _loc(run(text), trigger)
    assert loc is not None and loc.name == name and loc.country == "IR" and loc.admin1, loc


def test_the_gazetteer_reads_a_hyphen_for_and():
    from wirecoder.geo.gazetteer import default_gazetteer

    found = default_gazetteer().lookup("Trinidad-Tobago")
    assert found and found[0].country == "TT"


@pytest.mark.parametrize("text, trigger, name", [
    ("MAPUTO, June 3 (Reuters) - Insurgents ambushed a truck on the road to the town of "
     "Macomia in Mozambique's Cabo Delgado province on Tuesday, killing two drivers, police "
     "said.", "ambushed", "Macomia"),
    ("MAPUTO, June 3 (Reuters) - Gunmen attacked a bus on the highway to Montepuez in "
     "Mozambique's Cabo Delgado province on Tuesday, police said.", "attacked", "Montepuez"),
])
def test_the_town_a_road_leads_to_is_the_nearest_named_place(run, text, trigger, name):
    loc = _loc(run(text), trigger)
    assert loc is not None and loc.name == name, loc


@pytest.mark.parametrize("text, trigger", [
    ("NDJAMENA, June 3 (Reuters) - Chad's government spokesman on Wednesday accused the "
     "military authorities in Bangui of sheltering rebel fighters.", "accused"),
])
def test_where_the_accused_sit_is_not_where_the_accusation_was_made(run, text, trigger):
    loc = _loc(run(text), trigger)
    assert loc is None or loc.name != "Bangui", loc


@pytest.mark.parametrize("text, trigger, name", [
    ("Rebels attacked a police post west of the town of Montepuez in Cabo Delgado on Monday, "
     "an official said.", "attacked", "Montepuez"),
    ("Gunmen ambushed a patrol south of the city of Dondo in Mozambique's Sofala province on "
     "Monday, police said.", "ambushed", "Dondo"),
])
def test_a_bearing_from_the_town_of_x_points_at_x(run, text, trigger, name):
    loc = _loc(run(text), trigger)
    assert loc is not None and loc.name == name, loc
