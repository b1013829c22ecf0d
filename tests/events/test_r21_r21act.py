"""Actors of deployments and of statements (events/role_patterns.deployed_forces,
events/stage.py). Texts written for these tests; `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _names(parts):
    return " | ".join(n for p in parts for n in (p.name, *p.mentions)).lower()


def _deployment(events):
    found = [e for e in events if e.type.plover == "MOBILIZE"]
    assert found, [e.type.plover for e in events]
    return found[0]


# --- who sends forces ------------------------------------------------------------------

@pytest.mark.parametrize("text, sender", [
    ("Kazakhstan's president ordered more troops to the Chinese border on Friday.",
     "president"),
    ("The governor of Sokoto ordered police reinforcements into the valley after the "
     "clashes.", "governor"),
])
def test_order_sending_forces_somewhere_is_the_orderers_deployment(run, text, sender):
    mob = _deployment(run(text))
    assert sender in _names(mob.actors)
    assert "troops" not in _names(mob.actors) and "police" not in _names(mob.actors)


@pytest.mark.parametrize("text, sender", [
    ("Malawi's defence minister announced the dispatch of 450 more soldiers to Nsanje "
     "district on Monday.", "minister"),
    ("The cabinet in Lusaka approved the deployment of two battalions to the northern "
     "border.", "cabinet"),
])
def test_announced_or_approved_sending_is_the_announcers(run, text, sender):
    mob = _deployment(run(text))
    assert sender in _names(mob.actors)
    assert "military" not in _names(mob.actors)


def test_order_to_forces_to_take_a_position_keeps_the_forces(run):
    mob = _deployment(run("The prime minister ordered the army to take control of the "
                          "harbour in Beira."))
    assert "army" in _names(mob.actors) or "military" in _names(mob.actors)


def test_forces_sent_with_no_sender_named_still_act(run):
    mob = _deployment(run("About 900 soldiers were sent to Cabo Delgado on Monday, the "
                          "defence ministry said."))
    assert "soldiers" in _names(mob.actors) or "military" in _names(mob.actors)
