"""Round 25 review mends (r25mend_b), event places: a people's word before "district of X"
names a quarter of X, not a division called after the people ("the Christian district of
Kaduna" is not Christian County, Kentucky); an upper-case dateline of a small town is the
town, not an acronym. Sentences from the reviewer's evidence texts; the real gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2025, 6, 2)))


def test_a_peoples_district_of_a_town_is_the_town(run):
    a = run("Gunmen attacked a church in the Christian district of Kaduna on Sunday, killing "
            "four worshippers.\n\nA bomb exploded at a market in the Sunni district of "
            "Adhamiya on Friday, killing six people.")
    for ev in a.events:
        assert ev.location is not None and ev.location.country != "US", ev.location


def test_a_small_towns_upper_case_dateline_is_the_town(run):
    a = run("GWOZA, Nigeria (Reuters) - Gunmen killed four farmers in an attack on a village "
            "on Monday, officials said.")
    ev = next(e for e in a.events if e.type.plover == "ASSAULT")
    assert ev.location is not None and ev.location.country == "NG", ev.location
    assert ev.location.admin1 == "Borno", ev.location
