"""Resolution cases from international news, on the real gazetteer (texts written for these
tests): capitals over same-named admin areas, the document's focus over a name's prior,
seas and regions, alternate English names of admin1 areas, directions as precision."""

from __future__ import annotations

import pytest

from wirecoder.geo import default_gazetteer, resolve_spans


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _resolve(text, names, gaz):
    spans, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        spans.append((i, i + len(n)))
        pos = i + len(n)
    return resolve_spans(text, spans, gaz)


def _place(text, names, target, gaz, nth=0):
    tops = [t for t in _resolve(text, names, gaz) if t.span.text == target]
    return tops[nth].place


def test_dateline_washington_is_the_capital(gaz):
    text = "WASHINGTON, March 3 - The Treasury imposed sanctions on a network in Yemen and Iran."
    p = _place(text, ["WASHINGTON", "Yemen", "Iran"], "WASHINGTON", gaz)
    assert p.feature_code == "PPLC" and p.precision == "city"


def test_in_washington_is_the_capital_in_international_news(gaz):
    text = "Officials in Washington said talks with Rwanda and Congo would resume."
    p = _place(text, ["Washington", "Rwanda", "Congo"], "Washington", gaz)
    assert p.feature_code == "PPLC"


def test_washington_state_with_other_state_places(gaz):
    text = "Wildfires spread across Washington and Oregon, and smoke reached Seattle and Spokane."
    p = _place(text, ["Washington", "Oregon", "Seattle", "Spokane"], "Washington", gaz)
    assert p.feature_code == "ADM1" and p.admin1 == "Washington"


def test_congo_follows_the_document_focus(gaz):
    text = ("Fighting near Goma in North Kivu displaced thousands. The government in Kinshasa "
            "said the army of Congo would hold the town.")
    p = _place(text, ["Goma", "North Kivu", "Kinshasa", "Congo"], "Congo", gaz)
    assert p.country == "CD"


def test_gaza_in_middle_east_news_is_palestinian(gaz):
    text = ("The Houthis in Yemen say their attacks on ships in the Red Sea are in solidarity "
            "with Palestinians in Gaza.")
    tops = _resolve(text, ["Yemen", "Red Sea", "Palestinians", "Gaza"], gaz)
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
def test_regions_seas_and_english_admin1_names(gaz, text, name, country, code):
    p = _place(text, [name], name, gaz)
    assert p is not None and p.country == country and p.feature_code == code


@pytest.mark.parametrize("text,name,country", [
    ("Gunmen attacked a school in Kaduna on Friday.", "Kaduna", "NG"),
    ("Protesters gathered in Cairo after prayers.", "Cairo", "EG"),
    ("A blast struck a market in Kabul.", "Kabul", "AF"),
])
def test_city_named_like_its_province_is_the_city(gaz, text, name, country):
    p = _place(text, [name], name, gaz)
    assert p.country == country and p.precision == "city"


def test_x_city_is_the_town_and_x_state_the_admin1(gaz):
    text = "Residents of Kaduna city fled to other parts of Kaduna State."
    tops = _resolve(text, ["Kaduna city", "Kaduna State"], gaz)
    assert tops[0].place.precision == "city" and tops[1].place.precision == "admin1"


def test_dateline_in_capitals_is_the_city(gaz):
    text = "KADUNA, Nigeria - Gunmen abducted pupils from a school in Kuriga."
    p = _place(text, ["KADUNA", "Nigeria"], "KADUNA", gaz)
    assert p.precision == "city" and p.country == "NG"


def test_country_name_is_not_a_town_known_by_that_alternate_name(gaz):
    text = "Exports from Mexico to Canada rose."
    p = _place(text, ["Mexico", "Canada"], "Mexico", gaz)
    assert p.feature_code == "PCLI"


def test_white_house_is_washington(gaz):
    text = "The White House said the sanctions on Iran would stay."
    p = _place(text, ["White House", "Iran"], "White House", gaz)
    assert p.country == "US" and p.feature_code == "PPLC"


@pytest.mark.parametrize("text,name,modifier,precision", [
    ("Clashes broke out in southern Syria.", "Syria", "southern", "region"),
    ("Troops moved into northern Kaduna State.", "Kaduna State", "northern", "region"),
    ("A car bomb exploded near Mogadishu.", "Mogadishu", "near", "city"),
    ("Shelling hit the outskirts of Aleppo.", "Aleppo", "outskirts of", "city"),
])
def test_directions_narrow_precision_not_coordinates(gaz, text, name, modifier, precision):
    (top,) = _resolve(text, [name], gaz)
    assert top.modifier == modifier and top.place.precision == precision
    plain = _resolve(name + " is here.", [name], gaz)[0].place
    assert (top.place.lat, top.place.lon) == (plain.lat, plain.lon)


@pytest.mark.parametrize("name,country", [("Kherson", "UA"), ("Donetsk", "UA"),
                                          ("Daraa", "SY")])
def test_town_named_like_its_area_by_another_name_is_the_town(gaz, name, country):
    text = f"Shelling hit {name} overnight."
    p = _place(text, [name], name, gaz)
    assert p.country == country and p.precision == "city"


def test_province_by_its_own_name_stays_the_province(gaz):
    text = "Voters in Quebec went to the polls."
    p = _place(text, ["Quebec"], "Quebec", gaz)
    assert p.precision == "admin1"
