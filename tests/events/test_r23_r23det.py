"""Round 23 (r23det): typing and detection read on fresh12 and the other dev sets' misses.
Sentences written for these tests (places and names not from the dev articles)."""

from __future__ import annotations

from datetime import date

from .conftest import asserted, names

WEEK = date(2027, 3, 3)  # a Wednesday


# ------------------------------------------------ a mission's mandate renewed is SUPPORT
def test_a_mandate_renewed_supports_the_mission_it_keeps_going(events_of):
    events = events_of("NEW YORK, March 3 (Reuters) - The U.N. Security Council on Tuesday "
                       "renewed the mandate of the peacekeeping mission in South Sudan, UNMISS, "
                       "for another year, with 13 votes in favour.", WEEK)
    support = asserted(events, "SUPPORT")
    assert len(support) == 1 and not asserted(events, "AGREE")
    assert "UNMISS" in names(support[0].targets)
    assert support[0].type.acled_sub_event_type is None


def test_a_mandate_extended_names_the_mission_by_its_of_phrase(events_of):
    events = events_of("The regional council on Monday extended the mandate of its mission in "
                       "Somalia by six months, a diplomat said.", WEEK)
    support = asserted(events, "SUPPORT")
    assert support and any("mission" in n for n in names(support[0].targets))


def test_a_restriction_extended_stays_coercion(events_of):
    events = events_of("The government on Thursday extended a state of emergency in three "
                       "coastal provinces by 30 days, the presidency said.", WEEK)
    assert asserted(events, "COERCE") and not asserted(events, "SUPPORT")


# ------------------------------------------------------- "called upon" asks, like "called on"
def test_called_upon_to_hand_over_is_a_request_not_a_surrender(events_of):
    events = events_of("The brigade commander met elders in Moroto town on Wednesday and called "
                       "upon herders to surrender illegal guns to the army.", WEEK)
    request = asserted(events, "REQUEST")
    assert request and "herders" in names(request[0].targets)
    assert not asserted(events, "RETREAT")


# --------------------------------------------------------- a road closed by an authority
def test_an_authority_closing_a_road_restricts_movement(events_of):
    events = events_of("The state governor said the authorities had closed the main road to "
                       "the border until further notice.", WEEK)
    assert asserted(events, "COERCE")


def test_protesters_closing_a_road_protest(events_of):
    events = events_of("Protesters closed the main road to the airport for six hours on "
                       "Monday.", WEEK)
    assert asserted(events, "PROTEST") and not asserted(events, "COERCE")


# ------------------------------------------- "which hosts": what a party is, not an event
def test_a_present_relative_clause_describes_and_tells_no_event(events_of):
    events = events_of("Chad, which hosts the rebels and thousands of Sudanese refugees, "
                       "condemned the resolution on Friday.", WEEK)
    assert not asserted(events, "CONSULT")


def test_a_past_relative_clause_still_tells_its_event(events_of):
    events = events_of("Qatar, which hosted the talks on Monday, welcomed the deal on "
                       "Tuesday.", WEEK)
    assert asserted(events, "CONSULT")


# ------------------------------------------------------------ "received 37 wounded"
def test_a_hospital_receiving_wounded_wounded_no_one(events_of):
    events = events_of("The health minister said the main hospital had received 40 wounded "
                       "and appealed for blood donations.", WEEK)
    assert not any("hospital" in n for e in events if e.type.plover == "ASSAULT"
                   for n in names(e.actors))
    assert asserted(events, "REQUEST")


def test_wounding_a_counted_group_is_still_an_attack(events_of):
    events = events_of("Gunmen wounded 12 villagers near Gombe on Sunday.", WEEK)
    assert asserted(events, "ASSAULT")


# ------------------------------------------------- "anyone found with a gun": a condition
def test_anyone_found_with_a_gun_is_whom_a_warning_is_for(events_of):
    for text in ("The army warned that anyone found with an illegal gun would be prosecuted.",
                 "Police said anyone found carrying a machete at the market will be arrested."):
        events = events_of(text, WEEK)
        assert not any(e.type.acled_sub_event_type == "Disrupted weapons use" for e in events), \
            text


def test_weapons_found_in_a_search_are_still_seized(events_of):
    events = events_of("Soldiers found 40 rifles in a house in Kotido on Monday and seized "
                       "them.", WEEK)
    assert any(e.type.plover == "COERCE" for e in events)


# ------------------------------------------- a warning that people will be arrested threatens
def test_a_warning_that_people_will_be_arrested_is_a_threat(events_of):
    for text in ("The army met elders on Monday and warned that rioters would be arrested.",
                 "The interior ministry warned that road blockers would be prosecuted."):
        threats = asserted(events_of(text, WEEK), "THREATEN")
        assert threats, text


def test_a_warning_of_a_risk_threatens_no_one(events_of):
    events = events_of("Aid agencies warned that supplies would be cut off by the fighting.",
                       WEEK)
    assert not asserted(events, "THREATEN")


# ---------------------------------------- a quotation that goes on after its attribution
QUOTE_GOES_ON = (
    "MONROVIA, March 3 (Reuters) - Liberia's coast guard seized a foreign fishing boat off "
    "Harper on Monday, the fisheries agency said.\n\n"
    "\"When our boat came close, the captain turned off his lights and tried to escape,\" "
    "said a coast guard officer who was on the patrol. \"We fired three warning shots and "
    "they stopped.\"")


def test_a_quotation_going_on_after_its_attribution_is_the_same_speakers(events_of):
    shots = asserted(events_of(QUOTE_GOES_ON, WEEK), "THREATEN")
    assert shots and any("officer" in c.claimant.name for c in shots[0].claims)


def test_a_quotation_in_a_new_paragraph_is_not_carried(events_of):
    text = QUOTE_GOES_ON.replace(" \"We fired", "\n\n\"We fired")
    shots = asserted(events_of(text, WEEK), "THREATEN")
    assert shots and not any("officer" in c.claimant.name for c in shots[0].claims)


# ----------------------------------------------- a charge denied is no refusal (no REJECT)
def test_a_charge_that_a_group_rejected_is_a_denial(events_of):
    events = events_of("Some traders blamed the bandits, a charge that a herders' union "
                       "rejected.", WEEK)
    assert not asserted(events, "REJECT")


def test_denying_that_is_denying_what_was_just_said(events_of):
    events = events_of("The minister accused the organisers of paying the rioters. A spokesman "
                       "for the organisers denied that, saying police had fired first.", WEEK)
    assert not asserted(events, "REJECT") and asserted(events, "ACCUSE")


def test_a_demand_that_a_government_rejected_is_still_refused(events_of):
    events = events_of("The rebels demanded the release of their commander, a demand that the "
                       "government rejected.", WEEK)
    assert asserted(events, "REJECT")


# ------------------------------------------------ "has repeatedly deployed": a series told
def test_a_present_perfect_with_repeatedly_tells_a_series_not_one_event(events_of):
    events = events_of("The government has repeatedly deployed troops to the border town.", WEEK)
    assert not asserted(events, "MOBILIZE")


def test_a_present_perfect_deployment_without_repeatedly_is_one_event(events_of):
    events = events_of("Soldiers have deployed to the border town, the army said on Monday.",
                       WEEK)
    assert asserted(events, "MOBILIZE")
