"""Round 13 (r13probe) fixes found by probing invented diplomatic, cooperation and legal wire
copy: prisoner swaps, an appeals court upholding a sentence, a diplomat declared persona non
grata, a phone call between leaders, the ministers of two countries meeting, a court
striking down a law, an ambassador recalled, the flag of a ship fired at. Sentences written
for these tests."""

from datetime import date

import pytest

from .conftest import names, one, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 6))


def test_two_states_that_swap_prisoners_free_them(linked_events_of):
    ev = one(linked_events_of("Ghana and Togo exchanged 12 prisoners at the Aflao crossing on "
                              "Thursday, officials said."), "RETREAT")
    assert names(ev.actors) == ["Ghana"]
    assert names(ev.targets) == ["Togo"]


def test_a_swap_of_captured_people_is_a_release(linked_events_of):
    evs = linked_events_of("Sudan and Chad swapped 35 detained fishermen on Thursday.")
    assert [e.type.plover for e in evs] == ["RETREAT"]


def test_swapping_views_is_no_release(linked_events_of):
    evs = linked_events_of("The two envoys exchanged views on grain exports on Thursday.")
    assert not [e for e in evs if e.type.plover == "RETREAT"]


def test_an_appeals_court_upholding_a_sentence_finds_guilty(linked_events_of):
    ev = one(linked_events_of("A court of appeal in Mombasa on Thursday upheld a life sentence "
                              "against a former police officer for murder."), "ACCUSE")
    assert any("officer" in n for n in names(ev.targets))


def test_upholding_a_ban_is_no_verdict(linked_events_of):
    evs = linked_events_of("The top court in Lusaka upheld a ban on street trading.")
    assert not [e for e in evs if e.type.plover == "ACCUSE"]


def test_a_diplomat_declared_persona_non_grata_is_expelled(linked_events_of):
    evs = linked_events_of("Lithuania declared a Chinese trade attache persona non grata on "
                           "Thursday and told him to leave the country within a week.")
    ev = one(evs, "SANCTION")
    assert any("attache" in n for n in names(ev.targets))
    assert not [e for e in evs if e.type.plover == "REQUEST"]


def test_leaders_who_speak_by_telephone_consult(linked_events_of):
    ev = one(linked_events_of("Brazil's president spoke by telephone with the Argentine leader "
                              "on Thursday about beef tariffs."), "CONSULT")
    assert ev.type.plover_mode == "phone"


def test_a_phone_call_between_leaders_is_a_consultation(linked_events_of):
    ev = one(linked_events_of("The Danish and Swedish prime ministers held a phone call on "
                              "Thursday."), "CONSULT")
    assert ev.type.plover_mode == "phone"


def test_the_ministers_of_two_states_meet_for_their_states(linked_events_of):
    ev = one(linked_events_of("The defence ministers of Kenya and Uganda met in Kampala on "
                              "Thursday."), "CONSULT")
    assert names(ev.actors) == ["Kenya"]
    assert names(ev.targets) == ["Uganda"]


def test_a_ransom_demanded_in_a_phone_call_is_no_consultation(linked_events_of):
    evs = linked_events_of("The abductors demanded $20,000 in a telephone call to the victim's "
                           "brother on Sunday, police said.")
    assert not [e for e in evs if e.type.plover == "CONSULT"]


def test_a_diplomat_declared_persona_non_grata_later_is_the_same_expulsion(linked_events_of):
    evs = linked_events_of("Guyana on Monday ordered the Venezuelan consul to leave the country "
                           "within 48 hours. A foreign ministry spokesman said the consul had "
                           "been declared persona non grata over remarks on the border.")
    assert len([e for e in evs if e.type.plover == "SANCTION"]) == 1


def test_a_release_and_a_withdrawal_stay_two_acts(linked_events_of):
    evs = linked_events_of("Ecuador and Peru have swapped hundreds of prisoners since the "
                           "observers pulled out of the border zone in 2019.")
    modes = {e.type.plover_mode for e in evs if e.type.plover == "RETREAT"}
    assert {"release", "withdraw"} <= modes


def test_two_states_that_agree_act_with_each_other(linked_events_of):
    ev = one(linked_events_of("Peru and Bolivia agreed on Thursday to reopen their border "
                              "crossings."), "AGREE")
    assert names(ev.actors) == ["Peru"]
    assert names(ev.targets) == ["Bolivia"]


def test_states_that_accuse_each_other_accuse_the_other(linked_events_of):
    ev = one(linked_events_of("Sudan and Chad accused each other on Thursday of arming "
                              "rebels."), "ACCUSE")
    assert names(ev.actors) == ["Sudan"]
    assert names(ev.targets) == ["Chad"]


def test_states_that_trade_accusations_accuse_each_other(linked_events_of):
    ev = one(linked_events_of("Serbia and Croatia traded accusations on Thursday over a border "
                              "incident."), "ACCUSE")
    assert names(ev.actors) == ["Serbia"]
    assert names(ev.targets) == ["Croatia"]


def test_a_leader_who_receives_a_visitor_hosts_a_meeting(linked_events_of):
    ev = one(linked_events_of("Ghana's president received the visiting Liberian foreign "
                              "minister in Accra on Thursday."), "CONSULT")
    assert ev.type.plover_mode == "host"
    assert any("minister" in n for n in names(ev.targets))


def test_welcoming_a_decision_is_still_support(linked_events_of):
    evs = linked_events_of("Ghana's president welcomed the court's decision on Thursday.")
    assert not [e for e in evs if e.type.plover == "CONSULT"]


def test_a_supreme_court_confirming_a_sentence_finds_guilty(linked_events_of):
    ev = one(linked_events_of("The Supreme Court in Santiago on Thursday confirmed a ten-year "
                              "sentence for a retired army general."), "ACCUSE")
    assert any("general" in n for n in names(ev.targets))


def test_aid_pledged_is_one_promise_to_the_receiver(run):
    evs = run("OSLO (AP) - Norway pledged $8 million in emergency aid to Malawi on Thursday "
              "after the floods.")
    assert [e.type.plover for e in evs] == ["AGREE"]
    assert names(evs[0].targets) == ["Malawi"]


def test_a_court_striking_down_a_law_strikes_no_one(linked_events_of):
    evs = linked_events_of("Malawi's constitutional court on Thursday struck down a law "
                           "banning street vendors from the capital.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]


def test_prisoners_handed_over_are_no_territory(linked_events_of):
    ev = one(linked_events_of("Iran handed over 12 Iraqi prisoners to Baghdad at the Mehran "
                              "crossing on Thursday."), "RETREAT")
    assert ev.type.acled_sub_event_type is None


def test_states_that_restore_relations_act_with_each_other(linked_events_of):
    ev = one(linked_events_of("Morocco and Iran restored diplomatic relations on Thursday."),
             "SUPPORT")
    assert names(ev.actors) == ["Morocco"]
    assert names(ev.targets) == ["Iran"]


def test_what_a_memorandum_is_about_is_no_party(linked_events_of):
    ev = one(linked_events_of("Hungary and Slovakia signed a memorandum on Thursday on the "
                              "joint purchase of gas."), "SUPPORT")
    assert names(ev.actors) == ["Hungary"]
    assert names(ev.targets) == ["Slovakia"]


def test_the_flag_of_a_ship_fired_at_is_not_where(run):
    evs = run("LAGOS (Reuters) - Pirates fired at a Danish tanker in the Gulf of Guinea on "
              "Thursday.")
    ev = one(evs, "ASSAULT")
    assert ev.location is not None and ev.location.name == "Gulf of Guinea"


def test_an_ambassador_recalled_from_a_country_targets_that_country(linked_events_of):
    ev = one(linked_events_of("Peru recalled its ambassador to Ecuador on Thursday."),
             "SANCTION")
    assert names(ev.targets) == ["Ecuador"]


def test_an_envoy_withdrawn_is_a_recall_not_a_retreat(linked_events_of):
    evs = linked_events_of("Sweden withdrew its ambassador from Baghdad on Thursday.")
    assert [e.type.plover for e in evs] == ["SANCTION"]


def test_sanctions_imposed_on_a_day_on_officials_target_them(linked_events_of):
    ev = one(linked_events_of("Canada imposed sanctions on Thursday on four Haitian gang "
                              "leaders."), "COERCE")
    assert any("leaders" in n for n in names(ev.targets))
