from .conftest import names, one

SEED_OPENING = (
    "American forces, in cooperation with the Syrian Ministry of Interior, launched a joint "
    "operation in southern Syria from November 24th to 27th, destroying over 15 ISIS weapon "
    "hideouts.\nThe operation resulted in the destruction of over 130 mortar and rocket "
    "launchers and machine guns.")


def test_repeated_mentions_merge(events_of):
    evs = [e for e in events_of(SEED_OPENING) if e.modality == "asserted"]
    assert len(evs) == 1
    e = evs[0]
    assert {q.value for q in e.quantities} >= {15, 130}
    assert len(e.evidence) == 2  # both sentences


def test_two_events_in_one_sentence(events_of):
    evs = events_of("Rebels attacked the town of Kidal and police arrested 12 suspects.")
    assert sorted(e.type.plover for e in evs) == ["ASSAULT", "COERCE"]


def test_another_attack_is_a_new_event(events_of):
    evs = events_of("A bomb exploded in a market in Kabul on Monday. Another bomb exploded "
                    "at a school in Kandahar on Tuesday.")
    assert len([e for e in evs if e.type.plover == "ASSAULT"]) == 2


def test_ids_are_stable(events_of):
    a = [e.id for e in events_of(SEED_OPENING)]
    b = [e.id for e in events_of(SEED_OPENING)]
    assert a == b and len(set(a)) == len(a)


def test_seizure_then_arrest_in_one_operation_is_an_arrest(events_of):
    evs = events_of("Police searched a house in the city on Monday. Several rifles were seized "
                    "during the search. The police arrested four men.")
    coerce = [e for e in evs if e.type.plover == "COERCE" and e.modality == "asserted"]
    assert [e.type.acled_sub_event_type for e in coerce] == ["Arrests"]
    assert ("arrested", 4.0) in {(q.kind, q.value) for q in coerce[0].quantities}


def test_coordinated_arrests_of_different_people_are_one_operation(events_of):
    evs = events_of("Soldiers arrested a rebel arms supplier and detained several suspected "
                    "militants in the village.")
    arrests = [e for e in evs if e.type.plover == "COERCE" and e.modality == "asserted"]
    assert len(arrests) == 1
    assert ("arrested", 4.0) in {(q.kind, q.value) for q in arrests[0].quantities}


def test_also_detained_unnamed_people_join_the_earlier_arrest(events_of):
    evs = events_of("An army unit captured Omar Haidari, a rebel weapons supplier, in the "
                    "village on Monday. The supplier smuggled rifles across the border. The "
                    "unit also detained several suspected rebels.")
    arrests = [e for e in evs if e.type.plover == "COERCE" and e.modality == "asserted"]
    assert len(arrests) == 1
    assert ("arrested", 4.0) in {(q.kind, q.value) for q in arrests[0].quantities}


def test_people_detained_during_the_operation_add_to_the_arrest(events_of):
    evs = events_of("An army unit captured a rebel leader on Monday. The unit confiscated rifles "
                    "and detained two suspects during the operation.")
    arrests = [e for e in evs if e.type.plover == "COERCE" and e.modality == "asserted"]
    assert ("arrested", 3.0) in {(q.kind, q.value) for q in arrests[0].quantities}


def test_injured_in_the_battle_is_part_of_the_battle(events_of):
    evs = events_of("Soldiers killed a rebel commander and one other fighter during a raid on "
                    "Monday. The commander had planned bombings. Two farmers were injured in the "
                    "battle.")
    assaults = [e for e in evs if e.type.plover == "ASSAULT" and e.modality == "asserted"]
    assert len(assaults) == 1
    assert ("injured", 2.0) in {(q.kind, q.value) for q in assaults[0].quantities}


def test_a_pronoun_captured_is_the_arrest_reported_before(events_of):
    evs = events_of("Police captured a rebel chief and detained two suspects in the province. "
                    "The chief led the group. He was captured during a search of a series of "
                    "compounds.")
    arrests = [e for e in evs if e.type.plover == "COERCE" and e.modality == "asserted"]
    assert len(arrests) == 1


def test_an_arrest_relabelled_by_a_classifier_is_still_an_arrest():
    from types import SimpleNamespace

    from wirecoder.events.merge import _arrest, _people_over_things
    from wirecoder.events.typing import Typed

    relabelled = SimpleNamespace(typed=Typed("COERCE", "arrest", "Disrupted weapons use", "173",
                                             0.9))
    arrest = SimpleNamespace(typed=Typed("COERCE", "arrest", "Arrests", "173", 0.9))
    seizure = SimpleNamespace(typed=Typed("COERCE", "seize", "Disrupted weapons use", "1711",
                                          0.9))
    assert _arrest(relabelled) and _arrest(arrest) and not _arrest(seizure)
    assert _people_over_things(relabelled, arrest) and _people_over_things(seizure, arrest)
    assert not _people_over_things(arrest, arrest)


def test_a_visit_named_to_date_another_event_adds_nobody_to_the_meeting(events_of):
    # "prior to Ruto's visit to State House": the visit only dates the drills; the host
    # (Kenya's government) is no second target of the meeting, and the drills' claimant and
    # counts stay out of it
    evs = events_of("President Samia Suluhu Hassan met Kenyan President William Ruto on May 4 "
                    "in Dar es Salaam. Kenyan officials said that prior to Ruto's visit to State "
                    "House, the army had carried out 12 border patrols.")
    meet = one(evs, "CONSULT")
    assert len(meet.targets) == 1 and "Ruto" in names(meet.targets)[0]
    assert not meet.claims and not meet.quantities


def test_an_operation_with_a_purpose_is_one_asserted_operation(events_of):
    evs = events_of("The Nigerian government said the army had carried out clearance operations "
                    "in several northern states to combat Boko Haram fighters.")
    ops = [e for e in evs if e.type.plover in ("COERCE", "ASSAULT")]
    assert len(ops) == 1
    assert ops[0].type.plover == "COERCE" and ops[0].modality == "asserted"
    assert ops[0].targets


def test_a_far_operation_word_is_not_an_earlier_operation(events_of):
    evs = events_of(
        "Kenyan troops destroyed 20 al-Shabaab weapons caches in Lamu County on March 3. "
        "The ministry thanked the soldiers. Parliament debated the budget. The president "
        "travelled to Nairobi. Talks with donors continued. Later, Somalia said its army had "
        "carried out operations in several regions to combat al-Shabaab fighters.")
    coerce = [e for e in evs if e.type.plover == "COERCE" and e.modality == "asserted"]
    assert len(coerce) == 2


def test_a_background_event_takes_no_later_plain_mention(events_of):
    evs = events_of("The rebels lost their last town in 2016 under army shelling. Facing the "
                    "scattered operations of the rebels, the general said, \"We will keep up "
                    "the pressure.\"")
    old = [e for e in evs if e.modality == "historical"]
    assert old and not old[0].claims


# --- one count per kind of people for a merged event (resolve_counts) ---

def _counts(evs, plover, kind):
    found = [e for e in evs if e.type.plover == plover and e.modality == "asserted"]
    assert len(found) == 1, [(e.type.plover, e.summary) for e in evs]
    return [q for q in found[0].quantities if q.kind == kind]


def test_a_third_person_killed_later_adds_to_the_total(events_of):
    evs = events_of("Two gunmen were killed in a clash with police near the village on Monday. "
                    "A third gunman was killed later in the engagement.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert [(q.value, q.qualifier) for q in qs] == [(3.0, "at_least")]
    assert len(qs[0].evidence) == 2  # both counts kept as evidence


def test_a_repeated_count_does_not_double(events_of):
    evs = events_of("Troops detained four suspected smugglers in the district on Tuesday. The "
                    "troops detained the four men after a search of their truck.")
    qs = _counts(evs, "COERCE", "arrested")
    assert [q.value for q in qs] == [4.0]
    assert len(qs[0].evidence) == 2


def test_a_number_tells_how_many_a_vague_count_was(events_of):
    evs = events_of("Police detained several suspects in the city on Monday. Five suspects "
                    "were detained during the raid.")
    qs = _counts(evs, "COERCE", "arrested")
    assert [(q.value, q.qualifier) for q in qs] == [(5.0, "exact")]


def test_an_update_release_revises_the_count(events_of):
    evs = events_of("Police detained several suspects in the city on Monday.\n\n"
                    "UPDATE: Police Confirm Arrests in the City\n"
                    "Police detained two suspects in the city on Monday.")
    qs = _counts(evs, "COERCE", "arrested")
    assert [(q.value, q.qualifier) for q in qs] == [(2.0, "exact")]


def test_a_campaign_tally_is_not_the_event_count(events_of):
    evs = events_of("Police arrested two suspects in the town on Monday. The police have "
                    "arrested 45 suspects in the province since January.")
    qs = [q for e in evs if e.type.plover == "COERCE" and e.modality == "asserted"
          for q in e.quantities if q.kind == "arrested"]
    assert 2.0 in [q.value for q in qs] and 47.0 not in [q.value for q in qs]


def test_a_named_person_beside_a_count_is_one_more(events_of):
    evs = events_of("Soldiers killed the rebel commander Omar Wali in a raid in the valley on "
                    "Friday. The soldiers killed three guards and confirmed Wali was killed "
                    "during the raid.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert [(q.value, q.qualifier) for q in qs] == [(4.0, "at_least")]


def test_the_same_number_hedged_once_is_at_least(events_of):
    evs = events_of("Gunmen killed 12 villagers in an attack on a market in the town on Monday. "
                    "At least 12 villagers were killed in the attack.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert [(q.value, q.qualifier) for q in qs] == [(12.0, "at_least")]


def test_one_of_the_people_counted_before_does_not_add(events_of):
    evs = events_of("Police detained three suspects in the city on Monday. One of the suspects "
                    "was later detained again in the market.")
    qs = _counts(evs, "COERCE", "arrested")
    assert [q.value for q in qs] == [3.0]


def test_an_act_inside_an_attack_noun_is_one_event(events_of):
    evs = events_of("Gunmen killed 12 villagers in an attack on a market in the town on Monday.")
    assert len([e for e in evs if e.type.plover == "ASSAULT" and e.modality == "asserted"]) == 1


def test_a_later_mention_joins_the_event_that_names_its_target(events_of):
    # the bombing Wali planned is told in between; "The strike killed Wali and ..." is the
    # airstrike again, not the bombing
    evs = events_of("Troops killed the rebel commander Omar Wali in an airstrike in the valley "
                    "on Friday. Wali planned the bombing of a market that killed nine people. "
                    "The strike killed Wali and several other fighters.")
    strike = [e for e in evs if e.type.plover == "ASSAULT" and "Omar Wali" in names(e.targets)]
    assert len(strike) == 1
    assert [(q.kind, q.value) for q in strike[0].quantities] == [("killed", 4.0)]


def test_a_title_case_headline_noun_is_not_a_second_named_person(events_of):
    evs = events_of("Rebel Commander Killed in Eastern Valley\nTroops killed the rebel leader "
                    "Omar Wali in an airstrike in the valley on Friday.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert [q.value for q in qs] == [1.0]


def test_a_first_count_of_part_of_a_group_is_the_count(events_of):
    evs = events_of("Police surrounded a group of gunmen in the town on Monday. The police "
                    "opened fire, killing many of them. Two more gunmen were killed later in "
                    "the clash.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert [(q.value, q.qualifier) for q in qs] == [(5.0, "at_least")]


def test_he_after_the_third_man_is_one_more(events_of):
    evs = events_of("Police killed two gunmen who attacked a checkpoint in the town on Monday. "
                    "As the third gunman tried to flee, he was shot and killed by the police.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert [(q.value, q.qualifier) for q in qs] == [(3.0, "at_least")]


def test_a_later_death_toll_revises_the_count(events_of):
    evs = events_of("A car bomb killed four people at a market in the city on Sunday. Police "
                    "said the bomber had planned the attack for weeks. The death toll rose to 11 "
                    "on Monday.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert [(q.value, q.qualifier) for q in qs] == [(11.0, "exact")]
    assert [e.text for e in qs[0].evidence] == ["four people", "11"]


def test_the_number_a_sentence_revises_to_replaces_the_count(events_of):
    evs = events_of("A car bomb killed four people at a market in the city on Sunday. The "
                    "number of people killed in the bombing rose to nine.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert [q.value for q in qs] == [9.0]


def test_people_who_later_died_of_wounds_add_to_the_count(events_of):
    evs = events_of("A car bomb killed four people at a market in the city on Sunday. Two of "
                    "the wounded later died in hospital.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert [q.value for q in qs] == [6.0]


def test_an_added_count_keeps_the_estimate_or_bound_of_the_total(events_of):
    evs = events_of("Gunmen killed about 20 villagers in the town on Monday. Three more "
                    "villagers were killed later that day.")
    assert [(q.value, q.qualifier) for q in _counts(evs, "ASSAULT", "killed")] == [
        (23.0, "about")]
    evs = events_of("Gunmen killed more than 20 villagers in the town on Monday. Three more "
                    "villagers were killed later that day.")
    assert [(q.value, q.qualifier) for q in _counts(evs, "ASSAULT", "killed")] == [
        (23.0, "more_than")]


def test_other_people_are_other_than_those_just_named(events_of):
    # "two other suspects": other than the guard just named, who is one of the two before
    evs = events_of("Police detained two suspected smugglers in the city on Monday, including a "
                    "border guard. The police captured the guard at his house. Two other "
                    "suspects were also detained in that raid.")
    assert [q.value for q in _counts(evs, "COERCE", "arrested")] == [3.0]
    # after a count that added people, "another" adds to the whole total
    evs = events_of("Police captured a rebel leader in the city on Monday. The police also "
                    "detained four suspects during the search. Another suspect was arrested "
                    "later at a checkpoint.")
    assert [q.value for q in _counts(evs, "COERCE", "arrested")] == [6.0]


def test_losses_of_both_sides_of_a_fight_are_one_event_with_two_counts(events_of):
    evs = events_of("Security forces killed 11 militants in a raid on a hideout near the border "
                    "on Tuesday. The army said two soldiers were killed in an intense exchange "
                    "of fire.")
    qs = _counts(evs, "ASSAULT", "killed")
    assert sorted(q.value for q in qs) == [2.0, 11.0]


def test_a_mention_in_the_raid_joins_the_raid(events_of):
    # the nearer attack on the rebels is not "the raid"
    evs = events_of("Police raided a farm near the town on Monday. Soldiers attacked rebels in "
                    "the hills on Monday. Three rebels were killed in the raid.")
    raid = [e for e in evs if e.type.plover == "ASSAULT" and "raided" in e.trigger.text]
    assert raid and [q.value for q in raid[0].quantities if q.kind == "killed"] == [3.0]


def test_an_attack_by_the_other_side_with_its_own_agent_is_a_new_event(events_of):
    evs = events_of("Troops killed five militants in a raid near the border on Monday. "
                    "Taliban gunmen shot dead two soldiers near the border on Monday.")
    kills = [e for e in evs if e.type.plover == "ASSAULT" and any(
        q.kind == "killed" for q in e.quantities)]
    assert len(kills) == 2


def test_a_sentence_that_opens_a_new_scene_tells_a_new_event(events_of):
    # "In the east, ..." / "Elsewhere, ..." move the story to another incident: a capture
    # there is not more of the interception told before it
    for text in ("Air defences shot down 30 of the 41 drones launched overnight, the air force "
                 "said. In the east, the rebels captured the village of Kamenka, their "
                 "commander claimed.",
                 "Soldiers raided a compound near the river on Monday. Elsewhere, troops "
                 "attacked the town of Ber, residents said."):
        evs = [e for e in events_of(text) if e.type.plover == "ASSAULT"]
        assert len(evs) == 2, text
    # the frame itself, and a sentence with no frame, change nothing
    evs = events_of("Rebels attacked a checkpoint near the river on Monday. The rebels then "
                    "captured the village of Kamenka.")
    assert len([e for e in evs if e.type.plover == "ASSAULT"]) == 1


def test_an_event_noun_that_dates_another_act_is_real_when_its_outcome_is_told(events_of):
    # "before the blast" dates the warning, and the relative clause says the blast happened
    evs = events_of("An anonymous caller warned the bank half an hour before the blast, "
                    "which killed three guards.")
    blasts = [e for e in evs if e.type.plover == "ASSAULT"]
    assert len(blasts) == 1 and blasts[0].modality == "asserted"
    assert [(q.kind, q.value) for q in blasts[0].quantities] == [("killed", 3)]
    assert "guards" in names(blasts[0].targets)
    assert all(not e.quantities for e in evs if e.type.plover != "ASSAULT")


def test_a_protest_named_again_as_its_purpose_is_one_protest(events_of):
    events = events_of("Thousands of teachers rallied outside parliament on Monday to protest "
                       "against pay cuts.")
    protests = [e for e in events if e.type.plover == "PROTEST"]
    assert len(protests) == 1 and protests[0].modality == "asserted"


def test_an_attack_is_not_merged_with_what_it_aimed_at(events_of):
    events = events_of("Gunmen attacked the prison on Sunday to kill the guards.")
    aimed = [e for e in events if e.trigger is not None and e.trigger.text == "kill"]
    assert aimed and aimed[0].modality == "hypothetical"


def test_what_an_attack_aimed_at_is_no_count_of_its_dead(events_of):
    events = events_of("Gunmen attacked the prison on Sunday to kill five guards.")
    attack = [e for e in events if e.trigger is not None and e.trigger.text == "attacked"]
    assert attack and not any(q.kind == "killed" for q in attack[0].quantities)
