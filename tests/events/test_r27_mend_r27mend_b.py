"""Round 27 mends (r27mend_b): the dead of another incident told next are not the attack's
toll; weapons seized in an arrest with no number stay its weapons; a number in words of
several words restated in digits is one count. `published` is Tuesday 2026-11-17."""

from datetime import date

import pytest

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 17))


def _killed(events):
    return [q.value for e in events for q in e.quantities if q.kind == "killed"]


def test_dead_of_a_separate_incident_are_not_the_attack_s_toll(run):
    events = run("Gunmen killed 31 civilians in Borno state on Sunday, the state government "
                 "said. In a separate incident, police said four people died in a road "
                 "accident near Maiduguri.")
    attack = next(e for e in events if e.type.plover == "ASSAULT")
    assert [q.value for q in attack.quantities if q.kind == "killed"] == [31.0]


@pytest.mark.parametrize("told, kept", [
    ("", True),
    (" in the attack", True),
    (" in a road accident near Maiduguri", False),
    (" in March", False),
])
def test_another_source_s_toll_is_of_the_same_event(run, told, kept):
    text = ("The provincial government said at least 14 villagers were killed when gunmen "
            f"attacked Kanam on Sunday. A local rights group said 20 people had died{told}.")
    assert _killed(run(text)) == ([14.0, 20.0] if kept else [14.0])


def test_weapons_seized_in_an_arrest_with_no_number_stay_its_weapons(run):
    events = run("Police arrested three men in Kisumu on Tuesday and seized rifles and "
                 "ammunition from their house.")
    arrest = next(e for e in events if e.type.plover == "COERCE")
    assert [w.name for w in arrest.weapons] == ["rifles", "ammunition"]


def test_weapons_an_arrest_s_seized_count_covers_are_no_weapons(run):
    events = run("Police arrested four suspects in Lagos on Tuesday and seized 8 AK-47 rifles "
                 "and 200 rounds of ammunition.")
    arrest = next(e for e in events if e.type.plover == "COERCE")
    assert not arrest.weapons
    assert [q.value for q in arrest.quantities if q.kind == "seized"] == [8.0, 200.0]


@pytest.mark.parametrize("text, kind, value", [
    ("Troops killed twenty-four (24) militants in Borno on Monday.", "killed", 24.0),
    ("Soldiers arrested one hundred and five (105) suspects in Kano on Monday.", "arrested",
     105.0),
])
def test_a_number_of_several_words_restated_in_digits_is_one_count(run, text, kind, value):
    assert [q.value for e in run(text) for q in e.quantities if q.kind == kind] == [value]
