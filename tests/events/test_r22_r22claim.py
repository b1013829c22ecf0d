"""Claimants of wire reports: the source of a later sentence of detail about an act told
before (events/claim_carry.credit_detail_sources), a speaker named after the office it holds
(claimant_names._apposed_name) and a speaker's titles (person_names.titled_mentions). Texts
written for these tests; `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _names(parts):
    return [n.lower() for p in parts for n in (p.name, *p.mentions)]


def _claimants(e):
    return _names(c.claimant for c in e.claims)


def _first(events, plover):
    found = [e for e in events if e.type.plover == plover and e.modality == "asserted"]
    assert found, [(e.type.plover, e.modality) for e in events]
    return found[0]


# --- a later sentence of detail, with a source of its own ------------------------------

@pytest.mark.parametrize("text, lead, later", [
    ("Gunmen raided a village in Zamfara state on Saturday, killing six farmers, a local "
     "councillor said.\n\nResidents said the attackers also drove away about 200 cattle "
     "during the raid.", "local councillor", "residents"),
    ("A bomb exploded at a bus station in Peshawar on Monday, killing five people, police "
     "said.\n\nA doctor at the city's main hospital said two of the dead were children.",
     "police", "doctor"),
    ("Militants ambushed a convoy of border guards near the town of Tabou on Sunday, the "
     "army said.\n\nThe town's mayor said shooting went on for two hours during the ambush.",
     "army", "mayor"),
])
def test_source_of_a_later_detail_is_a_claimant_of_the_act(run, text, lead, later):
    claims = _claimants(_first(run(text), "ASSAULT"))
    assert any(lead in n for n in claims), claims
    assert any(later in n for n in claims), claims


def test_later_source_of_something_else_is_no_claimant(run):
    # the minister speaks of a law, not of the firing told before
    text = ("Police fired tear gas at students marching in Asuncion on Monday, witnesses "
            "said.\n\nThe education minister said the government would review the fees law.")
    claims = _claimants(_first(run(text), "ASSAULT"))
    assert any("witnesses" in n for n in claims), claims
    assert not any("minister" in n for n in claims), claims


def test_detail_of_another_act_told_just_before_is_not_the_first_acts(run):
    # the dead of the second, separate blast are no detail of the first one
    text = ("A grenade attack wounded three soldiers at a checkpoint in Gao on Monday, the "
            "army said.\n\nOn Tuesday a landmine killed four people on a road near Ansongo, "
            "officials said. A nurse said the dead were traders.")
    events = run(text)
    first = next(e for e in events if e.trigger.text == "attack")
    assert any("army" in n for n in _claimants(first)), _claimants(first)
    assert not any("nurse" in n for n in _claimants(first)), _claimants(first)
    mine = next(e for e in events if e.trigger.text == "killed")
    assert any("nurse" in n for n in _claimants(mine)), _claimants(mine)
