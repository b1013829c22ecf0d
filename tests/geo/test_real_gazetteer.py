"""A few resolutions on the real gazetteer (built on first use from the installed packages)."""

from __future__ import annotations

import pytest

from wirecoder.geo import default_gazetteer, resolve_spans


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


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
