"""Round 28 review mends (r28mend_b): "in a report from X" is a report about X, not where the
words were said; a place in a clause that only says where someone works stays the measure's.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document

from .conftest import event_places


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 4)))


def test_a_report_from_a_place_is_a_report_about_it(run):
    a = run("GENEVA, March 4 (Reuters) - The U.N. human rights office, in a report from Darfur, "
            "accused the Rapid Support Forces of killing at least 40 civilians in El Fasher.")
    assert "Darfur" not in event_places(a, "ACCUSE") and event_places(a, "ACCUSE"), a.events



def test_a_clause_saying_where_the_target_works_keeps_its_place(run):
    a = run("BELGRADE, March 4 (Reuters) - Kosovo expelled a Serbian official, who works at the "
            "Serbian liaison office in Pristina, on Monday, the foreign ministry said.")
    assert event_places(a, "SANCTION") == ["Pristina"], a.events


@pytest.mark.parametrize("text, names", [
    ("Troops clashed with militants in the districts of Jowhar and Balcad, Somali officials "
     "said.", ["Jowhar", "Balcad"]),
    ("Gunmen attacked the villages of Kauru, Zango and Kufana, Hausa leaders said.",
     ["Kauru", "Zango", "Kufana"]),
])
def test_a_list_of_names_ends_at_its_last_and(text, names):
    from wirecoder.geo.gazetteer import default_gazetteer
    from wirecoder.geo.place_context import named_by_place_noun
    got = [text[s:e] for s, e in named_by_place_noun(text, default_gazetteer())]
    assert not {"Somali", "Hausa"} & set(got), got
