"""Round 17 (r17det) fixes in which events exist and their type. Sentences written for these
tests (other words, places and names than the dev articles)."""

from .conftest import of_type, pipeline_events

DAY = "2026-04-14"


def _types(text: str) -> list[str]:
    return [e.type.plover for e in pipeline_events(text, DAY)
            if e.modality not in ("negated", "hypothetical", "future", "historical")]


# ------------------------------- two speech acts of one speaker to two addressees: two events
def test_blame_and_accusation_to_two_parties_are_two_events():
    for text in (
            "A police spokesman blamed the ambush on the Macina Liberation Front and accused "
            "neighbouring Burkina Faso of sheltering the group.",
            "The interior minister blamed the bombing on the Sahel Brigade and accused Niger of "
            "training its fighters."):
        assert _types(text).count("ACCUSE") == 2, text


def test_call_and_request_to_two_parties_are_two_events():
    for text in (
            "The mayor called on the army to build a new checkpoint in the town and asked "
            "shopkeepers to reopen their stores.",
            "The bishop called on the rebels to free the hostages and asked residents to stay "
            "indoors."):
        assert _types(text).count("REQUEST") == 2, text


def test_condemnation_and_accusation_of_one_party_stay_one_event():
    text = "The minister condemned the killing and accused the rebels of targeting civilians."
    assert _types(text).count("ACCUSE") == 1


# ---------------------------------- "said X, a claim / an accusation Y denied": an accusation
def test_statement_summed_up_as_a_denied_charge_is_an_accusation():
    for text in (
            "Peshmerga commanders said the militia had shelled their trenches first, an "
            "accusation the ministry in Baghdad denied.",
            "The lawyer said the journalist had been beaten in custody, a claim the prison "
            "service rejected.",
            "Opposition leaders said the army had fired on the crowd, charges the government "
            "has repeatedly dismissed."):
        accusations = of_type(pipeline_events(text, DAY), "ACCUSE")
        assert accusations and accusations[0].actors, text


def test_said_to_be_trying_to_wreck_is_an_accusation():
    for text in ("The Georgian foreign ministry said Moscow was trying to undermine the "
                 "ceasefire.",
                 "The rebel spokesman said the junta sought to sabotage the peace talks."):
        assert "ACCUSE" in _types(text), text


# ----------------------------------------------------------- relief goods brought: aid
def test_relief_goods_handed_out_or_flown_in_are_aid():
    for text in ("Relief groups began distributing tents, rice and blankets in the camp on "
                 "Friday, officials said.",
                 "UNICEF said it had airlifted 12 tonnes of medical supplies into Kandahar on "
                 "Monday."):
        assert "AID" in _types(text), text


def test_aid_named_as_a_load_is_no_event_of_its_own():
    text = ("Militants stopped a convoy of 10 trucks carrying food aid outside Baidoa on "
            "Saturday, the UN said.")
    types = _types(text)
    assert "COERCE" in types and "REJECT" not in types and "AID" not in types


# ------------------------------------------------------- patrols stepped up, phone calls
def test_patrols_stepped_up_are_a_mobilization():
    for text in ("The peacekeeping mission said it had stepped up patrols along the river on "
                 "Thursday.",
                 "The gendarmerie intensified patrols near the two crossings on Sunday."):
        assert "MOBILIZE" in _types(text), text


def test_spoke_by_telephone_is_a_phone_consultation():
    text = ("The Malian president convened the cabinet on Tuesday morning and later spoke by "
            "telephone with the French foreign minister, his office said.")
    assert any(e.type.plover_mode == "phone" for e in of_type(pipeline_events(text, DAY),
                                                                 "CONSULT"))


# -------------------------------------------------- placards demanding: a protest of holders
def test_placards_demanding_are_a_protest_not_a_request_by_placards():
    text = ("Outside the parliament, police pushed back about 80 students who sang and held "
            "banners demanding the minister's resignation.")
    events = pipeline_events(text, DAY)
    assert of_type(events, "PROTEST")
    assert not any(p.name.lower() in ("banners", "banner") for e in events for p in e.actors)
    # what the banners demand is no release that happened
    events = pipeline_events("Outside the parliament, police pushed back about 80 students who "
                             "sang and held banners demanding the release of their teachers.", DAY)
    assert of_type(events, "PROTEST") and not of_type(events, "RETREAT")


# ----------------------------------------------------------- property torn down by authorities
def test_stalls_torn_down_are_property_destruction():
    text = "City officials tore down more than 40 market kiosks in Lusaka on Wednesday."
    ev = of_type(pipeline_events(text, DAY), "COERCE")
    assert ev and ev[0].type.acled_sub_event_type == "Looting/property destruction"


# ------------------------------------------------------------------ no event of their own
def test_visit_to_kin_is_no_meeting():
    text = "The journalist was abducted on Friday while visiting his family in Kirkuk."
    assert "ASSAULT" in _types(text)
    assert "CONSULT" not in _types(text)


def test_stance_never_taken_is_no_rejection():
    text = "India has never recognised Pakistan's claim to the region."
    assert "REJECT" not in _types(text)


def test_access_denied_in_a_passive_is_no_rejection_by_the_speaker():
    text = "The lawyer said his client had been beaten and denied access to his family."
    assert "REJECT" not in _types(text)
    assert "REJECT" in _types("The government denied access to the camp on Monday.")


def test_warning_of_what_is_happening_is_no_threat():
    assert "THREATEN" not in _types("The ombudsman condemned the raid and warned that armed "
                                    "groups were increasingly using drones against villages.")
    assert "THREATEN" in _types("The rebels warned that they would attack any convoy on the "
                                "road.")


# ------------------------------------------------- "the attackers" go on with the same attack
def test_the_attackers_shooting_is_the_attack_told_before():
    text = ("Gunmen killed at least six villagers in an attack on a village in Ituri province "
            "late on Friday, the governor said.\n\nThe attackers reached Djugu at nightfall, "
            "firing on people who ran into the fields and burning roughly 20 huts, he said.")
    attacks = [e for e in of_type(pipeline_events(text, DAY), "ASSAULT")
               if e.type.acled_sub_event_type != "Looting/property destruction"]
    assert len(attacks) == 1


# ----------------------------------------- munitions blown up by forces: disposal, no bombing
def test_munitions_blown_up_by_soldiers_are_disrupted_weapons_use():
    text = ("Yesterday the soldiers blew up three more of those mines behind the school, a "
            "farmer said.")
    ev = [e for e in pipeline_events(text, DAY) if e.type.plover in ("ASSAULT", "COERCE")]
    assert ev and all(e.type.acled_sub_event_type == "Disrupted weapons use" for e in ev)
    bombing = pipeline_events("The rebels detonated a bomb in the market on Friday.", DAY)
    assert of_type(bombing, "ASSAULT")


# ------------------------------- a foreigner ordered to leave the country: an expulsion
def test_foreign_official_ordered_to_leave_the_country_is_an_expulsion():
    text = ("Lithuania on Monday ordered a Russian embassy official to leave the country "
            "within 72 hours.")
    types = _types(text)
    assert "SANCTION" in types and "REQUEST" not in types
    assert "REQUEST" in _types("The mayor ordered residents to leave the town before the storm.")


# ------------------------------------------ blame told without "blame": the blame family
def test_blame_told_by_a_phrase_is_an_accusation():
    for text in ("Officials said the Tuareg rebels were behind the raid on the market in Gao.",
                 "The Tuareg rebels were behind the raid, the minister said.",
                 "The army held the Islamic State responsible for the bombing in Menaka.",
                 "The mayor pointed the finger at local militias after the bombing.",
                 "The SDF said the arrested men were taking orders from Damascus.",
                 "The police chief said the attack bore the hallmarks of the Islamic State."):
        assert "ACCUSE" in _types(text), text
    for text in ("The minister said the rebels were not behind the raid.",
                 "Police held the suspect for two days."):
        assert "ACCUSE" not in _types(text), text


# ----------------------------- "said X was a sham / a political show": a condemnation of X
def test_said_to_be_a_sham_is_a_condemnation():
    for text in ('The opposition party said the trial had been "a political show".',
                 "The union said the election was a sham."):
        assert "ACCUSE" in _types(text), text
    assert "ACCUSE" not in _types("The general said the parade was a show of strength.")


# --------------------------- a fire set by the other side is no part of the force used on them
def test_fire_set_by_a_crowd_is_apart_from_the_police_action_on_it():
    text = ("Police fired tear gas on Monday to disperse hundreds of traders who pelted officers "
            "with stones and set a police van on fire in central Kano.")
    fires = [e for e in pipeline_events(text, DAY)
             if e.type.acled_sub_event_type == "Looting/property destruction"]
    assert fires and not any("police" in p.name.lower() for e in fires for p in e.actors)
