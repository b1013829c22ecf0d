"""Event precision: one event per real-world act, none for states or outcomes (issue 6.2)."""

from .conftest import names


def _assaults(evs):
    return [e for e in evs if e.type.plover == "ASSAULT"]


def test_kidnapping_then_killing_same_victim_is_two_events(events_of):
    evs = _assaults(events_of("Gunmen shot the mayor to death after they had kidnapped him."))
    assert len(evs) == 2
    modes = {e.type.plover_mode for e in evs}
    assert "abduct" in modes
    assert all("mayor" in names(e.targets) for e in evs)


def test_kidnapping_and_later_killing_on_two_days(events_of):
    evs = _assaults(events_of(
        "Rebels kidnapped the journalist on Monday and killed him on Friday."))
    assert len(evs) == 2


def test_kidnapping_raid_with_people_shot_stays_one_event(events_of):
    # people harmed in the course of a raid whose victims were taken are part of the raid
    evs = _assaults(events_of(
        "Armed men abducted 20 farmers from a village in Zamfara on Sunday. "
        "The attackers stormed the village at night and two men who tried to flee were "
        "shot dead."))
    assert len([e for e in evs if e.type.plover_mode == "abduct"]) == 1


def test_wounded_participle_on_a_noun_is_no_event(events_of):
    evs = events_of("Security forces detained two wounded militants after the firefight.")
    assert not [e for e in evs if e.trigger.text == "wounded"]
    evs = events_of("Two injured insurgents were captured in Helmand.")
    assert [e.type.plover for e in evs] == ["COERCE"]


def test_wounding_verb_is_still_an_event(events_of):
    evs = events_of("Gunmen wounded three farmers near the market.")
    assert _assaults(evs)


def test_killing_in_relative_clause_is_the_attack_outcome(events_of):
    evs = events_of("The police arrested a man who planned the bombing that killed nine "
                    "people last year.")
    arrest = [e for e in evs if e.type.plover == "COERCE"]
    attacks = _assaults(evs)
    assert len(attacks) == 1
    assert attacks[0].modality == "historical"
    assert {q.kind for q in attacks[0].quantities} >= {"killed"}
    assert not any(q.kind == "killed" for q in arrest[0].quantities)


def test_relative_clause_outcome_of_reported_attack(events_of):
    evs = _assaults(events_of("A suicide bombing that killed eleven people shook the city "
                              "on Monday."))
    assert len(evs) == 1 and evs[0].modality == "asserted"


def test_thrown_weapon_is_not_the_target(events_of):
    evs = _assaults(events_of("Militants threw RPG grenades at the convoy in Kandahar."))
    assert evs
    assert names(evs[0].targets) == ["convoy"]
