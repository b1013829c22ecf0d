"""Round 27 (r27type): which events, and of what kind. Invented sentences: a crowd's arson or
looting of property is a destruction of property (ACLED), not the violent demonstration; the
wounded or residents evacuated by no one named, and an inquiry said to be under way, are no
events; captives freed in a raid or a fight are that fight; people marched away are no
protest; suspects handed to the gendarmerie after their arrest are not released."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import kinds_of, whole_pipeline

WEEK = date(2026, 11, 28)
DESTRUCTION = ("ASSAULT", "Looting/property destruction")


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(WEEK)


def _plovers(events):
    return {plover for plover, _ in kinds_of(events)}


# ------------------------------------------- a crowd's arson or looting destroys property
@pytest.mark.parametrize("text", [
    "QUITO, June 3 (AP) - Thousands marched in Quito on Tuesday against fuel prices. Some "
    "demonstrators torched three buses and a police kiosk, the city's transport authority said.",
    "NAIROBI, July 8 (Reuters) - Rioters looted at least a dozen shops in central Mombasa on "
    "Tuesday night after a protest against tax rises turned violent, police said.",
    "KINSHASA, April 22 (Reuters) - Students protested in Kikwit on Monday after a classmate "
    "died in custody. Angry students later burned a police station and two patrol cars, a local "
    "official said.",
])
def test_crowd_burning_or_looting_property_is_destruction(run, text):
    assert DESTRUCTION in kinds_of(run(text))


def test_damage_that_is_all_the_text_tells_is_the_riot(run):
    kinds = kinds_of(run("GOMA, Nov 24 (Reuters) - Rioters torched a customs post in Goma on "
                       "Friday, police said."))
    assert ("PROTEST", "Violent demonstration") in kinds and DESTRUCTION not in kinds


def test_march_and_its_arson_are_two_events(run):
    kinds = kinds_of(run("LAGOS, March 9 (Reuters) - Hundreds of traders marched through Onitsha "
                       "on Monday to protest a new market levy. Some protesters set fire to the "
                       "local council office, police said."))
    assert DESTRUCTION in kinds and any(plover == "PROTEST" for plover, _ in kinds)


@pytest.mark.parametrize("text", [
    "LA PAZ, May 11 (AP) - Protesters blocked the main road into El Alto with burning tyres and "
    "threw stones at police on Tuesday, injuring four officers, police said.",
    "DAKAR, March 30 (AFP) - Opposition supporters threw stones at riot police and burned tyres "
    "in several Dakar neighbourhoods on Thursday after their leader was arrested.",
])
def test_tyres_burned_on_the_road_stay_the_demonstration(run, text):
    kinds = kinds_of(run(text))
    assert ("PROTEST", "Violent demonstration") in kinds and DESTRUCTION not in kinds


# ------------------------------------------------------ an evacuation with no doer named
@pytest.mark.parametrize("text", [
    "BAMAKO, Jan 19 (AFP) - Jihadists attacked an army post near Boni on Saturday, killing six "
    "soldiers, the army said. The wounded have been evacuated to Sevare, it added.",
    "MANILA, Dec 7 (AP) - Government troops clashed with communist rebels in Northern Samar on "
    "Sunday. About 1,200 villagers were evacuated from nearby hamlets to a school in Catarman, "
    "the provincial disaster office said.",
    "MOGADISHU, Feb 6 (Reuters) - Al Shabaab fighters ambushed an army convoy near Afgooye on "
    "Tuesday, killing four soldiers. Five injured soldiers were evacuated by helicopter to "
    "Mogadishu, a military officer said.",
])
def test_evacuated_by_no_one_named_is_no_aid(run, text):
    plovers = _plovers(run(text))
    assert "ASSAULT" in plovers and "AID" not in plovers


def test_aid_delivered_stays_aid(run):
    assert "AID" in _plovers(run("KHARTOUM, Sept 1 (AP) - The Red Crescent distributed blankets "
                                 "and medicine to flood victims in Kassala on Sunday, the "
                                 "organisation said."))


# ---------------------------------------------------------------- an inquiry under way
@pytest.mark.parametrize("text", [
    "KARACHI, May 20 (Reuters) - Gunmen shot dead a shopkeeper in Karachi's Lyari area on "
    "Tuesday, police said. A little-known group claimed the killing online. Police said they "
    "were investigating the claim.",
    "LAGOS, Aug 30 (AFP) - Unknown attackers set fire to an electoral commission office in "
    "Enugu state on Friday, the commission said. Police said they were investigating.",
])
def test_inquiry_under_way_is_no_accusation(run, text):
    assert "ACCUSE" not in _plovers(run(text))


def test_investigation_opened_into_a_person_stays(run):
    assert "ACCUSE" in _plovers(run("ANKARA, Nov 2 (Reuters) - Prosecutors opened an "
                                    "investigation into a journalist on Monday, accusing him of "
                                    "spreading disinformation, state media said."))


# ------------------------------------------------------------ captives freed in a fight
@pytest.mark.parametrize("text", [
    "BAMENDA, Cameroon, April 3 (AFP) - Soldiers rescued three kidnapped teachers after a "
    "gunfight with separatist fighters near Bamenda on Wednesday, the army said.",
    "MAIDUGURI, Nigeria, Nov 12 (Reuters) - Troops freed 11 abducted farmers during a raid on an "
    "insurgent camp in Borno state on Sunday, a military spokesman said.",
])
def test_freed_inside_a_fight_is_the_clash(run, text):
    kinds = kinds_of(run(text))
    assert ("ASSAULT", "Armed clash") in kinds
    assert not {"RETREAT", "AID"} & {plover for plover, _ in kinds}


def test_freed_beside_the_attack_verb_is_no_release(run):
    kinds = kinds_of(run("GUSAU, Nigeria, June 2 (Reuters) - Gunmen stormed a police station in "
                       "Zamfara on Monday, killing two officers, before freeing several "
                       "detained suspects, police said."))
    assert any(plover == "ASSAULT" for plover, _ in kinds)
    assert "RETREAT" not in {plover for plover, _ in kinds}


@pytest.mark.parametrize("text", [
    "GUSAU, Nigeria, Feb 11 (Reuters) - Bandits released 12 villagers they had kidnapped last "
    "month after a ransom was paid, residents said on Tuesday.",
    "HARARE, July 7 (AFP) - A court in Harare released the opposition activist on bail on "
    "Monday, his lawyer said.",
])
def test_captors_or_courts_releasing_people_stays_a_release(run, text):
    assert "RETREAT" in _plovers(run(text))


# ------------------------------------------------- marched away; handed to the gendarmerie
def test_captives_marched_away_are_no_protest(run):
    plovers = _plovers(run("KADUNA, Nigeria, Aug 18 (Reuters) - Gunmen abducted 20 travellers "
                           "on the Kaduna-Abuja highway on Sunday and marched them into the "
                           "forest, police said."))
    assert "ASSAULT" in plovers and "PROTEST" not in plovers


def test_protest_march_stays(run):
    assert "PROTEST" in _plovers(run("NAIROBI, Sept 9 (Reuters) - Thousands of teachers "
                                     "marched through Nairobi on Monday to demand higher pay, "
                                     "the teachers' union said."))


def test_arrested_and_handed_to_the_gendarmerie_is_no_release(run):
    plovers = _plovers(run("NDJAMENA, March 15 (AFP) - Soldiers intercepted a truck carrying "
                           "fuel for the insurgents near Bol on Saturday. Two suspects were "
                           "arrested and handed over to the gendarmerie, the army said."))
    assert "COERCE" in plovers and "RETREAT" not in plovers


def test_rescue_raid_is_apart_from_the_abduction_it_undoes(run):
    events = [e for e in run("MAROUA, Cameroon, Nov 27 (AFP) - Twelve of the 20 people abducted "
                             "by gunmen from a village near Kolofata last week have been "
                             "released, the governor said on Thursday, while the army said it "
                             "had freed four more in a raid near the border.")
              if e.modality == "asserted" and e.type.plover == "ASSAULT"]
    kinds = {e.type.acled_sub_event_type: [a.name for a in e.actors] for e in events}
    assert "Armed clash" in kinds and "Abduction/forced disappearance" in kinds
    assert not any("military" in name.lower() or "army" in name.lower()
                   for name in kinds["Abduction/forced disappearance"])


def test_killing_beside_a_rescue_is_no_abduction(run):
    kinds = kinds_of(run("MAROUA, Cameroon, Nov 27 (AFP) - The army said troops had freed five "
                       "hostages and killed at least six militants on Wednesday during an "
                       "assault on a hideout near Tourou."))
    assert ("ASSAULT", "Armed clash") in kinds
    assert ("ASSAULT", "Abduction/forced disappearance") not in kinds


# ----------------------------------------- killed in clashes between two named sides
def test_killed_in_clashes_between_gangs_is_a_clash(run):
    kinds = kinds_of(run("CULIACAN, Mexico, Nov 24 (AP) - At least nine people were killed in "
                       "clashes between rival drug gangs in the hills outside Culiacan over the "
                       "weekend, state prosecutors said."))
    assert ("ASSAULT", "Armed clash") in kinds and ("ASSAULT", "Attack") not in kinds


def test_bystander_killed_in_a_shootout_stays_an_attack(run):
    assert ("ASSAULT", "Attack") in kinds_of(run("KABUL, Nov 25 (Reuters) - A journalist was "
                                               "killed in a shootout in Kabul on Monday, "
                                               "police said."))


# --------------------------------------- the crowd a past act of force broke up was there
@pytest.mark.parametrize("text, word", [
    ("LIMA, Nov 24 (Reuters) - Police fired tear gas and rubber bullets on Wednesday to break up "
     "a march by thousands of miners in the southern town of Juliaca, officials said.", "march"),
    ("DUBAI, Nov 24 (Reuters) - Security forces fired tear gas to disperse hundreds of people "
     "protesting against power cuts in the city of Basra on Tuesday night, witnesses said.",
     "protesting"),
])
def test_protest_broken_up_by_force_is_told_not_planned(run, text, word):
    events = [e for e in run(text) if e.modality == "asserted"]
    assert any(e.type.plover == "PROTEST" and e.trigger.text == word for e in events)
    assert ("ASSAULT", "Protest with intervention") in kinds_of(events)


def test_dispersal_purpose_is_no_protest_of_the_police(run):
    events = run("LIMA, Nov 24 (Reuters) - Police used water cannon to break up a protest by "
                 "teachers in Lima on Monday.")
    assert not any(e.type.plover == "PROTEST" and "police" in " ".join(
        a.name.lower() for a in e.actors) for e in events)


# ------------------------------------------------------ the terms of an agreement
@pytest.mark.parametrize("text, agreement", [
    ("ADDIS ABABA, Nov 24 (Reuters) - The two rival militias signed a peace agreement in Gondar "
     "on Monday after three days of talks. Under the agreement, both groups will withdraw their "
     "fighters from four disputed villages within 30 days and allow displaced families to "
     "return, the regional government said.", "signed"),
    ("KUALA LUMPUR, Nov 24 (AFP) - The two governments agreed on Monday to an immediate "
     "ceasefire along their border. Under the deal, both armies are to pull back artillery from "
     "the frontier within 48 hours and allow observers to monitor the line.", "agreed"),
])
def test_terms_of_an_agreement_are_no_events_of_their_own(run, text, agreement):
    events = [e for e in run(text) if e.modality == "asserted"]
    assert any(e.trigger.text == agreement for e in events)
    assert not any(e.trigger.text in ("withdraw", "monitor", "pull") for e in events)


def test_act_done_under_an_old_agreement_stays(run):
    events = run("YANGON, Nov 24 (AP) - Under an earlier agreement, the rebels handed the town "
                 "of Lashio back to the military in April, officials said.")
    assert any(e.type.plover == "RETREAT" for e in events)


def test_looters_are_not_carried_into_a_later_shooting(run):
    events = run("KISUMU, Kenya, Nov 24 (AP) - Police in Kisumu fired tear gas and live bullets "
                 "at stone-throwing protesters on Tuesday, as demonstrations against a new fuel "
                 "levy spread, a rights group said. Protesters blocked roads with burning tires "
                 "and looted at least six shops in the city center, police said. A rights "
                 "commission said two men were shot dead near the main roundabout.")
    shot = [e for e in events if e.trigger.text == "shot"]
    assert shot and not any("protester" in a.name.lower() for a in shot[0].actors)
    assert any(e.type.acled_sub_event_type == "Looting/property destruction" for e in events)


def test_damage_told_during_protests_stays_the_violent_demonstration(run):
    kinds = kinds_of(run("LAGOS, Nov 24 (Reuters) - Rioters burned cars and looted shops during "
                       "protests over fuel prices in Ibadan on Monday, police said."))
    assert ("PROTEST", "Violent demonstration") in kinds and DESTRUCTION not in kinds


def test_inquiry_into_named_wrongdoing_stays_an_accusation(run):
    assert "ACCUSE" in _plovers(run("ZAGREB, Nov 24 (Reuters) - Serbia is investigating "
                                    "alleged abuses by Serbian police against Roma residents, "
                                    "a government official said."))
