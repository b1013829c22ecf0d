"""Round 25 review mends (r25mend_b), counts: a riot's own displaced count ("rioters torched
dozens of houses ..., and about 500 residents fled") stays on the riot, not on an attack told
before it on another day in another town. Sentences from the reviewer's evidence text."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2025, 6, 2)))


def _displaced(ev):
    return [q.value for q in ev.quantities if q.kind == "displaced"]


def test_a_riots_own_flight_stays_on_the_riot(run):
    a = run("Gunmen attacked an army post in Kuma on Monday, killing three soldiers, the army "
            "said.\n\nOn Thursday, rioters torched dozens of houses in the town of Boda, and "
            "about 500 residents fled.")
    attack = next(e for e in a.events if e.type.plover == "ASSAULT")
    riot = next(e for e in a.events if e.type.plover == "PROTEST")
    assert _displaced(attack) == [], attack.quantities
    assert _displaced(riot) == [500.0], riot.quantities
