"""Round 11 (geo6): a "district"/"county" after a name, or after coordinated names ("the
Garissa and Wajir districts"), is the admin1 area of that name where admin1 areas are the
finest the gazetteer holds for the country (Kenya's counties, its former districts), and
still no admin1 where admin2 areas exist. Sentences written for these tests."""

from __future__ import annotations

from wirecoder.geo import resolve_spans
from wirecoder.geo.gazetteer import Gazetteer

from .conftest import _e, places_in


def test_coordinated_districts_in_kenya_are_its_counties(nlp, gaz):
    found = places_in("Gunmen killed three herders in the Garissa and Wajir districts on "
                    "Tuesday.", nlp, gaz)
    for name in ("Garissa", "Wajir"):
        assert found[name].precision == "admin1" and found[name].country == "KE", name


def test_a_district_and_coordinated_counties_in_kenya(nlp, gaz):
    one = places_in("Two people were killed in Mandera district on Monday.", nlp, gaz)
    assert one["Mandera"].precision == "admin1"
    both = places_in("Two people were killed in the Wajir and Mandera counties on Monday.",
                   nlp, gaz)
    assert {both["Wajir"].precision, both["Mandera"].precision} == {"admin1"}


def test_a_name_without_a_place_noun_stays_the_town(nlp, gaz):
    found = places_in("Gunmen killed three herders in Wajir on Tuesday.", nlp, gaz)
    assert found["Wajir"].precision == "city"


KENYA = [
    _e(40, "Kenya", "PCLI", "KE", lat=0.5, lon=38.0, pop=47_000_000),
    _e(41, "Wajir", "ADM1", "KE", "54", "Wajir", lat=2.19, lon=39.77, pop=177_174),
    _e(42, "Wajir", "PPL", "KE", "54", "Wajir", lat=1.75, lon=40.06, pop=90_116),
]


def test_has_admin2(tiny_gazetteer):
    assert tiny_gazetteer.has_admin2("AF")  # Andar
    assert not tiny_gazetteer.has_admin2("KE")
    assert not tiny_gazetteer.has_admin2(None)


def _district(entries):
    gaz = Gazetteer.from_entries(entries)
    text = "Raids were reported in Wajir district on Monday."
    start = text.index("Wajir")
    return resolve_spans(text, [(start, start + 5)], gaz)[0].place


def test_district_is_the_admin1_only_where_no_admin2_exists():
    assert _district(KENYA).geonameid == 41  # the county, not the town
    # with admin2 areas in the country a district is one of those, never the admin1
    wajir_east = _e(43, "Wajir East", "ADM2", "KE", "54", "Wajir", "01", "Wajir East",
                    lat=1.8, lon=40.1, pop=100_000)
    assert _district(KENYA + [wajir_east]).geonameid == 42
