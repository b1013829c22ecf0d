"""Argument rules of round 4 (events/arguments.py, participants.py): coordinated
prepositions, coordinated passives, an attack's participle, damage, descriptor lists, and
responsibility told in a later sentence. Sentences written for these tests."""

import pytest

from .conftest import names, one


@pytest.fixture
def events_of(linked_events_of):
    return linked_events_of


def _lower(parts):
    return [n.lower() for n in names(parts)]


def test_coordinated_preposition_adds_the_second_target(events_of):
    e = one(events_of("Two bombs exploded this morning at the home of a judge and at the "
                      "offices of a lawyer in Rosario."), "ASSAULT")
    # (round 26: a thing hit beside its owner or its people folds into them, as 12 of 15 such
    # cases in the dev gold code it: `events.things_beside_people`, `owner_modifiers`)
    assert any("lawyer" in n for n in _lower(e.targets))


def test_denied_coordinated_agent_is_left_out(events_of):
    evs = events_of("A bomb destroyed a bus in Lima on Monday. The bombing was blamed on the "
                    "Red Dawn group and not on the army.")
    actors = [n for e in evs if e.type.plover == "ASSAULT" for n in _lower(e.actors)]
    assert any("red dawn" in n for n in actors)
    assert "army" not in actors


def test_coordinated_passive_agents(events_of):
    evs = events_of("Three gunmen killed a priest in Tunja on Monday. The attack was planned "
                    "by a colonel and carried out by two sergeants.")
    actors = [n for e in evs if e.type.plover == "ASSAULT" for n in _lower(e.actors)]
    assert "sergeants" in actors and "colonel" in actors


def test_attack_participle_gives_agent_and_target(events_of):
    e = one(events_of("A guard was wounded in the attack staged last night by rebels on the "
                      "customs house."), "ASSAULT")
    assert "rebels" in _lower(e.actors)
    # (round 26: a thing hit beside its owner or its people folds into them, as 12 of 15 such
    # cases in the dev gold code it: `events.things_beside_people`, `owner_modifiers`)
    assert _lower(e.targets) == ["guard"]


def test_damage_caused_to_something_is_a_target(events_of):
    e = one(events_of("A bomb exploded in Cali on Monday, causing heavy damage to a bank."),
            "ASSAULT")
    assert "bank" in _lower(e.targets)


def test_list_of_names_with_descriptors(events_of):
    e = one(events_of("Soldiers killed three journalists: Ana Ruiz, a news photographer, Luis "
                      "Gil, a TV reporter, and Eva Sol, a staff member of a radio station."),
            "ASSAULT")
    got = _lower(e.targets)
    assert "ana ruiz" in got and "luis gil" in got and "eva sol" in got


def test_responsibility_in_a_later_sentence(events_of):
    e = one(events_of("A bomb exploded in a bank in Cusco on Monday, killing two clerks. "
                      "Police said the Red Dawn group is blamed for the attack."), "ASSAULT")
    assert any("red dawn" in n for n in _lower(e.actors))


def test_for_which_held_responsible(events_of):
    e = one(events_of("A bomb destroyed a bus in Lima yesterday. No one was hurt in the "
                      "incident, for which the Red Dawn rebels are being held responsible."),
            "ASSAULT")
    assert "rebels" in _lower(e.actors)


def test_later_blame_does_not_go_to_an_operation_of_state_forces(events_of):
    text = "{} raided a village near Tunja on Monday, killing two farmers. The Red Dawn " \
           "group was blamed for it."
    e = one(events_of(text.format("Gunmen")), "ASSAULT")
    assert any("red dawn" in n for n in _lower(e.actors))
    e = one(events_of(text.format("Soldiers")), "ASSAULT")
    assert not any("red dawn" in n for n in _lower(e.actors))


def test_unnamed_people_keep_the_participle_that_describes_them(events_of):
    e = one(events_of("Two men wearing ski masks shot a judge in Tunja on Monday."), "ASSAULT")
    assert "men wearing ski masks" in _lower(e.actors)
    assert any(m == "men" for p in e.actors for m in p.mentions)
    e = one(events_of("Gunmen firing on the crowd killed five people."), "ASSAULT")
    assert "gunmen" in _lower(e.actors)


def test_where_a_detonated_weapon_was_aimed(events_of):
    e = one(events_of("The Red Dawn group said it detonated a bomb at the offices of a "
                      "phone company in Cusco."), "ASSAULT")
    # (round 26: a thing hit beside its owner or its people folds into them, as 12 of 15 such
    # cases in the dev gold code it: `events.things_beside_people`, `owner_modifiers`)
    assert "phone company" in _lower(e.targets)


def test_a_later_crime_committed_by_someone(events_of):
    e = one(events_of("A lawyer was found dead in Quito on Friday. Her party condemned the "
                      "crime perpetrated on Thursday by armed men wearing dark clothes."),
            "ASSAULT")
    assert any(n.startswith("armed men") for n in _lower(e.actors))


def test_later_claim_names_the_organisation_of_the_fighters(events_of):
    e = one(events_of("A bomb exploded in a restaurant in Lima on Monday. Guerrillas of the Red "
                      "Dawn Front have claimed credit for the terrorist act."), "ASSAULT")
    got = _lower(e.actors)
    assert "guerrillas" in got and "red dawn front" in got


def test_a_units_ordinal_is_part_of_its_name(events_of):
    e = one(events_of("Members of the 9th Front of the FARC burned a bus near Tunja on "
                      "Monday."), "ASSAULT")
    got = _lower(e.actors)
    assert any(n.startswith("9th front") for n in got) and "9th" not in got
    e = one(events_of("Gunmen killed 12 peasants near Tunja."), "ASSAULT")
    assert "peasants" in _lower(e.targets)


def test_blame_for_hung_on_the_last_accused(events_of):
    e = one(events_of("Gunmen killed a union leader in Quito on Monday. We blame the Red Dawn "
                      "group, the regime of President Ruiz, and its armed forces for this "
                      "detestable assassination."), "ASSAULT")
    assert any("red dawn" in n for n in _lower(e.actors))


def test_accused_of_the_murder_is_the_actor_and_the_murder_no_group(events_of):
    e = one(events_of("Gunmen killed a union leader in Quito on Monday. The union accused the "
                      "army of the murder."), "ASSAULT")
    assert "murder" not in _lower(e.actors)


def test_attribution_by_copula_behind_and_involve(events_of):
    lead = "A bomb exploded in a bank in Cusco on Monday. "
    for later in ("Police believe the bombing was the work of the Red Dawn group.",
                  "Police believe the Red Dawn group was behind the attack.",
                  "Police said the attack was a crude maneuver by the Red Dawn group.",
                  "It is presumed that this action involved commandos of the Red Dawn group."):
        e = one(events_of(lead + later), "ASSAULT")
        assert any("red dawn" in n for n in _lower(e.actors)), later


def test_victims_listed_after_a_colon(events_of):
    e = one(events_of("Rebels attacked a police post in Pampa on Monday. The following "
                      "policemen died in the attack: Sergeant Ana Ruiz Soto, Corporal Luis Gil "
                      "Pardo, and Agent Eva Sol Vera."), "ASSAULT")
    got = _lower(e.targets)
    assert {"ana ruiz soto", "luis gil pardo", "eva sol vera"} <= set(got)
    e = one(events_of("Rebels attacked a police post in Pampa on Monday. The following "
                      "officials met the governor: Ana Ruiz Soto and Luis Gil Pardo."),
            "ASSAULT")
    assert "ana ruiz soto" not in _lower(e.targets)


def test_a_group_noun_named_by_its_apposition(events_of):
    e = one(events_of("The terrorist group Red Dawn bombed a bank in Cusco."), "ASSAULT")
    assert _lower(e.actors) == ["red dawn"]
    e = one(events_of("A commando unit, the \"Red Star Civic Front\", burned a bus in Lima."),
            "ASSAULT")
    assert any("red star civic front" in n for n in _lower(e.actors))


def test_charged_with_and_suspected_of_the_crime(events_of):
    lead = "Gunmen killed a judge in Quito on Monday. "
    e = one(events_of(lead + "Two guards are suspected of the crime."), "ASSAULT")
    assert "guards" in _lower(e.actors)
    e = one(events_of(lead + "Two bodyguards were charged with the murder."), "ASSAULT")
    assert "bodyguards" in _lower(e.actors)


def test_a_cleft_it_is_no_event(events_of):
    evs = events_of("A bomb exploded in a bakery in Lyon on Friday, injuring ten people. The "
                    "mayor said it was glass from the windows that caused the injuries.")
    assert [e for e in evs if e.type.plover == "ASSAULT"]
    assert not any("windows" in n for e in evs for n in _lower(e.actors))


def test_a_place_noun_is_not_named_by_a_misparsed_apposition(events_of):
    e = one(events_of("In Herat city, Herat province, a combined Afghan and coalition security "
                      "force detained two suspected insurgents yesterday."), "COERCE")
    assert not any(n.endswith("afghan") for n in _lower(e.actors))
