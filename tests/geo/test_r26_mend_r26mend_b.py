"""Round 26 review mends (r26mend_b): a statement takes the place where the next sentences
say its speaker spoke only when no other speaker comes between
(`statement_places.said_next_at`). Sentences invented for these tests; the real gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 4)))


def _event(analysis, plover):
    return next(e for e in analysis.events if e.type.plover == plover)


def test_another_speakers_place_is_not_the_statements(run):
    a = run("KINSHASA, March 3 (Reuters) - Health Minister Jean Kamba welcomed the new measures "
            "on Friday. Opposition leader Marie Lukusa criticised the plan. \"It is too late,\" "
            "she told reporters in Goma.")
    ev = _event(a, "SUPPORT")
    assert ev.location is not None and ev.location.name == "Kinshasa", ev.location


def test_a_pronoun_of_another_number_does_not_place_a_statement(run):
    a = run("KINSHASA, March 3 (Reuters) - Health Minister Jean Kamba welcomed the new measures "
            "on Friday. \"We will go further,\" they told reporters in Goma.")
    ev = _event(a, "SUPPORT")
    assert ev.location is not None and ev.location.name == "Kinshasa", ev.location
