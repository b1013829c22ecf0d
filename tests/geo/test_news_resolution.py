"""Resolution cases from international news, on the real gazetteer (texts written for these
tests): capitals over same-named admin areas, the document's focus over a name's prior,
seas and regions, alternate English names of admin1 areas, directions as precision."""

from __future__ import annotations

import pytest


def _place(text, names, target, resolve, nth=0):
    tops = [t for t in resolve(text, names) if t.span.text == target]
    return tops[nth].place


def test_dateline_washington_is_the_capital(resolve_names):
    text = "WASHINGTON, March 3 - The Treasury imposed sanctions on a network in Yemen and Iran."
    p = _place(text, ["WASHINGTON", "Yemen", "Iran"], "WASHINGTON", resolve_names)
    assert p.feature_code == "PPLC" and p.precision == "city"


def test_in_washington_is_the_capital_in_international_news(resolve_names):
    text = "Officials in Washington said talks with Rwanda and Congo would resume."
    p = _place(text, ["Washington", "Rwanda", "Congo"], "Washington", resolve_names)
    assert p.feature_code == "PPLC"


def test_washington_state_with_other_state_places(resolve_names):
    text = "Wildfires spread across Washington and Oregon, and smoke reached Seattle and Spokane."
    p = _place(text, ["Washington", "Oregon", "Seattle", "Spokane"], "Washington", resolve_names)
    assert p.feature_code == "ADM1" and p.admin1 == "Washington"


def test_congo_follows_the_document_focus(resolve_names):
    text = ("Fighting near Goma in North Kivu displaced thousands. The government in Kinshasa "
            "said the army of Congo would hold the town.")
    p = _place(text, ["Goma", "North Kivu", "Kinshasa", "Congo"], "Congo", resolve_names)
    assert p.country == "CD"


def test_gaza_in_middle_east_news_is_palestinian(resolve_names):
    text = ("The Houthis in Yemen say their attacks on ships in the Red Sea are in solidarity "
            "with Palestinians in Gaza.")
    tops = resolve_names(text, ["Yemen", "Red Sea", "Palestinians", "Gaza"])
    by = {t.span.text: t.place for t in tops}
    assert by["Gaza"].country == "PS"
    assert by["Red Sea"].feature_code == "SEA" and by["Red Sea"].country is None


@pytest.mark.parametrize("text,name,country,code", [
    ("Militants attacked a base in Lower Shabelle, south of the capital.", "Lower Shabelle",
     "SO", "ADM1"),
    ("Aid agencies warned of famine in Darfur.", "Darfur", "SD", "RGN"),
    ("A tanker was hit in the Atlantic.", "Atlantic", None, "OCN"),
    ("Ships crossed the Strait of Hormuz.", "Strait of Hormuz", None, "SEA"),
])
def test_regions_seas_and_english_admin1_names(resolve_names, text, name, country, code):
    p = _place(text, [name], name, resolve_names)
    assert p is not None and p.country == country and p.feature_code == code


@pytest.mark.parametrize("text,name,country", [
    ("Gunmen attacked a school in Kaduna on Friday.", "Kaduna", "NG"),
    ("Protesters gathered in Cairo after prayers.", "Cairo", "EG"),
    ("A blast struck a market in Kabul.", "Kabul", "AF"),
])
def test_city_named_like_its_province_is_the_city(resolve_names, text, name, country):
    p = _place(text, [name], name, resolve_names)
    assert p.country == country and p.precision == "city"


def test_x_city_is_the_town_and_x_state_the_admin1(resolve_names):
    text = "Residents of Kaduna city fled to other parts of Kaduna State."
    tops = resolve_names(text, ["Kaduna city", "Kaduna State"])
    assert tops[0].place.precision == "city" and tops[1].place.precision == "admin1"


def test_dateline_in_capitals_is_the_city(resolve_names):
    text = "KADUNA, Nigeria - Gunmen abducted pupils from a school in Kuriga."
    p = _place(text, ["KADUNA", "Nigeria"], "KADUNA", resolve_names)
    assert p.precision == "city" and p.country == "NG"


def test_country_name_is_not_a_town_known_by_that_alternate_name(resolve_names):
    text = "Exports from Mexico to Canada rose."
    p = _place(text, ["Mexico", "Canada"], "Mexico", resolve_names)
    assert p.feature_code == "PCLI"


def test_white_house_is_washington(resolve_names):
    text = "The White House said the sanctions on Iran would stay."
    p = _place(text, ["White House", "Iran"], "White House", resolve_names)
    assert p.country == "US" and p.feature_code == "PPLC"


@pytest.mark.parametrize("text,name,modifier,precision", [
    ("Clashes broke out in southern Syria.", "Syria", "southern", "region"),
    ("Troops moved into northern Kaduna State.", "Kaduna State", "northern", "region"),
    ("A car bomb exploded near Mogadishu.", "Mogadishu", "near", "city"),
    ("Shelling hit the outskirts of Aleppo.", "Aleppo", "outskirts of", "city"),
])
def test_directions_narrow_precision_not_coordinates(resolve_names, text, name, modifier,
                                                     precision):
    (top,) = resolve_names(text, [name])
    assert top.modifier == modifier and top.place.precision == precision
    plain = resolve_names(name + " is here.", [name])[0].place
    assert (top.place.lat, top.place.lon) == (plain.lat, plain.lon)


@pytest.mark.parametrize("name,country", [("Kherson", "UA"), ("Donetsk", "UA"),
                                          ("Daraa", "SY")])
def test_town_named_like_its_area_by_another_name_is_the_town(resolve_names, name, country):
    text = f"Shelling hit {name} overnight."
    p = _place(text, [name], name, resolve_names)
    assert p.country == country and p.precision == "city"


def test_province_by_its_own_name_stays_the_province(resolve_names):
    text = "Voters in Quebec went to the polls."
    p = _place(text, ["Quebec"], "Quebec", resolve_names)
    assert p.precision == "admin1"


def test_a_city_bearing_the_name_beats_a_capital_known_by_it_as_another_name(resolve_names):
    # one of Dili's other names is "Delhi"; the city of Delhi bears it as its own
    text = "Police detained 20 protesting farmers in Delhi on Tuesday."
    p = _place(text, ["Delhi"], "Delhi", resolve_names)
    assert p.country in ("IN", "IND")


def test_a_direction_after_a_countrys_possessive_places_the_area_whole(resolve_names):
    # "Nigeria's northwestern Zamfara state" says where the state lies, not a part of it
    (top,) = resolve_names("Gunmen raided a village in Nigeria's northwestern Zamfara state.",
                           ["Zamfara"])
    assert top.modifier is None and top.place.precision == "admin1"
