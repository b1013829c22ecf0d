from .conftest import names, one


def test_subject_acts_object_is_target(events_of):
    e = one(events_of("Rebels attacked the army base on Tuesday."), "ASSAULT")
    assert names(e.actors) == ["Rebels"]
    # (round 26: a thing hit beside its owner or its people folds into them, as 12 of 15 such
    # cases in the dev gold code it: `events.things_beside_people`, `owner_modifiers`)
    assert names(e.targets) == ["army"]


def test_passive_by_agent_is_actor(events_of):
    e = one(events_of("About 50 peasants were kidnapped by guerrillas in the north."), "ASSAULT")
    assert names(e.actors) == ["guerrillas"]
    assert names(e.targets) == ["peasants"]


def test_against_phrase_is_target(events_of):
    e = one(events_of("The army launched an offensive against the rebels on Sunday."), "ASSAULT")
    assert "rebels" in names(e.targets)
    assert names(e.actors) == ["army"]  # the subject of the light verb "launched"


def test_in_cooperation_with_is_a_co_actor(events_of):
    e = one(events_of("American forces, in cooperation with the Interior Ministry, destroyed "
                      "15 weapons caches."), "COERCE")
    assert set(names(e.actors)) == {"American forces", "Interior Ministry"}


def test_possessor_of_a_demand_is_its_actor(events_of):
    e = one(events_of("The opposition's demand was to urge the government to lift the curfew."),
            "REQUEST")
    assert "opposition" in " ".join(names(e.actors))


def test_weapons_are_listed_without_quantity_words(events_of):
    # (round 27: weapons seized are a `seized` count, no instrument; an attack's are listed)
    e = one(events_of("Rebels attacked the convoy with multiple assault rifles and anti-tank "
                      "mines."), "ASSAULT")
    assert {"assault rifles", "anti-tank mines"} <= set(names(e.weapons))


def test_evidence_text_equals_document_text(events_of):
    text = "Police arrested 12 protesters in Lagos, officials said."
    evs = events_of(text)
    assert evs
    for e in evs:
        spans = list(e.evidence) + [e.trigger] + [s for p in e.actors + e.targets
                                                 for s in p.evidence]
        spans += [s for q in e.quantities for s in q.evidence]
        spans += [s for c in e.claims for s in c.evidence]
        for s in spans:
            assert s.text == text[s.start:s.end]


def test_a_weapon_in_the_subject_is_the_instrument_not_the_actor(events_of):
    e = one(events_of("A powerful car bomb destroyed the offices of a newspaper in the capital "
                      "on Monday."), "ASSAULT")
    assert not any("bomb" in n for n in names(e.actors))
    assert any("bomb" in n for n in names(e.weapons))


def test_shots_fired_are_not_the_target(events_of):
    e = one(events_of("Two gunmen fired several shots at the judge as he left his home."),
            "ASSAULT")
    assert "shots" not in names(e.targets)


def test_a_surname_mention_takes_the_full_name_given_earlier(events_of):
    evs = events_of("Opposition leader Maria Elena Quintanilla returned to the capital on "
                    "Friday. Gunmen shot and killed Quintanilla outside her office on Saturday.")
    e = one(evs, "ASSAULT")
    assert "Maria Elena Quintanilla" in names(e.targets)


def test_expand_name_leaves_an_ambiguous_surname_alone():
    from wirecoder.events.person_names import expand_name
    from wirecoder.records import Participant

    p = Participant(name="Flores", mentions=("Flores",))
    assert expand_name(p, ["Gilda Flores", "Juana Margarita Flores"]).name == "Flores"
    assert expand_name(p, ["Gilda Flores"]).name == "Gilda Flores"
    assert expand_name(p, ["Gilda Flores"]).mentions == ("Flores",)


def test_the_weapon_named_in_the_sentence_of_an_attack(events_of):
    e = one(events_of("Two policemen were killed when a car bomb went off near their post in "
                      "the city center on Sunday."), "ASSAULT")
    assert any("bomb" in n for n in names(e.weapons))


def test_adverb_of_a_modifier_stays_and_hedges_go(events_of):
    e = one(events_of("The journalist was kidnapped by heavily armed men on Monday."), "ASSAULT")
    assert names(e.actors) == ["heavily armed men"]
    e = one(events_of("Alleged urban guerrillas attacked a bank in the capital."), "ASSAULT")
    assert names(e.actors) == ["urban guerrillas"]


def test_agent_of_a_participle_on_an_attack_noun_is_the_actor(events_of):
    e = one(events_of("The minister died in an attack perpetrated by urban commandos on "
                      "Tuesday."), "ASSAULT")
    assert "urban commandos" in names(e.actors)


def test_who_placed_the_bomb_is_the_actor(events_of):
    e = one(events_of("The mayor was killed by a bomb placed by a rebel cell under his car."),
            "ASSAULT")
    assert "rebel cell" in names(e.actors)
    assert "bomb" in names(e.weapons)


def test_a_building_named_with_its_owner_is_one_target(events_of):
    e = one(events_of("Gunmen attacked the residence of the Nicaraguan ambassador on Sunday."),
            "ASSAULT")
    # (round 26: a thing hit beside its owner or its people folds into them, as 12 of 15 such
    # cases in the dev gold code it: `events.things_beside_people`, `owner_modifiers`)
    assert [n.lower() for n in names(e.targets)] == ["nicaraguan ambassador"]
    e = one(events_of("Rebels burned dozens of houses in the village."), "ASSAULT")
    assert not any("dozens" in n for n in names(e.targets))


def test_named_victims_in_apposition_and_no_vague_counts(events_of):
    e = one(events_of("Gunmen killed two farmers, Jose Rivera and Pedro Ortiz, near the river "
                      "on Sunday."), "ASSAULT")
    assert {"Jose Rivera", "Pedro Ortiz"} <= set(names(e.targets))
    e = one(events_of("Rebels burned several houses in the village on Monday."), "ASSAULT")
    assert "houses" in names(e.targets)


def test_a_titled_surname_takes_the_full_name():
    from wirecoder.events.person_names import expand_name
    from wirecoder.records import Participant

    p = Participant(name="Msgr Romero", mentions=("Msgr Romero",))
    assert expand_name(p, ["Oscar Arnulfo Romero"]).name == "Oscar Arnulfo Romero"


def test_hedge_words_leave_linked_mentions():
    from wirecoder.events.arguments import _unhedged

    assert _unhedged("presumed urban guerrillas") == "urban guerrillas"
    assert _unhedged("so-called death squads") == "death squads"
    assert _unhedged("suspected") == "suspected"


def test_who_claimed_or_was_blamed_for_an_attack_is_its_actor(events_of):
    e = one(events_of("The Red Hand Brigade claimed responsibility for the bombing of the "
                      "power station."), "ASSAULT")
    assert "Red Hand Brigade" in " ".join(names(e.actors))
    e = one(events_of("The police blamed the Popular Army for the bombing of the bridge."),
            "ASSAULT")
    assert "Popular Army" in " ".join(names(e.actors))
    e = one(events_of("The massacre of the villagers was attributed to a death squad."),
            "ASSAULT")
    assert "death squad" in " ".join(names(e.actors))


def test_a_weapon_modifying_its_use_is_the_weapon(events_of):
    e = one(events_of("Masked men attacked the courthouse in Riverton with dynamite sticks."),
            "ASSAULT")
    assert "dynamite" in names(e.weapons)
    e = one(events_of("Gunmen attacked the bus station with machinegun fire on Monday."),
            "ASSAULT")
    assert "machinegun" in names(e.weapons)


def test_victims_identified_in_a_later_sentence_are_targets(events_of):
    e = one(events_of("Gunmen killed three farmers near Riverton on Sunday. The victims were "
                      "identified as Tomas Avila, Luis Brenner and Mario Castell."), "ASSAULT")
    got = " ".join(names(e.targets))
    assert "Tomas Avila" in got and "Mario Castell" in got


def test_who_took_part_in_or_perpetrated_an_attack_is_its_actor(events_of):
    e = one(events_of("The Red Hand Brigade claimed credit for the bombing of the power "
                      "station."), "ASSAULT")
    assert "Red Hand Brigade" in " ".join(names(e.actors))
    e = one(events_of("Two police officers were involved in the murder of the journalist."),
            "ASSAULT")
    assert "officers" in " ".join(names(e.actors))
    e = one(events_of("The prosecutor said Carlos Benz was the perpetrator of the murder of "
                      "the judge."), "ASSAULT")
    assert "Carlos Benz" in " ".join(names(e.actors))
    e = one(events_of("The attack on the courthouse was planned by the Popular Army."),
            "ASSAULT")
    assert "Popular Army" in " ".join(names(e.actors))


def test_an_unlinked_actor_keeps_its_modifiers(events_of):
    e = one(events_of("Heavily armed men attacked the Riverton courthouse on Monday."),
            "ASSAULT")
    assert "Heavily armed men" in names(e.actors)


def test_involvement_in_attacks_in_general_makes_no_event_actor(events_of):
    evs = events_of("The facilitator was involved in attacks against civilians.")
    assert not any(names(e.actors) for e in evs if e.type.plover == "ASSAULT")


def test_who_loses_ground_under_an_attack_is_its_target(events_of):
    e = one(events_of("The rebel army held the valley for years but lost its last fortress in "
                      "2016 under Russian air strikes."), "ASSAULT")
    assert "rebel army" in " ".join(names(e.targets)).lower()
    assert "Russia" in " ".join(names(e.actors)) or "Russian" in " ".join(names(e.actors))
