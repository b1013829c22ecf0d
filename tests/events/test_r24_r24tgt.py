"""Targets that are whose a thing hit is, and targets told in another sentence: the owner of a
building, vehicle or property in its own phrase ("the offices of X", "a car belonging to X",
"a clinic run by X") or in a later sentence that names the thing again ("The trucks,
contracted by X, ...", "The boat was owned by X": `owned_things`); the people a vehicle
carries ("a minibus carrying coal miners"); and whoever did an act a statement welcomes
("welcomed the seizure": `statement_targets.attach_welcomed_doers`). Texts written for these
tests; `published` is Friday 2026-11-20."""

from datetime import date

import pytest

from .conftest import whole_pipeline, with_trigger


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 20))


def _names(parts):
    return [n.lower() for p in parts for n in (p.name, *p.mentions)]


# --- the owner told in the thing's own phrase ---------------------------------------------

@pytest.mark.parametrize("text, word, owner", [
    ("MOGADISHU, Nov 16 - A roadside bomb destroyed a vehicle belonging to the Somali Red "
     "Crescent Society near Afgoye on Monday, officials said.", "destroyed",
     "somali red crescent society"),
    ("JUBA, Nov 14 - Armed youths looted a warehouse owned by the World Food Programme in Bor "
     "on Friday, a UN official said.", "looted", "world food programme"),
    ("TRIPOLI, Nov 11 - Gunmen stormed a hotel operated by a Turkish company in Misrata on "
     "Tuesday, officials said.", "stormed", "turkish company"),
    ("BAMAKO, Nov 15 - Militants attacked a clinic run by the charity Alima in Mopti region "
     "on Saturday, the charity said.", "attacked", "alima"),
])
def test_whose_the_thing_hit_is_is_a_target_beside_it(run, text, word, owner):
    act = with_trigger(run(text), word)
    names = _names(act.targets)
    assert any(owner in n for n in names), names


def test_the_people_a_vehicle_carries_are_targets(run):
    act = with_trigger(run(
        "QUETTA, Nov 18 - Gunmen opened fire on a minibus carrying Hazara coal miners near "
        "Mach on Wednesday, killing six, officials said."), "opened fire")
    assert "hazara coal miners" in _names(act.targets)


def test_a_place_a_thing_is_in_is_no_owner(run):
    act = with_trigger(run(
        "SANAA, Nov 18 - Warplanes struck the port of Hodeidah and a warehouse of the Red Sea "
        "Ports Corporation on Tuesday, officials said."), "struck")
    names = _names(act.targets)
    assert "hodeidah" not in names
    assert any("red sea ports corporation" in n for n in names), names


def test_what_a_convoy_is_made_of_is_no_owner(run):
    act = with_trigger(run(
        "GAO, Nov 15 - Jihadists ambushed a convoy of 30 trucks near Ansongo on Saturday, "
        "a local official said."), "ambushed")
    assert not any("30 trucks" == n for n in _names(act.targets))
    assert len(act.targets) <= 2


# --- the owner told in a later sentence ----------------------------------------------------

@pytest.mark.parametrize("text, word, owner", [
    ("MAIDUGURI, Nov 16 - Insurgents ambushed a convoy of six trucks near Monguno on Monday. "
     "The trucks, contracted by the International Committee of the Red Cross, were carrying "
     "seeds and tools, a humanitarian source said.", "ambushed",
     "international committee of the red cross"),
    ("ADEN, Nov 19 - Gunmen seized a boat off the coast of Mukalla on Wednesday, the coast "
     "guard said. The boat was owned by a local fishing cooperative.", "seized",
     "local fishing cooperative"),
])
def test_an_owner_told_after_the_act_is_its_target(run, text, word, owner):
    act = with_trigger(run(text), word)
    assert owner in _names(act.targets)


def test_another_thing_of_the_same_word_gives_no_owner(run):
    act = with_trigger(run(
        "BUNIA, Nov 17 - Militiamen burned a clinic in Djugu territory on Sunday, a local "
        "official said. Residents fled to another town, where the clinic run by the diocese "
        "was still open."), "burned")
    assert not any("diocese" in n for n in _names(act.targets))


# --- whoever did an act a statement welcomes -----------------------------------------------

@pytest.mark.parametrize("text, word, doer", [
    ("MANILA, Nov 16 - The Philippine coast guard seized a Vietnamese fishing boat near "
     "Scarborough Shoal on Monday. Local fishermen's groups welcomed the seizure, saying "
     "foreign boats had depleted the reefs.", "welcomed", "philippine coast guard"),
    ("KAMPALA, Nov 12 - Uganda's government released 40 opposition supporters on Tuesday "
     "after three months in detention. The European Union welcomed the release and urged "
     "further steps.", "welcomed", "government"),
])
def test_a_welcome_of_an_act_told_before_is_aimed_at_its_doer(run, text, word, doer):
    act = with_trigger(run(text), word)
    assert any(doer in n for n in _names(act.targets)), _names(act.targets)


def test_a_welcome_of_a_deal_is_aimed_at_its_parties(run):
    act = with_trigger(run(
        "ADDIS ABABA, Nov 16 - Ethiopia's government and the Amhara Fano National Movement "
        "signed a peace agreement in Bahir Dar on Monday. The European Union welcomed the "
        "deal."), "welcomed")
    names = " ".join(_names(act.targets))
    assert "amhara fano national movement" in names and "government" in names, names


def test_a_welcome_of_a_plan_names_no_doer(run):
    act = with_trigger(run(
        "NAIROBI, Nov 16 - Police arrested 12 protesters in Nairobi on Monday. Church leaders "
        "welcomed a plan for national dialogue on Tuesday."), "welcomed")
    assert "police" not in " ".join(_names(act.targets))


# --- the people aboard a vehicle, named in the next sentences -----------------------------

def test_the_drivers_told_after_a_convoy_was_stopped_are_its_targets(run):
    act = with_trigger(run(
        "GAROWE, Nov 16 - Clan militiamen stopped a convoy of food trucks outside Galkayo on "
        "Monday and forced it to turn back, a UN agency said. The drivers were held at a "
        "checkpoint for five hours before being freed."), "stopped")
    assert "drivers" in _names(act.targets)


def test_people_near_a_vehicle_are_not_aboard_it(run):
    act = with_trigger(run(
        "GAROWE, Nov 16 - Clan militiamen stopped a convoy of food trucks outside Galkayo on "
        "Monday, a UN agency said. Elders later spoke with the militiamen near the drivers' "
        "union office."), "stopped")
    assert "drivers" not in _names(act.targets)



# --- a threat to answer an act, aimed at whoever did it ------------------------------------

def test_a_threat_to_respond_is_aimed_at_who_acted_against_the_speakers_country(run):
    act = with_trigger(run(
        "CHISINAU, Nov 11 - Moldova on Wednesday expelled a Russian diplomat it accused of "
        "spying. Russia's foreign ministry said Moscow would respond in an appropriate "
        "manner."), "respond")
    assert "moldova" in _names(act.targets)


def test_a_threat_to_respond_is_not_aimed_at_an_act_against_others(run):
    act = with_trigger(run(
        "NAIROBI, Nov 11 - Kenyan police detained two Ugandan traders in Busia on Wednesday. "
        "Russia's foreign ministry said Moscow would respond in an appropriate manner to "
        "new Western sanctions."), "respond")
    assert "kenyan police" not in " ".join(_names(act.targets))


def test_an_office_named_for_its_holder_is_the_body_itself(run):
    act = with_trigger(run(
        "SARAJEVO, Nov 12 - The regional assembly voted on Thursday to suspend all "
        "cooperation with the state prosecutor's office and SIPA."), "suspend")
    names = _names(act.targets)
    assert not any(n in ("state prosecutor", "prosecutor", "bosnian government")
                   for n in names), names


def test_an_owner_of_the_vehicles_a_convoy_is_made_of_is_its_target(run):
    act = with_trigger(run(
        "YANGON, Nov 16 - Soldiers turned back an aid convoy near Myitkyina on Monday, aid "
        "workers said. The convoy of six trucks, organised by local church groups, was "
        "ordered to return."), "turned")
    assert "local church groups" in _names(act.targets)


def test_a_welcome_of_a_truce_is_not_aimed_at_parties_of_another_promise(run):
    act = with_trigger(run(
        "TRIPOLI, Nov 16 - Two armed groups fought in the capital on Sunday before elders "
        "brokered a truce. The groups agreed to withdraw from residential areas under the "
        "supervision of the defence ministry. The UN mission welcomed the truce."), "welcomed")
    names = _names(act.targets)
    assert "groups" not in names and "defence ministry" not in names, names
