"""Round 9 (geo4): `_country_modifier` ("U.S. troops": whose, not where) holds only for a
name the gazetteer knows as a country or region, not for an unknown name the fallback placed
at the document's country. Real gazetteer, spaCy parse; sentences written for these tests."""

from __future__ import annotations

from wirecoder.geo import find_toponyms
from wirecoder.geo.not_the_place import not_the_place
from wirecoder.language import parse


# ------------------------------------------------ an unknown name is no country modifier
def test_an_unknown_name_placed_at_the_country_is_not_whose(nlp, gaz):
    text = "Rebels bombed a pipeline in the Catatumbo oil basin of Colombia on Friday."
    doc = parse(text, True, nlp)
    tops = find_toponyms(text, doc, gazetteer=gaz, document_id="t")
    trig = [t for t in doc if t.text == "bombed"][0]
    reasons = {t.span.text: not_the_place(doc, t, trig, tops, gaz) for t in tops}
    assert reasons["Catatumbo"] is None  # was "whose or who": it got Colombia's precision
    text = "Colombia troops bombed a camp near the border."
    doc = parse(text, True, nlp)
    tops = find_toponyms(text, doc, gazetteer=gaz, document_id="t")
    trig = [t for t in doc if t.text == "bombed"][0]
    assert not_the_place(doc, tops[0], trig, tops, gaz) == "whose or who"
