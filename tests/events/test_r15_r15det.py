"""Round 15 (r15det) fixes in which events exist and their type. Sentences written for these
tests."""

from .conftest import one, plovers


def _assaults(evs):
    return [e for e in evs if e.type.plover == "ASSAULT"]


def test_killing_inside_a_firefight_is_an_armed_clash(events_of):
    for text in ("Police killed three suspects in a gunfight in the city on Sunday.",
                 "Two smugglers were killed in an exchange of fire with border guards.",
                 "Soldiers shot dead four rebels during a clash near the river."):
        ev = one(events_of(text), "ASSAULT")
        assert ev.type.acled_sub_event_type == "Armed clash", text


def test_a_civilian_killed_in_a_shootout_stays_an_attack(events_of):
    for text in ("Militants killed two hostages in Kandahar on Friday.",
                 "A local photographer was killed in a shootout in the port city on Sunday."):
        assert one(events_of(text), "ASSAULT").type.acled_sub_event_type == "Attack", text


def test_a_fight_after_a_bombing_is_its_own_event(events_of):
    for text in ("A roadside bomb struck an army truck near Gao on Tuesday, killing three "
                 "soldiers. Hours after the blast, troops began searching villages in the area. "
                 "Two suspected jihadists were killed in an exchange of fire and four others "
                 "were detained, the army said.",
                 "A roadside bomb struck an army truck near Gao on Tuesday, killing three "
                 "soldiers. Two suspected jihadists were killed in a gunfight later that day, "
                 "the army said."):
        kinds = sorted(e.type.acled_sub_event_type for e in _assaults(events_of(text)))
        assert kinds == ["Armed clash", "Remote explosive/landmine/IED"], text


def test_a_fight_with_pursued_attackers_is_its_own_event(events_of):
    evs = events_of("Gunmen ambushed a police convoy near Tillaberi on Monday, killing four "
                    "officers. Soldiers who chased the assailants killed two of them in a "
                    "firefight, the army said.")
    assert len(_assaults(evs)) == 2


def test_an_order_to_send_forces_is_their_deployment(events_of):
    for text in ("The governor ordered the police to send reinforcements to the district.",
                 "The president ordered the army to send 300 troops to the border town."):
        types = plovers(events_of(text))
        assert "MOBILIZE" in types and "REQUEST" not in types, text


def test_the_dispatch_of_troops_is_a_deployment(events_of):
    assert "MOBILIZE" in plovers(events_of("The minister announced the dispatch of 500 more "
                                          "soldiers to the valley."))
    assert "MOBILIZE" not in plovers(events_of("The reporter filed a dispatch from the front "
                                              "on Monday."))


def test_irregular_takers_taking_people_from_a_place_abduct_them(events_of):
    for text in ("Masked gunmen took two teachers from the school on Friday.",
                 "Unidentified men took three aid workers from their car near the border."):
        ev = one(events_of(text), "ASSAULT")
        assert ev.type.acled_sub_event_type == "Abduction/forced disappearance", text
    assert "ASSAULT" not in plovers(events_of("Police took the suspect from his home to the "
                                             "station."))


def test_shot_while_a_protest_is_broken_up_is_excessive_force(events_of):
    evs = events_of("Three youths were shot dead in Niamey on Sunday as soldiers broke up a "
                    "banned rally against the junta.")
    ev = one(evs, "ASSAULT")
    assert ev.type.acled_sub_event_type == "Excessive force against protesters"


def test_the_protest_broken_up_is_the_protest_told_next(events_of):
    evs = events_of("Three men were shot dead in Freetown on Monday as soldiers broke up a "
                    "banned opposition rally, witnesses said. Hundreds of demonstrators "
                    "gathered near the stadium, where youths hurled stones at soldiers.")
    assert plovers(evs).count("PROTEST") == 1


def test_a_toll_update_is_the_attack_it_counts(events_of):
    evs = events_of("The death toll from the shelling of a busy square in Donetsk has risen to "
                    "16, local officials said Friday, up from 7 reported on the day of the "
                    "attack. At least 30 other people were wounded when rockets slammed into "
                    "the square on Wednesday afternoon.")
    assert len(_assaults(evs)) == 1


def test_saying_an_act_was_a_violation_condemns_it(events_of):
    for text in ("The ministry said the incursion was a blatant violation of its airspace.",
                 "The opposition said the decree was illegal."):
        assert "ACCUSE" in plovers(events_of(text)), text
    assert "ACCUSE" not in plovers(events_of("The ministry said the flight was no violation of "
                                            "the treaty."))


def test_a_court_ordering_someone_held_is_its_own_custody_event(events_of):
    evs = events_of("A court in Multan on Thursday ordered a former mayor held in judicial "
                    "custody for 14 more days. The former mayor was arrested at his farm on "
                    "Monday by anti-corruption officers.")
    assert plovers(evs).count("COERCE") == 2


def test_people_detained_while_a_crowd_is_policed_are_another_arrest(events_of):
    evs = events_of("The union leader was arrested at his office in Durban on Monday, police "
                    "said. On Tuesday about 500 workers marched to the police station. Officers "
                    "used batons to push them back, and 22 people were detained.")
    arrests = [e for e in evs if e.type.acled_sub_event_type == "Arrests"]
    assert len(arrests) == 2


def test_boats_sent_to_an_area_are_a_deployment(events_of):
    assert "MOBILIZE" in plovers(events_of("The coast guard said it had stepped up patrols along "
                                          "the river and sent two additional boats to the "
                                          "area."))


def test_a_demand_for_people_to_be_returned_is_a_request(events_of):
    evs = events_of("The foreign ministry summoned the Chinese charge d'affaires on Monday and "
                    "demanded the immediate return of the fishermen.")
    assert "REQUEST" in plovers(evs)


def test_what_happened_in_earlier_cases_is_background(events_of):
    evs = events_of("Gunmen seized two trawlers off the coast on Friday. In previous cases, "
                    "most crews were released after weeks of talks.")
    assert [e.modality for e in evs if e.type.plover == "RETREAT"] == ["historical"]


def test_rebels_taking_crews_away_abduct_them(events_of):
    ev = one(events_of("Rebels seized two fishing boats off the coast on Sunday and took their "
                       "crews to a nearby island."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Abduction/forced disappearance"


def test_something_slamming_into_a_place_is_no_criticism(events_of):
    evs = events_of("At least 30 people were wounded when rockets slammed into the square on "
                    "Wednesday afternoon.")
    assert "ACCUSE" not in plovers(evs) and "ASSAULT" in plovers(evs)
    assert "ACCUSE" in plovers(events_of("The opposition slammed the budget as a betrayal."))


def test_what_no_one_has_done_is_no_refusal(events_of):
    assert "REJECT" not in plovers(events_of("The region declared independence in 1993 but has "
                                            "not been recognized by any member of the United "
                                            "Nations."))


def test_the_kind_of_act_a_ban_forbids_is_no_event(events_of):
    types = plovers(events_of("The governor extended the ban on rallies until June 2027."))
    assert "PROTEST" not in types and "COERCE" in types
    assert "PROTEST" in plovers(events_of("Thousands joined rallies on Sunday despite a ban."))


def test_denying_wrongdoing_is_no_refusal(events_of):
    assert "REJECT" not in plovers(events_of("The former governor has denied any wrongdoing."))
    assert "REJECT" in plovers(events_of("The government denied the request for asylum."))


def test_a_toll_update_two_sentences_before_the_attack_is_the_attack(events_of):
    evs = events_of("The death toll from the shelling of a crowded bus station in Kherson has "
                    "risen to 14, regional officials said Thursday. Three of the dead were "
                    "children. At least 20 other people were wounded when shells struck the "
                    "station on Tuesday morning, a hospital director said.")
    assert len(_assaults(evs)) == 1


def test_a_body_described_as_backing_another_is_no_support_event(events_of):
    types = plovers(events_of("Iran, which leads the alliance backing the rebels, also condemned "
                             "the strike."))
    assert "SUPPORT" not in types and "ACCUSE" in types
    assert "SUPPORT" not in plovers(events_of("Militias supporting the army seized the town."))
    assert "SUPPORT" in plovers(events_of("The president backed the plan on Monday."))
