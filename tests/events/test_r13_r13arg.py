"""Round 13 (r13arg) fixes in event arguments. Sentences written for these tests."""

from .conftest import names, one


def _weapons(ev):
    return [w.name for w in ev.weapons]


def _weapon_strings(ev):
    return {m for w in ev.weapons for m in (w.name, *w.mentions)}


# ---------------------------------------------------------------- weapons
def test_two_munitions_parsed_as_one_phrase_are_two_weapons(linked_events_of):
    ev = one(linked_events_of("Police in the northern Ugandan city of Gulu fired tear gas and "
                              "live bullets at stone-throwing traders on Monday, killing one "
                              "man."), "ASSAULT")
    assert sorted(_weapons(ev)) == ["live bullets", "tear gas"]


def test_a_listed_weapon_before_a_compound_is_its_own_weapon(linked_events_of):
    ev = one(linked_events_of("Soldiers threw grenades and fired assault rifles at the crowd "
                              "in Beni on Friday."), "ASSAULT")
    assert sorted(_weapons(ev)) == ["assault rifles", "grenades"]


def test_an_ordinal_is_no_part_of_the_weapon(linked_events_of):
    ev = one(linked_events_of("The first bomb hit the clinic in Marib on Sunday, a nurse "
                              "said."), "ASSAULT")
    assert _weapons(ev) == ["bomb"]


def test_a_vehicle_laden_with_explosives_is_the_weapon(linked_events_of):
    for text, weapon in (
            ("An explosives-laden minibus blew up outside a police station in Quetta on "
             "Friday, killing three officers.", "explosives-laden minibus"),
            ("A bomb-rigged motorcycle exploded near a market in Kismayo, wounding nine "
             "people.", "bomb-rigged motorcycle")):
        ev = one(linked_events_of(text), "ASSAULT")
        assert _weapons(ev) == [weapon]


def test_an_aircraft_that_bombs_is_the_weapon_and_its_force_the_actor(linked_events_of):
    ev = one(linked_events_of("A Sudanese army warplane bombed a market in Nyala on Sunday, "
                              "killing 12 people."), "ASSAULT")
    assert _weapons(ev) == ["warplane"]
    assert "warplane" not in " ".join(names(ev.actors))
    ev = one(linked_events_of("Russian helicopter gunships attacked a convoy near Kupiansk on "
                              "Monday."), "ASSAULT")
    assert _weapons(ev) == ["helicopter gunships"]
    assert all("gunships" not in a.name for a in ev.actors)


def test_a_weapon_is_also_named_without_the_force_it_belongs_to(linked_events_of):
    ev = one(linked_events_of("The army said air force drones had struck a convoy of fighters "
                              "near Gao."), "ASSAULT")
    assert "drones" in _weapon_strings(ev)


def test_a_bare_modifier_shares_the_head_of_the_list(linked_events_of):
    ev = one(linked_events_of("Troops seized mortar and rocket launchers and machine guns at "
                              "a rebel depot near Kalehe on Friday."), "COERCE")
    assert "mortar and rocket launchers" in _weapons(ev)
