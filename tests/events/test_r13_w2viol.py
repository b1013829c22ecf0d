"""Round 13, second wave (w2viol): violence and protest constructions found by probing
invented wire copy. Sentences written for these tests."""

from .conftest import counts, names, one


# ---------------------------------------------------------------- kinds, not parties
def test_a_creed_modifying_a_building_is_no_target(linked_events_of):
    ev = one(linked_events_of("Gunmen attacked a Sufi shrine in Multan on Friday."), "ASSAULT")
    assert "Sufi" not in names(ev.targets)


def test_a_faith_modifying_a_church_is_no_target(linked_events_of):
    ev = one(linked_events_of("Gunmen attacked a Christian church in Jos on Sunday."), "ASSAULT")
    assert "Christian" not in names(ev.targets)


def test_a_weapon_model_name_is_no_actor(linked_events_of):
    ev = one(linked_events_of("A Grad rocket slammed into a hospital in Sirte on Monday, "
                              "wounding four patients."), "ASSAULT")
    assert "Grad" not in names(ev.actors)


def test_a_country_weapon_still_names_its_military(linked_events_of):
    ev = one(linked_events_of("A Russian missile hit a power plant in Sumy on Friday."),
             "ASSAULT")
    assert any("Russia" in n for n in names(ev.actors))


# ---------------------------------------------------------------- street clashes
def test_police_clashing_with_protesters_is_a_violent_demonstration(linked_events_of):
    for text in ("Riot police clashed with demonstrators outside parliament in Accra on "
                 "Tuesday.",
                 "Supporters of the jailed candidate clashed with police in Conakry on "
                 "Thursday."):
        ev = one(linked_events_of(text), "PROTEST")
        assert ev.type.acled_sub_event_type == "Violent demonstration"


def test_soldiers_clashing_with_rebels_stay_an_armed_clash(linked_events_of):
    ev = one(linked_events_of("Soldiers clashed with rebels near Kindu on Monday."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Armed clash"


def test_bare_officers_near_police_are_the_police(linked_events_of):
    evs = linked_events_of("Hundreds of traders marched on the police headquarters in Mombasa "
                           "on Friday, and officers fired tear gas to disperse them.")
    sectors = {p.sector for e in evs for p in (*e.actors, *e.targets)
               if "officer" in " ".join(p.mentions).lower()}
    assert sectors and "MIL" not in sectors


# ---------------------------------------------------------------- counts
def test_a_toll_that_rose_counts_the_attack_it_names(linked_events_of):
    ev = one(linked_events_of("The death toll from Friday's ambush near Gao has risen to 11, "
                              "a local official said."), "ASSAULT")
    assert counts(ev, "killed") == [(11, "exact")]


def test_an_abduction_count_stays_off_a_coordinated_arson(linked_events_of):
    evs = linked_events_of("Bandits burned a clinic and kidnapped nine nurses in Katsina on "
                           "Sunday.")
    burned = [e for e in evs if e.type.acled_sub_event_type == "Looting/property destruction"]
    taken = [e for e in evs if e.type.acled_sub_event_type == "Abduction/forced disappearance"]
    assert taken and counts(taken[0], "captured") == [(9, "exact")]
    assert all(not counts(e, "captured") for e in burned)


# ---------------------------------------------------------------- names
def test_an_organisation_name_ending_in_army_stays_whole(linked_events_of):
    ev = one(linked_events_of("United People's Liberation Army rebels ambushed a convoy near "
                              "Tamu on Monday."), "ASSAULT")
    assert "United People's Liberation Army" in names(ev.actors)


def test_a_common_word_opening_the_sentence_is_no_person(linked_events_of):
    ev = one(linked_events_of("Clan gunmen attacked a market near Beledweyne on Monday."),
             "ASSAULT")
    assert "Clan" not in names(ev.actors)


# ---------------------------------------------------------------- protest tactics
def test_burning_tyres_at_a_protest_is_no_property_destruction(linked_events_of):
    evs = linked_events_of("Shopkeepers barricaded streets and burned tyres to protest "
                           "against a new tax in Bouake on Thursday.")
    assert [e.type.plover for e in evs] == ["PROTEST"]
    assert evs[0].modality == "asserted"


def test_the_tolls_of_two_sides_are_not_summed(linked_events_of):
    ev = one(linked_events_of("Insurgents overran a police post near Marka on Friday in "
                              "fighting that killed eight policemen and 21 insurgents."),
             "ASSAULT")
    assert sorted(counts(ev, "killed")) == [(8, "exact"), (21, "exact")]


def test_counts_of_one_side_still_add_up(linked_events_of):
    ev = one(linked_events_of("Troops killed a rebel commander and four fighters near Kalehe "
                              "on Monday."), "ASSAULT")
    assert counts(ev, "killed") == [(5, "at_least")]


# ---------------------------------------------------------------- drones that hit things
def test_a_drone_that_hits_a_ship_is_a_drone_strike(linked_events_of):
    ev = one(linked_events_of("A Ukrainian drone hit a Russian oil tanker near Novorossiysk "
                              "late on Tuesday, the port authority said."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Air/drone strike"
    assert any("tanker" in n for n in names(ev.targets))


def test_a_vessel_hit_by_a_drone_is_a_drone_strike(linked_events_of):
    evs = linked_events_of("A cargo vessel was hit by a drone in the Black Sea on Sunday, "
                           "its operator said.")
    assert one(evs, "ASSAULT").type.acled_sub_event_type == "Air/drone strike"


def test_a_drone_that_is_hit_is_no_strike(linked_events_of):
    evs = linked_events_of("The drone was hit by heavy rain and crashed into a field near "
                           "Kursk, officials said.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]
