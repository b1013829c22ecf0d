"""Round 17 (w8args) fixes in event arguments: actors and places. Sentences written for
these tests."""

from .conftest import counts, names, names_and_mentions, of_type, one, pipeline_events


# ------------------------------------- "a Turkish-made drone": the maker is not the actor
def test_a_weapon_made_in_a_country_does_not_name_its_military():
    for text in ("A Turkish-made drone hit a truck near the village of Kolla on Monday, "
                 "killing three men.",
                 "A Chinese-built warplane bombed a market in the town of Dabaro on Sunday, "
                 "killing five traders.",
                 "An Iranian-supplied rocket struck a hotel in the town of Marib Bay on Friday, "
                 "killing two guards."):
        ev = one(pipeline_events(text, "2026-03-10"), "ASSAULT")
        assert not any(a.country in {"TUR", "CHN", "IRN"} for a in ev.actors), (text, ev.actors)
    # the country's own weapons still name its military
    ev = one(pipeline_events("Turkish drones hit a truck near the village of Kolla on Monday, "
                             "killing three men.", "2026-03-10"), "ASSAULT")
    assert any(a.country == "TUR" for a in ev.actors), ev.actors


# ------------------------------ "in X, in Y state": the area says where the named town lies
def test_a_town_followed_by_its_state_is_the_place():
    for text, town in (
            ("Bandits killed 14 herders in an attack on a camp in Kaura Namoda, in Bakori "
             "county, on Friday, police said.", "Kaura Namoda"),
            ("Gunmen killed six traders in a raid on a market in Dandume, in Gwarzo "
             "district, on Sunday, residents said.", "Dandume")):
        ev = one(pipeline_events(text, "2026-03-10"), "ASSAULT")
        assert ev.location is not None and ev.location.name == town, (text, ev.location)


# ---------------------------- "fighters from the X Front": the group they belong to acts
def test_fighters_from_a_named_group_are_that_group():
    for text, group in (
            ("Fighters from the Popular Resistance Front raided an army post near Dabou on "
             "Tuesday, killing four soldiers, officials said.", "Popular Resistance Front"),
            ("Militants from the Islamic State group ambushed a convoy near the town of "
             "Menaka on Friday, killing six soldiers.", "Islamic State")):
        ev = one(pipeline_events(text, "2026-03-10"), "ASSAULT")
        assert group in names(ev.actors), (text, ev.actors)
    # a place they come from is no group
    ev = one(pipeline_events("Gunmen from a nearby village attacked a farm near Dabou on "
                             "Tuesday, killing four workers.", "2026-03-10"), "ASSAULT")
    assert names(ev.actors) == ["Gunmen"], ev.actors


# ------------------------ "claimed the attack on Telegram": where it was posted, no target
def test_a_platform_a_claim_was_posted_on_is_no_target():
    for text in ("Rebels raided a police post in the village of Tonga on Monday, killing two "
                 "officers. The rebels claimed the attack on Telegram.",
                 "Insurgents attacked an army base near Gao on Sunday, killing five soldiers. "
                 "The group claimed the attack on social media."):
        ev = one(pipeline_events(text, "2026-03-10"), "ASSAULT")
        assert not {"Telegram", "social media", "media"} & set(names(ev.targets)), (
            text, ev.targets)


# ------------------- "..., its owner, the Harbor Shipping Company, said": the named source
def test_a_source_named_in_a_comma_apposition_is_the_claimant():
    ev = one(pipeline_events("Gunmen shot dead two guards at a port warehouse in Lome on Friday, its "
                             "owner, the Harbor Line Company, said.", "2026-03-10"), "ASSAULT")
    assert "Harbor Line Company" in [c.claimant.name for c in ev.claims], ev.claims
    ev = one(pipeline_events("Gunmen killed three miners at a pit near the town of Bouna on "
                             "Sunday, the mine's manager, Paul Kassi, said.", "2026-03-10"),
             "ASSAULT")
    assert ev.claims, ev


# ----------- "fired tear gas to disperse crowds who gathered ... on Tuesday": the same day
def test_a_dispersal_takes_the_day_of_the_gathering_in_its_purpose_clause():
    evs = of_type(pipeline_events("Riot police used water cannon to scatter hundreds of "
                                  "students who rallied outside the ministry in Lusaka on "
                                  "Thursday to demand lower fees.", "2026-03-10"), "ASSAULT")
    assert evs and evs[0].time.start is not None and str(evs[0].time.start) == "2026-03-05", (
        evs and evs[0].time)


# ------------------------------ "the mayor of X": the town is the office's, not a target
def test_the_town_a_mayor_governs_is_no_target():
    for text in ("Gunmen shot dead the mayor of Tillaberi, Moussa Ide, outside his home on "
                 "Thursday, police said.",
                 "The governor of Zinder, Ali Harouna, was killed by a roadside bomb on "
                 "Monday, officials said."):
        ev = one(pipeline_events(text, "2026-03-10"), "ASSAULT")
        assert not {"Tillaberi", "Zinder"} & set(names(ev.targets)), (text, ev.targets)


# ---- "The X Brigade claimed the attack": a group a unit word names keeps its victims
def test_soldiers_killed_by_a_claimed_brigade_stay_its_targets():
    ev = one(pipeline_events("Four soldiers were killed in an ambush near the village of "
                             "Kobro on Friday, officials said. The Martyrs Brigade claimed "
                             "responsibility for the attack.", "2026-03-10"), "ASSAULT")
    assert "soldiers" in names_and_mentions(ev.targets), ev.targets


# ------------------ "X people were displaced by the fighting": the fighting's displaced
def test_people_displaced_by_a_fight_are_its_count():
    ev = one(pipeline_events("Nearly 500 households were displaced by fighting between two "
                             "militias near Bunia on Sunday, aid workers said.", "2026-03-10"),
             "ASSAULT")
    assert counts(ev, "displaced") == [(500.0, "about")], ev.quantities
