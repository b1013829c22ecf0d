"""Round 22 review mends: rules of the round that fired where they should not. Sentences
written for these tests (places and names not from the dev articles)."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 11, 20))).events


def _one(events, word):
    found = [e for e in events if e.trigger is not None and word in e.trigger.text]
    assert found, [e.trigger.text for e in events if e.trigger]
    return found[0]


@pytest.mark.parametrize("text, word, kept", [
    ("Police dispersed the rally by force in Ibadan on Sunday.", "dispersed", "rally"),
    ("Soldiers broke up a march of solidarity in Jos on Monday.", "broke", "march"),
])
def test_the_means_or_cause_of_a_gathering_is_not_its_people(run, text, word, kept):
    names = [t.name for t in _one(run(text), word).targets]
    assert any(kept in n for n in names) and not {"force", "solidarity"} & set(names), names


def test_a_bomb_on_a_protest_day_does_not_hit_the_protesters(run):
    events = run("Hundreds of traders protested in Kaduna on Sunday. A bomb exploded at a bus "
                 "station in Kaduna on Sunday, killing 10 people.")
    bomb = _one(events, "exploded")
    assert "traders" not in [t.name for t in bomb.targets]


def test_an_event_named_inside_an_until_clause_is_not_made_hypothetical(run):
    events = run("A bomb exploded at a market in Maiduguri on Sunday. Police will hold the "
                 "suspects until the inquiry into Sunday's bombing is complete.")
    assert any(e.type.plover == "ASSAULT" and e.modality == "asserted" for e in events)
    assert not any(e.type.plover == "ASSAULT" and e.modality == "hypothetical" for e in events)


def test_both_ministries_said_does_not_make_the_victims_claimants(run):
    shot = _one(run("Police shot dead three protesters in Ibadan on Monday, both ministries "
                    "said."), "shot")
    claimants = [c.claimant.name for c in shot.claims]
    assert claimants and "protesters" not in claimants
