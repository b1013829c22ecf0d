"""Round 11 (rolefix) fixes in event arguments and counts: condemnations aimed at the
perpetrator, deployments, speech verbs under nested clauses, passive arrests reported by
the police, revised tolls, counts of nothing the event did, and the grievance of a protest.
Sentences written for these tests."""

from .conftest import names, one


def test_condemning_an_attack_targets_its_perpetrators(linked_events_of):
    evs = linked_events_of("Bandits stormed a school in Kolda on Monday, killing four "
                           "teachers. The interior minister condemned the 'cowardly' raid as "
                           "an act of terror.")
    assert names(one(evs, "ACCUSE").targets) == ["Bandits"]


def test_condemning_arrests_targets_who_arrested(linked_events_of):
    evs = linked_events_of("Police detained 30 students in Lome on Friday. A lawyers' group "
                           "condemned the arrests.")
    accuse = one(evs, "ACCUSE")
    assert [p.sector for p in accuse.targets] == ["COP"]


def test_forces_sent_with_no_sender_act_against_the_attackers(linked_events_of):
    evs = linked_events_of("Gunmen killed nine villagers in Dogo on Monday. Malian troops "
                           "were sent to Dogo on Tuesday.")
    m = one(evs, "MOBILIZE")
    assert [p.sector for p in m.actors] == ["MIL"]
    assert names(m.targets) == ["Gunmen"]


def test_a_named_sender_acts_and_the_forces_are_no_target(linked_events_of):
    m = one(linked_events_of("The government deployed troops against the rebels in the "
                             "north."), "MOBILIZE")
    assert names(m.actors) == ["government"]
    assert names(m.targets) == ["rebels"]


def test_counted_forces_deployed_act(linked_events_of):
    m = one(linked_events_of("Hundreds of police were deployed to the capital."), "MOBILIZE")
    assert [p.sector for p in m.actors] == ["COP"] and not m.targets


def test_units_deployed_between_two_sides_target_them(linked_events_of):
    m = one(linked_events_of("The interior ministry said it had deployed units between the "
                             "rival groups."), "MOBILIZE")
    assert names(m.targets) == ["rival groups"]


def test_an_appeal_after_a_nested_reported_clause_is_the_speakers(linked_events_of):
    evs = linked_events_of('The brigade commander said the raid proved that the bandits '
                           '"keep robbing villagers" and urged the remaining gunmen to lay '
                           'down their arms.')
    assert names(one(evs, "REQUEST").actors) == ["brigade commander"]


def test_a_passive_arrest_the_police_report_is_theirs(linked_events_of):
    evs = linked_events_of("Police in Lagos said on Friday that 62 people had been arrested "
                           "during the riots.")
    assert [p.sector for p in one(evs, "COERCE").actors] == ["COP"]


def test_a_passive_arrest_a_hospital_reports_has_no_actor(linked_events_of):
    evs = linked_events_of("A hospital spokesman said 12 people were detained.")
    assert not one(evs, "COERCE").actors


def _killed(e):
    return [q.value for q in e.quantities if q.kind == "killed"]


def test_a_revised_toll_goes_to_the_attack_past_an_event_with_no_deaths(events_of):
    evs = events_of("Bandits raided the village of Gora in Zamfara on Saturday, killing at "
                    "least 8 people, officials said. The raiders also burned about 20 shops "
                    "in the market, a resident said. Amnesty International said on Sunday "
                    "that the death toll had risen to 14 after more bodies were found.")
    assert _killed(evs[0]) == [14]


def _other(evs):
    return [q.value for e in evs for q in e.quantities if q.kind == "other"]


def test_weapons_used_are_no_count(events_of):
    assert _other(events_of("Gunmen detonated two explosive devices under the road, "
                            "killing three soldiers.")) == []


def test_the_two_sides_are_no_count(events_of):
    assert _other(events_of("The interior ministry said it had deployed units between the "
                            "two sides.")) == []


def test_a_crowd_of_thousands_is_no_count(events_of):
    assert _other(events_of("Thousands of students marched in Accra on Monday and police "
                            "fired tear gas.")) == []


def test_forces_sent_are_still_counted(events_of):
    assert _other(events_of("The government sent 600 soldiers to the region.")) == [600]


def test_the_killing_a_protest_is_over_is_not_the_crackdowns(events_of):
    evs = events_of("Police fired tear gas at hundreds of farmers protesting over the "
                    "killing of a local activist, officials said.")
    fired = [e for e in evs if e.type.plover == "ASSAULT" and e.actors]
    assert fired and _killed(fired[0]) == []
    assert any(_killed(e) == [1] for e in evs if e is not fired[0])


def test_a_revised_toll_passes_an_event_whose_deaths_are_told_elsewhere(events_of):
    evs = events_of("Bandits raided the village of Gora in Zamfara on Saturday, killing at "
                    "least 8 people, officials said. The raiders also burned about 20 shops "
                    "in the market, a resident said. Amnesty International said on Sunday "
                    "that the death toll had risen to 14 after more bodies were found. It "
                    "blamed the Black Axe gang for the raid. Police said officers had fought "
                    "the bandits on Saturday evening and had killed several of them.")
    assert _killed(evs[0]) == [14]


def test_forces_of_no_known_sector_sent_with_troops_face_the_attackers(linked_events_of):
    evs = linked_events_of("Gunmen abducted 20 villagers in Kagara on Sunday. The commissioner "
                           "said troops and police tactical units were deployed to the area on "
                           "Monday.")
    assert names(one(evs, "MOBILIZE").targets) == ["Gunmen"]
