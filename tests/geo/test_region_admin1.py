"""A "region" after a name whose admin1 area is written in another form ("the Donetsk
region": Donetska oblast in the gazetteer) is that area, not the city of the name. Real
gazetteer, spaCy parse; sentences written for these tests."""

from __future__ import annotations

from .conftest import event_place


def test_a_region_after_a_city_name_is_its_admin1_area(nlp, gaz):
    place = event_place("Heavy fighting continued in the Donetsk region on Monday.", "fighting",
                        nlp, gaz)
    assert place is not None and place.country == "UA" and place.precision == "admin1"


def test_a_province_after_a_name_still_gives_the_province(nlp, gaz):
    place = event_place("Insurgents attacked a police post in Kandahar province.", "attacked",
                        nlp, gaz)
    assert place is not None and place.precision == "admin1" and place.admin1 == "Kandahar"


def test_a_region_word_gives_the_area_where_the_story_names_another_country(nlp, gaz):
    # Russia named in the sentence pulls "Donetsk" and "Kharkiv" towards towns of theirs or
    # the city; "region" says the province is meant
    place = event_place("Russian troops captured a village in the Donetsk region, Russia's "
                        "defence ministry said.", "captured", nlp, gaz)
    assert place is not None and (place.country, place.precision) == ("UA", "admin1")
    place = event_place("Kremlin officials said Russian forces shelled a school in the Kharkiv "
                        "region overnight.", "shelled", nlp, gaz)
    assert place is not None and (place.country, place.precision) == ("UA", "admin1")
    # "the city of Donetsk" names no area
    place = event_place("Shells hit the city of Donetsk overnight.", "hit", nlp, gaz)
    assert place is None or place.precision != "admin1"
