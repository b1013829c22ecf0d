"""Round 14 (r14det) fixes in which events exist and their type. Sentences written for these
tests."""

from .conftest import one


def _types(evs):
    return [e.type.plover for e in evs]


def test_shot_dead_after_a_noun_is_a_shooting(events_of):
    # the parser reads "a scooter shot" as a noun and "dead" as the clause's head
    ev = one(events_of("Two gunmen on a scooter shot dead a school teacher in Pattani "
                       "province on Monday."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Attack"
    assert "ASSAULT" in _types(events_of("Police said men on a pickup shot dead a farmer near "
                                         "the border."))


def test_forces_flown_or_airlifted_in_are_a_deployment(events_of):
    assert "MOBILIZE" in _types(events_of("Some 800 extra riot police were flown to the "
                                          "eastern province on Thursday, officials said."))
    assert "MOBILIZE" in _types(events_of("Two hundred soldiers were airlifted to the "
                                          "island overnight."))
    assert "MOBILIZE" in _types(events_of("The navy dispatched two frigates to the strait on "
                                          "Sunday."))


def test_the_wounded_flown_to_hospital_are_no_deployment(events_of):
    assert "MOBILIZE" not in _types(events_of("The injured policeman was flown by helicopter "
                                              "to a hospital in the capital."))
    assert "MOBILIZE" not in _types(events_of("The president flew to Rome on Monday."))


def test_a_vessel_sent_to_guard_is_a_deployment(events_of):
    assert "MOBILIZE" in _types(events_of("Norway's coast guard sent a patrol vessel on Friday "
                                          "to protect the gas pipeline."))


def test_thousands_of_troops_sent_are_forces_not_aid(events_of):
    evs = events_of("The government has sent thousands of additional soldiers to the province "
                    "since January.")
    assert "MOBILIZE" in _types(evs) and "AID" not in _types(evs)


def test_rejecting_an_accusation_is_a_denial_not_a_refusal(events_of):
    assert "REJECT" not in _types(events_of("The militia rejected the allegations as "
                                            "politically motivated."))
    assert "REJECT" not in _types(events_of("Party leaders rejected the accusation on "
                                            "Sunday."))
    assert "REJECT" in _types(events_of("The junta rejected the mediators' offer of talks."))
    assert "REJECT" in _types(events_of("The cabinet rejected what it called the bloc's "
                                        "ultimatums."))


def test_armed_men_blocking_roads_is_a_blockade_not_a_protest(events_of):
    ev = one(events_of("Militants blocked the main highway to the port with burning tyres on "
                       "Monday."), "COERCE")
    assert ev.type.acled_sub_event_type is None
    assert "PROTEST" not in _types(events_of("Armed men blocked the road to the airport."))
    assert "PROTEST" in _types(events_of("Striking dockers blocked roads into the city on "
                                         "Monday."))


def test_a_quoted_condemning_name_is_an_accusation(events_of):
    # (the parser reads the quoted predicate as an apposition of the object)
    assert "ACCUSE" in _types(events_of("The opposition leader called the raid \"an act of "
                                        "state terrorism\" and said he would appeal."))


def test_suspended_relief_work_is_a_sanction(events_of):
    ev = one(events_of("The agency said relief operations in the district had been suspended "
                       "until further notice."), "SANCTION")
    assert ev.type.plover_mode == "discontinue"
    assert "SANCTION" not in _types(events_of("The mining company suspended operations at "
                                              "the site on Monday."))


def test_what_a_requester_also_said_is_no_part_of_the_request(events_of):
    evs = events_of("The envoy urged the rebels to free the hostages, and said food deliveries "
                    "to the camps had been suspended.")
    assert {"REQUEST", "SANCTION"} <= set(_types(evs))


def test_a_request_turned_down_is_a_refusal(events_of):
    evs = events_of("The fishermen asked the governor for an escort and were refused.")
    assert {"REQUEST", "REJECT"} <= set(_types(evs))
    evs = events_of("The teachers' union requested a meeting with the minister but was "
                    "refused.")
    assert "REJECT" in _types(evs)



def test_a_court_ordering_custody_is_coercion_not_a_demand(events_of):
    evs = events_of("A magistrate on Friday ordered the former mayor to be held in pretrial "
                    "detention while the fraud case is investigated.")
    assert "REQUEST" not in _types(evs) and "COERCE" in _types(evs)
    assert "REQUEST" in _types(events_of("The judge ordered the police to find those "
                                         "responsible."))
