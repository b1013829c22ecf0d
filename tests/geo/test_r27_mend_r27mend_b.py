"""Round 27 mends (r27mend_b): an inverted "said X" after the victim's phrase is no seated
speaker; the scene stays the victim's town."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _place(pipeline, text):
    doc = Document(id=Document.make_id(text), text=text, published=date(2026, 11, 17))
    (ev,) = [e for e in pipeline(doc).events if e.type.plover == "ASSAULT"]
    return ev.location


@pytest.mark.parametrize("text,name", [
    ("A roadside bomb killed a policeman in Peshawar, said Ali Khan, a police official.",
     "Peshawar"),
    ("Suspected jihadists killed a shepherd in Gao, said an official.", "Gao"),
])
def test_the_victim_s_town_before_an_inverted_said_is_the_scene(pipeline, text, name):
    loc = _place(pipeline, text)
    assert loc is not None and loc.name == name and loc.precision == "city"


def test_a_seated_speaker_still_speaks_from_his_seat(pipeline):
    text = ("Gunmen killed five villagers near Douentza on Sunday, an elected official in "
            "Mopti told AFP.")
    loc = _place(pipeline, text)
    assert loc is not None and loc.name == "Douentza"


def test_a_speaker_the_parse_sets_beside_the_object_is_still_seated(pipeline):
    text = ("Troops clashed with a group of insurgents near Naulala on Tuesday, killing three "
            "of them, a military source in Lichinga, the provincial capital, said.")
    loc = _place(pipeline, text)
    assert loc is None or loc.name != "Lichinga"
