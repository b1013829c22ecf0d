"""Round 10 (geo5): an upper-case name the tagger reads as an organisation is a place after
a locative word only by a place's main name, not because some town has it as another name
("KTN", Ketchikan); an organisation-tagged name that is a place's main name still is one.
Real gazetteer, spaCy parse; sentences written for these tests."""

from __future__ import annotations

from wirecoder.geo import find_toponyms
from wirecoder.geo.place_context import known_place
from wirecoder.language import parse


def _names(text, nlp, gaz):
    doc = parse(text, True, nlp)
    return {t.span.text for t in find_toponyms(text, doc, gazetteer=gaz, document_id="t")}


def test_an_organisation_named_only_by_a_town_alias_is_no_place(nlp, gaz):
    found = _names("Aid trucks reached families in the KTN and Garissa districts on Friday.",
                   nlp, gaz)
    assert "KTN" not in found


def test_known_place_by_main_name_only(gaz):
    assert known_place(gaz, "KTN")  # Ketchikan's other name
    assert not known_place(gaz, "KTN", main_name=True)
    assert known_place(gaz, "Garissa", main_name=True)


def test_an_area_named_with_its_place_noun_is_known_by_its_main_name(gaz):
    assert known_place(gaz, "Chalatenango Department", main_name=True)
