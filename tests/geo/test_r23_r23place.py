"""Round 23 (r23place): the gazetteer's capitals and a name the text places in a country.
Sentences invented for these tests; the real gazetteer.

- capitals the v13 build left plain towns (it matched the country list's "Lome", "Bogota",
  "Asuncion" against "Lomé", "Bogotá", "Asunción" as written) are read as PPLC
  (the v14 build marks them, `build.build`): they outrank the province of their name and
  stand for their government;
- a name the text writes "in" an area of one country, with no reading there, is no town of
  another country: the gazetteer lacks it (`context_rank._outside_stated_area`).
"""

from __future__ import annotations

import pytest

from wirecoder.geo import default_gazetteer, resolve_spans
from wirecoder.geo.gazetteer import Entry, Gazetteer


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _place(text, name, gaz, others=()):
    spans = [(text.index(n), text.index(n) + len(n)) for n in (name, *others)]
    tops = resolve_spans(text, spans, gaz)
    return next(t.place for t in tops if t.span.text == name)


@pytest.mark.parametrize("name,country", [("Lomé", "TG"), ("Bogotá", "CO"), ("Asunción", "PY"),
                                          ("Yaoundé", "CM"), ("Brasília", "BR")])
def test_an_accented_capital_is_its_country_s_capital(gaz, name, country):
    (e,) = [e for e in gaz.lookup(name) if e.feature_class == "P" and e.country == country][:1]
    assert e.feature_code == "PPLC"
    assert gaz.get(e.geonameid).feature_code == "PPLC"
    assert gaz.capital(country).geonameid == e.geonameid


def test_a_capital_outranks_the_province_of_its_name(gaz):
    place = _place("Police arrested 15 people in San José on Wednesday.", "San José", gaz)
    assert (place.country, place.precision) == ("CR", "city")


def test_a_test_gazetteer_is_left_as_given():
    town = Entry(1, "Lomé", "P", "PPL", "TG", "24", "Maritime", None, None, 6.1, 1.2, 10)
    assert Gazetteer.from_entries([town]).lookup("Lomé")[0].feature_code == "PPL"


def test_a_name_written_in_another_country_is_no_namesake_abroad(gaz):
    text = "Gunmen killed four people in Saint-Louis in New Caledonia on Sunday."
    place = _place(text, "Saint-Louis", gaz, others=("New Caledonia",))
    assert place is None or place.country == "NC"


def test_a_name_written_in_its_own_country_keeps_its_town(gaz):
    text = "Gunmen killed four people in Saint-Louis in Senegal on Sunday."
    place = _place(text, "Saint-Louis", gaz, others=("Senegal",))
    assert place.country == "SN" and place.geonameid is not None
