"""Actors and claimants across the sentences of one report (events/claim_carry.py,
events/actor_carry.py, later_participants.fold_unnamed_doers / named_doers, claims "they
said"). Texts written for these tests; `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _claimants(e):
    return {c.claimant.name for c in e.claims}


def _by_target(events, word):
    """The event whose targets or trigger name `word`."""
    return next(e for e in events if any(word in t.name for t in e.targets)
                or word in e.trigger.text)


# --- claims carried from the sentence before -------------------------------------------

def test_follow_up_act_keeps_the_sayer_of_the_sentence_before(run):
    events = run("Gunmen shot dead six miners near Kidal on Saturday, a local official "
                 "said. The attackers also set fire to two fuel tankers.")
    burned = _by_target(events, "tanker")
    assert "local official" in _claimants(burned)


def test_follow_up_paragraph_keeps_the_sayer_of_the_lead(run):
    events = run("Police fired tear gas at traders in Mombasa on Monday, the county police "
                 "commander said.\n\nSeveral hundred traders had blocked the road to the "
                 "port. Rioters looted three shops and burned a bus.")
    looted = _by_target(events, "looted")
    assert any("commander" in n for n in _claimants(looted))


def test_unattributed_sentence_takes_the_sayer_of_the_next_in_its_paragraph(run):
    events = run("Heavy rain fell across the north on Sunday.\n\nIn Garissa town, soldiers "
                 "fired live rounds to disperse about 300 herders who had blocked a bridge. "
                 "Nine of them were arrested, police said.")
    dispersal = next(e for e in events if e.type.plover == "ASSAULT")
    assert any("police" in n.lower() for n in _claimants(dispersal))


def test_a_partys_own_decision_is_not_carried(run):
    events = run("Gunmen ambushed a bus near Torit on Friday, killing its driver, the "
                 "Norwegian Refugee Council said. The charity halted its road convoys.")
    halts = [e for e in events if e.type.plover == "SANCTION"]
    assert all(not e.claims for e in halts)


# --- "they said": the sayer before, not the last people named ---------------------------

def test_they_said_is_the_sayer_before(run):
    events = run("Rebels captured the town of Walikale on Monday, provincial officials said. "
                 "The rebels also burned the market, they said.")
    burned = _by_target(events, "market")
    assert "provincial officials" in _claimants(burned)
    assert not any("rebel" in n.lower() for n in _claimants(burned))


# --- a blamed group stands for the unnamed doers ----------------------------------------

def test_bare_blame_names_the_unnamed_gunmen(run):
    events = run("Gunmen killed five soldiers at a checkpoint near Tillia on Monday, the "
                 "army said. The army blamed the Macina Liberation Front.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert [a.name for a in attack.actors] == ["Macina Liberation Front"]
    assert "Gunmen" in attack.actors[0].mentions


def test_blame_for_the_assault_folds_the_militants_into_the_group(run):
    events = run("Militants attacked a bank in Kismayo on Thursday, killing four guards, "
                 "regional officials said. Authorities blamed al Shabaab for the raid.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert len(attack.actors) == 1
    assert "Militants" in (attack.actors[0].name, *attack.actors[0].mentions)


def test_named_attackers_are_kept_beside_a_blamed_group(run):
    events = run("Soldiers of the 5th Brigade clashed with villagers near Dori on Sunday, "
                 "residents said.")
    clash = next(e for e in events if e.type.plover == "ASSAULT")
    assert clash.actors
