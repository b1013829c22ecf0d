"""Argument spans (events/arguments.py, participants.py): group phrases, names after a
descriptor, line breaks, places after "at"/"on". Sentences written for these tests."""

from .conftest import names, one


def _mentions(parts):
    return [m for p in parts for m in p.mentions]


def test_members_of_a_group_are_named_by_the_group(events_of):
    e = one(events_of("Members of the Black Hand group attacked a bakery in Lyon on Monday."),
            "ASSAULT")
    assert "Black Hand group" in names(e.actors)
    assert "members" not in [n.lower() for n in names(e.actors)]
    assert "Members of the Black Hand group" in _mentions(e.actors)


def test_group_of_armed_men_keeps_the_phrase_as_a_mention(events_of):
    e = one(events_of("A group of masked men kidnapped two engineers near the dam."), "ASSAULT")
    assert names(e.actors) == ["masked men"]
    assert "group of masked men" in _mentions(e.actors)


def test_nested_of_names_the_organisation(events_of):
    e = one(events_of("Members of the 9th Front of the Liberation Army burned a bus."),
            "ASSAULT")
    assert any(m.startswith("Members of the 9th Front of the Liberation Army")
               for m in _mentions(e.actors))
    assert any("Liberation Army" in n for n in names(e.actors))


def test_person_named_after_a_descriptor(events_of):
    e = one(events_of("Gunmen shot opposition leader Maria Elena Duarte outside her home."),
            "ASSAULT")
    assert "Maria Elena Duarte" in names(e.targets)
    t = [p for p in e.targets if p.name == "Maria Elena Duarte"][0]
    assert any("leader Maria Elena Duarte" in m for m in t.mentions)


def test_phrase_does_not_cross_a_line_break(events_of):
    text = "Customs Office Raid\nArmed Smugglers attacked the customs office on Friday."
    e = one(events_of(text), "ASSAULT")
    assert all("\n" not in n for n in names(e.actors) + names(e.targets))


def test_hyphenated_head_is_whole(events_of):
    e = one(events_of("Angry onlookers and passers-by beat the thief in the market."), "ASSAULT")
    assert "passers-by" in names(e.actors)


def test_street_after_at_is_where_not_a_target(events_of):
    e = one(events_of("Militants fired at Baker Street on Sunday."), "ASSAULT")
    assert "Baker Street" not in names(e.targets)
    e = one(events_of("Militants fired at the police station on Sunday."), "ASSAULT")
    # (round 26: a thing named with its owner is folded into the owner, as most dev gold
    # codes it: the police station's police are the target)
    assert "police" in names(e.targets)


def test_set_fire_to_names_the_target(events_of):
    e = one(events_of("Before fleeing, the rebels set fire to a grocery store in the town."),
            "ASSAULT")
    assert "grocery store" in names(e.targets)


def test_semicolon_list_of_victims(events_of):
    e = one(events_of("Gunmen killed Ana Ruiz, 42; Luis Gil, 19; and a security guard in the "
                      "bank."), "ASSAULT")
    assert {"Ana Ruiz", "Luis Gil"} <= set(names(e.targets))


def test_unknown_noun_before_a_name_is_not_stripped(events_of):
    # "bravo" is no descriptor: the name is left whole
    e = one(events_of("Gunmen shot Carmen Bravo Ortiz outside her home."), "ASSAULT")
    assert not any(n in ("Ortiz", "Bravo Ortiz") for n in names(e.targets))


def test_responsibility_for_a_gerund_names_the_actor(events_of):
    e = one(events_of("The Popular Liberation Movement claimed responsibility for detonating a "
                      "bomb at the telephone company offices."), "ASSAULT")
    assert "Popular Liberation Movement" in names(e.actors)


def test_age_is_not_part_of_the_name(events_of):
    e = one(events_of("A bomb injured a 14-year-old girl and two women in Lyon."), "ASSAULT")
    assert "girl" in names(e.targets)
    assert not any("year" in n for n in names(e.targets))


def test_descriptor_of_a_named_person_is_no_group(events_of):
    e = one(events_of("Gunmen killed Colombian journalist Luis Ortega Vidal in Cali."), "ASSAULT")
    assert not any("journalist" == n.lower().split()[-1] for n in names(e.targets))


def test_a_bare_count_noun_is_no_target(events_of):
    e = one(events_of("The blast killed 130 people and injured scores in the market."), "ASSAULT")
    assert "scores" not in names(e.targets)


def test_on_the_spot_is_no_target(events_of):
    e = one(events_of("Two soldiers were killed on the spot when rebels attacked the convoy."),
            "ASSAULT")
    assert "spot" not in names(e.targets)


def test_group_phrase_is_one_participant(events_of):
    e = one(events_of("Bands of masked thugs attacked opposition politicians in the city."),
            "ASSAULT")
    assert names(e.actors) == ["masked thugs"]
    assert "Bands of masked thugs" in _mentions(e.actors)


def test_who_died_when_the_bomb_exploded_is_its_target(events_of):
    e = one(events_of("A peasant woman died when a bomb exploded in her kitchen."), "ASSAULT")
    assert "peasant woman" in names(e.targets)
    e = one(events_of("Two guards died in the attack on the bank."), "ASSAULT")
    assert "guards" in names(e.targets)


def test_including_adds_the_ones_singled_out(events_of):
    e = one(events_of("The bomb killed five people, including two children, in the market."),
            "ASSAULT")
    assert {"people", "children"} <= set(names(e.targets))


def test_what_exploded_is_no_actor(events_of):
    e = one(events_of("A parked car exploded near the market, killing four people."), "ASSAULT")
    assert "parked car" not in names(e.actors)


def test_a_suicide_bomber_acts(events_of):
    e = one(events_of("A suicide bomber blew himself up at the checkpoint."), "ASSAULT")
    assert "suicide bomber" in names(e.actors)


def test_bodyguard_is_a_descriptor(events_of):
    e = one(events_of("Gunmen killed the senator's bodyguard Jairo Ortega Lopez in Medellin."),
            "ASSAULT")
    assert "Jairo Ortega Lopez" in names(e.targets)


def test_relative_clause_agent_of_an_attack_noun(events_of):
    e = one(events_of("The attack, which was carried out by the Red Hand, killed two guards."),
            "ASSAULT")
    assert "Red Hand" in names(e.actors)


def test_a_gerund_after_a_preposition_takes_the_subject_of_the_verb_it_hangs_on(events_of):
    e = one(events_of("Estonia expelled three Russian diplomats on Friday after accusing them "
                      "of espionage."), "ACCUSE")
    assert names(e.actors) == ["Estonia"]


def test_who_speaks_during_a_visit_is_the_visitor(events_of):
    e = one(events_of("The Turkish foreign minister condemned the strikes during a visit to "
                      "Baghdad on Monday."), "CONSULT")
    assert any("minister" in n for n in names(e.actors))


def test_allies_and_donors_asked_are_the_requests_addressees(events_of):
    e = one(events_of("The prime minister urged Western allies to send more artillery."),
            "REQUEST")
    assert names(e.targets) == ["Western allies"]


def test_a_request_to_allies_in_lower_case_is_kept(events_of):
    e = one(events_of("The president urged allies to send more air defence systems."),
            "REQUEST")
    assert names(e.targets) == ["allies"]
