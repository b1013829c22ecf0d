"""Round 14 (w3arg) fixes in event arguments. Sentences written for these tests."""

from .conftest import counts, names, one, pipeline_events


# ---------------------------------------------------------------- quantities
def test_a_jail_term_is_no_count(linked_events_of):
    evs = linked_events_of("A court in Accra jailed a trader for four years on Tuesday for "
                           "fraud.")
    assert all(not counts(e, "other") for e in evs)


def test_how_long_a_protest_lasted_is_no_count(linked_events_of):
    evs = linked_events_of("Farmers in Punjab have blocked highways for almost three months, "
                           "demanding higher prices.")
    assert all(not counts(e, "other") for e in evs)


def test_the_length_of_a_suspension_is_still_counted(linked_events_of):
    ev = one(linked_events_of("The regulator suspended the radio station for two months on "
                              "Friday."), "COERCE")
    assert counts(ev, "other") == [(2, "exact")]


def test_people_beaten_and_counted_as_injured_are_one_count(linked_events_of):
    ev = one(linked_events_of("Men armed with clubs attacked a market stall in Lagos on "
                              "Saturday, beating two vendors and injuring two."), "ASSAULT")
    assert counts(ev, "other") == [] and counts(ev, "injured") == [(2, "exact")]


def test_people_beaten_then_told_injured_in_the_next_sentence_are_one_count():
    evs = pipeline_events("A mob attacked a polling station in Kisumu on Sunday, beating three "
                          "officials with sticks. Police said three officials were injured.",
                          "2026-03-10")
    ev = [e for e in evs if e.type.plover == "ASSAULT"][0]
    assert counts(ev, "other") == [] and counts(ev, "injured") == [(3, "exact")]


# ---------------------------------------------------------------- background acts
def _asserted(evs, plover):
    return [e for e in evs if e.type.plover == plover and e.modality == "asserted"]


def test_the_act_a_charge_is_for_is_background(linked_events_of):
    evs = linked_events_of("A Cairo court on Monday charged a businessman with the murder of "
                           "a journalist.")
    assert _asserted(evs, "ACCUSE") and not _asserted(evs, "ASSAULT")


def test_a_sentence_told_in_the_past_perfect_describes_the_man(linked_events_of):
    evs = linked_events_of("The man, who had been sentenced to ten years for robbery, escaped "
                           "from prison on Friday.")
    assert not _asserted(evs, "ACCUSE")


def test_a_conviction_that_says_who_people_are_is_background(linked_events_of):
    evs = linked_events_of("A court in Ankara on Thursday jailed 12 people convicted of "
                           "forming a terrorist cell.")
    assert not _asserted(evs, "ACCUSE")


def test_a_string_of_attacks_that_led_to_arrests_is_background():
    evs = pipeline_events("Police arrested two teenagers on Saturday after a string of arson "
                          "attacks on schools in Leeds.", "2026-03-10")
    assert _asserted(evs, "COERCE") and not _asserted(evs, "ASSAULT")


# ---------------------------------------------------------------- group names
def test_a_name_the_tagger_ended_on_and_is_the_whole_phrase(linked_events_of):
    ev = one(linked_events_of("The Council for Peace and Justice in Guinea called on Monday "
                              "for the release of detained activists."), "REQUEST")
    assert names(ev.actors)[0].startswith("Council for Peace and Justice")


def test_a_group_name_runs_on_through_for_and_a_capitalised_name(linked_events_of):
    ev = one(linked_events_of("The Alliance for Democracy in Mali called for a general strike "
                              "on Monday."), "REQUEST")
    assert names(ev.actors)[0].startswith("Alliance for Democracy")


def test_a_group_name_runs_on_through_for_the():
    evs = pipeline_events("The Front for the Liberation of Cabinda said on Monday it attacked "
                          "a convoy.", "2026-03-10")
    claimants = [c.claimant.name for e in evs for c in e.claims if c.claimant]
    assert "Front for the Liberation of Cabinda" in claimants


# ---------------------------------------------------------------- targets
def test_the_buyer_of_an_approved_arms_sale_is_the_target():
    ev = one(pipeline_events("The US State Department on Monday approved the sale of 36 "
                             "helicopters to Morocco.", "2026-03-10"), "AID")
    assert "Morocco" in " ".join(names(ev.targets))


def test_a_lawmaker_sentenced_in_absentia_is_the_target(linked_events_of):
    ev = one(linked_events_of("A court in Dhaka on Sunday sentenced a former opposition "
                              "lawmaker to death in absentia."), "ACCUSE")
    assert names(ev.targets) == ["former opposition lawmaker"]


def test_a_ship_accused_by_those_who_seized_it_is_the_target(linked_events_of):
    ev = one(linked_events_of("Border guards detained two fishing boats on Tuesday, accusing "
                              "them of entering territorial waters illegally."), "ACCUSE")
    assert names(ev.targets) == ["fishing boats"]


def test_it_after_a_seizure_is_the_ship_seized(linked_events_of):
    ev = one(linked_events_of("The navy seized a cargo ship on Sunday, accusing it of "
                              "smuggling fuel."), "ACCUSE")
    assert names(ev.targets) == ["cargo ship"]


# ---------------------------------------------------------------- actors
def test_looting_told_in_the_passive_is_by_the_attackers_just_before():
    evs = pipeline_events("Armed men ambushed an aid convoy outside Kidal on Friday, the UN "
                          "said. Two vehicles were looted, it said.", "2026-03-07")
    loot = [e for e in evs if e.type.acled_sub_event_type == "Looting/property destruction"]
    assert loot and names(loot[0].actors) == ["Armed men"]


def test_people_displaced_by_a_fight_are_no_side_of_it(linked_events_of):
    ev = one(linked_events_of("The convoy was carrying food for people displaced by fighting "
                              "between the army and the Liberation Front in the east."),
             "ASSAULT")
    assert "people" not in names(ev.targets)
