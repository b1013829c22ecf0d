"""Who says so: the claimants of events, named as a coder names them, with the relays and
sources a report credits, and without rules, texts or the sayer's own acts taken for sources
(round 15, `events.claims` / `events.claimant_names`)."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import one, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 10))


def _sayers(ev) -> list[str]:
    return [c.claimant.name for c in ev.claims]


def _said(ev) -> set[str]:
    """Every name and mention of the event's claimants, lower-cased."""
    return {m.lower() for c in ev.claims for m in (c.claimant.name, *c.claimant.mentions)}


def test_an_office_is_named_with_what_it_is_held_for(run):
    ev = one(run("Nine miners were hurt when a blast ripped through a pit near Korvin on "
                 "Monday, according to the director of the Korvin-Ost clinic."), "ASSAULT")
    assert "director of the Korvin-Ost clinic" in _sayers(ev)
    ev = one(run("A roadside mine killed two herders near Ambel on Sunday, said the head of "
                 "the herders' cooperative."), "ASSAULT")
    assert "head of the herders' cooperative" in _sayers(ev)


def test_a_statement_carried_by_a_news_agency_credits_the_agency_too(run):
    ev = one(run("The Black Banner group claimed responsibility for an attack that killed six "
                 "guards in Polvo on Monday, in a statement carried by its Rasad news agency."),
             "ASSAULT")
    assert {"black banner group", "rasad news agency"} <= {n.lower() for n in _sayers(ev)}
    ev = one(run("Naval gunboats shelled a fishing harbour near Quell on Sunday, killing three "
                 "fishermen, the navy said in a statement carried by the state news agency "
                 "Marinform."), "ASSAULT")
    assert "Marinform" in _sayers(ev)


def test_a_cited_source_is_a_claimant_too(run):
    ev = one(run("Commandos killed seven smugglers in a raid near Teros on Sunday, the news "
                 "agency Portal24 reported, citing an army source."), "ASSAULT")
    assert "army source" in {n.lower() for n in _sayers(ev)}


def test_a_descriptor_gives_way_to_the_name_after_it(run):
    ev = one(run("HALVIK, Norvia, March 10 (Reuters) - Internet access was cut off in Halvik "
                 "on Monday, the watchdog group LineCheck reported."), "COERCE")
    assert _sayers(ev) == ["LineCheck"]


def test_a_rule_followed_is_no_source(run):
    ev = one(run("Police detained 25 traders in Ostrel on Sunday and said they would be "
                 "punished according to the regulations, a police official said."), "COERCE")
    assert not {"regulations", "regulation"} & _said(ev)


def test_the_statement_said_credits_who_issued_it(run):
    events = run("A drone hit a power station near Brenn on Sunday, the air force said in a "
                 "statement on Monday. The statement said three technicians were killed in "
                 "the attack.")
    ev = one(events, "ASSAULT")
    assert "statement" not in _said(ev)
    assert _sayers(ev)


def test_what_the_sayer_goes_on_to_do_is_its_own_act(run):
    ev = one(run("ARDA, Velm, March 10 (Reuters) - The interior ministry said the march was "
                 "illegal and demanded that the army withdraw from the town."), "REQUEST")
    assert _sayers(ev) == []


def test_sources_after_a_comma_coordinated_by_the_parser(run):
    ev = one(run("TARVO, Sorvia, March 9 (AP) - Gunmen abducted 15 pupils from a school in "
                 "Tarvo on Sunday, witnesses and a teacher told AFP."), "ASSAULT")
    assert {"witnesses", "teacher"} <= {n.lower() for n in _sayers(ev)}


def test_a_source_told_twice_is_one_claimant(run):
    ev = one(run("Bandits killed a trader in Perrow on Monday, the district officer told AFP, "
                 "adding that two of his porters were wounded."), "ASSAULT")
    assert len(_sayers(ev)) == len(set(_sayers(ev))) == 1


def test_a_possessive_office_keeps_its_owner(run):
    ev = one(run("Soldiers shot dead three poachers near Vessa on Monday, her office said."),
             "ASSAULT")
    assert "her office" in _said(ev)
def test_the_accuser_says_the_act_happened(run):
    events = run("A village elder accused the militia of burning five houses in Tarsk on "
                 "Sunday.")
    burned = [e for e in events if e.type.plover == "ASSAULT"]
    assert burned and "village elder" in {n.lower() for n in _sayers(burned[0])}




def test_a_quoted_source_is_a_claimant_too(run):
    ev = one(run("Raiders killed five herders near Gambo on Sunday, the state-run Velian "
                 "Press Service said, quoting a district chief."), "ASSAULT")
    assert {"velian press service", "district chief"} <= {n.lower() for n in _sayers(ev)}


def test_a_second_figure_credits_its_source(run):
    ev = one(run("The interior ministry said 12 people were killed in the bombing of a bus "
                 "depot in Karn on Sunday, while the provincial governor put the toll at 20."),
             "ASSAULT")
    assert "provincial governor" in {n.lower() for n in _sayers(ev)}


def test_a_person_at_a_place_of_work(run):
    ev = one(run("A grenade wounded four miners at a canteen near Orrel on Monday, said a "
                 "nurse at the district clinic."), "ASSAULT")
    assert "nurse at the district clinic" in {n.lower() for n in _sayers(ev)}


def test_a_noun_possessor_is_kept(run):
    ev = one(run("Gunmen kidnapped a trader in Selm on Monday, the mayor's spokeswoman said."),
             "ASSAULT")
    assert any("mayor's spokeswoman" in s for s in _said(ev))


def test_an_office_phrase_stops_before_a_clause_on_it(run):
    ev = one(run("Eleven people were hurt when a grenade exploded in a bus queue in Marvel on "
                 "Sunday, according to the director of Saint-Anne clinic, where the wounded "
                 "were taken."), "ASSAULT")
    assert "director of Saint-Anne clinic" in _sayers(ev)


def test_each_source_after_according_to(run):
    ev = one(run("Three guards and four miners were hurt when a grenade hit the gate of a "
                 "mine in Orsk on Monday, according to the police and the union."), "ASSAULT")
    assert {"police", "union"} <= {n.lower().split()[-1] for n in _sayers(ev)}


def test_a_spokesman_named_by_his_group_keeps_the_phrase(run):
    ev = one(run("Moroccan forces shelled a desert camp near Mahbes on Sunday, killing two "
                 "herders, a Polisario military spokesman said."), "ASSAULT")
    assert "polisario military spokesman" in _said(ev)


def test_sources_the_parser_hung_on_the_phrase_before_the_comma(run):
    ev = one(run("LOMAR, Tesk, May 3 (AFP) - Three farmers were shot dead near Lomar on "
                 "Friday as soldiers dispersed a sit-in against the sale of the communal land, "
                 "neighbours and a clinic nurse told AFP."), "ASSAULT")
    assert {"neighbours", "clinic nurse"} <= {n.lower() for n in _sayers(ev)}


def test_information_gathered_by_a_source(run):
    ev = one(run("According to information gathered by the monitoring mission, militiamen "
                 "killed nine fishermen near the lake on Monday night."), "ASSAULT")
    assert "monitoring mission" in {n.lower() for n in _sayers(ev)}
    assert "information" not in _said(ev)


def test_people_known_by_a_short_clause_keep_it(run):
    ev = one(run("A harbour official told Reuters that crewmen who escaped had said nine of "
                 "their mates were abducted by raiders off Cape Morra on Sunday."), "ASSAULT")
    assert "crewmen who escaped" in {n.lower() for n in _sayers(ev)}


def test_an_act_confirmed_by_an_agent(run):
    ev = one(run("Masked men shot dead a customs inspector in Velden on Sunday. The killing "
                 "was confirmed by the district prosecutor."), "ASSAULT")
    assert "district prosecutor" in {n.lower() for n in _sayers(ev)}


def test_citing_on_the_sayer(run):
    ev = one(run("Regional radio, citing ambulance crews, said six people were killed when a "
                 "rocket hit a bus stop in Terno on Monday."), "ASSAULT")
    assert "ambulance crews" in {n.lower() for n in _sayers(ev)}


def test_a_source_close_to_something(run):
    ev = one(run("A source close to the inquiry said police had detained four suspects over "
                 "the robbery of a jeweller in Marsk on Sunday."), "COERCE")
    assert "source close to the inquiry" in {n.lower() for n in _sayers(ev)}


def test_a_denial_remarked_on_a_claim_is_not_the_claimants(run):
    events = run("ZEL, Varo, March 10 (Reuters) - The insurgents said on Monday they had "
                 "taken the airfield at Zel, a claim the army denied.")
    denials = [e for e in events if e.type.plover == "REJECT"]
    assert not denials or "insurgents" not in {n.lower() for n in _sayers(denials[0])}


def test_an_unnamed_relay_is_not_a_claimant(run):
    ev = one(run("Agents arrested six alleged smugglers in Dorvik on Sunday, the customs "
                 "ministry said in a statement carried by state media."), "COERCE")
    assert "state media" not in _said(ev)
    assert "customs ministry" in {n.lower() for n in _sayers(ev)}


def test_the_body_named_before_says_so(run):
    ev = one(run("KORVA, Ulm, May 2 (Reuters) - Fighters of the Black Crane group ambushed a "
                 "police convoy near Korva on Friday, killing four officers, the group said "
                 "in a post on Telegram."), "ASSAULT")
    assert "black crane group" in {n.lower() for n in _sayers(ev)}
