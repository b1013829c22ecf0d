"""Counts of round 27 (r27qty): a number in words restated in digits in brackets ("four (4)
soldiers", as many communiqués write counts) is one count, not two summed. Texts written for
these tests; `published` is Friday 2026-11-27."""

from datetime import date

import pytest

from wirecoder.events.numbers import digits_restated
from wirecoder.language import load_nlp

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 27))


def _counts(run, text, kind=None):
    """Every count of the text's events, in order (a count told twice is there twice), or
    those of `kind` only."""
    return [(q.kind, q.value, q.qualifier) for e in run(text) for q in e.quantities
            if kind is None or q.kind == kind]


# --- a number in words restated in digits in brackets is one count ------------------------

@pytest.mark.parametrize("text, count", [
    ("Gendarmes arrested five (5) suspects near Tera on Monday.", ("arrested", 5.0, "exact")),
    ("Jihadists killed twelve (12) civilians in the village of Seytenga on Wednesday.",
     ("killed", 12.0, "exact")),
    ("Fighters attacked a police post near Bama on Friday, killing seven (7) police officers.",
     ("killed", 7.0, "exact")),
    ("An air strike destroyed three (3) vehicles near Menaka on Friday, the army said.",
     ("destroyed", 3.0, "exact")),
    ("Eleven (11) jihadists were neutralised in an attack on the Kolo army post on Sunday.",
     ("killed", 11.0, "exact")),
])
def test_digits_in_brackets_restate_the_words(run, text, count):
    counts = _counts(run, text)
    assert count in counts
    assert not any(k == count[0] and v == 2 * count[1] for k, v, _ in counts)


def test_restated_count_names_what_it_counts(run):
    events = run("Gendarmes arrested three (3) smugglers near Agadez on Monday.")
    assert [(q.value, q.object) for e in events for q in e.quantities
            if q.kind == "arrested"] == [(3.0, "smugglers")]


@pytest.mark.parametrize("text, restated", [
    ("Gunmen killed twelve (12) people.", True),
    ("Gunmen killed twelve (14) people.", False),  # another figure, not the words again
    ("Gunmen killed 12 (12) people.", False),      # digits after digits: no words restated
])
def test_only_the_same_value_after_words_is_a_restatement(text, restated):
    doc = load_nlp()(text)
    assert any(digits_restated(t) for t in doc) is restated


# --- two sources' figures for the same toll are both kept, neither summed nor dropped ------

@pytest.mark.parametrize("text, counts", [
    # "more than 60" is a qualifier: no "60 more" added to the first figure
    ("Police said at least eight protesters were arrested in Harare on Sunday, while "
     "organisers said more than 60 had been detained.",
     {("arrested", 8.0, "at_least"), ("arrested", 60.0, "more_than")}),
    # a toll revised for the attack it names, beside another source's figure
    ("The death toll from Tuesday's bombing of a bus station in Quetta has risen to 17, police "
     "said, while hospital officials said at least 23 people had been killed.",
     {("killed", 17.0, "exact"), ("killed", 23.0, "at_least")}),
    # a figure another source puts the toll at, after a semicolon
    ("The health ministry said nine people were killed in the explosion at the market in "
     "Mogadishu on Tuesday; the Red Cross put the toll at 13.",
     {("killed", 9.0, "exact"), ("killed", 13.0, "exact")}),
    # the dead counted again in the next sentence by another named source
    ("The provincial government said at least 14 villagers were killed when gunmen attacked "
     "Kanam on Sunday. A local rights group said between 20 and 25 people had died.",
     {("killed", 14.0, "at_least"), ("killed", 20.0, "at_least"), ("killed", 25.0, "at_most")}),
])
def test_each_sources_figure_is_kept(run, text, counts):
    kind = next(iter(counts))[0]
    assert sorted(_counts(run, text, kind)) == sorted(counts)


def test_the_same_source_told_again_is_no_second_figure(run):
    # one source, the dead told twice: one toll, not two
    counts = _counts(run, "Police said 12 people were killed when gunmen attacked a bar in "
                          "Kumasi on Saturday. Police said 12 people had died at the scene.",
                     "killed")
    assert counts == [("killed", 12.0, "exact")]


def test_dead_of_a_separate_incident_told_next_are_not_the_toll(run):
    counts = _counts(run, "Gunmen killed 31 civilians in Borno state on Sunday, the state "
                          "government said. In a separate incident, police said four people "
                          "died in a road accident near Maiduguri.", "killed")
    assert counts == [("killed", 31.0, "exact")]


@pytest.mark.parametrize("source", ["The army", "Residents"])
def test_dead_of_another_attack_told_next_are_not_its_toll(run, source):
    events = run("The army said 14 soldiers were killed in an ambush near Kidal on Monday. "
                 f"{source} said 20 soldiers had died in a separate attack in March.")
    ambush = next(e for e in events if e.modality == "asserted")
    assert [(q.kind, q.value) for q in ambush.quantities] == [("killed", 14.0)]


# --- weapons: what was seized is a count, not an instrument; what the attackers carried ---

def _weapons(run, text, plover):
    return [w.name for e in run(text) if e.type.plover == plover for w in e.weapons]


@pytest.mark.parametrize("text", [
    "Police arrested three men and seized two rifles in Nakuru on Monday.",
    "Police raided homes in Morvant before dawn on Monday, arresting 14 people and seizing six "
    "firearms and more than 200 rounds of ammunition.",
])
def test_weapons_seized_in_an_arrest_are_no_instrument(run, text):
    events = run(text)
    coerce = [e for e in events if e.type.plover == "COERCE"]
    assert coerce and not any(e.weapons for e in coerce)
    assert any(q.kind == "seized" for e in coerce for q in e.quantities)


def test_weapons_an_arrested_man_carried_stay(run):
    assert _weapons(run, "Police arrested two men armed with pistols after a robbery in "
                         "Nakuru on Monday.", "COERCE") == ["pistols"]


def test_attackers_armed_in_the_next_sentence_carry_the_attacks_weapons(run):
    got = _weapons(run, "Islamist insurgents killed at least 11 people in an attack on the "
                        "village of Kanam on Monday. The attackers, armed with rifles and "
                        "machetes, arrived on motorbikes shortly after dark.", "ASSAULT")
    assert set(got) == {"rifles", "machetes"}


def test_spears_are_weapons(run):
    got = _weapons(run, "Militiamen armed with machetes and spears attacked the village of "
                        "Kanam on Sunday, killing 11 people.", "ASSAULT")
    assert "spears" in got


def test_arms_told_after_another_event_are_not_the_first_attacks(run):
    # an event told in between: the "armed with" sentence follows it, not the attack
    events = run("Gunmen killed five people in Kanam on Monday. Police arrested two men in "
                 "Jos on Tuesday. The suspects, armed with pistols, were taken to Abuja.")
    attack = [e for e in events if e.type.plover == "ASSAULT"]
    assert attack and not any(e.weapons for e in attack)


def test_the_vehicles_people_were_taken_from_are_no_count(run):
    # "from two buses": where the passengers were taken from, not two people taken
    counts = _counts(run, "Gunmen abducted passengers from two buses on a highway in Zamfara "
                          "state on Sunday.")
    assert not any(v == 2.0 for _, v, _ in counts)


def test_people_taken_from_a_group_are_still_counted(run):
    counts = _counts(run, "Gunmen abducted 12 passengers from two buses near Tsafe on Sunday.")
    assert ("captured", 12.0, "exact") in counts


# --- a figure a source puts the people arrested or taken at, told after the event ----------

def test_a_figure_put_after_an_arrest_is_kept_beside_the_first(run):
    counts = _counts(run, "A rights group said more than 40 protesters had been arrested in "
                          "Ahvaz on Tuesday. The judiciary put the number of those detained "
                          "at 14.")
    assert sorted(counts) == [("arrested", 14.0, "exact"), ("arrested", 40.0, "more_than")]


def test_figures_put_for_people_taken_by_two_sources(run):
    counts = _counts(run, "Gunmen stopped two buses near Tsafe on Sunday and abducted the "
                          "passengers. Police put the number abducted at 43, while a transport "
                          "union official said 47 people had been taken.")
    assert sorted(c for c in counts if c[0] == "captured") == [("captured", 43.0, "exact"),
                                                               ("captured", 47.0, "exact")]


def test_a_figure_of_another_kind_is_not_the_arrests(run):
    counts = _counts(run, "Police arrested 12 protesters in Ahvaz on Tuesday. Doctors put the "
                          "number of injured at 30.")
    assert ("arrested", 30.0, "exact") not in counts


def test_a_device_dismantled_stays_the_weapon(run):
    assert _weapons(run, "Army engineers dismantled an explosive device planted on a road "
                         "south of Arish on Monday.", "COERCE") == ["explosive device"]
