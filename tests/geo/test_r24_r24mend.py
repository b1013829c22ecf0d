"""Round 24 mend (r24mend): the gazetteer build (v14) marks a capital whose own name is the
country list's capital with accents folded ("Lome" / "Lomé", "Bogota" / "Bogotá"): the built
file holds it as PPLC, with no lookup-time patch, and a text that writes the name without
its accents finds the capital. Sentences invented for these tests; the real gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.geo import default_gazetteer
from wirecoder.geo.gazetteer import BUILD_VERSION
from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 11, 20))).events


@pytest.mark.parametrize("written,country", [("Lome", "TG"), ("Bogota", "CO"),
                                             ("Asuncion", "PY"), ("Yaounde", "CM"),
                                             ("Reykjavik", "IS"), ("Sao Tome", "ST")])
def test_the_built_file_marks_the_capital_written_without_accents(gaz, written, country):
    assert BUILD_VERSION >= 14
    first = gaz.lookup(written)[0]
    assert (first.country, first.feature_code) == (country, "PPLC"), first
    # the file itself says so (no patch when it is read)
    row = gaz._db.execute("SELECT fcode FROM places WHERE id = ?", (first.geonameid,)).fetchone()
    assert row[0] == "PPLC"


@pytest.mark.parametrize("text,country", [
    ("Police fired tear gas at hundreds of opposition supporters in Lome on Tuesday, "
     "witnesses said.", "TG"),
    ("Gunmen shot dead a local councillor outside his home in Bogota on Wednesday, police "
     "said.", "CO"),
])
def test_a_capital_written_without_accents_places_the_event(run, text, country):
    placed = [e.location for e in run(text) if e.location is not None]
    assert placed and placed[0].country == country and placed[0].precision == "city", placed
