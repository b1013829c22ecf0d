"""How counts of people combine across the mentions of one event (events/count_resolution.py
`resolve_counts`) and what a count counts (events/quantities.py): bodies found, "other"
after one person singled out, a name the tagger reads as a month, and counts told for
several operations at once. Sentences written for these tests."""

import pytest

from .conftest import one


def _people(e, kind):
    return {(q.value, q.qualifier) for q in e.quantities if q.kind == kind}


@pytest.mark.parametrize("text,expected", [
    pytest.param("Three civilian bodies were found in the village after the clash.",
                 (3.0, "exact"), id="n_bodies_found"),
    pytest.param("Soldiers found the bodies of two teachers near the school on Tuesday.",
                 (2.0, "exact"), id="bodies_of_n_people"),
    pytest.param("Police recovered four bodies from the river on Sunday.",
                 (4.0, "exact"), id="bodies_recovered"),
])
def test_bodies_count_the_dead(events_of, text, expected):
    e = one(events_of(text), "ASSAULT")
    assert _people(e, "killed") == {expected}
    assert not any(q.kind == "seized" for q in e.quantities)


def test_other_after_one_singled_out_adds_to_that_one(events_of):
    text = ("Troops killed several militants in an airstrike in Kunar province on Monday. "
            "The army confirmed that one of the militants killed in the airstrike was the "
            "commander Omar. Several other militants were also killed in the operation.")
    e = one(events_of(text), "ASSAULT")
    assert _people(e, "killed") == {(4.0, "at_least")}  # Omar and several others, not 3 + 3


def test_other_after_one_singled_out_keeps_a_larger_total(events_of):
    text = ("Troops killed five militants in an airstrike in Kunar province on Monday. "
            "The army confirmed that one of the militants killed in the airstrike was the "
            "commander Omar. Two other militants were also killed in the operation.")
    e = one(events_of(text), "ASSAULT")
    assert _people(e, "killed") == {(5.0, "exact")}


def test_name_read_as_a_month_is_a_person_beside_others(events_of):
    text = ("Jan and several fighters were killed in an airstrike on Friday. The airstrike was "
            "conducted at night, killing Jan and several other insurgents.")
    e = one(events_of(text), "ASSAULT")
    assert _people(e, "killed") == {(4.0, "at_least")}  # the same people told twice, not 7


def test_count_over_separate_operations_is_not_one_events_count(events_of):
    e = one(events_of("Soldiers killed two insurgents during separate operations in Kunar and "
                      "Logar provinces on Sunday."), "ASSAULT")
    assert _people(e, "killed") == {(1.0, "at_least")}


def test_count_of_the_operation_itself_beats_the_total_of_several(events_of):
    evs = events_of("Police detained two suspects during separate raids in the city on Monday. "
                    "During the first raid, police detained one man.")
    e = one(evs, "COERCE")
    assert _people(e, "arrested") == {(1.0, "exact")}


def test_count_of_one_operation_is_kept(events_of):
    e = one(events_of("Soldiers killed two insurgents during an operation in Kunar province on "
                      "Sunday."), "ASSAULT")
    assert _people(e, "killed") == {(2.0, "exact")}


def test_the_perpetrators_own_tally_is_kept_beside_another_count(linked_events_of):
    # counts that disagree between sources are both kept (bench/events/fresh2/README.md)
    events = linked_events_of("Insurgents killed five villagers in an attack on a village in Cabo "
                       "Delgado province on Saturday, local officials said. The Islamic State "
                       "group claimed the attack, saying its fighters had killed 11 Christians.")
    killed = [q.value for e in events if e.type.plover == "ASSAULT"
              for q in e.quantities if q.kind == "killed"]
    assert killed == [5, 11]


def test_the_sides_of_a_clash_are_not_among_its_dead(events_of):
    events = events_of("Clashes between three rival militias in the port city killed at least "
                       "nine people on Sunday.")
    killed = {(q.value, q.qualifier) for e in events for q in e.quantities
              if q.kind == "killed"}
    assert killed == {(9.0, "at_least")}
