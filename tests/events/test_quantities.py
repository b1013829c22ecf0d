import pytest

from .conftest import one


def _q(e):
    return {(q.kind, q.value, q.qualifier) for q in e.quantities}


def test_more_than_with_object(events_of):
    e = one(events_of("The operation resulted in the destruction of over 130 mortar and rocket "
                      "launchers."), "COERCE")
    q = [q for q in e.quantities if q.value == 130][0]
    assert (q.kind, q.qualifier, q.object) == ("destroyed", "more_than",
                                               "mortar and rocket launchers")


@pytest.mark.parametrize("text,expected", [
    ("At least five people were killed in the attack.", ("killed", 5, "at_least")),
    ("Gunmen killed twenty-five villagers on Sunday.", ("killed", 25, "exact")),
    ("About 50 peasants have been kidnapped by guerrillas.", ("captured", 50, "about")),
    ("Police detained up to 40 students.", ("arrested", 40, "at_most")),
    ("The bombing wounded fewer than ten passengers.", ("injured", 10, "less_than")),
    ("Soldiers arrested several protesters.", ("arrested", 3, "at_least")),
])
def test_counts_kinds_and_qualifiers(events_of, text, expected):
    found = set().union(*(_q(e) for e in events_of(text)))
    assert expected in found


@pytest.mark.parametrize("text,plover,expected", [
    pytest.param("The force arrested a Taliban leader and two suspected insurgents.", "COERCE",
                 ("arrested", 3, "at_least"), id="coordinated_people_add_up"),
    pytest.param("Soldiers killed a rebel commander and two of his bodyguards near the border.",
                 "ASSAULT", ("killed", 3.0, "at_least"),
                 id="named_person_coordinated_with_a_count_adds_one"),
    pytest.param("The army ambushed the rebels, which resulted in the deaths of five fighters.",
                 "ASSAULT", ("killed", 5.0, "exact"), id="deaths_of_n_people_are_killed"),
    pytest.param("Several gunmen were killed. Numerous others were detained by the police.",
                 "COERCE", ("arrested", 4.0, "at_least"), id="vague_amount_of_others"),
    pytest.param("Police arrested 10-15 suspects in the raid.", "COERCE",
                 ("arrested", 10.0, "at_least"), id="a_range_in_digits"),
    pytest.param("The patrol returned fire, killing one gunman and forcing the others to flee.",
                 "ASSAULT", ("killed", 1.0, "exact"), id="returned_fire_is_gunfire_not_a_blaze"),
    pytest.param("The raid resulted in four villagers being killed and one villager wounded.",
                 "ASSAULT", ("killed", 4.0, "exact"), id="people_before_being_killed"),
    pytest.param("Soldiers detained the suspects near the market.", "COERCE",
                 ("arrested", 2.0, "at_least"), id="a_definite_plural_without_an_earlier_count"),
])
def test_one_event_counts(events_of, text, plover, expected):
    assert expected in _q(one(events_of(text), plover))


def test_later_count_during_the_operation_adds_to_the_total(events_of):
    evs = events_of("Police arrested a gang leader during a raid in the city on Monday. The leader "
                    "ran a smuggling network. The police detained two suspected gang members "
                    "during the operation.")
    ev = one(evs, "COERCE")
    got = {(q.kind, q.value) for q in ev.quantities}
    assert ("arrested", 3.0) in got, got


def _arrested(evs):
    return {(q.value, q.qualifier) for e in evs if e.type.plover == "COERCE"
            for q in e.quantities if q.kind == "arrested"}


def test_captured_and_additional_detained_add_up_across_sentences(events_of):
    evs = events_of("Security forces captured a smuggling network leader in the north of the "
                    "country yesterday. The security force detained one additional suspect "
                    "during the operation.")
    assert (2, "at_least") in _arrested(evs)


def test_count_marked_additional_adds_within_one_sentence(events_of):
    evs = events_of("Police captured a gang leader and detained two additional suspects in a "
                    "raid on Monday.")
    assert (3, "at_least") in _arrested(evs)


def test_caseless_text_caps_the_confidence():
    from wirecoder.events.calibration import calibrate, caseless, settings

    cased = "Soldiers killed three rebels near Goma on Monday, the Army said. " * 4
    text = cased.lower()
    assert caseless(text) and caseless(text.upper()) and not caseless(cased)
    if settings() is not None:
        assert calibrate(1.0, [1, 1, 1, 1, 1], text) < 0.8
        assert calibrate(1.0, [1, 1, 1, 1, 1], cased) >= 0.8


def _killed(evs):
    return {(q.value, q.qualifier) for e in evs if e.type.plover == "ASSAULT"
            for q in e.quantities if q.kind == "killed"}


def test_object_shared_by_killed_and_wounded_counts_for_the_killing(events_of):
    evs = events_of("Army troops killed and wounded several rebels in the north of the "
                    "country on Sunday.")
    assert (3, "at_least") in _killed(evs)
    evs = events_of("A police patrol killed and wounded several gunmen near the market "
                    "on Sunday.")
    assert _killed(evs) == {(3, "at_least")}  # the patrol is the agent, not a person killed


def test_name_coordinated_with_a_person_noun_counts_one(events_of):
    assert (2, "at_least") in _killed(events_of("Soldiers killed Rostum and his associate."))


def test_person_and_several_of_his_associates(events_of):
    evs = events_of("Police detained a gang leader and several of his associates during a raid "
                    "on Monday.")
    assert (4, "at_least") in _arrested(evs)


def test_dealer_arrested_and_several_detained_add_up(events_of):
    evs = events_of("Police arrested an arms dealer and detained several suspects in the city "
                    "on Monday.")
    assert (4, "at_least") in _arrested(evs)


def test_agent_noun_object_counts_one_but_the_agent_does_not(events_of):
    evs = events_of("A police patrol detained a kidnapper in the capital on Monday.")
    assert _arrested(evs) == {(1, "at_least")}


def test_a_range_counts_its_lower_bound_at_least(events_of):
    e = one(events_of("Troops killed eight to 12 insurgents on Monday."), "ASSAULT")
    assert ("killed", 8.0, "at_least") in _q(e)
    assert not any(q.value == 20 for q in e.quantities)


def test_weights_found_in_an_arrest_are_not_people(events_of):
    e = one(events_of("Police detained multiple suspects and seized 50 pounds (22 kgs) of "
                      "heroin."), "COERCE")
    people = {q.value for q in e.quantities if q.kind == "arrested"}
    assert people == {3.0}


def test_people_named_after_including_are_part_of_the_count(events_of):
    e = one(events_of("Soldiers killed four insurgents, including two armed women, during a "
                      "raid."), "ASSAULT")
    killed = {q.value for q in e.quantities if q.kind == "killed"}
    assert 4.0 in killed and 6.0 not in killed


def test_leader_named_after_his_group_counts_one(events_of):
    e = one(events_of("Soldiers arrested an Islamic Movement of Uzbekistan (IMU) leader on "
                      "Monday."), "COERCE")
    assert e.type.acled_sub_event_type == "Arrests"
    assert ("arrested", 1, "at_least") in _q(e)


def test_a_file_number_is_not_a_count(events_of):
    evs = events_of("Release 011-07-S-046. Soldiers captured a rebel leader and one of his "
                    "associates.")
    e = one(evs, "COERCE")
    assert {q.value for q in e.quantities if q.kind == "arrested"} == {2.0}


def test_things_seized_beside_an_arrest_are_not_people(events_of):
    e = one(events_of("The police also detained two suspects and seized multiple grenades, a "
                      "rifle with ammunition, an army uniform and two identification cards."),
            "COERCE")
    assert {q.value for q in e.quantities if q.kind == "arrested"} == {2.0}


def test_person_searched_for_is_not_counted_as_detained(events_of):
    e = one(events_of("The soldiers detained several suspected rebels on Monday while in "
                      "pursuit of a rebel commander who leads an attack cell."), "COERCE")
    assert {q.value for q in e.quantities if q.kind == "arrested"} == {3.0}


def test_the_plural_takes_the_count_of_its_earlier_mention(events_of):
    evs = events_of("As the patrol surrounded the compound, several armed militants threatened "
                    "the soldiers. The armed militants, one of them a rebel commander, were all "
                    "killed.")
    e = one(evs, "ASSAULT")
    killed = {q.value for q in e.quantities if q.kind == "killed"}
    assert 3.0 in killed and 4.0 not in killed


def test_passive_verb_coordinated_with_an_act_counts_its_shared_subject(events_of):
    evs = events_of("During a patrol, soldiers spotted several suspected insurgents. The "
                    "suspected insurgents fled into the hills. The insurgents attempted to shoot "
                    "the soldiers, and were subsequently killed.")
    killed = [e for e in evs if e.trigger.text == "killed"]
    assert killed and ("killed", 3.0, "at_least") in _q(killed[0])


def test_a_list_of_indefinite_people_counts_each(events_of):
    e = one(events_of("Soldiers captured a rebel leader, a rebel facilitator and several of their "
                      "associates during a raid."), "COERCE")
    assert ("arrested", 5.0, "at_least") in _q(e)
    e = one(events_of("Soldiers killed Omar Haidari, a rebel commander, and two fighters."),
            "ASSAULT")
    assert ("killed", 3.0, "at_least") in _q(e)


def test_places_and_operations_counted_in_an_arrest_are_not_people(events_of):
    evs = events_of("Police detained 12 suspects during four operations in two provinces on "
                    "Monday.")
    arrests = [e for e in evs if e.type.plover == "COERCE"]
    # the 12 are spread over four operations, so the one event holds at least one of them
    # (test_counts_combine.py); the operations and provinces are never counted as people
    assert [(q.kind, q.value) for q in arrests[0].quantities if q.kind == "arrested"] == [
        ("arrested", 1.0)]
    assert not [q for q in arrests[0].quantities if q.value in (2.0, 4.0)
                and q.kind in ("arrested", "captured")]


def test_one_of_whom_is_part_of_the_people_counted(events_of):
    evs = events_of("Soldiers detained two men, one of whom was carrying a rifle, at a "
                    "checkpoint on Monday.")
    arrests = [e for e in evs if e.type.plover == "COERCE"]
    assert [q.value for q in arrests[0].quantities if q.kind == "arrested"] == [2.0]


def test_them_counts_as_many_as_the_people_counted_before(events_of):
    evs = events_of("Soldiers found three wounded gunmen in a ditch near the village on Monday. "
                    "The soldiers treated their wounds before detaining them along with one "
                    "other man.")
    arrests = [e for e in evs if e.type.plover == "COERCE"]
    assert [q.value for q in arrests[0].quantities if q.kind == "arrested"] == [4.0]


def test_them_after_uncounted_people_adds_no_count(events_of):
    evs = events_of("Police surrounded armed men in a house in the city on Friday and arrested "
                    "them.")
    arrests = [e for e in evs if e.type.plover == "COERCE"]
    assert not [q for q in arrests[0].quantities if q.kind == "arrested" and q.value > 2]


def test_a_count_inside_a_relative_clause_is_not_the_people_detained(events_of):
    evs = events_of("Police detained several suspects in the city on Monday while in pursuit "
                    "of a rebel commander who leads one of the largest smuggling cells in the "
                    "province.")
    arrests = [e for e in evs if e.type.plover == "COERCE"]
    assert [q.value for q in arrests[0].quantities if q.kind == "arrested"] == [3.0]


def test_people_described_by_the_trigger_are_its_count(events_of):
    evs = events_of("Callouts occurred at two compounds in the district, resulting in two men "
                    "taken into custody by the police.")
    arrests = [e for e in evs if e.type.plover == "COERCE"]
    assert [q.value for q in arrests[0].quantities if q.kind == "arrested"] == [2.0]


def test_a_vague_count_with_its_noun_left_out_counts_people(events_of):
    evs = events_of("Gunmen fired on the patrol near the village on Monday. The soldiers "
                    "returned fire, killing several.")
    kills = [e for e in evs if any(q.kind == "killed" for q in e.quantities)]
    assert [(q.value, q.qualifier) for q in kills[0].quantities if q.kind == "killed"] == [
        (3.0, "at_least")]


def test_a_dateline_day_is_not_a_count(events_of):
    evs = events_of("KANO, Nigeria, Feb 11 - Police arrested 12 suspects in the city on "
                    "Tuesday.")
    arrests = [e for e in evs if e.type.plover == "COERCE"]
    assert [q.value for q in arrests[0].quantities if q.kind == "arrested"] == [12.0]


def test_harm_to_death_counts_the_killed(events_of):
    e = one(events_of("Gunmen shot the mayor to death outside his home on Monday."), "ASSAULT")
    assert [(q.kind, q.value) for q in e.quantities] == [("killed", 1.0)]
    e = one(events_of("Gunmen shot two guards outside the bank on Monday."), "ASSAULT")
    assert [(q.kind, q.value) for q in e.quantities] == [("injured", 2.0)]  # shot, not killed


# a harm verb coordinated with a killing verb that shares its people: they died
def test_shot_and_killed_counts_the_dead_not_the_hurt(events_of):
    e = one(events_of("Three traders were shot and killed at the market in Gao on Monday."),
            "ASSAULT")
    assert _q(e) == {("killed", 3, "exact")}
    e = one(events_of("Soldiers shot and killed the smugglers near Gao on Monday."), "ASSAULT")
    assert _q(e) == {("killed", 2, "at_least")}
    e = one(events_of("Soldiers shot and wounded the smugglers near Gao on Monday."), "ASSAULT")
    assert _q(e) == {("injured", 2, "at_least")}


# the counted subject of an active harm verb with an object did it; it is no victim count (the
# subject of a passive is)
def test_the_doers_of_a_killing_are_not_counted_among_the_dead(events_of):
    e = one(events_of("Four bandits killed two traders at the market in Gao on Monday."),
            "ASSAULT")
    assert [(q.value, q.qualifier) for q in e.quantities if q.kind == "killed"] == [(2, "exact")]
    e = one(events_of("Four bandits shot and killed a trader in Gao on Monday."), "ASSAULT")
    assert [(q.value, q.qualifier) for q in e.quantities if q.kind == "killed"] == [
        (1, "exact")]  # one civilian killed: exactly one (round 20; news gold convention)
    e = one(events_of("Four traders were killed by bandits at the market in Gao."), "ASSAULT")
    assert [(q.value, q.qualifier) for q in e.quantities if q.kind == "killed"] == [(4, "exact")]
