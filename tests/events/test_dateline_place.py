"""The wire dateline and the sentence it opens (language.WIRE_DATELINE,
events/doc_context._dateline_place). Texts written for these tests."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 9, 21))


def test_the_dateline_is_not_part_of_the_subject(run):
    events = run("BAMAKO, Sept 21 (Reuters) - Gunmen kidnapped 12 traders from a market "
                 "north of the capital on Sunday, residents said.")
    e = next(e for e in events if e.type.plover == "ASSAULT")
    assert [p.name for p in e.actors] and all("BAMAKO" not in p.name for p in e.actors)
    assert e.location is not None and e.location.country == "ML"


def test_a_dateline_abroad_is_not_the_place(run):
    events = run("BEIRUT, Sept 21 (AP) - Israel said its air defences intercepted a drone "
                 "launched from Lebanon over the Golan Heights late on Saturday.")
    assert events
    for e in events:
        assert e.location is None or e.location.name != "Beirut"


def test_the_credit_line_names_no_place_of_the_story():
    text = ("Gunmen killed seven farmers in a village in Nigeria's Benue state on Sunday, "
            "police said.\n\n(Reporting by Ahmed Kingimi in Maiduguri; Additional "
            "reporting by Felix Onuah in Lagos; Editing by Sandra Maler)")
    analysis = Pipeline()(Document(id="t", text=text, published=date(2026, 9, 21)))
    names = [t.span.text for t in analysis.toponyms]
    assert "Benue" in names and "Lagos" not in names and "Maiduguri" not in names


def test_a_sentence_that_names_its_place_keeps_it(run):
    events = run("ABUJA, Sept 21 (Reuters) - Gunmen killed nine people in an attack on a "
                 "village in Nigeria's Zamfara state on Saturday, police said, the latest in "
                 "a wave of attacks by armed gangs known as bandits.")
    e = next(e for e in events if e.type.plover == "ASSAULT")
    assert e.location is not None and e.location.name == "Zamfara"
