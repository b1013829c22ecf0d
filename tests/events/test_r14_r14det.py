"""Round 14 (r14det) fixes in which events exist and their type. Sentences written for these
tests."""

from .conftest import one, plovers


def test_shot_dead_after_a_noun_is_a_shooting(events_of):
    # the parser reads "a scooter shot" as a noun and "dead" as the clause's head
    ev = one(events_of("Two gunmen on a scooter shot dead a school teacher in Pattani "
                       "province on Monday."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Attack"
    assert "ASSAULT" in plovers(events_of("Police said men on a pickup shot dead a farmer near "
                                         "the border."))


def test_forces_flown_or_airlifted_in_are_a_deployment(events_of):
    assert "MOBILIZE" in plovers(events_of("Some 800 extra riot police were flown to the "
                                          "eastern province on Thursday, officials said."))
    assert "MOBILIZE" in plovers(events_of("Two hundred soldiers were airlifted to the "
                                          "island overnight."))
    assert "MOBILIZE" in plovers(events_of("The navy dispatched two frigates to the strait on "
                                          "Sunday."))


def test_the_wounded_flown_to_hospital_are_no_deployment(events_of):
    assert "MOBILIZE" not in plovers(events_of("The injured policeman was flown by helicopter "
                                              "to a hospital in the capital."))
    assert "MOBILIZE" not in plovers(events_of("The president flew to Rome on Monday."))


def test_a_vessel_sent_to_guard_is_a_deployment(events_of):
    assert "MOBILIZE" in plovers(events_of("Norway's coast guard sent a patrol vessel on Friday "
                                          "to protect the gas pipeline."))


def test_thousands_of_troops_sent_are_forces_not_aid(events_of):
    evs = events_of("The government has sent thousands of additional soldiers to the province "
                    "since January.")
    assert "MOBILIZE" in plovers(evs) and "AID" not in plovers(evs)


def test_rejecting_an_accusation_is_a_denial_not_a_refusal(events_of):
    assert "REJECT" not in plovers(events_of("The militia rejected the allegations as "
                                            "politically motivated."))
    assert "REJECT" not in plovers(events_of("Party leaders rejected the accusation on "
                                            "Sunday."))
    assert "REJECT" in plovers(events_of("The junta rejected the mediators' offer of talks."))
    assert "REJECT" in plovers(events_of("The cabinet rejected what it called the bloc's "
                                        "ultimatums."))


def test_armed_men_blocking_roads_is_a_blockade_not_a_protest(events_of):
    ev = one(events_of("Militants blocked the main highway to the port with burning tyres on "
                       "Monday."), "COERCE")
    assert ev.type.acled_sub_event_type is None
    assert "PROTEST" not in plovers(events_of("Armed men blocked the road to the airport."))
    assert "PROTEST" in plovers(events_of("Striking dockers blocked roads into the city on "
                                         "Monday."))


def test_a_quoted_condemning_name_is_an_accusation(events_of):
    # (the parser reads the quoted predicate as an apposition of the object)
    assert "ACCUSE" in plovers(events_of("The opposition leader called the raid \"an act of "
                                        "state terrorism\" and said he would appeal."))


def test_suspended_relief_work_is_a_sanction(events_of):
    ev = one(events_of("The agency said relief operations in the district had been suspended "
                       "until further notice."), "SANCTION")
    assert ev.type.plover_mode == "discontinue"
    assert "SANCTION" not in plovers(events_of("The mining company suspended operations at "
                                              "the site on Monday."))


def test_what_a_requester_also_said_is_no_part_of_the_request(events_of):
    evs = events_of("The envoy urged the rebels to free the hostages, and said food deliveries "
                    "to the camps had been suspended.")
    assert {"REQUEST", "SANCTION"} <= set(plovers(evs))


def test_a_request_turned_down_is_a_refusal(events_of):
    evs = events_of("The fishermen asked the governor for an escort and were refused.")
    assert {"REQUEST", "REJECT"} <= set(plovers(evs))
    evs = events_of("The teachers' union requested a meeting with the minister but was "
                    "refused.")
    assert "REJECT" in plovers(evs)


def test_a_court_ordering_custody_is_coercion_not_a_demand(events_of):
    evs = events_of("A court in Kano ordered the four journalists to be remanded in custody "
                    "until their trial.")
    assert "COERCE" in plovers(evs) and "REQUEST" not in plovers(evs)
    evs = events_of("A magistrate on Friday ordered the former mayor to be held in pretrial "
                    "detention while the fraud case is investigated.")
    assert "REQUEST" not in plovers(evs) and "COERCE" in plovers(evs)
    assert "REQUEST" in plovers(events_of("The judge ordered the police to find those "
                                         "responsible."))


def test_the_same_demand_by_other_speakers_is_another_event(events_of):
    evs = events_of("The UN envoy condemned the raid and called on the military authorities "
                    "to protect the minority. A priest said villagers had asked the "
                    "authorities last month for permission to arm night watchmen.")
    assert plovers(evs).count("REQUEST") == 2


def test_a_concession_alleged_by_an_accusation_is_no_event(events_of):
    evs = events_of("The interior minister accused the neighbouring government of allowing "
                    "rebel fighters to cross the border.")
    assert "CONCEDE" not in plovers(evs) and "ACCUSE" in plovers(evs)


def test_a_second_demanded_act_is_part_of_the_demand(events_of):
    evs = events_of("Village chiefs demanded on Monday that the militia withdraw its fighters "
                    "from the market towns and hand the checkpoints over to the police.")
    assert plovers(evs) == ["REQUEST"]
    evs = events_of("The ambassador urged the government to respect press freedom and to "
                    "investigate all reports of abuse by the police.")
    assert plovers(evs) == ["REQUEST"]


def test_a_court_order_and_the_arrest_before_it_are_two_events(events_of):
    evs = events_of("A magistrate on Friday ordered the former governor to be held in custody "
                    "pending trial. The former governor was arrested last month in Kaduna by "
                    "anti-graft agents.")
    assert plovers(evs).count("COERCE") == 2


def test_a_crowd_gathered_demanding_is_a_protest(events_of):
    ev = one(events_of("Families of the men detained on Friday gathered outside the prison "
                       "that night, demanding to see them."), "PROTEST")
    # the arrest told of the protesters is no intervention in their protest
    assert ev.type.acled_sub_event_type == "Peaceful protest"
    assert "PROTEST" in plovers(events_of("Hundreds of herders gathered outside the town hall "
                                         "on Monday, demanding compensation for the cattle."))


def test_munitions_counted_back_and_shot_down_are_disrupted(events_of):
    evs = events_of("Three rockets were fired at the airbase overnight. Two were shot down by "
                    "air defences, the army said.")
    assert "Disrupted weapons use" in [e.type.acled_sub_event_type for e in evs]


def test_drones_that_target_a_base_are_a_strike(events_of):
    ev = one(events_of("Two drones targeted a French army base near the border on Sunday."),
             "ASSAULT")
    assert ev.type.acled_sub_event_type == "Air/drone strike"
    assert "ASSAULT" not in plovers(events_of("The campaign targeted young voters in the "
                                             "cities."))


def test_reserving_the_right_to_respond_is_a_threat(events_of):
    evs = events_of("A foreign ministry spokesman said Niger \"reserves the right to respond\" "
                    "to any new incursion.")
    assert "THREATEN" in plovers(evs)
    assert "THREATEN" in plovers(events_of("Tehran reserves the right to take all necessary "
                                          "measures, the ministry said."))
    assert plovers(events_of("The company reserves the right to change its prices.")) == []


def test_a_vow_of_justice_is_no_agreement(events_of):
    assert "AGREE" not in plovers(events_of("The governor visited the injured on Sunday and "
                                           "promised that the attackers would be punished."))
    assert "AGREE" not in plovers(events_of("The prime minister vowed to bring the killers to "
                                           "justice."))
    assert "AGREE" in plovers(events_of("The militia promised to free the aid workers on "
                                       "Friday."))


def test_a_cable_cut_is_no_sanction(events_of):
    assert "SANCTION" not in plovers(events_of("The grid operator said the undersea cable was "
                                              "cut late on Friday, halving capacity."))
    assert "SANCTION" in plovers(events_of("The government cut electricity and water supplies "
                                          "to the besieged town."))


def test_an_attack_on_peacekeepers_is_a_clash(events_of):
    ev = one(events_of("Six peacekeepers were wounded when they were attacked by the rebels "
                       "near Bunia in June."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Armed clash"


def test_a_seized_craft_and_its_detained_crew_are_two_events(events_of):
    evs = events_of("Coast guards seized a fishing trawler off the island on Monday. Police "
                    "said they had detained nine of its crew.")
    assert sorted(e.type.plover_mode for e in evs) == ["arrest", "seize"]
    evs = events_of("Navy commandos seized an oil tanker on Friday on suspicion that it had "
                    "smuggled fuel. Its captain was arrested.")
    assert "seize" in [e.type.plover_mode for e in evs if e.type.plover == "COERCE"]


def test_a_finite_verb_after_an_urged_infinitive_is_its_own_act(events_of):
    evs = events_of("The general urges the police to be firmer and rejects any talks with the "
                    "gangs.")
    assert {"REQUEST", "REJECT"} <= set(plovers(evs))


def test_a_transport_strike_is_no_air_strike(events_of):
    evs = events_of("The warning also applies to drivers who work during an indefinite "
                    "transportation strike the rebels are scheduled to start on Monday.")
    assert "Air/drone strike" not in [e.type.acled_sub_event_type for e in evs]


def test_a_drone_shot_down_is_no_part_of_an_arrest_told_before(events_of):
    evs = events_of("The militia said its forces had arrested 12 smugglers on Monday. "
                    "Separately, three drones targeted an army base near the border. Two were "
                    "shot down, a spokesman said.")
    assert "Disrupted weapons use" in [e.type.acled_sub_event_type for e in evs]


def test_a_stance_that_says_who_a_group_is_is_no_event(events_of):
    evs = events_of("The army blamed a faction of former rebels who rejected the 2016 peace "
                    "accord.")
    assert "REJECT" not in plovers(evs)
    evs = events_of("The militia, which has pledged allegiance to al-Qaeda, has killed dozens "
                    "of villagers.")
    assert "AGREE" not in plovers(evs)
    assert "REJECT" in plovers(events_of("Rebel commanders, who rejected the truce on Monday, "
                                        "attacked a town."))


def test_allowing_is_a_concession_only_when_someone_grants_it(events_of):
    assert "CONCEDE" not in plovers(events_of("The lorries were held for hours before the "
                                             "convoy was allowed to continue to the camp."))
    assert "CONCEDE" not in plovers(events_of("Troops cordoned off the house and called out the "
                                             "family, allowing them to leave safely."))
    assert "CONCEDE" in plovers(events_of("The junta allowed UN inspectors into the country on "
                                         "Monday."))
    assert "CONCEDE" in plovers(events_of("The electoral court decided to allow the opposition "
                                         "leader to stand in the election."))
