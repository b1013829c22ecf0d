"""Takings of people and things: armed or masked men who seize someone abduct them, people
held hostage are taken (not arrested), control taken of a thing is its seizure (no
territory), and a video released frees no one."""


def _types(events):
    return [(e.type.plover, e.type.plover_mode, e.type.acled_sub_event_type) for e in events]


def test_seized_by_armed_men_is_an_abduction(events_of):
    evs = events_of("A Belgian nun was seized by armed men from a mission in Dori on Monday.")
    assert _types(evs) == [("ASSAULT", "abduct", "Abduction/forced disappearance")]


def test_seized_by_the_police_is_still_an_arrest(events_of):
    evs = events_of("Police seized two smugglers at a checkpoint near Zinder on Monday.")
    assert _types(evs) == [("COERCE", "arrest", "Arrests")]


def test_held_hostage_is_a_taking_with_a_captured_count(events_of):
    evs = events_of("Pirates held 19 sailors hostage aboard the freighter for a month.")
    assert _types(evs) == [("ASSAULT", "abduct", "Abduction/forced disappearance")]
    assert [q.kind for q in evs[0].quantities] == ["captured"]


def test_control_of_a_vessel_is_a_seizure_not_territory(events_of):
    evs = events_of("Naval commandos boarded the freighter and took control of it on Friday.")
    assert ("COERCE", "seize", None) in _types(evs)
    assert not [e for e in evs if e.type.acled_sub_event_type in (
        "Government regains territory", "Non-state actor overtakes territory")]


def test_control_of_a_town_is_still_territory(events_of):
    evs = events_of("Rebels took control of the town of Walikale on Tuesday.")
    assert _types(evs) == [("ASSAULT", "heavy-weapons", "Non-state actor overtakes territory")]


def test_a_video_released_frees_no_one(events_of):
    assert not events_of("The militia released a video of its commanders on Sunday.")
    evs = events_of("Guards stopped the bus, according to footage released by the ministry.")
    assert not [e for e in evs if e.type.plover == "RETREAT"]


def test_hostages_released_are_still_freed(events_of):
    evs = events_of("The kidnappers released three aid workers in Gao on Sunday.")
    assert _types(evs) == [("RETREAT", "release", None)]


def test_what_a_generic_those_have_done_is_background(events_of):
    evs = events_of("The governor promised to punish those who have held the villagers of "
                    "the valley hostage.")
    assert not [e for e in evs if e.type.plover == "ASSAULT" and e.modality == "asserted"]


def test_a_post_captured_is_territory_not_a_person(events_of):
    evs = events_of("Jihadists captured an army outpost near Tessit on Sunday.")
    assert _types(evs) == [("ASSAULT", "heavy-weapons", "Non-state actor overtakes territory")]


def test_soldiers_captured_are_still_taken(events_of):
    evs = events_of("Jihadists captured three soldiers near Tessit on Sunday.")
    assert _types(evs) == [("ASSAULT", "abduct", "Abduction/forced disappearance")]


def test_raiders_leaving_is_the_end_of_the_raid(events_of):
    evs = events_of("The jihadists overran the camp and seized weapons before withdrawing.")
    assert not [e for e in evs if e.type.plover == "RETREAT"]


def test_a_withdrawal_told_for_itself_is_still_one(events_of):
    evs = events_of("The rebels withdrew from Kalehe on Monday.")
    assert [e.type.plover for e in evs] == ["RETREAT"]
