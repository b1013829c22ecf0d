"""Review mends of round 26 (r26mend_a): an owner word before a civilian building is no
target ("a state school", "a government hospital"); a chant quoted in a statement is not
the reporter's; a fight with mortars stays a clash; the attackers' own
"drove off" fights nothing off; a dispersal shares only a riot told near it. Texts written for these tests;
`published` is Friday 2026-11-27."""

from datetime import date
from types import SimpleNamespace

import pytest

from wirecoder.events.armed_sides import fought_off
from wirecoder.language import load_nlp
from wirecoder.records import Participant

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 27))


def _targets(run, text):
    return [t.name for e in run(text) for t in e.targets]


# --- an owner word names the owner only of a force's or a body's site ---------------------

@pytest.mark.parametrize("text, word", [
    ("Gunmen burned a state school in Kaduna on Tuesday.", "state"),
    ("Rebels shelled a government hospital in Beni on Monday, killing five patients.",
     "government"),
])
def test_owner_word_before_a_civilian_building_is_no_target(run, text, word):
    targets = _targets(run, text)
    assert targets and word not in targets


@pytest.mark.parametrize("text, owner", [
    ("Rebels ambushed an army convoy near Beni on Monday.", "army"),
    ("Gunmen attacked a police post in Kaduna on Tuesday.", "police"),
])
def test_owner_word_before_a_force_site_is_its_target(run, text, owner):
    assert any(owner in t.lower() for t in _targets(run, text))


# --- a quotation held by another clause with its own subject ------------------------------

def test_chant_quoted_in_a_statement_is_not_the_reporters(run):
    text = ('LOME, Nov 26 - The minister said protesters in Lome chanted: "We demand the '
            'release of our leaders."')
    events = run(text)
    requests = [e for e in events if e.type.plover == "REQUEST"]
    assert requests and "minister" not in [a.name for e in requests for a in e.actors]
    assert ("minister", "said") in [(c.claimant.name, c.verb) for e in events for c in e.claims]


# --- a two-sided fight with heavy weapons stays a clash ----------------------------------

@pytest.mark.parametrize("text, subtype", [
    ("Soldiers fought the rebels with mortars near Goma on Monday.", "Armed clash"),
    ("Troops battled the rebels with mortars near Goma on Monday.", "Armed clash"),
    ("Troops engaged the rebels with mortars near Goma on Monday.",
     "Shelling/artillery/missile attack"),
])
def test_fight_with_heavy_weapons_is_a_clash(run, text, subtype):
    assert [e.type.acled_sub_event_type for e in run(text)
            if e.type.plover == "ASSAULT"] == [subtype]


# --- only the other side's fighting back fights an attack off -----------------------------

@pytest.mark.parametrize("text, fought", [
    ("Militants attacked an army post near Kidal and pushed the soldiers back.", False),
    ("Militants attacked an army post near Kidal, and the militants drove the guards off.",
     False),
    ("Militants attacked an army post near Kidal, but the soldiers pushed them back.", True),
    ("Militants attacked an army post near Kidal but were repelled by the soldiers.", True),
])
def test_attackers_driving_others_off_is_no_fight_off(text, fought):
    doc = load_nlp()(text)
    trigger = SimpleNamespace(token=next(t for t in doc if t.lower_ == "attacked"))
    d = SimpleNamespace(trigger=trigger, mentions=[], actors=[Participant(name="Militants")])
    assert fought_off(d) is fought


# --- a dispersal takes the sub-type only of a riot told near it or placed with it ---------

@pytest.mark.parametrize("text, subtype", [
    ("Police fired tear gas to disperse protesters who had gathered outside the ministry on "
     "Wednesday. The protesters were demanding unpaid wages. Teachers have not been paid "
     "since June. The union said talks had failed. Elsewhere, rioters set fire to a bank "
     "and looted shops on Wednesday.", "Protest with intervention"),
    ("Rioters set fire to a bank and looted shops on Wednesday. Police fired tear gas to "
     "disperse them.", "Violent demonstration"),
])
def test_dispersal_shares_only_a_riot_near_it(run, text, subtype):
    fired = [e for e in run(text) if e.type.plover == "ASSAULT"
             and e.type.acled_sub_event_type in ("Protest with intervention",
                                                 "Violent demonstration")]
    assert [e.type.acled_sub_event_type for e in fired] == [subtype]
