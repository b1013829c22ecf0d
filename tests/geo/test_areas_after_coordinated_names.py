"""A plural "areas" after coordinated names makes each of them a place, as "provinces" and
"districts" do ("the Kismayo and Jilib areas"), even where the tagger reads the names as
people; a singular "area" after one name says nothing by itself ("the Smith area"). Real
gazetteer, spaCy parse; sentences written for these tests."""

from __future__ import annotations

from .conftest import places_in


def test_both_names_before_a_plural_areas_areplaces_in(nlp, gaz):
    found = places_in("Government troops pushed into the Kismayo and Jilib areas after heavy "
                    "fighting.", nlp, gaz)
    assert found.get("Jilib") is not None and found["Jilib"].country == "SO"
    assert found.get("Kismayo") is not None and found["Kismayo"].country == "SO"


def test_a_singular_area_after_a_surname_makes_no_place(nlp, gaz):
    assert "Smith" not in places_in("Heavy rain hit the Smith area on Monday.", nlp, gaz)
