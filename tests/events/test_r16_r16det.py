"""Round 16 (r16det) fixes in which events exist and their type. Sentences written for these
tests."""

from .conftest import one, plovers


def test_forces_ordered_to_a_place_are_a_deployment(events_of):
    assert "MOBILIZE" in plovers(events_of("The prime minister denounced the bombing on Friday "
                                          "and ordered more police to the capital."))
    assert "MOBILIZE" in plovers(events_of("The governor ordered two battalions into the "
                                          "flooded district."))


def test_an_order_to_act_or_to_a_person_is_no_deployment(events_of):
    assert "MOBILIZE" not in plovers(events_of("The judge ordered the witness to the stand."))
    assert "MOBILIZE" not in plovers(events_of("The court ordered the files to the archive."))


def test_travel_suspended_by_an_authority_is_a_restriction(events_of):
    ev = one(events_of("The transport ministry said on Thursday it had suspended all night "
                       "travel on the coastal highway."), "COERCE")
    assert ev.type.acled_sub_event_type is None
    assert "COERCE" in plovers(events_of("Provincial authorities halted traffic into the city "
                                        "on Sunday."))


def test_a_response_vowed_in_a_set_phrase_is_a_threat(events_of):
    evs = events_of("The spokesman said Beijing would respond in an appropriate manner.")
    assert "THREATEN" in plovers(evs)
    assert one(evs, "THREATEN").modality == "asserted"
    assert "THREATEN" in plovers(events_of("The rebels will retaliate in kind, their commander "
                                          "said on Monday."))


def test_a_response_told_as_done_is_no_threat(events_of):
    assert "THREATEN" not in plovers(events_of("Firefighters responded quickly to the blaze."))


def test_a_crowd_gathered_chanting_is_a_protest(events_of):
    assert "PROTEST" in plovers(events_of("About 300 people gathered outside the parliament on "
                                         "Monday, chanting slogans against the new law."))


def test_an_envoy_summoned_to_demand_action_is_a_request(events_of):
    evs = events_of("The interior ministry summoned the neighbour's charge d'affaires on "
                    "Tuesday to demand action.")
    assert "REQUEST" in plovers(evs) and "ACCUSE" in plovers(evs)


def test_rejecting_what_one_calls_insinuations_is_a_denial(events_of):
    assert "REJECT" not in plovers(events_of("The ministry rejected what it called baseless "
                                            "insinuations on Friday."))
    assert "REJECT" not in plovers(events_of("The opposition has accused the army of rigging "
                                            "votes, charges the army denies."))
    assert "REJECT" in plovers(events_of("The junta rejected the mediators' offer of talks."))


def test_an_operation_allowing_a_recovery_is_no_concession(events_of):
    assert "CONCEDE" not in plovers(events_of("The raid also allowed the recovery of three "
                                             "pistols and a radio."))


def test_a_cache_uncovered_is_disrupted_weapons_use(events_of):
    ev = one(events_of("A patrol uncovered a cache containing two mortars and 400 rounds of "
                       "ammunition near the village on Sunday."), "COERCE")
    assert ev.type.acled_sub_event_type == "Disrupted weapons use"


def test_remanded_in_custody_is_coercion(events_of):
    assert "COERCE" in plovers(events_of("The four suspects were remanded in custody until "
                                        "March 3 by a court in Mombasa."))


def test_help_an_organisation_had_given_describes_it(events_of):
    assert "AID" not in plovers(events_of("The court ordered the closure of the charity, which "
                                         "had provided food to refugees from the north."))
    assert "AID" in plovers(events_of("The charity provided food to refugees on Monday."))


def test_protesting_as_the_reason_for_a_detention_is_no_new_protest(events_of):
    assert "PROTEST" not in plovers(events_of("Amnesty urged the government to release those "
                                             "jailed for peacefully protesting."))


def test_a_witness_telling_of_our_men_taken_tells_an_abduction(events_of):
    evs = events_of('"They came at dawn and took three of our boys from the market," a '
                    'shopkeeper said.')
    assert one(evs, "ASSAULT").type.acled_sub_event_type == "Abduction/forced disappearance"


def test_a_second_finite_verb_after_a_demand_is_its_own_act(events_of):
    evs = events_of("The union demanded the release of the activists and called the arrests "
                    "an outrageous act.")
    assert "REQUEST" in plovers(evs) and "ACCUSE" in plovers(evs)


def test_protests_met_by_a_crackdown_are_no_meeting(events_of):
    assert "CONSULT" not in plovers(events_of("The rallies, which began in May, were met by a "
                                             "crackdown in which dozens were killed."))
    assert "CONSULT" not in plovers(events_of("The marchers were met with tear gas on Sunday."))


def test_talks_that_led_to_an_agreement_are_part_of_it(events_of):
    evs = events_of("The two militias agreed on Friday to a truce, after talks mediated by "
                    "tribal elders.")
    assert "CONSULT" not in plovers(evs)
    assert "CONSULT" in plovers(events_of("The two sides held talks in Doha on Monday."))


def test_a_killing_when_a_vehicle_hit_a_bomb_is_an_explosive_attack(events_of):
    evs = events_of("Six police officers were killed and two others wounded when their vehicle "
                    "hit a roadside bomb in the northern county on Friday, officials said.")
    assert one(evs, "ASSAULT").type.acled_sub_event_type == "Remote explosive/landmine/IED"


def test_a_shooting_is_typed_by_its_own_clause_not_a_bomb_beside_it(events_of):
    evs = events_of("Gunmen shot dead a judge outside a court on Friday, and a landmine blast "
                    "killed two soldiers on a road nearby, officials said.")
    shot = [e for e in evs if e.type.plover == "ASSAULT" and e.type.acled_sub_event_type
            != "Remote explosive/landmine/IED"]
    assert shot and shot[0].type.acled_sub_event_type == "Attack"


def test_militants_attacking_an_army_post_fight_an_armed_clash(events_of):
    evs = events_of("Seven soldiers were killed when jihadists attacked an army post near the "
                    "river in the far north on Sunday, the army said.")
    assert one(evs, "ASSAULT").type.acled_sub_event_type == "Armed clash"


def test_agreeing_to_a_ceasefire_is_the_ceasefire(events_of):
    ev = one(events_of("The two militias agreed on Friday to extend the truce by a month."),
             "RETREAT")
    assert ev.type.acled_sub_event_type == "Agreement"
    assert "RETREAT" in plovers(events_of("Rival herders agreed to a ceasefire on Sunday."))


def test_a_shared_object_keeps_two_verbs_one_act(events_of):
    evs = events_of("The court rejected and condemned the leak of the recordings.")
    assert "ACCUSE" not in plovers(evs)


def test_remanded_in_a_headline_without_custody_is_no_event(events_of):
    assert "COERCE" not in plovers(events_of("Court remands former mayor in bribery case"))
