"""Round 12 (merge12): counts and merges. Vague amounts ("scores", "thousands") are no
counts; background tolls stay out of the day's event; ranges give two bounds; what a
release, an injury or an interception counts."""

from __future__ import annotations

from .conftest import of_type


def _counts(evs, kind=None):
    return sorted((q.kind, q.value) for e in evs if e.type.plover == "ASSAULT"
                  for q in e.quantities if kind is None or q.kind == kind)


def test_scores_and_thousands_are_no_counts(events_of):
    evs = events_of("Soldiers killed scores of rebels in Kasai on Thursday, the army said. "
                    "Rebels have abducted thousands of people across the province in recent "
                    "years.")
    assert of_type(evs, "ASSAULT")
    assert _counts(evs) == []


def test_hundreds_of_a_years_toll_is_no_count(events_of):
    evs = events_of("The group has killed hundreds of civilians in the region since the "
                    "start of the year.")
    assert of_type(evs, "ASSAULT")
    assert _counts(evs) == []


def test_a_toll_over_years_stays_out_of_the_days_attack(events_of):
    evs = events_of("Three people were killed on Sunday when a rocket hit a minibus near "
                    "Garissa, police said.\n\nMore than 2,500 people were killed in the region "
                    "during the 2019-2021 insurgency, the ministry said.")
    tolls = sorted(q.value for e in evs for q in e.quantities if q.kind == "killed")
    assert tolls == [3.0, 2500.0]


def test_a_range_gives_both_bounds(events_of):
    evs = events_of("Gunmen killed between 20 and 30 villagers near Djibo on Monday.")
    assert sorted((q.value, q.qualifier) for e in evs for q in e.quantities
                  if q.kind == "killed") == [(20.0, "at_least"), (30.0, "at_most")]


def test_a_range_read_as_a_date_and_told_later_keeps_both_bounds(events_of):
    evs = events_of("Rebels attacked a village near Beni on Monday. The bodies of between 12 "
                    "and 18 people were found in a pit the next day.")
    assert sorted((q.value, q.qualifier) for e in evs for q in e.quantities
                  if q.kind == "killed") == [(12.0, "at_least"), (18.0, "at_most")]


def test_people_freed_are_no_captives_of_the_release(events_of):
    evs = events_of("Kidnappers have freed twenty-two farmers who were abducted from a village "
                    "in Zamfara last week, residents said on Friday.")
    release = [e for e in evs if e.type.plover == "RETREAT"]
    assert release and [(q.kind, q.value) for q in release[0].quantities] == [("other", 22.0)]


def test_people_who_suffered_injuries_are_injured(events_of):
    evs = events_of("Rebels shelled the harbour of Lamu on Monday, damaging two cranes, and "
                    "three dockworkers suffered minor injuries, the port authority said.")
    assert ("injured", 3.0) in _counts(evs)


def test_an_interception_told_after_a_strike_is_its_own_event(events_of):
    evs = events_of("In Kherson, drones hit a fuel depot and a bridge overnight, starting "
                    "fires, the regional governor said.\n\nThe air force said air defences had "
                    "shot down 30 of the 45 drones that Russia launched at the country "
                    "overnight.")
    downed = [e for e in evs if any(q.kind == "destroyed" for q in e.quantities)]
    assert downed and all(not any(t.name == "bridge" for t in e.targets) for e in downed)
    assert [q.value for q in downed[0].quantities if q.kind == "destroyed"] == [30.0]


def test_a_when_clause_read_as_a_relative_on_the_day_is_the_same_strike(events_of):
    evs = events_of("Two people were killed and three others were injured on Monday when a "
                    "drone struck a car on the coastal road near Sidon, the health ministry "
                    "said.")
    strikes = [e for e in evs if e.type.plover == "ASSAULT"]
    assert len(strikes) == 1
    assert ("killed", 2.0) in [(q.kind, q.value) for q in strikes[0].quantities]


def test_vehicles_the_attackers_came_in_are_no_count(events_of):
    evs = events_of("Three guards were killed in an exchange of fire with the raiders, who "
                    "arrived in at least six pickup trucks, the prison service said.")
    assert of_type(evs, "ASSAULT")
    assert ("other", 6.0) not in _counts(evs)


def test_a_bomb_told_in_a_second_clause_keeps_its_own_dead(events_of):
    evs = events_of("Gunmen shot dead the mayor of Jilib as he left a mosque on Friday "
                    "evening, and a roadside bomb killed three policemen on a road north of the "
                    "town, officials said.")
    shooting = [e for e in evs if any("mayor" in (t.name, *t.mentions) for t in e.targets)]
    assert shooting and [q.value for q in shooting[0].quantities if q.kind == "killed"] == [1.0]
    assert ("killed", 3.0) in _counts(evs)


def test_a_blast_noun_subject_of_the_second_clause_is_that_clauses_event(events_of):
    evs = events_of("Gunmen shot dead a judge in Kandahar as he left a court on Friday evening, "
                    "and a landmine blast killed three policemen on a road north of the city, "
                    "officials said.")
    shooting = [e for e in evs if any(t.name == "judge" for t in e.targets)]
    assert shooting and [q.value for q in shooting[0].quantities if q.kind == "killed"] == [1.0]


def test_the_weapon_named_again_is_the_same_attack(events_of):
    evs = events_of("A roadside bomb killed three policemen on a highway north of the town on "
                    "Sunday morning, officials said. The group also claimed the blast.\n\nThe "
                    "bomb hit a pickup carrying policemen near Kismayo, about 60 km to the north, "
                    "a police officer said.")
    attacks = [e for e in evs if e.type.plover == "ASSAULT"]
    assert len(attacks) == 1
