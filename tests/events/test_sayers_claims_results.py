"""Sources told after the objects, resultative "dead", and claims of responsibility that are
denied: what a reader of the records would see wrong without them."""

from __future__ import annotations

from .conftest import names, one


def test_sayers_after_the_victims_are_not_victims(events_of):
    ev = one(events_of("Bandits raided a farm settlement in Katsina state on Friday and "
                       "kidnapped 18 farmers and two herders, police and villagers said."),
             "ASSAULT")
    assert not {"police", "villagers"} & {n.lower().split()[-1] for n in names(ev.targets)}


def _counts(events_of, text: str) -> list[tuple[str, float]]:
    """(kind, value) of the counts of the text's ASSAULT event."""
    return [(q.kind, q.value) for q in one(events_of(text), "ASSAULT").quantities]


def test_shot_someone_dead_counts_a_death(events_of):
    assert _counts(events_of, "Unknown gunmen shot a village chief dead outside his home in "
                              "Plateau state on Saturday.") == [("killed", 1)]
    assert ("killed", 4) in _counts(events_of, "Police said the attackers shot four miners dead "
                                               "and wounded three others.")


def test_an_unclaimed_bombing_is_still_a_bombing(events_of):
    events = events_of("A car bomb exploded near a checkpoint in Mogadishu on Tuesday, "
                       "killing six soldiers. No group has claimed the bombing.")
    assert [e.modality for e in events if e.type.plover == "ASSAULT"] == ["asserted"]
    events = events_of("Gunmen seized 25 passengers from a bus in Benue state on Monday. "
                       "No group has claimed responsibility for the abduction.")
    assert [e.modality for e in events if e.type.plover == "ASSAULT"] == ["asserted"]


def test_a_claim_names_the_perpetrator(events_of):
    ev = one(events_of("A car bomb exploded near a checkpoint in Mogadishu on Tuesday, "
                       "killing six soldiers. Al-Shabaab claimed the bombing."), "ASSAULT")
    assert any("Shabaab" in n for n in names(ev.actors))


def test_a_number_inside_a_name_is_no_count(events_of):
    ev = one(events_of("Insurgents blew up the Highway 7 bridge near Kandahar on Monday."),
             "ASSAULT")
    assert [q.value for q in ev.quantities] != [7.0]
    ev = one(events_of("Arsonists set fire to the Galeria 21 mall in Krakow on Sunday."),
             "ASSAULT")
    assert 21.0 not in [q.value for q in ev.quantities]


def test_a_planned_attack_whose_outcome_is_told_happened(events_of):
    ev = one(events_of("Prosecutors said the militia planned the bomb attack, which killed "
                       "four guards at a border post in March 2021."), "ASSAULT")
    assert ev.modality != "hypothetical"
    assert any("militia" in n for n in names(ev.actors))
    ev = one(events_of("Police said the cell planned an attack on a synagogue in Hamburg."),
             "ASSAULT")
    assert ev.modality == "hypothetical"


def test_arrests_made_in_a_raid_are_one_event(events_of):
    events = events_of("Police arrested four suspected smugglers in a raid on a warehouse "
                       "in Mombasa on Thursday.")
    assert [e.type.plover for e in events] == ["COERCE"]


def test_counts_of_a_part_and_of_places_are_not_summed(events_of):
    assert _counts(events_of, "The air force said air defences shot down 31 of 45 drones "
                              "launched overnight.") == [("destroyed", 31)]
    assert _counts(events_of, "Bandits killed 17 villagers in four villages in Sokoto state "
                              "on Sunday.") == [("killed", 17)]


def test_talks_hold_no_dead(events_of):
    events = events_of("The peace talks in Havana broke down after rebels attacked an army "
                       "base in Arauca, killing two soldiers.")
    talks = [e for e in events if e.type.plover == "CONSULT"]
    assert not [q for e in talks for q in e.quantities if q.kind == "killed"]
    attack = one(events, "ASSAULT")
    assert ("killed", 2) in [(q.kind, q.value) for q in attack.quantities]


def test_several_hundred_is_at_least_two_hundred(events_of):
    ev = one(events_of("Police detained several hundred students in Dhaka on Monday."), "COERCE")
    assert [(q.kind, q.value, q.qualifier) for q in ev.quantities] == [
        ("arrested", 200, "at_least")]
