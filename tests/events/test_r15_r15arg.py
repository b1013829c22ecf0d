"""Round 15 (r15arg) fixes in event arguments. Sentences written for these tests."""

from .conftest import names_and_mentions, one, pipeline_events


# ------------------------------------------------- people of a named body are that body
def test_people_of_a_named_body_are_that_body():
    for text, plover, body in (
            ("Fighters of the Allied Democratic Forces attacked a village near Beni on Sunday, "
             "killing five farmers, police said.", "ASSAULT", "Allied Democratic Forces"),
            ("Militants of al-Shabaab stormed a hotel in Kismayo on Friday, killing nine "
             "people.", "ASSAULT", "al-Shabaab"),
            ("A former governor was arrested at his home in Kisumu on Sunday by officers of "
             "the Directorate of Criminal Investigations, a police spokesman said.", "COERCE",
             "Directorate of Criminal Investigations")):
        ev = one(pipeline_events(text, "2026-03-03"), plover)
        assert len(ev.actors) == 1 and body in ev.actors[0].name, (text, ev.actors)


def test_a_groups_own_fighters_are_the_group():
    for text, group in (
            ("Boko Haram said its fighters had attacked a military base in Borno on Friday, "
             "killing 20 soldiers.", "Boko Haram"),
            ("The Houthis said their fighters shot down a drone over Marib on Sunday.",
             "Houthis")):
        ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
        assert [a.name for a in ev.actors] == [group], (text, ev.actors)


# ------------------------------------------------------------- whom an appeal is made to
def test_an_appeal_to_a_clan_or_tribe_targets_them_not_what_they_are_asked_about():
    for text, who in (("The governor appealed to the rival clans to allow food through.",
                       "clans"),
                      ("The elders urged the two tribes to end their feud over grazing land.",
                       "tribes")):
        ev = one(pipeline_events(text, "2026-03-03"), "REQUEST")
        assert any(who in n for n in names_and_mentions(ev.targets)), (text, ev.targets)
        assert not any(n in ("food", "feud") for n in names_and_mentions(ev.targets))


# ------------------------------------------------------------ a title named by its owner
def test_a_title_keeps_the_name_of_its_possessor_among_its_mentions():
    for text, plover, phrase in (
            ("The ministry summoned Myanmar's charge d'affaires in Dhaka on Monday.", "ACCUSE",
             "Myanmar's charge d'affaires"),
            ("Police detained Somaliland's foreign minister in Hargeisa on Monday.", "COERCE",
             "Somaliland's foreign minister")):
        ev = one(pipeline_events(text, "2026-03-03"), plover)
        assert phrase in names_and_mentions(ev.targets), (text, ev.targets)


# ------------------------------------------------- "X said ... that it had ...": X acts
def test_it_in_what_a_group_said_is_the_group_not_the_channel_it_spoke_on():
    ev = one(pipeline_events(
        "The Kachin Independence Army, which controls most of the jade mines in the north, said "
        "in a statement on its Telegram channel that it had detained 14 \"spies\" near "
        "Hpakant.", "2026-03-03"), "COERCE")
    assert [a.name for a in ev.actors] == ["Kachin Independence Army"], ev.actors


# ------------------------------------------------------- a warrant issued in the passive
def test_a_warrant_issued_in_the_passive_targets_whom_it_is_for():
    for text, who in (("An arrest warrant was issued on Monday for the former governor of "
                       "Plateau state.", "governor"),
                      ("A court in Lagos issued a warrant for the arrest of the former mayor "
                       "on Monday.", "mayor")):
        ev = one(pipeline_events(text, "2026-03-03"), "ACCUSE")
        assert any(who in n for n in names_and_mentions(ev.targets)), (text, ev.targets)


# ---------------------------------------------- a bare blame names the attack's authors
def test_a_blame_with_no_for_phrase_names_the_authors_of_the_attack_just_told():
    evs = pipeline_events("Rockets hit a market in Marib on Monday, killing six people. The "
                          "government blamed the Houthi rebels, saying the rockets were fired "
                          "from their positions near the airport.", "2026-03-03")
    assert "Houthis" in names_and_mentions(one(evs, "ASSAULT").actors)
    evs = pipeline_events("A bomb exploded at a bus station in Quetta on Monday, killing four "
                          "people. Farmers blamed the drought for poor harvests.", "2026-03-03")
    assert not one(evs, "ASSAULT").actors


# ------------------------------------- the accused, not the accuser, did what followed
def test_an_outcome_hung_on_an_accusation_is_the_accused_partys_deed():
    for text, accuser in (
            ("An RSF military spokesman accused government troops of bombing the rebel-held "
             "Karari district on the same day, killing a man and his daughter.", "spokesman"),
            ("The opposition accused police of firing on protesters in Harare on Friday, "
             "wounding twelve people.", "opposition")):
        ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
        named = names_and_mentions(ev.actors)
        assert ev.actors and not any(accuser in n for n in named), (text, ev.actors)


# ------------------------------------------------------------- a force's unit was hit
def test_a_unit_of_a_named_force_hit_names_the_force_as_target():
    ev = one(pipeline_events("A roadside bomb tore through a convoy of the Frontier Corps near "
                             "Turbat on Monday, killing three soldiers.", "2026-03-03"), "ASSAULT")
    assert "Frontier Corps" in names_and_mentions(ev.targets), ev.targets


# ------------------------------------------------------------------- both countries
def test_both_countries_addressed_are_the_two_states_the_article_is_about():
    for text in ("Armenia and Azerbaijan traded fire on Monday. Armenia said two soldiers "
                 "died. Azerbaijan denied it. The EU envoy called on both countries to show "
                 "restraint.",
                 "Eritrea said Ethiopian troops had crossed the border. Ethiopia denied the "
                 "report. Kenya urged the two countries to resolve the dispute through talks."):
        ev = one(pipeline_events(text, "2026-03-03"), "REQUEST")
        names = {p.name for p in ev.targets}
        assert len(names) == 2 and "countries" not in names, (text, ev.targets)


# -------------------- a claim with no "for" is of the attack told before, not only the deed
def test_a_bare_claim_with_a_saying_clause_also_names_the_author_of_the_attack_told_before():
    evs = pipeline_events("A roadside bomb tore through a convoy of the Frontier Corps near "
                          "Turbat late on Monday, killing three soldiers, officials said. The "
                          "Balochistan Liberation Army claimed responsibility on Tuesday in a "
                          "statement, saying its fighters had destroyed two vehicles of the "
                          "\"occupying army\".", "2026-03-03")
    bomb = next(e for e in evs if e.weapons and e.type.plover == "ASSAULT")
    assert "Balochistan Liberation Army" in names_and_mentions(bomb.actors), bomb.actors


# ------------------------------------------------- a possessive inside a group's own name
def test_a_possessive_inside_a_groups_name_stays_in_the_name():
    ev = one(pipeline_events("The Sudan People's Liberation Army attacked a village near Yei "
                             "on Sunday, killing five farmers.", "2026-03-03"), "ASSAULT")
    assert [a.name for a in ev.actors] == ["Sudan People's Liberation Army"], ev.actors


# --------------------------------------------------------------- "live rounds" fired
def test_live_or_rubber_rounds_fired_are_weapons_but_a_round_of_talks_is_not():
    ev = one(pipeline_events("Riot police fired tear gas and live rounds at protesters in "
                             "Nairobi on Tuesday.", "2026-03-03"), "ASSAULT")
    assert "live rounds" in names_and_mentions(ev.weapons), ev.weapons
    ev = one(pipeline_events("Police opened fire on protesters in Lusaka on Monday after a "
                             "second round of talks collapsed.", "2026-03-03"), "ASSAULT")
    assert not any("round" in n for n in names_and_mentions(ev.weapons))


# ------------------------------------- "condemned the attack, calling it ...": it = the attack
def test_it_classed_after_a_condemned_attack_is_the_attack_not_a_state():
    evs = pipeline_events("Rockets hit a market in Marib on Monday, killing six people. The EU "
                          "envoy for Yemen condemned the attack, calling it a grave violation "
                          "of international law.", "2026-03-03")
    assert "Yemen" not in names_and_mentions(one(evs, "ACCUSE").targets)


# ------------------------ "..., the statement said. It blamed X": It = who issued it
def test_it_after_the_statement_said_is_the_body_that_issued_the_statement():
    evs = pipeline_events("The convoy was attacked with rifles near Tame, the Army Command said "
                          "in a statement on Tuesday. Soldiers who pursued the attackers killed "
                          "one of them hours later, the statement said. It blamed the National "
                          "Liberation Army.", "2026-03-03")
    assert "Army Command" in names_and_mentions(one(evs, "ACCUSE").actors)


def test_both_governments_addressed_are_the_two_states():
    ev = one(pipeline_events("Mali said Algerian jets had violated its airspace. Algeria denied "
                             "the claim. The AU envoy urged both governments to exercise "
                             "restraint.", "2026-03-03"), "REQUEST")
    assert {p.name for p in ev.targets} == {"Mali", "Algeria"}, ev.targets


# --------------------------------------- "N others" are more of the people counted before
def test_counted_others_are_more_of_the_people_counted_before():
    for text in ("Two suspected smugglers were killed in an exchange of fire near Tessalit on "
                 "Tuesday and three others were detained, an army spokesman said.",
                 "Police shot dead two suspected robbers in Kano on Monday and arrested four "
                 "others."):
        ev = one(pipeline_events(text, "2026-03-03"), "COERCE")
        assert {p.name for p in ev.targets} >= {"smugglers"} or {p.name for p in ev.targets} >= {
            "robbers"}, (text, ev.targets)


# -------------------------------------------- "the chairperson of the X Commission"
def test_a_chairperson_is_named_with_the_body_they_chair():
    ev = one(pipeline_events("The chairperson of the Southern African Development Community "
                             "urged Chad to release the prisoners.", "2026-03-03"), "REQUEST")
    named = names_and_mentions(ev.actors)
    assert any("chairperson of the Southern African" in n for n in named), ev.actors


def test_it_said_after_a_coordinated_accusation_is_the_accuser():
    evs = pipeline_events("The Democratic Alliance accused the government of \"political "
                          "revenge\" and said it would boycott parliament until the leader was "
                          "freed.", "2026-03-03")
    assert "Democratic Alliance" in names_and_mentions(one(evs, "PROTEST").actors)


# ----------------------------- "Houthi intelligence forces": the group's, not the country's
def test_forces_a_group_name_owns_are_the_group_not_the_countrys_military():
    for text, group in (("Houthi intelligence forces arrested three aid workers in Sanaa on "
                         "Monday.", "Houthis"),
                        ("Taliban intelligence forces detained a journalist in Kabul on Monday.",
                         "Taliban")):
        ev = one(pipeline_events(text, "2026-03-03"), "COERCE")
        assert [a.name for a in ev.actors] == [group], (text, ev.actors)
