"""Round-16 (w6arg) fixes in event actors and targets. Sentences written for these tests."""

from .conftest import names, names_and_mentions, one, pipeline_events


# ------------------------------- "the A and B clans": two groups, two sides of the fight
def test_fighting_between_the_a_and_b_clans_sets_one_clan_against_the_other():
    text = ("The fighting between the Tole and Mopi clans near Mendi began over a land "
            "dispute, an official said on Friday.")
    ev = one(pipeline_events(text, "2026-06-12"), "ASSAULT")
    assert names(ev.actors) == ["Tole"], ev.actors
    assert "Mopi" in names(ev.targets), ev.targets


def test_leaders_of_the_a_and_b_clans_clashed_sets_one_clan_against_the_other():
    text = "Leaders of the Dinka and Nuer clans clashed in Bor on Sunday, police said."
    ev = one(pipeline_events(text, "2026-06-12"), "ASSAULT")
    assert names(ev.actors) == ["Dinka"], ev.actors
    assert names(ev.targets) == ["Nuer"], ev.targets


def test_one_named_clan_stays_one_side():
    text = "Gunmen from the Garre clan attacked a village near Mandera on Sunday, police said."
    ev = one(pipeline_events(text, "2026-06-12"), "ASSAULT")
    assert ev.actors and not any(n == "Garre" for n in names(ev.targets)), ev.targets


# ------------------------------ a condemnation of a court's sentences: aimed at the court
def test_condemned_the_sentences_is_aimed_at_the_court():
    text = ("A court in Tunis on Monday sentenced six opposition activists to 20 years in "
            "prison. Human Rights Watch condemned the sentences as politically motivated.")
    evs = [e for e in pipeline_events(text, "2026-06-10") if e.trigger
           and e.trigger.text == "condemned"]
    assert evs and any("court" in n.lower() for n in names_and_mentions(evs[0].targets)), evs


def test_denounced_the_verdict_is_aimed_at_the_tribunal():
    text = ("A tribunal in Minsk jailed three bloggers on Friday for up to six years. Several "
            "European governments denounced the verdict.")
    evs = [e for e in pipeline_events(text, "2026-06-10") if e.trigger
           and e.trigger.text == "denounced"]
    assert evs and any("tribunal" in n for n in names_and_mentions(evs[0].targets)), evs


# --------------------------- a demand for someone's release: made of whoever holds them
def test_demanded_the_reporters_release_is_made_of_the_soldiers_who_hold_them():
    text = ("Soldiers detained four reporters outside the parliament in Bamako on Monday. The "
            "press union demanded the reporters' release.")
    ev = one(pipeline_events(text, "2026-06-10"), "REQUEST")
    assert "Soldiers" in names_and_mentions(ev.targets), ev.targets
    assert "reporters" not in names_and_mentions(ev.targets), ev.targets


def test_called_for_their_release_is_made_of_the_guards():
    text = ("Guards arrested two aid workers at a checkpoint near Juba on Sunday. Their charity "
            "called for their immediate release.")
    ev = one(pipeline_events(text, "2026-06-10"), "REQUEST")
    assert "Guards" in names_and_mentions(ev.targets), ev.targets


def test_urged_someone_to_secure_the_release_is_made_of_the_one_urged():
    text = ("Police arrested five fishermen off Jaffna on Monday. The chief minister urged the "
            "prime minister to secure the release of the fishermen.")
    ev = one(pipeline_events(text, "2026-06-10"), "REQUEST")
    assert names(ev.targets) == ["prime minister"], ev.targets


# ---------------------------- "turned back at a roadblock set up by X": X made the act
def test_turned_back_at_a_roadblock_set_up_by_armed_men():
    text = ("A convoy of three trucks carrying food aid was turned back at a roadblock set up "
            "by armed young men outside Mendi on Tuesday.")
    ev = one(pipeline_events(text, "2026-06-10"), "COERCE")
    assert "armed young men" in names_and_mentions(ev.actors), ev.actors


def test_robbed_at_a_checkpoint_manned_by_militiamen():
    text = ("Traders travelling to Gao were robbed at a checkpoint manned by militiamen on "
            "Friday, witnesses said.")
    evs = [e for e in pipeline_events(text, "2026-06-10") if e.trigger
           and e.trigger.text == "robbed"]
    assert evs and "militiamen" in names_and_mentions(evs[0].actors), evs


# ---------------------------- "a drone believed to belong to X": X used the weapon
def test_a_drone_believed_to_belong_to_a_state_names_that_state():
    text = ("A drone believed to belong to Turkey struck a car near Qamishli on Friday, "
            "killing two fighters, a monitor said.")
    ev = one(pipeline_events(text, "2026-06-10"), "ASSAULT")
    assert "Turkey" in names_and_mentions(ev.actors), ev.actors


def test_a_drone_belonging_to_an_army_names_that_army():
    text = ("A drone belonging to the Ethiopian army struck a minibus near Bahir Dar on "
            "Sunday, killing five passengers, witnesses said.")
    ev = one(pipeline_events(text, "2026-06-10"), "ASSAULT")
    assert any("army" in n.lower() or "military" in n.lower()
               for n in names_and_mentions(ev.actors)), ev.actors


# ------------------------------------------ "the X-led militia": one name, not "led militia"
def test_a_hyphenated_led_group_keeps_its_whole_name():
    text = "Gunmen killed two members of the Kurdish-led militia near Raqqa on Monday."
    ev = one(pipeline_events(text, "2026-06-10"), "ASSAULT")
    got = names_and_mentions(ev.targets)
    assert "led militia" not in got and any("Kurdish-led militia" in n for n in got), got


# --------------------------- "the paramilitary force said it ...", "sailors": actor words
def test_the_paramilitary_force_said_it_had_seized_is_the_actor():
    text = ("The paramilitary forces said they had captured the town of Bara on Sunday after "
            "heavy fighting.")
    evs = [e for e in pipeline_events(text, "2026-06-10") if e.trigger
           and e.trigger.text == "captured"]
    assert evs and any("paramilitary" in n for n in names_and_mentions(evs[0].actors)), evs


def test_sailors_are_the_navy():
    text = ("Sailors from the Philippine navy boarded a fishing boat near Scarborough Shoal on "
            "Tuesday and detained its crew.")
    ev = one(pipeline_events(text, "2026-06-10"), "COERCE")
    # (the navy's own entity, not a bare "Sailors" of no institution)
    assert ev.actors and ev.actors[0].name != "Sailors" and ev.actors[0].sector == "MIL", (
        ev.actors)


# ---------------------------------- "killed three of the villagers": those counted are hit
def test_a_count_of_the_people_names_them_as_targets():
    text = "Gunmen killed three of the villagers near Kano on Monday."
    ev = one(pipeline_events(text, "2026-06-10"), "ASSAULT")
    assert "villagers" in names_and_mentions(ev.targets), ev.targets


def test_a_count_out_of_a_total_names_the_people():
    text = "Militants abducted 20 of the 45 passengers near Zamfara on Monday."
    ev = one(pipeline_events(text, "2026-06-10"), "ASSAULT")
    assert "passengers" in names_and_mentions(ev.targets), ev.targets


def test_a_count_of_the_crew_rescued():
    text = "The coast guard rescued 12 of the migrants off Lesbos on Monday."
    ev = one(pipeline_events(text, "2026-06-10"), "AID")
    assert "migrants" in names_and_mentions(ev.targets), ev.targets


# ------------------------- "the X chamber of the Y court": one actor, the court
def test_a_chamber_of_a_court_is_the_court():
    text = ("The anti-terrorism chamber of the Abidjan court ordered the dissolution of the "
            "association on Monday.")
    ev = one(pipeline_events(text, "2026-06-10"), "COERCE")
    assert len(ev.actors) == 1 and "court" in " ".join(names_and_mentions(ev.actors)), ev.actors


def test_a_division_of_a_court_is_the_court():
    text = ("The appeals division of the high court in Harare jailed an opposition activist "
            "on Monday.")
    evs = [e for e in pipeline_events(text, "2026-06-10") if e.trigger
           and e.trigger.text == "jailed"]
    assert evs and len(evs[0].actors) == 1, evs


# ---------------------- "condemned the violence": aimed at whoever did the violence
def test_condemned_the_violence_is_aimed_at_the_attackers():
    text = ("Militiamen attacked a camp for displaced people near Bambari on Sunday, killing "
            "six civilians. The UN mission condemned the violence in Bambari.")
    evs = [e for e in pipeline_events(text, "2026-06-10") if e.trigger
           and e.trigger.text == "condemned"]
    assert evs and "Militiamen" in names_and_mentions(evs[0].targets), evs


def test_denounced_the_bloodshed_is_aimed_at_the_raiders():
    text = ("Bandits raided three villages in Zamfara on Friday and killed 20 people. The "
            "governor denounced the bloodshed.")
    evs = [e for e in pipeline_events(text, "2026-06-10") if e.trigger
           and e.trigger.text == "denounced"]
    assert evs and "Bandits" in names_and_mentions(evs[0].targets), evs


# ------------- a group whose name ends in a place word ("... Province") claims an attack
def test_a_province_named_group_claiming_responsibility_is_the_actor():
    text = ("Gunmen attacked a military base near Diffa on Friday, killing 12 soldiers. Islamic "
            "State West Africa Province claimed responsibility in a statement.")
    ev = one(pipeline_events(text, "2026-06-10"), "ASSAULT")
    assert any("West Africa Province" in n for n in names_and_mentions(ev.actors)), ev.actors


def test_a_count_of_wars_is_no_target():
    text = ("Both countries claim the valley and have fought two of their three wars over it, "
            "officials said on Monday.")
    evs = pipeline_events(text, "2026-06-10")
    assert [e for e in evs if e.type.plover == "ASSAULT"]
    for ev in evs:
        assert "wars" not in names_and_mentions(ev.targets), ev.targets
