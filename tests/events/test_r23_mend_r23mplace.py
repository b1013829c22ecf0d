"""Round 23 mends (r23mplace): a statement's seat places no other event.

"An electoral commission official in Accra condemned the violence" was made in Accra
(`statement_places._seated_subject`), but that is where it was said, not where the story
happens: a statement (`speech_act`, not the people of the scene: `local_voice`) is no place
source for later acts in the discourse focus, the fallback or the scene so far.
"""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline, text, plover, published=date(2024, 12, 5)):
    doc = Document(id=Document.make_id(text), text=text, published=published)
    evs = [e for e in pipeline(doc).events if e.type.plover == plover]
    assert evs, text
    return evs


def _place(e):
    return e.location.name if e.location is not None else None


# the reviewer's sentence
KUMASI = ("KUMASI, Ghana (Reuters) - Supporters of rival parties fought outside a polling "
          "station in Ejura on Wednesday, police said. An electoral commission official in "
          "Accra condemned the violence. Police later arrested four men over the clashes.")


def test_a_statement_seat_does_not_place_a_later_arrest(pipeline):
    (arrest,) = _events(pipeline, KUMASI, "COERCE")
    assert _place(arrest) == "Ejura"


def test_the_statement_itself_keeps_its_seat(pipeline):
    (stmt,) = _events(pipeline, KUMASI, "ACCUSE")
    assert _place(stmt) == "Accra"


def test_a_seated_statement_in_its_own_paragraph_does_not_place_later_acts(pipeline):
    # invented: the same, the statement in a paragraph of its own, the arrest unattributed
    text = ("TAMALE, Ghana (Reuters) - Youths clashed with soldiers in Bawku on Friday, police "
            "said.\n\nA regional security council official in Bolgatanga urged calm.\n\n"
            "Soldiers later detained six youths.")
    arrests = _events(pipeline, text, "COERCE")
    assert {_place(e) for e in arrests} == {"Bawku"}
