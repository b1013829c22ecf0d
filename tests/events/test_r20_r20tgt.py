"""Which targets an attack or arrest records (events/target_choice): the owner of a struck
thing, people over the things hit with them, a count of people over the crowd it counts.
Texts written for these tests; `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _targets(events, plover, sub=None):
    return [{t.name for t in e.targets} | {m for t in e.targets for m in t.mentions}
            for e in events if e.type.plover == plover
            and (sub is None or e.type.acled_sub_event_type == sub)]


def test_arrests_counted_as_people_are_of_the_protesting_crowd(run):
    events = run("ACCRA, March 10 (Reuters) - Nurses demonstrated outside the health ministry "
                 "in Accra on Monday over unpaid wages. Police said 23 people were detained "
                 "after the march blocked a main road.")
    (arrest,) = _targets(events, "COERCE", "Arrests")
    assert "Nurses" in arrest or "nurses" in arrest
    assert "people" in arrest  # the count stays a name of them


def test_owner_of_a_looted_convoy_is_the_target(run):
    events = run("N'DJAMENA, March 10 (AFP) - Armed men looted an ICRC convoy near Abeche on "
                 "Sunday, the Red Cross said.")
    (looted,) = _targets(events, "ASSAULT")
    assert "ICRC" in looted or "International Committee of the Red Cross" in looted
    assert "ICRC convoy" not in looted


def test_trucks_carrying_goods_for_an_agency_are_the_agencys(run):
    events = run("JUBA, March 10 (Reuters) - Gunmen stopped a convoy of lorries carrying "
                 "medicine for UNICEF near Bor on Saturday and turned it back, officials said.")
    stopped = [t for ts in _targets(events, "COERCE") + _targets(events, "ASSAULT") for t in ts]
    assert any("UNICEF" in t or "United Nations Children" in t for t in stopped)
    assert "convoy" not in stopped and "lorries" not in stopped


def test_people_killed_outrank_the_vehicle_hit(run):
    events = run("KHARTOUM, March 10 (Reuters) - A drone hit a minibus near El Obeid on "
                 "Monday, killing nine farmers, a local official said.")
    (hit,) = _targets(events, "ASSAULT")
    assert "farmers" in hit and "minibus" not in hit


def test_a_camp_for_displaced_people_is_its_occupants(run):
    events = run("BUNIA, March 10 (AP) - Militiamen raided a camp for displaced families near "
                 "Djugu overnight, killing 16 people, a local official said.")
    (raid,) = [ts for ts in _targets(events, "ASSAULT") if ts]
    assert "displaced families" in raid and "camp" not in raid


def test_a_bare_count_gives_way_to_named_victims(run):
    events = run("Gunmen opened fire on worshippers at a church in Owo on Sunday, killing at "
                 "least 12 people, police said.")
    hit = [t for ts in _targets(events, "ASSAULT") for t in ts]
    assert "worshippers" in hit and "people" not in hit


def test_a_march_is_aimed_at_the_seat_it_marched_to(run):
    events = run("TUNIS, March 10 (Reuters) - Several thousand lawyers marched to parliament in "
                 "Tunis on Monday against a new decree, a union official said.")
    (march,) = _targets(events, "PROTEST")
    assert "parliament" in march or "Tunisian parliament" in march


def test_a_sit_in_in_front_of_a_ministry(run):
    events = run("RABAT, March 10 (AFP) - Unemployed graduates held a sit-in in front of the "
                 "education ministry in Rabat on Monday, organisers said.")
    (sit_in,) = _targets(events, "PROTEST")
    assert any("ministry" in t.lower() for t in sit_in)


def test_a_crowd_outside_a_court_building_targets_the_court_not_police(run):
    events = run("Hundreds of supporters of the jailed mayor protested outside the court "
                 "building in Izmir on Monday and threw bottles at police, witnesses said.")
    protest = [t for ts in _targets(events, "PROTEST") for t in ts]
    assert any("court" in t.lower() for t in protest)


def test_police_pelted_by_a_crowd_are_not_what_it_protests(run):
    events = run("DAKAR, March 10 (AFP) - Youths protesting against the arrest of an opposition "
                 "leader threw stones at police in Ziguinchor on Monday, witnesses said.")
    protest = [t for ts in _targets(events, "PROTEST") for t in ts]
    assert not any("police" in t.lower() for t in protest)


def test_a_protest_against_the_police_keeps_them(run):
    events = run("Hundreds of residents rallied against the police in Kumasi on Monday after "
                 "a teenager died in custody, witnesses said.")
    protest = [t for ts in _targets(events, "PROTEST") for t in ts]
    assert any("police" in t.lower() for t in protest)


def test_an_act_blamed_on_a_group_targets_the_group_in_the_blame(run):
    events = run("QUETTA, March 10 (Reuters) - A provincial minister blamed the ambush on the "
                 "Baloch Republican Army, a separatist group, on Monday.")
    blame = [t for ts in _targets(events, "ACCUSE") for t in ts]
    assert any("Baloch Republican Army" in t for t in blame)
    ambush = [t for ts in _targets(events, "ASSAULT") for t in ts]
    assert not any("Baloch Republican Army" in t for t in ambush)


def test_blamed_fighters_of_a_group_are_the_group(run):
    events = run("An army spokesman blamed fighters of the Ogaden National Liberation Front "
                 "for the killing of three soldiers near Degehabur.")
    blame = [t for ts in _targets(events, "ACCUSE") for t in ts]
    assert any("Ogaden National Liberation Front" in t for t in blame)


def test_some_of_them_arrested_after_a_protest_are_the_protesters(run):
    events = run("About 400 dock workers marched on the port authority in Mombasa on Monday. "
                 "Police fired tear gas at the march. Twelve of them were arrested, a police "
                 "spokesman said.")
    (arrest,) = _targets(events, "COERCE", "Arrests")
    assert "dock workers" in arrest


def test_a_counted_conjunct_names_those_its_of_phrase_names(run):
    events = run("Gunmen killed a village chief and three of his bodyguards near Gusau on "
                 "Saturday, police said.")
    hit = [t for ts in _targets(events, "ASSAULT") for t in ts]
    assert "village chief" in hit and "bodyguards" in hit
