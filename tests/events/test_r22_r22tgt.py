"""Whom a force's action against a protest is aimed at (events/crowd_targets.py), the people
of a broken-up gathering and the body a convoy travels for (events/role_patterns.stands_for).
Texts written for these tests; `published` is Friday 2026-11-20."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 11, 20))).events


def _by_trigger(events, word):
    found = [e for e in events if e.trigger is not None and word in e.trigger.text]
    assert found, [(e.type.plover, e.trigger.text if e.trigger else None) for e in events]
    return found[0]


def _target_names(e):
    return [p.name.lower() for p in e.targets]


# --- the arrested and the hurt of a protest are its crowd ---------------------------------

@pytest.mark.parametrize("text, word, crowd", [
    ("ACCRA, May 4 (Reuters) - Hundreds of teachers marched through central Accra on Monday "
     "to demand unpaid salaries. Police fired tear gas to disperse the crowd near the finance "
     "ministry, and 21 people were arrested, a police spokesman said.", "arrested", "teachers"),
    ("LAHORE, Feb 9 - Thousands of farmers rallied outside the provincial assembly in Lahore "
     "on Tuesday against a rise in fertiliser prices. Police said 40 people had been detained "
     "during the protest for blocking the road.", "detained", "farmers"),
    ("DHAKA, Oct 6 - Several thousand students marched on the education ministry in Dhaka on "
     "Tuesday. At least 15 people were injured when police charged the crowd with batons, a "
     "hospital official said.", "injured", "students"),
])
def test_people_arrested_or_hurt_at_a_protest_are_its_crowd(run, text, word, crowd):
    act = _by_trigger(run(text), word)
    names = _target_names(act)
    assert crowd in names and "people" not in names
    # ("people" is kept as one more mention of the crowd)
    assert any("people" in p.mentions for p in act.targets)


def test_a_crowd_named_only_as_people_is_called_protesters(run):
    events = run("LUSAKA, June 2 - Thousands of people marched on parliament in Lusaka on "
                 "Tuesday against a rise in fuel prices. Police fired tear gas and detained 30 "
                 "people, a police spokeswoman said.")
    act = _by_trigger(events, "detained")
    assert _target_names(act) == ["protesters"]


def test_arrests_in_a_district_of_the_protest_city_are_of_its_crowd(run):
    events = run("NAIROBI, July 7 - Hundreds of traders protested in Nairobi on Tuesday against "
                 "a new levy, throwing stones at police. Police said 30 people were arrested "
                 "in Kibera.")
    assert _target_names(_by_trigger(events, "arrested")) == ["traders"]


def test_arrests_on_another_day_elsewhere_stay_people(run):
    events = run("MAPUTO, Nov 17 - Police arrested 40 people on Sunday in a crackdown on "
                 "illegal mining in Manica province, officials said. Separately, about 300 "
                 "students protested in Maputo on Monday over exam fees.")
    assert _target_names(_by_trigger(events, "arrested")) == ["people"]


def test_people_killed_by_gunmen_on_a_protest_day_are_not_protesters(run):
    events = run("JOS, March 2 - Gunmen attacked a village near Jos on Sunday, killing 12 "
                 "people, police said. Hundreds of residents protested in Jos on Sunday "
                 "against the killings.")
    assert "residents" not in _target_names(_by_trigger(events, "attacked"))


def test_people_named_by_what_they_did_keep_their_phrase(run):
    events = run("DAKAR, Aug 11 (Reuters) - Hundreds of traders protested peacefully in Dakar "
                 "on Monday against new market fees. Police in Dakar arrested 9 people "
                 "suspected of links to separatist rebels on Monday, the army said.")
    names = _target_names(_by_trigger(events, "arrested"))
    assert "traders" not in names and any(n.startswith("people suspected") for n in names)


# --- a gathering broken up: the people in it -----------------------------------------------

@pytest.mark.parametrize("text, word, crowd", [
    ("ABIDJAN, Jan 14 (AFP) - Police in Abidjan fired tear gas on Thursday to break up a "
     "march by several hundred dockworkers demanding higher pay, witnesses said.",
     "fired", "dockworkers"),
    ("QUITO, March 5 - Riot police fired tear gas at a rally of indigenous farmers outside "
     "the national assembly on Thursday, witnesses said.", "fired", "farmers"),
])
def test_a_gathering_broken_up_stands_for_its_people(run, text, word, crowd):
    names = _target_names(_by_trigger(run(text), word))
    assert any(n.endswith(crowd) for n in names), names
    assert not any(n in ("march", "rally") for n in names)


# --- a convoy and whom it carries for ------------------------------------------------------

@pytest.mark.parametrize("text, word, body", [
    ("JUBA, May 20 (Reuters) - Armed men stopped a convoy of trucks carrying food for the "
     "World Food Programme near Yei on Tuesday and forced it to turn back, the U.N. said.",
     "stopped", "world food programme"),
    ("KANDAHAR, Jan 9 - Gunmen blocked a convoy of lorries carrying medicine from UNICEF on "
     "the main highway on Monday, officials said.", "blocked", "unicef"),
])
def test_a_convoy_stopped_hits_the_body_it_carries_for(run, text, word, body):
    names = _target_names(_by_trigger(run(text), word))
    assert any(body in n for n in names), names


def test_a_convoy_carrying_for_unnamed_people_names_no_body(run):
    act = _by_trigger(run("GOMA, Feb 2 - Militiamen stopped a convoy of trucks carrying food "
                          "for displaced families near Goma on Sunday, aid workers said."),
                      "stopped")
    assert not any("famil" in n for n in _target_names(act))


# --- a crowd at the seat of a body addresses it -------------------------------------------

@pytest.mark.parametrize("text, word, seat", [
    ("LUSAKA, June 2 - Several thousand nurses marched peacefully to parliament in Lusaka on "
     "Tuesday, demanding better pay.", "marched", "parliament"),
    ("JAYAPURA, Indonesia, May 5 - Students from the local university gathered outside the "
     "provincial legislature in Jayapura on Tuesday to demand a referendum, police said.",
     "gathered", "legislature"),
    ("BULAWAYO, Aug 5 - About 200 vendors marched to the city hall in Bulawayo on Tuesday to "
     "hand over a petition, local media reported.", "marched", "city hall"),
])
def test_a_protest_at_a_seat_of_power_is_addressed_to_it(run, text, word, seat):
    protest = _by_trigger(run(text), word)
    assert protest.type.plover == "PROTEST"
    assert any(seat in n for n in _target_names(protest)), _target_names(protest)


def test_a_protest_in_a_square_addresses_no_place(run):
    events = run("TUNIS, Jan 14 - Hundreds of teachers rallied in the main square of Tunis on "
                 "Tuesday to demand higher wages, union officials said.")
    protest = _by_trigger(events, "rallied")
    assert not any("square" in n for n in _target_names(protest))


# --- a crowd counted before its verb is its actor, not its target ---------------------------

@pytest.mark.parametrize("text, word, crowd", [
    ("JAYAPURA, Indonesia, May 5 - About 300 students gathered outside the provincial "
     "legislature in Jayapura on Tuesday to demand a referendum, police said.", "gathered",
     "students"),
    ("ATHENS, Feb 3 - Several hundred activists protested outside the Israeli embassy in "
     "Athens on Saturday, police said.", "protested", "activists"),
])
def test_a_counted_crowd_before_a_protest_verb_acts(run, text, word, crowd):
    protest = _by_trigger(run(text), word)
    assert crowd in [p.name.lower() for p in protest.actors]
    assert crowd not in _target_names(protest)


def test_a_camp_attacked_hits_the_people_it_shelters(run):
    act = _by_trigger(run("BANGUI, July 9 - Militiamen attacked a camp for displaced people in "
                          "Zemio on Tuesday night, killing five civilians, officials said."),
                      "attacked")
    assert "displaced people" in _target_names(act)


def test_a_camp_for_a_purpose_names_no_people(run):
    act = _by_trigger(run("KABUL, May 2 - Gunmen attacked a camp for road construction in "
                          "Logar province on Monday, police said."), "attacked")
    assert not any("construction" in n for n in _target_names(act))


# --- "both sides" after a deal or a swap are its two parties --------------------------------

@pytest.mark.parametrize("text, word, parties", [
    ("ABU DHABI, Aug 3 - Russia and Ukraine swapped 150 prisoners of war each on Tuesday in an "
     "exchange mediated by the United Arab Emirates, both governments said. The UAE's foreign "
     "ministry thanked both sides for their cooperation.", "thanked", ("russia", "ukraine")),
    ("ADDIS ABABA, March 2 - The Ethiopian government and the Amhara Fano National Movement "
     "signed a peace agreement in Bahir Dar on Sunday. The chairperson of the African Union "
     "Commission praised both sides for choosing dialogue.", "praised",
     ("ethiopian government", "amhara fano national movement")),
])
def test_both_sides_after_a_deal_are_its_parties(run, text, word, parties):
    names = _target_names(_by_trigger(run(text), word))
    assert all(p in names for p in parties), names
    assert "sides" not in names


def test_talks_a_deal_came_after_were_between_its_parties(run):
    events = run("LOME, Oct 6 (AFP) - Niger and Benin signed an agreement late on Monday to "
                 "reopen their shared border after two days of talks in the Togolese capital, "
                 "the governments said.")
    talks = _by_trigger(events, "talks")
    assert talks.type.plover == "CONSULT"
    assert "benin" in _target_names(talks)


def test_talks_with_a_named_side_keep_it(run):
    events = run("ANKARA, May 4 - Turkey and Iraq signed a water-sharing accord on Monday after "
                 "talks with Kurdish regional leaders in Erbil, officials said.")
    talks = _by_trigger(events, "talks")
    names = _target_names(talks)
    assert "iraq" not in names and any("leaders" in n for n in names), names
