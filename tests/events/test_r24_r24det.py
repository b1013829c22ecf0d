"""Round 24 (r24det): detection and typing read on fresh13 (new to dev) and the other dev sets'
misses. Sentences written for these tests (places and names not from the dev articles)."""

from __future__ import annotations

from datetime import date

from .conftest import asserted

WEEK = date(2027, 3, 3)  # a Wednesday


# ------------------------------- a series told with "have repeatedly" reaches its conjuncts
def test_a_verb_sharing_have_repeatedly_is_part_of_the_series(events_of):
    events = events_of("GUSAU, Nigeria, March 3 (Reuters) - Security forces have conducted "
                       "several sweeps in the district, and bandits have repeatedly raided farms "
                       "and ambushed buses on the highway near Gusau, villagers say.", WEEK)
    assert not asserted(events, "ASSAULT")


def test_acts_with_their_own_days_stay_events(events_of):
    events = events_of("BAMAKO, March 3 (Reuters) - Militants attacked an army post near Kidal "
                       "on Monday and ambushed a supply convoy on Tuesday, the army said.", WEEK)
    assert len(asserted(events, "ASSAULT")) == 2


# ---------------------------------------------------- what a timetable puts ahead is not yet
def test_due_to_vote_on_renewing_a_mandate_is_no_support_yet(events_of):
    events = events_of("ADDIS ABABA, March 3 (AFP) - The African Union's Peace and Security "
                       "Council is due to vote on extending the mission's mandate next month.",
                       WEEK)
    assert not asserted(events, "SUPPORT") and not asserted(events, "AGREE")


def test_scheduled_or_due_to_meet_is_no_meeting_yet(events_of):
    for text in ("LIMA, March 3 (Reuters) - Opposition leader Maria Toledo is due to meet the "
                 "prime minister in Lima on Friday.",
                 "LIMA, March 3 (Reuters) - Opposition leader Maria Toledo is scheduled to meet "
                 "the prime minister in Lima on Friday."):
        events = events_of(text, WEEK)
        assert not asserted(events, "CONSULT"), text


# --------------------------------------- a request named as an act's occasion is no request
def test_at_the_request_of_is_no_request_of_its_own(events_of):
    events = events_of("DAKAR, March 3 (Reuters) - Navy commandos freed 12 hostages on Sunday, "
                       "the defence ministry said. The operation was launched at the request of "
                       "the shipping company.", WEEK)
    assert not [e for e in events if e.type.plover == "REQUEST"]


def test_at_a_government_s_request_leaves_the_measure(events_of):
    events = events_of("TUNIS, March 3 (AFP) - Parliament extended the state of emergency by 30 "
                       "days on Wednesday at the president's request.", WEEK)
    assert asserted(events, "COERCE")
    assert not [e for e in events if e.type.plover == "REQUEST"]


# ----------------------------------------- whom help or a ransom is asked "from" is addressed
def test_help_asked_from_navies_is_a_request(events_of):
    events = events_of("LAGOS, March 3 (AFP) - The prime minister condemned the hijacking and "
                       "asked for help from the navies of neighbouring countries to find the "
                       "missing sailors.", WEEK)
    assert asserted(events, "REQUEST")


def test_a_ransom_demanded_from_a_family_is_a_request(events_of):
    events = events_of("KADUNA, March 3 (Reuters) - The kidnappers demanded a ransom of 20 "
                       "million naira from the family of the abducted teacher, police said.", WEEK)
    assert asserted(events, "REQUEST")


def test_a_ransom_with_no_one_asked_stays_no_request(events_of):
    events = events_of("KADUNA, March 3 (Reuters) - Gunmen stopped the bus outside Kaduna and "
                       "demanded money before letting it go, police said.", WEEK)
    assert not asserted(events, "REQUEST")


# ------------------------------------------------- the activities of groups suspended: a ban
def test_suspending_the_activities_of_groups_is_a_ban(events_of):
    events = events_of("DILI, March 3 (Lusa) - The cabinet on Wednesday suspended all "
                       "activities of the two youth groups for 60 days after the clashes.", WEEK)
    coerce = asserted(events, "COERCE")
    assert coerce and coerce[0].type.plover_mode == "ban"


def test_a_mine_suspending_its_operations_is_no_ban(events_of):
    events = events_of("LUBUMBASHI, March 3 (Reuters) - The mine suspended operations on "
                       "Tuesday after heavy rain flooded its pits.", WEEK)
    assert not asserted(events, "COERCE")


# ------------------------------------------------- people caught by border units or police
def test_border_guards_catching_migrants_is_an_arrest(events_of):
    events = events_of("ANKARA, March 3 (Reuters) - Border guards caught 40 migrants trying to "
                       "cross from Iran on Tuesday, the ministry said.", WEEK)
    arrests = [e for e in asserted(events, "COERCE")
               if e.type.acled_sub_event_type == "Arrests"]
    assert arrests


def test_catching_up_with_robbers_is_no_arrest(events_of):
    events = events_of("DODOMA, March 3 (AFP) - Police caught up with the robbers near the "
                       "river on Wednesday and shot dead two of them.", WEEK)
    assert asserted(events, "ASSAULT")
    assert not [e for e in events if e.type.acled_sub_event_type == "Arrests"]


def test_catching_fire_is_no_arrest(events_of):
    events = events_of("KAMPALA, March 3 (Reuters) - A fuel truck caught fire on the highway "
                       "near Kampala on Tuesday, police said.", WEEK)
    assert not [e for e in events if e.type.acled_sub_event_type == "Arrests"]


# ------------------------------------------- forces ordered to join an operation: deployed
def test_army_ordered_to_join_the_search_is_mobilised(events_of):
    events = events_of("LAGOS, March 3 (Reuters) - The president on Monday ordered the army to "
                       "join the search for the gunmen.", WEEK)
    assert asserted(events, "MOBILIZE") and not asserted(events, "REQUEST")


def test_police_ordered_to_find_culprits_stays_a_demand(events_of):
    events = events_of("LAGOS, March 3 (Reuters) - The president on Monday ordered the police "
                       "to find those responsible for the killing.", WEEK)
    assert asserted(events, "REQUEST") and not asserted(events, "MOBILIZE")


# ---------------------------------------------- a place declared under special powers
def test_a_district_declared_a_security_zone_is_coercion(events_of):
    events = events_of("ISLAMABAD, March 3 (AFP) - The interior ministry on Monday declared the "
                       "district a security zone, allowing police to search homes without a "
                       "warrant.", WEEK)
    assert asserted(events, "COERCE")


def test_an_area_declared_disturbed_is_coercion(events_of):
    events = events_of("NAIROBI, March 3 (AP) - The interior ministry on Tuesday declared the "
                       "area \"disturbed\", a designation that lets police search homes without "
                       "a warrant.", WEEK)
    assert asserted(events, "COERCE")


def test_a_province_declared_a_disaster_zone_is_no_coercion(events_of):
    events = events_of("MANILA, March 3 (AP) - The government on Tuesday declared the province "
                       "a disaster zone after the typhoon.", WEEK)
    assert not asserted(events, "COERCE")


# ------------------------------------------------------ a watch kept is no inquiry opened
def test_saying_it_was_monitoring_the_situation_is_no_event(events_of):
    events = events_of("ACCRA, March 3 (Reuters) - The electoral commission said on Tuesday it "
                       "was monitoring the situation in the northern provinces.", WEEK)
    assert not asserted(events, "ACCUSE")


def test_continuing_to_monitor_operations_is_no_event(events_of):
    events = events_of("KABUL, March 3 (Reuters) - The facilitator moves money for the network "
                       "and continues to monitor police operations in the district.", WEEK)
    assert not asserted(events, "ACCUSE")
