"""Round 17 (w8probe) detection and typing of aid, protest, agreement, support, mobilization
and coercion told in words the lexicon lacked. Sentences written for these tests."""

from .conftest import of_type, one, pipeline_events

DAY = "2026-04-14"


def _types(text):
    return [(e.type.plover, e.type.acled_sub_event_type) for e in pipeline_events(text, DAY)]


# ------------------------------------------------------------ aid told without an aid verb
def test_relief_handed_out_told_as_a_noun_is_aid():
    for text in ("The distribution of blankets and tents to 800 households in Kapoeta started "
                 "on Sunday, the county commissioner said.",
                 "Airdrops of food parcels over the cut-off district of Zhob resumed on "
                 "Thursday, the provincial disaster agency said."):
        assert of_type(pipeline_events(text, DAY), "AID"), (text, _types(text))


def test_a_convoy_named_as_aid_arriving_is_aid():
    for text in ("An aid convoy of 25 lorries entered the besieged town of Dilling on Monday, "
                 "the UN said.",
                 "A shipment of humanitarian supplies from Turkey arrived at the port of "
                 "Berbera on Friday, officials said."):
        assert of_type(pipeline_events(text, DAY), "AID"), (text, _types(text))


def test_a_place_of_care_set_up_is_aid():
    for text in ("Doctors Without Borders set up a cholera clinic in the village of Mabote "
                 "on Wednesday.",
                 "The Red Crescent opened two field hospitals near the border town of Kilis "
                 "on Saturday, a spokesman said."):
        assert of_type(pipeline_events(text, DAY), "AID"), (text, _types(text))


def test_a_vaccination_round_and_relief_ferried_are_aid():
    for text in ("UNICEF said on Tuesday it had vaccinated 9,000 children against measles in "
                 "the camps around Dollo Ado.",
                 "Fishing boats hired by a church charity ferried rice and drinking water to "
                 "the flooded island of Bhola on Monday."):
        assert of_type(pipeline_events(text, DAY), "AID"), (text, _types(text))


# ------------------------------------------------------------------------------- protest
def test_taking_to_the_streets_is_a_protest():
    for text in ("Thousands of pensioners took to the streets of Valparaiso on Thursday "
                 "against cuts to their benefits.",
                 "Angry residents took to the street in Ilorin on Monday after a week "
                 "without power."):
        ev = one(pipeline_events(text, DAY), "PROTEST")
        assert ev.type.acled_sub_event_type == "Peaceful protest", (text, _types(text))


def test_a_strike_called_by_traders_is_a_labour_strike():
    for text in ("Markets in Quetta were deserted on Monday in a strike called by traders "
                 "against a new sales tax.",
                 "Shopkeepers in Srinagar kept their stores shut on Friday in a strike "
                 "called by a trade body."):
        kinds = _types(text)
        assert ("PROTEST", "Peaceful protest") in kinds, (text, kinds)
        assert not of_type(pipeline_events(text, DAY), "ASSAULT"), (text, kinds)


# --------------------------------------------------------------- agreement and support
def test_an_accord_initialled_is_signed():
    text = ("Negotiators for Serbia and Kosovo initialled a draft trade accord in Ohrid on "
            "Tuesday, EU officials said.")
    assert of_type(pipeline_events(text, DAY), "SUPPORT"), _types(text)


def test_support_pledged_or_declared_is_support_not_a_promise():
    for text in ("Canada pledged its support on Friday for Ghana's plan to restructure its "
                 "debt.",
                 "The opposition alliance threw its support behind the transitional "
                 "council on Monday.",
                 "The navy chief said on Sunday that the armed forces stood behind the "
                 "elected parliament."):
        kinds = _types(text)
        assert ("SUPPORT", None) in kinds, (text, kinds)
        assert not any(k == "AGREE" for k, _ in kinds), (text, kinds)


# ---------------------------------------------------------------------------- mobilization
def test_massing_troops_is_a_mobilization():
    for text in ("Eritrea is massing troops near the border town of Humera, Ethiopian "
                 "officials said on Wednesday.",
                 "The army massed 4,000 soldiers and 60 tanks near the town of Loikaw on "
                 "Monday, residents said."):
        assert of_type(pipeline_events(text, DAY), "MOBILIZE"), (text, _types(text))


# ------------------------------------------------------------------------------- coercion
def test_a_licence_revoked_is_coercion():
    text = ("The media regulator revoked the licence of a private television station in "
            "Cotonou on Monday.")
    assert of_type(pipeline_events(text, DAY), "COERCE"), _types(text)


def test_people_expelled_are_deported_envoys_expelled_are_a_sanction():
    for text in ("Iran expelled 3,000 Afghan migrants through the Dogharoun crossing on "
                 "Sunday, border officials said.",
                 "Algeria expelled two French journalists on Thursday, the interior "
                 "ministry said."):
        kinds = _types(text)
        assert ("COERCE", None) in kinds and not any(k == "SANCTION" for k, _ in kinds), (
            text, kinds)
    text = "Latvia expelled a Russian diplomat on Monday, the foreign ministry said."
    assert of_type(pipeline_events(text, DAY), "SANCTION"), _types(text)


def test_shops_bulldozed_are_property_destroyed():
    text = ("Municipal police bulldozed about 60 market stalls in the town of Kisii on "
            "Tuesday.")
    ev = one(pipeline_events(text, DAY), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Looting/property destruction", _types(text)


# ---------------------------------------------------------------- acts named in passing
def test_harm_to_a_reputation_is_no_destruction():
    for text in ("The press council suspended a radio host on Monday, saying he had damaged "
                 "the judiciary's reputation.",
                 "The regulator fined the bank on Friday, saying the scandal had hurt "
                 "public confidence."):
        kinds = _types(text)
        assert not of_type(pipeline_events(text, DAY), "ASSAULT"), (text, kinds)


def test_acts_named_as_grounds_of_a_measure_are_no_events():
    for text in ("Canada sanctioned four militia leaders on Tuesday over their role in "
                 "attacks on aid convoys in Ituri.",
                 "The bloc froze the assets of two colonels on Friday for their part in "
                 "killings of protesters."):
        kinds = _types(text)
        assert of_type(pipeline_events(text, DAY), "COERCE") or of_type(
            pipeline_events(text, DAY), "SANCTION"), (text, kinds)
        assert not of_type(pipeline_events(text, DAY), "ASSAULT"), (text, kinds)


def test_troops_placed_on_heightened_alert_are_mobilized():
    text = "Romania placed its border units on heightened alert on Sunday after a drone crash."
    assert of_type(pipeline_events(text, DAY), "MOBILIZE"), _types(text)


def test_control_handed_back_is_a_retreat():
    text = ("Rebel fighters handed back control of the airport to the police on Thursday, a "
            "local official said.")
    assert of_type(pipeline_events(text, DAY), "RETREAT"), _types(text)


def test_an_agreement_produced_or_clinched_is_reached():
    for text in ("Two days of talks in Arusha produced an agreement on grazing rights on "
                 "Friday, the mediators said.",
                 "The two unions clinched a deal with the port authority on Monday."):
        assert of_type(pipeline_events(text, DAY), "AGREE") or of_type(
            pipeline_events(text, DAY), "SUPPORT"), (text, _types(text))


def test_rebuilding_funded_by_a_donor_is_aid():
    text = ("Kuwait financed the reconstruction of 40 classrooms in the district of Sanaag "
            "on Tuesday, the education ministry said.")
    assert of_type(pipeline_events(text, DAY), "AID"), _types(text)
    text = "A programme funded by Norway trained 200 midwives, officials said."
    assert not of_type(pipeline_events(text, DAY), "AID"), _types(text)
