"""Recognition with spaCy and the tiny gazetteer."""

from __future__ import annotations

import pytest

from wirecoder.geo import find_toponyms


def _names(text, nlp, gaz):
    return [t.span.text for t in find_toponyms(text, nlp(text), gazetteer=gaz)]


def test_person_and_organisation_names_are_not_places(nlp, tiny_gazetteer):
    text = ("Admiral Brad Cooper said Sharaa, who led the Hay’at Tahrir al-Sham (HTS), "
            "met officials in Damascus.")
    names = _names(text, nlp, tiny_gazetteer)
    assert "Damascus" in names
    assert not any("Cooper" in n or "Sham" in n for n in names)


def test_spans_match_the_text_and_keep_abbreviation_periods(nlp, tiny_gazetteer):
    text = "Officials in the U.S. said the talks in Washington, DC, went well."
    tops = find_toponyms(text, nlp(text), gazetteer=tiny_gazetteer)
    for t in tops:
        assert text[t.span.start:t.span.end] == t.span.text
    assert "U.S." in [t.span.text for t in tops]


def test_direction_words_become_the_modifier(nlp, tiny_gazetteer):
    text = "The raid took place in southern Syria on Monday."
    (top,) = [t for t in find_toponyms(text, nlp(text), gazetteer=tiny_gazetteer)
              if t.span.text == "Syria"]
    assert top.modifier == "southern"
    # a direction word names a part of the country: precision "region", same point
    assert top.place.precision == "region" and top.place.country == "SY"
    assert (top.place.lat, top.place.lon) == (35.0, 38.0)


def test_country_adjective_is_a_place_reference(nlp, tiny_gazetteer):
    text = "Syrian forces moved north."
    tops = find_toponyms(text, nlp(text), gazetteer=tiny_gazetteer)
    assert [t.place.geonameid for t in tops if t.span.text == "Syrian"] == [1]


@pytest.mark.parametrize("text,name", [
    ("Militants attacked a checkpoint near Andar on Monday.", "Andar"),
    ("Jets struck positions near the T-4 Military Airport overnight.", "T-4 Military Airport"),
    ("Rebels shelled the town of Ghazni again.", "Ghazni"),
])
def test_names_after_locative_words_are_places_whatever_the_ner_label(nlp, tiny_gazetteer,
                                                                      text, name):
    assert name in _names(text, nlp, tiny_gazetteer)


def test_unknown_codes_are_not_places(nlp, tiny_gazetteer):
    text = "M23 rebels and the army clashed in Syria."
    assert "M23" not in _names(text, nlp, tiny_gazetteer)
