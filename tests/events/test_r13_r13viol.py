"""Round 13 (r13viol) fixes found by probing invented wire text on violence and protest.
Sentences written for these tests."""

from .conftest import counts, names, one


def test_a_bare_number_wounded_beside_the_dead_counts_the_wounded():
    # "... leaving five dead and 25 wounded", parsed (as the small model sometimes does) with
    # the number coordinated with "dead" and "wounded" hung on "dead" too
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from wirecoder.events.count_kinds import kind_for
    from wirecoder.events.lexicon import load_lexicon

    words = ["leaving", "five", "dead", "and", "25", "wounded"]
    doc = Doc(Vocab(), words=words, heads=[0, 2, 0, 2, 2, 2],
              deps=["ROOT", "nummod", "ccomp", "cc", "conj", "conj"],
              pos=["VERB", "NUM", "ADJ", "CCONJ", "NUM", "VERB"],
              tags=["VBG", "CD", "JJ", "CC", "CD", "VBN"],
              lemmas=["leave", "five", "dead", "and", "25", "wound"])
    lex = load_lexicon()
    assert kind_for(doc[2], "killed", lex) == "killed"
    assert kind_for(doc[4], "killed", lex) == "injured"


def test_missing_people_are_not_added_to_the_dead(linked_events_of):
    ev = one(linked_events_of("Nine fishermen were killed and 12 others remain missing after "
                              "pirates attacked their boats off Eyl on Friday."), "ASSAULT")
    assert counts(ev, "killed") == [(9, "exact")]
    assert counts(ev, "other") == [(12, "exact")]


def test_deaths_after_an_attack_are_that_attack(linked_events_of):
    evs = linked_events_of("Six farmers were killed after bandits raided a village in Sokoto "
                           "State on Tuesday, residents said.")
    assaults = [e for e in evs if e.type.plover == "ASSAULT"]
    assert len(assaults) == 1
    assert "bandits" in names(assaults[0].actors)
    assert counts(assaults[0], "killed") == [(6, "exact")]


def test_the_dead_before_and_the_injured_are_one_toll(linked_events_of):
    ev = one(linked_events_of("Three policemen died and four were wounded when their truck hit "
                              "a landmine near Kidal on Wednesday."), "ASSAULT")
    assert counts(ev, "killed") == [(3, "exact")]
    assert counts(ev, "injured") == [(4, "exact")]
    assert ev.targets


def test_hurled_stones_are_a_riot(linked_events_of):
    ev = one(linked_events_of("Students hurled stones at riot police outside the university "
                              "in Conakry on Thursday."), "PROTEST")
    assert ev.type.acled_sub_event_type == "Violent demonstration"


def test_responding_with_tear_gas_is_an_intervention(linked_events_of):
    ev = one(linked_events_of("Traders marched on the town hall in Bouake on Friday and police "
                              "responded with tear gas and batons."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Protest with intervention"


def test_responding_with_a_statement_is_no_assault(linked_events_of):
    evs = linked_events_of("The ministry responded with a statement on Friday.")
    assert not [e for e in evs if e.type.plover == "ASSAULT"]


def test_a_person_who_died_beside_the_injured_is_counted_dead(linked_events_of):
    ev = one(linked_events_of("A nurse died and at least nine people were hurt when soldiers "
                              "fired tear gas at a crowd in Bamenda on Monday."), "ASSAULT")
    assert counts(ev, "killed") == [(1, "exact")]  # a civilian: exactly one (round 20)


def test_fighters_named_by_their_group_are_the_group(linked_events_of):
    ev = one(linked_events_of("Boko Haram fighters burned a market in Gwoza on Saturday, "
                              "witnesses said."), "ASSAULT")
    assert names(ev.actors) == ["Boko Haram"]
    assert "Boko Haram fighters" in " ".join(ev.actors[0].mentions) or any(
        "fighters" in m for m in ev.actors[0].mentions)


def test_members_named_by_their_group_are_the_group_as_target(linked_events_of):
    ev = one(linked_events_of("A drone strike killed three Hamas members in Rafah on "
                              "Thursday."), "ASSAULT")
    assert "Hamas members" not in names(ev.targets)


def test_a_town_taken_from_the_army_is_taken_by_a_non_state_actor(events_of):
    ev = one(events_of("The Patriotic Liberation Forces captured the town of Kalehe from the "
                       "army on Tuesday."), "ASSAULT")
    assert ev.type.acled_sub_event_type == "Non-state actor overtakes territory"


def test_who_is_arrested_after_an_attack_is_the_target_not_the_actor(linked_events_of):
    ev = one(linked_events_of("A gunman shot two guards at a bank in Lyon on Friday before being "
                              "detained by officers."), "COERCE")
    assert "gunman" not in names(ev.actors)
    assert "gunman" in names(ev.targets)


def test_the_attackers_who_blew_something_up_are_not_what_was_destroyed(events_of):
    ev = one(events_of("About 40 militants blew up a telecom mast near Wajir on Friday."),
             "ASSAULT")
    assert counts(ev, "destroyed") == []
