"""geo.capital.capital_place: a capital named by its role ("in the Libyan capital", "in the
capital") is that country's capital city; "the regional capital" is no country's (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.geo import find_toponyms
from wirecoder.geo.capital import capital_place
from wirecoder.records import Analysis, Document


def _capital(text, trigger, nlp, gaz):
    doc = nlp(text)
    a = Analysis(document=Document(id="t", text=text), doc=doc)
    a.toponyms = find_toponyms(text, doc, gazetteer=gaz, document_id="t")
    i = text.index(trigger)
    return capital_place(a, a.document.span(i, i + len(trigger)), gaz)


@pytest.mark.parametrize("text,trigger,city", [
    ("Heavy clashes broke out between rival militias in the Libyan capital on Monday.",
     "clashes", "Tripoli"),
    # with no country on "capital", the country the text names
    ("Malian police arrested 12 protesters in the capital on Friday.", "arrested", "Bamako"),
])
def test_a_capital_named_by_its_role_is_the_capital_city(nlp, gaz, text, trigger, city):
    place = _capital(text, trigger, nlp, gaz)
    assert place is not None and place.name == city, place


def test_a_regional_capital_is_not_the_countrys(nlp, gaz):
    text = "Malian rebels shelled the regional capital on Monday."
    assert _capital(text, "shelled", nlp, gaz) is None
