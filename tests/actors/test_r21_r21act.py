"""Pronouns after an attribution (actors/pronouns.py). Texts written for these tests."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _burning(events):
    found = [e for e in events if any("truck" in t.name or "bus" in t.name for t in e.targets)]
    assert found, [(e.type.plover, [t.name for t in e.targets]) for e in events]
    return found[0]


def test_they_who_act_after_a_trailing_attribution_are_the_doers(run):
    events = run("Bandits ambushed a convoy of the Nigerien army near Tillia on Monday, "
                 "killing four soldiers, the army said. They also burned two fuel trucks.")
    assert "bandits" in " ".join(a.name for a in _burning(events).actors).lower()


def test_they_who_are_acted_on_stay_unresolved_after_an_attribution(run):
    events = run("Soldiers detained 25 men in Tillia on Monday, residents said. They were "
                 "taken to a camp outside the town.")
    taken = [e for e in events if e.type.plover == "COERCE"]
    assert taken  # the detention ("They were taken" is told of the same men)
    for e in taken:
        assert not any("soldier" in t.name.lower() or "military" in t.name.lower()
                       for t in e.targets)


def test_they_in_what_a_spokesman_says_stays_the_group_before(run):
    events = run("It is hard to believe what the insurgents are saying. Their spokesman in "
                 "Quito said they would not attack the polling stations.")
    attacks = [e for e in events if e.type.plover == "ASSAULT"]
    assert attacks and "insurgents" in " ".join(a.name for a in attacks[0].actors).lower()
