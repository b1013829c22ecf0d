"""Round 25 counts (r25qty): people put to flight are the toll of the violence that drove
them out, not of the evacuation or the appeal told with them; a range of people that opens
a reported clause is the clause's subject. Invented sentences."""

from __future__ import annotations

from datetime import date

WEEK = date(2027, 3, 3)  # a Wednesday


def _counts(e):
    return {(q.kind, q.value, q.qualifier) for q in e.quantities}


def _violent(events):
    return [e for e in events if e.type.plover == "ASSAULT" and e.modality == "asserted"]


# ---------------------------------------- evacuated people belong to the violent event
def test_villagers_evacuated_after_a_raid_are_the_raids_displaced(events_of):
    events = events_of("Gunmen attacked a village near the border on Monday, killing nine "
                       "civilians, local officials said. About 1,200 residents were evacuated "
                       "to a nearby town, the regional governor said.", WEEK)
    attack = _violent(events)
    assert attack and ("displaced", 1200, "about") in _counts(attack[0])
    assert all(q.kind != "displaced" for e in events if e.type.plover != "ASSAULT"
               for q in e.quantities)


def test_families_evacuated_after_fighting_are_the_fightings_displaced(events_of):
    events = events_of("Fighting between two armed groups killed at least 14 people on "
                       "Tuesday, a local official said. Some 3,000 families were evacuated "
                       "from nearby hamlets to schools, the provincial government said.", WEEK)
    fight = _violent(events)
    assert fight and ("displaced", 3000, "about") in _counts(fight[0])


def test_people_who_fled_are_not_the_appeals_count(events_of):
    events = events_of("Troops and rebels clashed near the town on Monday, killing six "
                       "soldiers, the army said. A UN office said on Tuesday that 2,000 people "
                       "had fled to monasteries in the town, and it urged both sides to let "
                       "aid through.", WEEK)
    clash = _violent(events)
    assert clash and ("displaced", 2000, "exact") in _counts(clash[0])
    assert all(q.kind != "displaced" for e in events if e.type.plover == "REQUEST"
               for q in e.quantities)


def test_households_evacuated_by_police_stay_with_the_police_operation(events_of):
    # the police moved the people out themselves: their own act, no toll of an attack
    events = events_of("A roadside bomb killed two children in the town on Monday, police "
                       "said. On Wednesday officers cordoned off the area and evacuated about "
                       "40 households while they searched for more explosives.", WEEK)
    blast = _violent(events)
    assert blast and all(q.kind != "displaced" for q in blast[0].quantities)


def test_people_evacuated_before_a_storm_are_no_attacks_displaced(events_of):
    # a cause of its own ("because of the storm"): not the attack's toll
    events = events_of("Gunmen killed three farmers in the district on Monday, police said. "
                       "About 5,000 people were evacuated from the coast because of the "
                       "storm, the disaster agency said.", WEEK)
    attack = _violent(events)
    assert attack and all(q.kind != "displaced" for q in attack[0].quantities)


# ---------------------------------------- "said between 200 and 300 people had fled"
def test_a_range_of_people_who_fled_is_counted(events_of):
    events = events_of("Militants stormed a police post in the district on Friday, killing "
                       "four officers, police said. Residents said between 500 and 700 people, "
                       "mostly women and children, had fled their villages since the attack.",
                       WEEK)
    attack = _violent(events)
    assert attack and {("displaced", 500, "at_least"),
                       ("displaced", 700, "at_most")} <= _counts(attack[0])


def test_the_range_becomes_the_subject_of_its_clause():
    from wirecoder.language import parse

    doc = parse("Officials said between 20 and 30 people were arrested at the rally.")
    people = next(t for t in doc if t.lower_ == "people")
    assert people.dep_ == "nsubjpass" and people.head.lower_ == "arrested"


def test_a_range_between_two_places_is_left_alone():
    from wirecoder.language import parse

    doc = parse("The road between the two towns was closed after the attack.")
    road = next(t for t in doc if t.lower_ == "road")
    assert road.head.lower_ == "closed"


# ------------------------------- two sources' tolls in one sentence: both kept, never summed
def test_the_ministrys_toll_and_the_rebels_claim_are_both_kept(events_of):
    events = events_of("Separatist fighters ambushed an army convoy on Thursday, killing three "
                       "soldiers, the defence ministry said, while the separatists said they "
                       "had killed 20.", WEEK)
    attack = _violent(events)
    killed = {q.value for e in attack for q in e.quantities if q.kind == "killed"}
    assert attack and {3, 20} <= killed and 23 not in killed


def test_one_sources_two_counts_still_add_up(events_of):
    events = events_of("Gunmen attacked a bus on Thursday, killing three soldiers and two "
                       "civilians, the defence ministry said.", WEEK)
    attack = _violent(events)
    assert attack and ("killed", 5, "exact") in _counts(attack[0])


def test_the_ministry_is_the_source_of_a_count_before_its_saying():
    from wirecoder.events.count_sums import source_of
    from wirecoder.language import parse

    doc = parse("Rebels ambushed a convoy on Thursday, killing three soldiers, the defence "
                "ministry said.")
    three = next(t for t in doc if t.lower_ == "three")
    told = source_of(three)
    assert told is not None and "ministry" in told[1]


def test_the_claimed_figure_told_again_stays_the_claimants(events_of):
    events = events_of("Rebels ambushed an army patrol on Tuesday, killing two soldiers, the "
                       "defence ministry said, while the rebels said they had killed 12. The "
                       "rebel group said in a statement on Wednesday that 12 soldiers had been "
                       "killed.", WEEK)
    attack = _violent(events)
    killed = {q.value for e in attack for q in e.quantities if q.kind == "killed"}
    assert attack and {2, 12} <= killed


def test_soldiers_and_terrorists_in_scare_quotes_are_two_sides():
    # the count's object may go unread behind a quote: its evidence still says whose dead
    from wirecoder.events.count_sums import _two_sides
    from wirecoder.records import Quantity, Span

    soldiers = Quantity(kind="killed", value=7.0, qualifier="exact", object="soldiers",
                        evidence=(Span(start=0, end=14, text="seven soldiers"),))
    fighters = Quantity(kind="killed", value=31.0, qualifier="exact", object=None,
                        evidence=(Span(start=40, end=54, text='31 "terrorists'),))
    assert _two_sides([soldiers, fighters])


# ------------------------------------------------------------- bodies are the dead
def test_bodies_recovered_some_burned_are_counted_dead_not_destroyed(events_of):
    events = events_of("Between six and ten people were killed in clashes between rival gangs "
                       "around a farming town over the weekend, residents said.\n\nThe state "
                       "prosecutor's office said Tuesday it had recovered five bodies, several "
                       "of them burned, from a rural road. The gunmen also set fire to at least "
                       "20 homes, they said.", WEEK)
    qs = [q for e in _violent(events) for q in e.quantities]
    assert ("killed", 5, "exact") in {(q.kind, q.value, q.qualifier) for q in qs}
    assert not any(q.kind == "destroyed" and "bodies" in (q.object or "") for q in qs)


# ----------------------------------------- "nine of the 17 people abducted were released"
def test_part_of_the_abducted_released_is_a_count_of_people_let_go():
    from wirecoder.events.count_kinds import kind_for
    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.language import parse

    doc = parse("Eleven of the 20 people abducted by gunmen last week have been released.")
    people = next(t for t in doc if t.lower_ == "people")
    assert kind_for(people, "captured", load_lexicon()) == "other"


# ------------------------------ the object of a coordinated act is not the trigger's people
def test_people_taken_away_are_not_counted_as_shot_dead(events_of):
    events = events_of("Gunmen stormed a village in the north late on Monday, shooting dead a "
                       "guard and taking away 20 people, local officials said.", WEEK)
    killed = {q.value for e in events for q in e.quantities if q.kind == "killed"}
    captured = {q.value for e in events for q in e.quantities if q.kind == "captured"}
    assert 21 not in killed and 20 not in killed and 20 in captured


def test_killed_and_wounded_in_coordinated_verbs_are_both_counted(events_of):
    events = events_of("Gunmen attacked a bus on Monday, killing four passengers and wounding "
                       "nine, police said.", WEEK)
    attack = _violent(events)
    assert attack and {("killed", 4, "exact"), ("injured", 9, "exact")} <= _counts(attack[0])


def test_livestock_driven_off_in_the_raid_is_still_the_raids_count(events_of):
    events = events_of("Armed raiders killed at least five villagers in an attack on a "
                       "settlement late on Monday and drove off about 300 head of livestock, "
                       "police said.", WEEK)
    attack = _violent(events)
    assert attack and ("other", 300, "about") in _counts(attack[0])
