"""Round 17 (r17arg) fixes in event arguments: actors, targets and counts. Sentences written
for these tests."""

from .conftest import counts, names, names_and_mentions, of_type, one, pipeline_events


# ------------------------------------------ "secretary-general": one hyphenated title word
def test_a_hyphenated_title_is_named_whole():
    for text, title, name, plover in (
            ("The federation's secretary-general urged the cabinet to reopen the mines.",
             "secretary-general", "secretary-general", "REQUEST"),
            ("The agency's director-general called on Kenya to reopen the border on Friday.",
             "director-general", "agency's director-general", "REQUEST")):
        ev = one(pipeline_events(text, "2026-03-03"), plover)
        # (the title whole, with whose it is where `reported_names` keeps the owner: it
        # keeps "agency's" and not, today, "federation's")
        assert names(ev.actors) == [name], (text, ev.actors)
        assert title in names_and_mentions(ev.actors), (text, ev.actors)


def test_a_body_named_by_a_noun_owns_its_officer_as_a_mention():
    ev = one(pipeline_events("The ministry's spokesman accused the rebels of looting the town "
                             "of Kira on Monday.", "2026-03-03"), "ACCUSE")
    assert "The ministry's spokesman" in names_and_mentions(ev.actors), ev.actors


# ------------------------------------------- "each other", "the latest", "two more of X"
def test_reciprocal_and_comparative_words_are_no_targets():
    for text in ("Rival clans have fought one another and the police near Baidoa since March.",
                 "Rival militias fought each other and the army near Kalemie on Sunday."):
        ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
        assert not {"other", "another"} & set(names(ev.targets)), (text, ev.targets)
        assert not counts(ev, "other"), (text, ev.quantities)
    ev = one(pipeline_events("Police shot dead two robbers in Mombasa on Friday, the latest in "
                             "a series of killings by officers.", "2026-03-03"), "ASSAULT")
    assert "latest" not in names(ev.targets), ev.targets
    ev = one(pipeline_events("Gunmen killed two more of the villagers in Kaura on Monday.",
                             "2026-03-03"), "ASSAULT")
    assert "villagers" in names(ev.targets), ev.targets


# ------------------------------------------------ "four-wheel-drive", "two-storey": no count
def test_a_number_inside_a_hyphenated_modifier_counts_nothing():
    ev = one(pipeline_events("Police arrested four men and seized three four-wheel-drive "
                             "vehicles and nine pistols near Gulu on Friday.", "2026-03-03"),
             "COERCE")
    assert sorted(v for v, _ in counts(ev, "seized")) == [3, 9], ev.quantities
    ev = one(pipeline_events("Gunmen set fire to a two-storey building in Jos, killing "
                             "twenty-five people.", "2026-03-03"), "ASSAULT")
    # (round 26: a thing hit beside its owner or its people folds into them, as 12 of 15 such
    # cases in the dev gold code it: `events.things_beside_people`, `owner_modifiers`)
    assert names(ev.targets) == ["people"], ev.targets
    assert counts(ev, "killed") == [(25, "exact")], ev.quantities


# -------------------------------------- "the rebel group Patriotic Front": the name, named
def test_a_name_after_its_description_is_the_participant():
    for text, name in (
            ("The minister accused the rebel group Patriotic Front of attacking the convoy.",
             "Patriotic Front"),
            ("A spokesman accused the main opposition Democratic Alliance (DA) of inciting "
             "violence in Kisumu.", "Democratic Alliance")):
        ev = one(pipeline_events(text, "2026-03-03"), "ACCUSE")
        assert name in names(ev.targets), (text, ev.targets)


# ---------------------------------------------- "a conscript was killed": a soldier counted
def test_conscripts_and_gendarmes_are_counted_people():
    ev = [e for e in of_type(pipeline_events(
        "A conscript was killed and two gendarmes were wounded when gunmen attacked a post "
        "near Diffa on Friday.", "2026-03-03"), "ASSAULT")][0]
    assert [v for v, _ in counts(ev, "killed")] == [1], ev.quantities


# ------------------------------------------- "came under fire from X ... returned fire"
def test_who_fired_first_is_the_actor_of_the_exchange():
    for text, first, answered in (
            ("An army convoy came under fire from suspected militants near Dori on Monday. "
             "The convoy returned fire, killing two of the attackers.", "militants", "convoy"),
            ("Gunmen opened fire on a police patrol near Kaduna on Friday. The patrol "
             "returned fire and killed one of them, police said.", "Gunmen", "patrol")):
        ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
        assert any(first in n for n in names(ev.actors)), (text, ev.actors)
        assert any(answered in n for n in names(ev.targets)), (text, ev.targets)


# ---------------------------------- "X were arrested and the forces seized Y": who arrested
def test_the_seizers_of_an_arrest_sentence_made_the_arrest():
    for text, who in (
            ("Six other members of the band were detained at the scene, and the forces seized "
             "two pickups, nine rifles, 2,000 rounds of ammunition and about 80 kilograms of "
             "cannabis, the statement said.", "forces"),
            ("Three traffickers were detained near Tororo and customs officers seized 200 kg "
             "of ivory, 12 rifles and a truck.", "officers")):
        ev = one(pipeline_events(text, "2026-03-03"), "COERCE")
        assert any(who in n for n in names_and_mentions(ev.actors)), (text, ev.actors)


# ----------------------------------------- "..., the envoy said. She called on all sides"
def test_a_pronoun_opening_a_sentence_is_the_one_just_quoted():
    for text, who in (
            ("\"Families are trapped between the two armies,\" the U.N. refugee envoy for "
             "Sudan said. She called on all sides to open safe corridors for civilians.",
             "envoy"),
            ("The Red Cross regional director said aid was blocked. He called on both parties "
             "to allow convoys through.", "director")):
        ev = one(pipeline_events(text, "2026-03-03"), "REQUEST")
        assert any(who in n for n in names(ev.actors)), (text, ev.actors)
    ev = one(pipeline_events("\"Families are trapped between the two armies,\" the U.N. "
                             "refugee envoy for Sudan said. She called on all sides to open "
                             "safe corridors.", "2026-03-03"), "REQUEST")
    assert "all sides" in names_and_mentions(ev.targets), ev.targets


# -------------------------------------- "a police station ... attacked the station"
def test_a_bare_noun_takes_the_fuller_name_told_before_as_a_mention():
    ev = one(pipeline_events("The toll from an attack on a police station in Tumaco rose to "
                             "four. Rebels attacked the station late on Friday with grenades.",
                             "2026-03-03"), "ASSAULT")
    # (round 26: a thing hit beside its owner or its people folds into them, as 12 of 15 such
    # cases in the dev gold code it: `events.things_beside_people`, `owner_modifiers`)
    assert "police" in names_and_mentions(ev.targets), ev.targets


# ---------------------------------- "the lorries, hired by UNICEF, were turned back": no doer
def test_the_by_agent_of_a_participle_on_the_subject_is_no_actor():
    for text, agent in (
            ("The lorries, hired by UNICEF, were turned back to Gao after the gunmen took the "
             "drivers' phones, the agency said.", "UNICEF"),
            ("The ferry, operated by a state company, was seized near Kismayo on Sunday.",
             "company")):
        ev = one(pipeline_events(text, "2026-03-03"), "COERCE")
        assert not any(agent in n for n in names_and_mentions(ev.actors)), (text, ev.actors)


# ------------------------------------------- "two were killed and a third was hurt"
def test_a_third_after_a_count_is_one_more_harmed():
    for text, kind in (
            ("Two girls were killed and a third was badly hurt when an old grenade they had "
             "picked up exploded near Kasese on Sunday.", "injured"),
            ("Three miners died and a fourth was injured when a landmine blew up near Kidal.",
             "injured"),
            ("Gunmen killed two guards and wounded a third at a bank in Kano.", "injured")):
        ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
        assert counts(ev, kind) == [(1, "exact")], (text, ev.quantities)


# ------------------------------------ "carried out an attack ..., in which 14 were killed"
def test_harm_in_a_which_clause_is_done_by_who_carried_out_the_attack():
    evs = of_type(pipeline_events("The rebel group said it carried out an attack in May 2022 "
                                  "near Kamanyola, in which 14 people were killed.",
                                  "2026-03-03"), "ASSAULT")
    assert evs and all(any("rebel group" in n for n in names(e.actors)) for e in evs), evs


# -------------------------------------------- "the Iranian-backed government": not Iran's
def test_a_backed_government_is_not_its_patrons():
    ev = one(pipeline_events("The Iranian-backed government in Sanaa arrested three aid "
                             "workers on Friday.", "2026-03-03"), "COERCE")
    assert not any(p.kb_id and p.name == "Iranian government" for p in ev.actors), ev.actors
    assert ev.actors, ev.actors


# ----------------------------------------------- "The paramilitary force said it had ..."
def test_it_after_a_body_that_says_is_that_body():
    ev = one(pipeline_events("The paramilitary force said it had seized 40 rifles in a raid "
                             "near Nyala on Friday.", "2026-03-03"), "COERCE")
    assert any("force" in n for n in names(ev.actors)), ev.actors


# ------------------------- "said X was detained while visiting Y and accused Z": the sayer
def test_an_accusation_after_a_participle_clause_is_the_sayers():
    ev = one(pipeline_events("Nigeria's president said on Monday that the envoy had been "
                             "detained while visiting a friend and accused Niamey of trying "
                             "to provoke a crisis.", "2026-03-03"), "ACCUSE")
    assert any("president" in n for n in names_and_mentions(ev.actors)), ev.actors


# ------------------------------- a title-case headline's odd phrases are no participants
def test_headline_phrases_the_body_never_names_are_dropped():
    text = ("Army Spokesman: Troops Foil Cattle Raid North of Kurmuk, Two Raiders Killed\n\n"
            "KHARTOUM - The army spokesman said in a statement on Friday that troops had "
            "thwarted an attempt to steal cattle near the border.\n\n"
            "Soldiers killed two of the raiders, the statement said.")
    ev = one(pipeline_events(text, "2026-03-03"), "ASSAULT")
    got = names(ev.targets)
    assert not any("Foil" in n or "North of" in n for n in got), ev.targets
    assert any(n.lower() == "raiders" for n in got), ev.targets


# ------------------------ "X's interior ministry said its forces ...": the ministry's forces
def test_its_forces_of_a_civil_ministry_are_that_ministrys():
    for text, country in (
            ("Kenya's interior ministry said on Thursday its forces had arrested nine suspected "
             "cattle thieves near Mandera.", "Kenya"),
            ("Iraq's interior ministry said its forces had arrested four fuel traders in Basra.",
             "Iraq")):
        ev = one(pipeline_events(text, "2026-03-03"), "COERCE")
        assert not any(p.sector == "MIL" for p in ev.actors), (text, ev.actors)
        assert f"{country}'s interior ministry" in names_and_mentions(ev.actors), ev.actors
    ev = one(pipeline_events("Kenya's defence ministry said its forces had killed six "
                             "militants in Lamu.", "2026-03-03"), "ASSAULT")
    assert any(p.sector == "MIL" for p in ev.actors), ev.actors
    ev = one(pipeline_events("Azerbaijan's foreign ministry said its troops had not opened "
                             "fire near Tegh.", "2026-03-03"), "ASSAULT")
    assert any(p.sector == "MIL" for p in ev.actors), ev.actors
