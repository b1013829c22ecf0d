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


# --- a speaker named after the office it holds ------------------------------------------

@pytest.mark.parametrize("text, person, office", [
    ("The district's police chief, Amos Kiprop, said officers arrested 12 people at a "
     "roadblock on Sunday.", "amos kiprop", "police chief"),
    ("The governor of the province, Maria Lopez, said soldiers detained nine men near the "
     "border on Friday.", "maria lopez", "governor"),
])
def test_office_holder_named_after_the_office_is_the_claimant(run, text, person, office):
    claims = _claimants(_first(run(text), "COERCE"))
    assert person in claims, claims
    assert any(office in n for n in claims), claims


def test_organisation_set_off_by_commas_still_names_the_body(run):
    text = ("Their employer, the Coastal Relief Agency, said gunmen abducted two aid workers "
            "in Kismayo on Monday.")
    claims = _claimants(_first(run(text), "ASSAULT"))
    assert any("coastal relief agency" in n for n in claims), claims


# --- a speaker's titles -------------------------------------------------------------------

def test_titled_speaker_keeps_the_titles_as_written(run):
    text = ("Gunmen killed three guards at a gold mine near Siguiri on Friday, Regional "
            "Police Commander Sekou Camara said.")
    claims = _claimants(_first(run(text), "ASSAULT"))
    assert "regional police commander sekou camara" in claims, claims


def test_speaker_met_again_as_he_keeps_the_titles(run):
    text = ("High Commissioner Paul Girard told reporters that youths had stoned a "
            "gendarmerie post in Thio on Sunday.\n\nThe gendarmes fired tear gas to disperse "
            "them, he said.")
    events = run(text)
    fired = next(e for e in events if e.type.plover in ("ASSAULT", "COERCE")
                 and "gendarme" in " ".join(_names(e.actors)))
    assert "high commissioner paul girard" in _claimants(fired), _claimants(fired)


def test_adverb_before_a_speaker_is_no_title(run):
    text = "Separately, Colonel Ahmed Diallo said troops arrested four smugglers on Monday."
    claims = _claimants(_first(run(text), "COERCE"))
    assert "colonel ahmed diallo" in claims, claims
    assert not any(n.startswith("separately") for n in claims), claims


# --- the force that flew the aircraft ------------------------------------------------------

@pytest.mark.parametrize("text, owner", [
    ("ADDIS ABABA, May 28 - Government warplanes struck a market in the Amhara region on "
     "Wednesday, killing at least 20 people, residents said.", "government"),
    ("NIAMEY, Feb 3 - Army drones struck a camp of armed men near Tillaberi on Sunday, the "
     "defence ministry said.", "army"),
])
def test_owner_word_before_aircraft_after_a_dateline_is_the_actor(run, text, owner):
    strike = _first(run(text), "ASSAULT")
    assert any(owner in n for n in _names(strike.actors)), _names(strike.actors)


def test_aircraft_shot_down_keeps_its_shooters(run):
    strike = _first(run("KIDAL, Mali, Jan 3 - Rebels shot down an army helicopter near "
                        "Kidal on Monday."), "ASSAULT")
    assert any("rebels" in n for n in _names(strike.actors)), _names(strike.actors)
    assert not any("army" in n for n in _names(strike.actors)), _names(strike.actors)


# --- two sayers of one trailing attribution -------------------------------------------------

@pytest.mark.parametrize("text, first, second", [
    ("JENIN, West Bank, May 5 - Israeli forces killed a young man during a raid on Monday on "
     "the village of Qabatiya, the Palestinian Red Crescent and a detainees' advocacy group "
     "said.", "palestinian red crescent", "advocacy group"),
    ("Gunmen killed four traders near the market town of Dogo, the state police and a "
     "herders' association said.", "police", "association"),
])
def test_both_sayers_of_a_trailing_attribution_are_claimants(run, text, first, second):
    claims = _claimants(_first(run(text), "ASSAULT"))
    assert any(first in n for n in claims), claims
    assert any(second in n for n in claims), claims


# --- a text a body put out speaks for that body ------------------------------------------------

def test_accusation_in_a_statement_a_body_issued_is_the_bodys(run):
    acc = _first(run("The foreign ministry in Kinshasa issued a statement on Monday accusing "
                     "Rwanda of arming the rebels."), "ACCUSE")
    assert any("ministry" in n for n in _names(acc.actors)), _names(acc.actors)
    assert not any(n == "statement" for n in _names(acc.actors)), _names(acc.actors)


def test_act_told_in_a_statement_a_body_issued_is_claimed_by_it(run):
    seizure = _first(run("The navy issued a statement saying sailors had seized a boat "
                         "carrying cocaine off Guayaquil."), "COERCE")
    assert any("navy" in n or "military" in n for n in _claimants(seizure)), \
        _claimants(seizure)


def test_statement_nobody_is_said_to_have_issued_names_no_claimant(run):
    events = run("A statement saying troops had killed 12 rebels was read on state television.")
    assert events
    assert all(not any(n == "statement" for n in _claimants(e)) for e in events)


def test_sayer_keeps_the_name_set_before_it(run):
    blast = _first(run("Four children were killed in Kunar province on Sunday when an old "
                       "rocket they were playing with exploded, Taliban officials said."),
                   "ASSAULT")
    assert "taliban officials" in _claimants(blast), _claimants(blast)


# --- "both governments said" ----------------------------------------------------------------

def test_both_governments_said_credits_the_parties(run):
    deal = _first(run("Sudan and South Sudan agreed on Monday to reopen "
                      "their border crossings, the two governments said."), "AGREE")
    claims = _claimants(deal)
    assert any("south sudan" in n for n in claims), claims
    assert "governments" not in claims, claims


def test_both_sides_said_of_a_one_sided_act_is_left_as_told(run):
    arrest = _first(run("Police arrested 12 men in Kano on Monday, both sides said."), "COERCE")
    assert "sides" in _claimants(arrest), _claimants(arrest)
