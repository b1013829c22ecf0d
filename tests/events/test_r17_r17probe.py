"""Round 17 (r17probe) recall of ACCUSE, REQUEST and COERCE constructions that invented wire
text phrases differently from the dev sets. Sentences written for these tests."""

from .conftest import names, of_type, pipeline_events, plovers


def _types(text: str) -> list[str]:
    return plovers(pipeline_events(text, "2026-04-02"))


# ------------------------------------ a thing or measure demanded with no addressee named
def test_a_thing_demanded_without_an_addressee_is_a_request():
    for text in ("Cocoa farmers demanded a 30 percent rise in the farmgate price on Wednesday.",
                 "The town council sought a three-month delay in the sale of the water utility "
                 "on Monday.",
                 "The charity issued an urgent call on Tuesday for clean water for the camps "
                 "near Dolo."):
        assert "REQUEST" in _types(text), text


def test_a_unit_calling_in_support_is_still_no_request():
    text = "The patrol requested air support after it came under fire near the bridge."
    assert "REQUEST" not in _types(text)


# ------------------------------------------- "pressed the regulator to publish ...": asked
def test_an_addressee_named_before_a_to_infinitive_keeps_the_request():
    for text in ("Opposition lawmakers pressed the energy regulator to publish the audit.",
                 "The senators pressed the health department to explain the delays."):
        assert "REQUEST" in _types(text), text


# ------------------------------------------------ "appealed for $12 million in aid": asked
def test_aid_appealed_for_with_a_sum_is_a_request_not_aid_given():
    text = "The Red Crescent appealed for $12 million in humanitarian aid on Thursday."
    types = _types(text)
    assert "REQUEST" in types and "AID" not in types, types


# ----------------------------------------------------------- plead, petition, want X to
def test_pleading_with_someone_to_act_is_a_request_but_pleading_guilty_is_not():
    assert "REQUEST" in _types("Relatives of the missing sailors pleaded with the navy on "
                               "Saturday to resume the search.")
    assert "REQUEST" not in _types("The former mayor pleaded guilty to fraud on Monday.")


def test_a_petition_to_act_is_a_request():
    text = ("Residents of Techiman petitioned the regional minister on Friday to repair the "
            "collapsed bridge.")
    types = _types(text)
    assert "REQUEST" in types, types


def test_wanting_another_party_to_act_is_a_request_wanting_to_act_is_not():
    assert "REQUEST" in _types("The teachers' union wants the ministry to scrap the new exams, "
                               "its leader said on Monday.")
    assert "REQUEST" not in _types("The ministry wants to scrap the new exams, a spokesman "
                                   "said on Monday.")


# ----------------------------------- custody told with "held by" / "picked up" (COERCE)
def test_a_person_held_by_security_forces_is_an_arrest():
    text = ("A popular rapper has been held by police since Tuesday over a song mocking the "
            "president, his manager said.")
    ev = of_type(pipeline_events(text, "2026-04-02"), "COERCE")
    assert ev and ev[0].type.acled_sub_event_type == "Arrests", ev


def test_holding_talks_or_a_town_is_no_arrest():
    for text in ("The army held talks with tribal elders in Kidal on Sunday.",
                 "The town has been held by the army since last year."):
        assert "COERCE" not in _types(text), text


def test_people_picked_up_by_security_forces_are_arrested():
    text = "Plainclothes police picked up two journalists outside a courthouse on Thursday."
    assert "COERCE" in _types(text)


def test_a_crew_picked_up_by_a_passing_boat_is_no_arrest():
    text = "The crew were picked up by a passing fishing boat and taken to Aden on Monday."
    assert "COERCE" not in _types(text)


# ----------------------------------------------------------- blame by attribution (ACCUSE)
def test_attributing_an_attack_to_a_group_accuses_it():
    text = "Army officials attributed Friday's ambush near Gao to a jihadist cell."
    ev = of_type(pipeline_events(text, "2026-04-02"), "ACCUSE")
    assert ev and any("cell" in n for n in names(ev[0].targets)), ev


def test_saying_a_group_was_behind_an_attack_accuses_it():
    for text in ("Investigators said on Monday that a rival militia was behind the shelling "
                 "of the market.",
                 "Officials said the gang was responsible for the kidnapping of four engineers."):
        assert "ACCUSE" in _types(text), text


def test_a_group_saying_it_was_behind_an_attack_accuses_no_one():
    text = "The group said on Monday that it was behind the bombing of the pipeline."
    assert "ACCUSE" not in _types(text)


# ------------------------------------ "branded X a \"Z\"": the quoted predicate after "a"
def test_branding_with_a_quoted_predicate_after_a_phrase_accuses():
    for text in ('The mayor branded the protest movement a "terrorist outfit".',
                 'The minister branded the farmers\' alliance an "illegal militia" on Monday.'):
        assert "ACCUSE" in _types(text), text


# -------------------------------- "pointed to the role of X in the killing": blame (ACCUSE)
def test_pointing_to_a_partys_role_in_an_act_accuses_it():
    text = "Investigators pointed to the role of a local militia in the killing of two nurses."
    ev = of_type(pipeline_events(text, "2026-04-02"), "ACCUSE")
    assert ev and any("militia" in n for n in names(ev[0].targets)), ev


def test_pointing_to_the_role_of_a_cause_in_a_trend_accuses_no_one():
    text = "Economists pointed to the role of high fuel prices in the slowdown."
    assert "ACCUSE" not in _types(text)


# --------------------------------------------- bans told with prohibit / forbid / bar X from
def test_prohibiting_or_barring_people_from_an_act_is_a_ban():
    for text in ("The junta has prohibited students from holding meetings on campus, a "
                 "university official said on Monday.",
                 "The authorities barred opposition lawmakers from entering the northern "
                 "province on Friday."):
        ev = of_type(pipeline_events(text, "2026-04-02"), "COERCE")
        assert ev and ev[0].type.plover_mode == "ban", (text, ev)


def test_a_standing_bar_or_a_rule_that_forbids_is_no_ban_event():
    for text in ("The claims could not be verified because reporters are barred from the "
                 "border zone.",
                 "The new statute prohibits the sale of alcohol near schools.",
                 "Aid workers handed out soap and blankets in Dadaab on Monday; the barred "
                 "windows of the clinic were repaired."):
        assert "COERCE" not in _types(text), text


# ---------------------------------- a diplomat "was ordered to leave": expelled (passive)
def test_a_diplomat_ordered_to_leave_in_the_passive_is_expelled():
    text = ("A Belarusian diplomat was ordered to leave the country within 48 hours on "
            "Tuesday, the foreign ministry in Vilnius said.")
    assert "SANCTION" in _types(text)


# ------------------------- a demand told as what someone is charged with: no REQUEST
def test_a_demand_someone_is_charged_with_is_no_request():
    text = ("A court jailed a blogger for three years on charges of calling for a general "
            "strike, his lawyer said on Monday.")
    assert "REQUEST" not in _types(text)


# ------------------------------------------ "held X responsible for the act": blame (ACCUSE)
def test_holding_a_party_responsible_accuses_it():
    text = ("The opposition held the interior minister personally responsible for the deaths "
            "of two students in Gulu on Monday.")
    ev = of_type(pipeline_events(text, "2026-04-02"), "ACCUSE")
    assert ev and any("minister" in n for n in names(ev[0].targets)), ev
