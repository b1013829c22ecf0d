"""A few resolutions on the real gazetteer (built on first use from the installed packages)."""

from __future__ import annotations

import pytest

from wirecoder.geo import resolve_spans


def _one(text, name, gaz):
    i = text.index(name)
    (top,) = [t for t in resolve_spans(text, [(i, i + len(name))], gaz)]
    return top.place


def test_gazetteer_has_places_names_and_geonames_points(gaz):
    assert len(gaz) > 200_000
    us = gaz.country("US")
    assert us.geonameid == 6252001 and (us.lat, us.lon) == (39.76, -98.5)
    assert gaz.lookup("Rīf Dimashq")[0].feature_code == "ADM1"


@pytest.mark.parametrize("text,name,country,precision", [
    ("Talks in South Africa resumed.", "South Africa", "ZA", "country"),
    ("Officials in the U.S. agreed.", "U.S.", "US", "country"),
    ("A meeting in Washington, DC ended.", "Washington, DC", "US", "city"),
    ("Shelling hit Aleppo again.", "Aleppo", "SY", "city"),
    ("Fighting in Ghazni province went on.", "Ghazni province", "AF", "admin1"),
    # a transliteration with Latin Extended Additional letters ("Kunaṟ")
    ("Fighting in Kunar province went on.", "Kunar province", "AF", "admin1"),
])
def test_resolutions(gaz, text, name, country, precision):
    place = _one(text, name, gaz)
    assert place is not None and place.country == country and place.precision == precision


def test_admin_area_is_named_by_its_ascii_name(gaz):
    place = _one("Fighting in Kunar province went on.", "Kunar province", gaz)
    assert place.name == "Kunar" and place.admin1 == "Kunar"


def _all(text, names, resolve):
    return [t.place for t in resolve(text, names)]


@pytest.mark.parametrize("text,name,country,precision,admin1", [
    # historical states and common short forms (aliases.tsv)
    ("Grain prices rose after the Soviet Union collapsed.", "Soviet Union", "RU", "country", None),
    ("Ministers in Trinidad met on Monday.", "Trinidad", "TT", "country", None),
    ("Fires burned across NSW this week.", "NSW", "AU", "admin1", "New South Wales"),
    # adjectives of admin1 areas (demonyms.tsv), when a span marks them as a place
    ("The English coast was battered by storms.", "English", "GB", "admin1", "England"),
    ("Farmers sold Sicilian oranges at the market.", "Sicilian", "IT", "admin1", "Sicilia"),
    ("Two Texan ranchers sold their herd.", "Texan", "US", "admin1", "Texas"),
    ("The Basque language is taught in schools.", "Basque", "ES", "admin1", None),
    ("Unemployment in SA rose again in Johannesburg and Durban.", "SA", "ZA", "country", None),
    ("He studied the Austro-Hungarian army.", "Austro", "AT", "country", None),
])
def test_aliases_and_admin1_adjectives(gaz, text, name, country, precision, admin1):
    place = _one(text, name, gaz)
    assert place is not None and place.country == country and place.precision == precision
    assert admin1 is None or place.admin1 == admin1


def test_unknown_organisation_name_lies_in_the_country_or_state_it_names(resolve_names):
    # a national body named after a country is that country's, wherever the story is set
    leeds, bank = _all("Traders in Leeds said the Bank of Canada raised rates.",
                       ["Leeds", "Bank of Canada"], resolve_names)
    assert leeds.country == "GB" and bank.country == "CA" and bank.precision == "country"
    austin, uni = _all("Students in Austin applied to the University of Oregon.",
                       ["Austin", "University of Oregon"], resolve_names)
    assert uni.country == "US" and uni.admin1 == "Oregon" and uni.precision == "admin1"
    # ...by its adjective too
    _, ecb = _all("Bankers in Leeds watched the European Central Bank.",
                  ["Leeds", "European Central Bank"], resolve_names)
    assert ecb.name == "European Central Bank" and ecb.precision == "region"


def test_unknown_name_keeps_the_focus_inside_the_area_it_names(resolve_names):
    # the focus (Paris) lies in France: the stadium is there, not at France's point
    paris, stade = _all("Fans in Paris crowded into the Stade de France.",
                        ["Paris", "Stade de France"], resolve_names)
    assert stade.country == "FR" and stade.precision == "city"
    # a natural feature or an embassy is not the country it names
    _, delta = _all("Militants in Port Harcourt attacked pipelines in the Niger Delta.",
                    ["Port Harcourt", "Niger Delta"], resolve_names)
    assert delta.country == "NG"
    _, embassy = _all("Protesters in Lima gathered outside the Russian Embassy.",
                      ["Lima", "Russian Embassy"], resolve_names)
    assert embassy.country == "PE"


def test_arabic_name_without_its_article(gaz):
    place = _one("Shelling hit Qamishli overnight.", "Qamishli", gaz)
    assert place.country == "SY" and place.geonameid is not None


def test_acronym_is_not_a_small_town_of_that_name(resolve_names):
    oas, dc = _all("Delegates met at the OAS in Washington, DC.", ["OAS", "Washington, DC"],
                   resolve_names)
    assert oas.country == "US" and oas.geonameid is None  # the focus, not Oas (Philippines)


def test_village_abroad_gives_way_to_the_one_other_place_named(resolve_names):
    nsw, glen = _all("Rangers in NSW said Glenrock was busy.", ["NSW", "Glenrock"], resolve_names)
    assert nsw.country == "AU" and glen.country == "AU"  # not Glenrock, Wyoming


def test_region_name_is_not_a_small_town_of_that_name_in_a_us_story(resolve_names):
    me, _, _ = _all("Arms sales to the Middle East worried lawmakers in Chicago and "
                    "Boston.", ["Middle East", "Chicago", "Boston"], resolve_names)
    assert me.precision == "region" and me.country is None  # not Middle East, Maryland


def test_possessor_contains_the_place_after_it(resolve_names):
    london, heathrow = _all("Flights from London's Heathrow were delayed in Florida and Texas.",
                            ["London", "Heathrow", "Florida", "Texas"], resolve_names)[:2]
    assert london.country == "GB" and heathrow.country == "GB"  # not Heathrow, Florida


def test_canadian_press_province_abbreviations(gaz):
    man = _one("She was born in Churchill, Man., in 1950.", "Man.", gaz)
    assert man.country == "CA" and man.admin1 == "Manitoba"  # not Man, Côte d'Ivoire


def test_township_is_not_the_big_city_of_that_name(resolve_names):
    twp, _, _ = _all("The Washington Township council met with officials from Paterson and "
                     "Maywood.", ["Washington Township", "Paterson", "Maywood"], resolve_names)
    assert twp.admin1 == "New Jersey"  # not the city of Washington, DC


def test_small_town_in_another_state_than_the_story_is_not_its_reading(resolve_names):
    text = ("Deputies from Monroe, Georgia and Loganville, Georgia searched a house in rural "
            "Gratis after a call from Athens, Georgia.")
    places = _all(text, ["Monroe, Georgia", "Loganville, Georgia", "Gratis", "Athens, Georgia"],
                  resolve_names)
    gratis = places[2]
    assert gratis.country == "US" and gratis.admin1 == "Georgia"  # not Gratis, Ohio


def test_street_word_alone_is_no_town(resolve_names):
    # "the Crescent", "the Square": a street/area word, not Crescent, Oklahoma
    crescent, enfield = _all("Children planted flowers on the Crescent in Enfield.",
                             ["Crescent", "Enfield"], resolve_names)
    assert crescent is None or crescent.geonameid is None  # the focus, no town "Crescent"


def test_embassy_lies_in_the_host_city_its_name_gives(resolve_names):
    embassy, _ = _all("Staff at the French Embassy Nairobi briefed officials in Lyon.",
                      ["French Embassy Nairobi", "Lyon"], resolve_names)
    assert embassy.country == "KE"  # in Nairobi, not in France or at the focus (Lyon)


def test_brand_named_after_a_town_takes_the_prominent_namesake(resolve_names):
    # "Birmingham Aerospace" in a story set in Alabama is a firm named after the English city;
    # a bare "Birmingham" in such a story stays the local one
    text = ("Shares of Birmingham Aerospace rose after orders from Huntsville, Alabama, and "
            "Montgomery on Saturday.")
    brand, _, _ = _all(text, ["Birmingham", "Huntsville, Alabama", "Montgomery"], resolve_names)
    assert brand.country == "GB"
    local, _, _ = _all("Orders came from Birmingham, from Huntsville, Alabama, and Montgomery.",
                       ["Birmingham", "Huntsville, Alabama", "Montgomery"], resolve_names)
    assert local.country == "US"
    # a local institution after the name is no brand
    police, _ = _all("The Birmingham Police said a car was stolen in Huntsville, Alabama.",
                     ["Birmingham", "Huntsville, Alabama"], resolve_names)
    assert police.country == "US"


def test_full_name_of_a_state_given_by_abbreviation_is_the_state(resolve_names):
    text = ("YAKIMA, Wash. - The crews spent the winter in Washington and flew twice to "
            "Washington, D.C., for hearings.")
    _, wash, bare, dc = _all(text, ["YAKIMA", "Wash.", "Washington", "Washington, D.C."],
                             resolve_names)
    assert wash.precision == "admin1" and wash.admin1 == "Washington"
    assert bare.precision == "admin1" and bare.admin1 == "Washington"  # not the capital
    assert dc.admin1 == "District of Columbia"  # its own container says which



def test_legislature_alone_is_the_focus_countrys_capital(resolve_names):
    _, _, congress = _all("Farmers from Denver and Boulder, Colorado, will lobby Congress "
                          "next week.", ["Denver", "Boulder, Colorado", "Congress"], resolve_names)
    assert congress.country == "US" and congress.admin1 == "District of Columbia"  # not AZ
    _, _, parliament = _all("Nurses from Leeds and Sheffield marched on Parliament.",
                            ["Leeds", "Sheffield", "Parliament"], resolve_names)
    assert parliament.country == "GB" and 51.3 < parliament.lat < 51.7  # London


def test_north_american_time_zone_is_country_context(resolve_names):
    (us,) = _all("Doors open at 6:30 p.m. CT for the concert in Birmingham.", ["Birmingham"],
                 resolve_names)
    assert us.country == "US"
    (gb,) = _all("Doors open at 6:30 p.m. for the concert in Birmingham.", ["Birmingham"],
                 resolve_names)
    assert gb.country == "GB"  # no zone: the bigger namesake


def test_name_before_governor_or_state_is_the_state(resolve_names):
    gov, _, _ = _all("The New York governor met mayors from Philadelphia and Boston.",
                     ["New York", "Philadelphia", "Boston"], resolve_names)
    assert gov.precision == "admin1" and gov.admin1 == "New York"
    state, _ = _all("Apple growers in Washington state sued a firm in Baltimore.",
                    ["Washington", "Baltimore"], resolve_names)
    assert state.precision == "admin1" and state.admin1 == "Washington"
    city, _, _ = _all("The New York mayor met mayors from Philadelphia and Boston.",
                      ["New York", "Philadelphia", "Boston"], resolve_names)
    assert city.precision == "city"
