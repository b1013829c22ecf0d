"""What an event did to people told by a verb that is no event word of its own ("died",
"were displaced", "fled"): the count belongs to the event the verb's phrase or "when"
clause names, not to a separate event."""

from .conftest import one


def _counts(e):
    return [(q.kind, q.value, q.qualifier) for q in e.quantities]


def test_died_in_the_shelling_counts_the_dead_of_the_shelling(events_of):
    e = one(events_of("Five civilians died in the shelling of Avdiivka on Sunday."), "ASSAULT")
    assert ("killed", 5, "exact") in _counts(e)


def test_displaced_by_the_clashes(events_of):
    e = one(events_of("Some 3,000 families were displaced by the clashes near Beni."),
            "ASSAULT")
    assert ("displaced", 3000, "about") in _counts(e)


def test_fled_during_the_fighting(events_of):
    e = one(events_of("More than 12,000 residents fled during the fighting in Goma."),
            "ASSAULT")
    assert ("displaced", 12000, "more_than") in _counts(e)


def test_a_vehicle_that_hit_a_landmine_suffered_the_blast(events_of):
    evs = events_of("Two peacekeepers died when their convoy hit a landmine near Kidal.")
    e = one(evs, "ASSAULT")
    assert e.type.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert ("killed", 2, "exact") in _counts(e)
    assert "convoy" not in [p.name for p in e.actors]


def test_killed_when_a_car_hit_a_bomb_is_one_event(events_of):
    evs = events_of("Four aid workers were killed when their car struck a roadside bomb "
                    "near Gao.")
    assert len([e for e in evs if e.type.plover == "ASSAULT"]) == 1


def test_the_explosive_run_into_is_no_target(events_of):
    e = one(events_of("A freight train was derailed near Huancayo after hitting a dynamite "
                      "charge on the tracks."), "ASSAULT")
    assert not [p for p in e.targets if "charge" in p.name]
