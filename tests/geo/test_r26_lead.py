"""Round 26 (lead): a creed is no place's name. "in the Christian district on Sunday" names a
kind of quarter, not Christian County, Kentucky. Sentences invented for these tests; the real
gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document

from .conftest import analysed_places


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 5, 4)))


@pytest.mark.parametrize("creed", ["Christian", "Sunni", "Druze"])
def test_a_creed_before_a_division_noun_is_no_place(run, creed):
    a = run(f"Gunmen fired on worshippers in the {creed} district on Sunday, killing two "
            "people, police said.")
    assert analysed_places(a).get(creed) is None, analysed_places(a)
    attack = next(e for e in a.events if e.type.plover == "ASSAULT")
    assert attack.location is None or attack.location.country != "US", attack.location


def test_a_town_before_a_division_noun_is_still_a_place(run):
    a = run("VILNIUS, May 4 (Reuters) - Unknown men set fire to two cars in the Salcininkai "
            "district on Sunday, police said.")
    place = analysed_places(a).get("Salcininkai")
    assert place is not None and place.country == "LT", analysed_places(a)
