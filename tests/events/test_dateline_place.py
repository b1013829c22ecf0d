"""The wire dateline and the sentence it opens (language.WIRE_DATELINE,
events/doc_context._dateline_place). Texts written for these tests."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 9, 21))).events


def test_the_dateline_is_not_part_of_the_subject(run):
    events = run("BAMAKO, Sept 21 (Reuters) - Gunmen kidnapped 12 traders from a market "
                 "north of the capital on Sunday, residents said.")
    e = next(e for e in events if e.type.plover == "ASSAULT")
    assert [p.name for p in e.actors] and all("BAMAKO" not in p.name for p in e.actors)
    assert e.location is not None and e.location.country == "ML"


def test_a_dateline_abroad_is_not_the_place(run):
    events = run("BEIRUT, Sept 21 (AP) - Israel said its air defences intercepted a drone "
                 "launched from Lebanon over the Golan Heights late on Saturday.")
    for e in events:
        assert e.location is None or e.location.name != "Beirut"
