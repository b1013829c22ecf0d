"""Round 13 (w2dipl) fixes in diplomatic and legal events. Sentences written for these
tests."""

from datetime import date

import pytest

from .conftest import names, one, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 10))


# ---------------------------------------------------------------- whose measure it is
def test_a_demonym_on_a_rejected_proposal_is_the_target(linked_events_of):
    ev = one(linked_events_of("Chile on Monday rejected a Bolivian offer to reopen the "
                              "border talks."), "REJECT")
    assert any("Bolivia" in n for n in names(ev.targets))


def test_whoever_imposed_denounced_sanctions_is_the_target(linked_events_of):
    for text in ("Belarus on Friday denounced new Canadian sanctions on its potash exports.",
                 "Belarus on Friday denounced the sanctions imposed by Canada on its potash "
                 "exports."):
        ev = one(linked_events_of(text), "ACCUSE")
        assert any("Canad" in n for n in names(ev.targets)), text


# ---------------------------------------------------------------- one statement
def test_naming_a_rejected_thing_is_no_second_accusation(linked_events_of):
    evs = linked_events_of("Azerbaijan rejected the report on Tuesday, calling it "
                           "baseless.")
    assert [e.type.plover for e in evs] == ["REJECT"]


# ---------------------------------------------------------------- whom it is aimed at
def test_a_mediator_acts_and_the_sides_of_the_talks_are_targets(linked_events_of):
    ev = one(linked_events_of("Norway is mediating talks between Colombia's government and "
                              "the ELN rebels in Oslo, diplomats said."), "CONSULT")
    assert names(ev.actors) == ["Norway"]
    assert len(ev.targets) == 2


def test_a_protest_is_aimed_at_whoever_provoked_it(linked_events_of):
    ev = one(linked_events_of("Vietnam protested on Tuesday after Chinese warships rammed a "
                              "fishing trawler near the Paracel Islands."), "ACCUSE")
    assert ev.targets


def test_a_threat_is_aimed_at_whom_its_condition_names(linked_events_of):
    ev = one(linked_events_of("Turkey threatened reprisals if Greece extended its territorial "
                              "waters."), "THREATEN")
    assert any("Gree" in n for n in names(ev.targets))


def test_a_promise_to_hand_back_is_made_to_the_receiver(linked_events_of):
    ev = one(linked_events_of("Britain agreed to return looted bronzes to Benin on "
                              "Thursday."), "AGREE")
    assert any("Benin" in n for n in names(ev.targets))



# ---------------------------------------------------------------- rulings and withdrawals
def test_whose_plan_it_is_acts_in_it_not_who_blocked_it(linked_events_of):
    evs = linked_events_of("A judge in Lilongwe on Tuesday halted the army's plan to send "
                           "troops to Mozambique.")
    assert evs
    assert not any(any("judic" in n.lower() or "judge" in n.lower() for n in names(e.actors))
                   for e in evs)


def test_leaving_a_treaty_is_no_transfer_of_territory(linked_events_of):
    for text in ("Mali said on Monday it would withdraw from the arms trade treaty.",
                 "Gambia pulled out of the regional bloc on Friday."):
        for e in linked_events_of(text):
            assert e.type.acled_sub_event_type != "Non-violent transfer of territory", text


def test_leaving_a_town_is_still_a_transfer_of_territory(linked_events_of):
    ev = one(linked_events_of("Rebel fighters withdrew from the town of Kalehe on Sunday."),
             "RETREAT")
    assert ev.type.acled_sub_event_type == "Non-violent transfer of territory"


def test_a_state_suspended_by_a_bloc_is_not_where_it_happened(run):
    ev = one(run("The East African Community suspended "
                              "Burundi from the bloc on Thursday."), "SANCTION")
    assert ev.location is None or "Burundi" not in ev.location.name


# ---------------------------------------------------------------- missed measures
def test_a_complaint_lodged_by_a_state_is_an_accusation(linked_events_of):
    ev = one(linked_events_of("Guyana lodged a complaint with the regional court on "
                              "Wednesday."), "ACCUSE")
    assert names(ev.actors) == ["Guyana"]


def test_stripping_critics_of_citizenship_is_coercion(linked_events_of):
    ev = one(linked_events_of("Eritrea on Sunday stripped 60 exiled journalists of their "
                              "nationality."), "COERCE")
    assert names(ev.actors) == ["Eritrea"]
    assert not any("nationality" in n for n in names(ev.targets))


def test_stripping_fighters_of_weapons_is_no_coercion_of_status(linked_events_of):
    assert not any(e.type.plover == "COERCE" for e in linked_events_of(
        "The villagers stripped the bandits of their rifles on Monday."))


def test_where_a_described_person_was_held_is_no_target(linked_events_of):
    ev = one(linked_events_of("Lagos demanded that Ghana free a Nigerian trader arrested at "
                              "the airport."), "COERCE")
    assert not any("airport" in n for n in names(ev.targets))


def test_who_is_asked_to_free_someone_does_not_report_the_detention(run):
    evs = run("Peru on Monday demanded that Chile release a Peruvian fisherman detained "
              "off the coast.")
    held = [e for e in evs if e.type.plover == "COERCE"]
    assert held and not any(c.claimant and "Chile" in (c.claimant.name or "")
                            for e in held for c in e.claims)
