"""Round 12 (args12) fixes in event arguments: unmanned craft as the instrument, not the
actor. Sentences written for these tests."""

from .conftest import names, one


def test_a_drone_that_strikes_is_the_weapon_not_the_actor(linked_events_of):
    ev = one(linked_events_of("A drone struck a bus carrying pilgrims near Sennar on Sunday, "
                              "killing five people, officials said."), "ASSAULT")
    assert "drone" not in names(ev.actors)
    assert names(ev.weapons) == ["drone"]


def test_a_drone_that_fires_is_no_actor(linked_events_of):
    evs = linked_events_of("A witness in Kobani said the drone fired two rockets at a pickup "
                           "truck on Tuesday.")
    assert all("drone" not in n for e in evs for n in names(e.actors))


def test_a_party_that_disowns_the_attack_is_no_claimant(linked_events_of):
    ev = one(linked_events_of("Gunmen killed four guards at a quarry near Kolwezi on Monday, "
                              "police said. The militia said it had no connection to the "
                              "attack."), "ASSAULT")
    assert "militia" not in [c.claimant.name for c in ev.claims]


def test_a_party_that_denies_a_role_is_no_claimant(linked_events_of):
    ev = one(linked_events_of("Gunmen killed four guards at a quarry near Kolwezi on Monday, "
                              "police said. The militia denied any role in the killings."),
             "ASSAULT")
    assert "militia" not in [c.claimant.name for c in ev.claims]


def test_fighters_not_involved_in_a_raid_are_no_actors(linked_events_of):
    evs = linked_events_of("Gunmen killed four guards at a quarry near Kolwezi on Monday. A "
                           "militia spokesman said its fighters were not involved in the raid.")
    assert all("fighters" not in names(e.actors) for e in evs)


def test_thrown_stones_are_weapons_not_targets(linked_events_of):
    evs = linked_events_of("Youths threw stones and petrol bombs at soldiers near the checkpoint "
                           "in Nablus on Saturday, the army said.")
    ev = one(evs, "ASSAULT")
    assert "stones" not in names(ev.targets)
    assert "stones" in names(ev.weapons)


def test_tear_gas_and_water_cannon_are_weapons(linked_events_of):
    ev = one(linked_events_of("Riot police fired tear gas and water cannon on Friday to disperse "
                              "hundreds of students in Dakar."), "ASSAULT")
    assert names(ev.weapons) == ["tear gas", "water cannon"]


def test_pushing_marchers_back_makes_them_the_target(linked_events_of):
    ev = one(linked_events_of("Riot police fired tear gas to drive the farmers back from the "
                              "plaza in Quito on Wednesday."), "ASSAULT")
    assert names(ev.targets) == ["farmers"]


def test_a_weapon_acts_in_no_event_of_any_type(linked_events_of):
    evs = linked_events_of("Missiles hit a power plant near Sumy overnight, cutting electricity "
                           "to 30,000 homes, the regional governor said.")
    assert all("Missiles" not in names(e.actors) for e in evs)


def test_condemning_a_killing_by_a_group_targets_the_group(linked_events_of):
    evs = linked_events_of("The rights office on Friday condemned the killing of farmers by "
                           "members of the Mai-Mai militia in Masisi.")
    accuse = one(evs, "ACCUSE")
    assert "farmers" not in names(accuse.targets)
    assert any("militia" in n for n in names(accuse.targets))


def test_an_agent_hung_on_the_patient_still_acts(linked_events_of):
    evs = linked_events_of("The ministry condemned the abduction of three teachers by gunmen "
                           "in Zamfara.")
    assert names(one(evs, "ACCUSE").targets) == ["gunmen"]
    assert names(one(evs, "ASSAULT").actors) == ["gunmen"]


def test_a_pronoun_accused_in_a_participle_is_the_main_verbs_object(linked_events_of):
    evs = linked_events_of("The United States imposed sanctions on three army generals, "
                           "accusing them of ordering attacks on protesters.")
    assert names(one(evs, "ACCUSE").targets) == ["army generals"]


def test_two_signatories_are_actor_and_target(linked_events_of):
    evs = linked_events_of("Armenia and Azerbaijan signed a border agreement in Almaty on "
                           "Thursday.")
    ev = one(evs, "SUPPORT")  # the signing (no AGREE beside it)
    assert names(ev.actors) == ["Armenia"] and names(ev.targets) == ["Azerbaijan"]


def test_representatives_sign_for_their_organisations(linked_events_of):
    evs = linked_events_of("The accord was signed in Arusha on Monday by the government's lead "
                           "negotiator and the leader of the Kivu Liberation Front.")
    ev = one(evs, "SUPPORT")  # the signing (no AGREE beside it)
    assert [p.sector for p in ev.actors] == ["GOV"]
    assert names(ev.targets) == ["Kivu Liberation Front"]


def test_a_when_clause_on_the_date_names_who_struck():
    from wirecoder.events.arguments import roles_for
    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.language import parse

    doc = parse("Two shepherds were killed and three others were injured on Sunday when "
                "rebel fighters stormed a farm near Tel Tamr.")
    killed = next(t for t in doc if t.text == "killed")
    roles = roles_for(killed, "ASSAULT", None, load_lexicon())
    assert [t.text for t in roles.actors] == ["fighters"]
