"""Bugs the round-22 review left, each on sentences written for these tests: hurt counted
beside an arrest in another town, a local witness at a dateline abroad, the name apposed to
the "of" person of a speaker, "body" as an organisation, a pledge's beneficiary as a side,
a convoy's place of origin as whom it carries for, "the base of a monument" as a seat of
power, "wing" as a gerund. `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _names(parts):
    return [n.lower() for p in parts for n in (p.name, *p.mentions)]


def _asserted(events, plover):
    found = [e for e in events if e.type.plover == plover and e.modality == "asserted"]
    assert found, [(e.type.plover, e.modality) for e in events]
    return found


def _counting(events, kind, value):
    return [e for e in events for q in e.quantities if q.kind == kind and q.value == value]


def _place(e):
    return (e.location.name or "").lower() if e.location else ""


# --- 1. the hurt told beside an arrest stay in their own town -----------------------------

def test_hurt_beside_an_arrest_do_not_go_to_another_towns_clash(run):
    events = run("Police fired tear gas at protesters in Kisumu on Monday. In the town of "
                 "Nakuru, 150 km away, at least 17 people were hurt and 23 were detained, "
                 "police said.")
    hurt = _counting(events, "injured", 17)
    assert hurt, [(e.type.plover, e.quantities) for e in events]
    assert all("kisumu" not in _place(e) for e in hurt), [(_place(e), e.type.plover)
                                                          for e in hurt]


def test_hurt_beside_an_arrest_in_the_same_town_go_to_the_dispersal(run):
    events = run("Police fired tear gas at protesters in Kisumu on Monday. At least 17 "
                 "people were hurt and 23 were detained in Kisumu, police said.")
    hurt = _counting(events, "injured", 17)
    assert [e.type.plover for e in hurt] == ["ASSAULT"], [(e.type.plover, _place(e))
                                                          for e in hurt]


# --- 2. a speaker of no known country at a dateline abroad --------------------------------

def test_local_witness_is_not_placed_at_a_dateline_abroad(run):
    events = run("NAIROBI, Kenya (AP) - Gunmen killed 12 villagers in an attack in Congo's "
                 "Ituri province on Sunday, local officials said. A witness accused the army "
                 "of failing to answer calls for help during the attack.")
    accused = _asserted(events, "ACCUSE")
    assert all("nairobi" not in _place(e) for e in accused), [_place(e) for e in accused]


def test_a_ministry_speaks_from_its_own_dateline(run):
    events = run("WARSAW (Reuters) - Poland's foreign ministry accused Belarus on Monday of "
                 "orchestrating a new wave of migrant crossings at the border.")
    assert any("warsaw" in _place(e) for e in _asserted(events, "ACCUSE"))


# --- 3. the name after "the brother of the slain man" -------------------------------------

def test_name_after_an_of_person_is_not_the_speakers(run):
    e = _asserted(run("Kidnappers seized a schoolboy in Katsina state on Saturday, the uncle "
                      "of the abducted boy, Yusuf Danladi, said."), "COERCE")[0]
    claimants = _names(c.claimant for c in e.claims)
    assert "yusuf danladi" not in claimants, claimants
    assert any("uncle" in n for n in claimants), claimants


def test_name_after_an_office_of_a_place_is_the_speakers(run):
    e = _asserted(run("Soldiers killed three fishermen near the port on Friday, the mayor of "
                      "the nearby town, Ana Rivas, said."), "ASSAULT")[0]
    assert any("ana rivas" in n for n in _names(c.claimant for c in e.claims))


# --- 4. "body": an organisation or one of the dead ----------------------------------------

@pytest.mark.parametrize("text, source, credited", [
    ("Gunmen killed six farmers in a village in Benue state on Saturday, police said. The "
     "governing body of the cooperative has 4,000 members, its secretary said.",
     "secretary", False),
    ("Gunmen killed six farmers in a village in Benue state on Saturday, police said. The "
     "body was found near a stream, a local official said.", "local official", True),
])
def test_a_governing_body_is_not_one_of_the_dead(run, text, source, credited):
    e = _asserted(run(text), "ASSAULT")[0]
    claimants = _names(c.claimant for c in e.claims)
    assert any(source in n for n in claimants) is credited, claimants


# --- 5. a pledge's beneficiary is no side -------------------------------------------------

def test_both_sides_are_not_a_pledge_and_its_beneficiary(run):
    events = run("Sudan's army and the Rapid Support Forces fought in El Fasher on Sunday. "
                 "On Monday, the government pledged $10 million to the Sudanese Red Crescent "
                 "Society. The UN envoy urged both sides to stop the fighting.")
    targets = _names(_asserted(events, "REQUEST")[0].targets)
    assert not any("crescent" in n for n in targets), targets
    assert any("rapid support" in n for n in targets), targets


# --- 6. where a convoy comes from is not whom it carries for ------------------------------

@pytest.mark.parametrize("text, place", [
    ("Gunmen attacked a convoy of trucks carrying food from Port Sudan on Monday, killing two "
     "drivers.", "sudan"),
    ("Militants ambushed a convoy of trucks carrying fuel for Kabul on the highway near Ghazni "
     "on Tuesday.", "afghan"),
])
def test_a_convoys_town_is_no_target(run, text, place):
    targets = _names(_asserted(run(text), "ASSAULT")[0].targets)
    # (round 26: a convoy hit beside the people aboard it folds into them, as 12 of 15 such
    # cases in the dev gold code it: `events.things_beside_people`)
    assert any("convoy" in n or "drivers" in n for n in targets), targets
    assert not any(place in n for n in targets), targets


def test_the_body_a_convoy_carries_for_is_a_target(run):
    events = run("Gunmen stopped a convoy carrying medicine for the World Health Organization "
                 "near Goma on Friday.")
    assert any("world health" in n for e in events for n in _names(e.targets))


# --- 7. the base of a monument is no seat of power ----------------------------------------

def test_the_foot_of_a_monument_is_no_protest_target(run):
    e = _asserted(run("Hundreds of protesters gathered at the base of the independence "
                      "monument in Bamako on Friday to demand elections."), "PROTEST")[0]
    assert not any("base" in n for n in _names(e.targets)), _names(e.targets)


def test_a_march_to_parliament_still_targets_it(run):
    e = _asserted(run("Hundreds of protesters marched to parliament in Nairobi on Tuesday to "
                      "oppose a tax bill."), "PROTEST")[0]
    assert any("parliament" in n for n in _names(e.targets))


# --- 8. "wing" is no gerund ----------------------------------------------------------------

def test_blame_on_a_wing_and_an_accusation_of_another_are_two_statements(run):
    events = run("The army blamed the ambush on the youth wing of the ruling party and accused "
                 "the opposition of arming its members.")
    assert len(_asserted(events, "ACCUSE")) == 2, [(e.type.plover, e.trigger) for e in events]


def test_blame_on_a_practice_is_one_statement(run):
    events = run("Officials blamed the fuel shortages on smuggling and accused traders of "
                 "hoarding supplies.")
    assert len(_asserted(events, "ACCUSE")) == 1
