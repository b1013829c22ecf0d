"""Actors where the small parser misreads the clause (events/syntax.py, participants.py):
a finite verb hung as a participle on the noun of a prepositional phrase before it, a verb
coordinated with the subject noun, a lower-case word describing the actors. Sentences
written for these tests."""

from .conftest import names, one


def test_a_finite_verb_read_as_a_participle_keeps_its_subject(linked_events_of):
    # the parser reads "motorbikes (that were) killed ..."; a participle with a direct
    # object is no passive one: the gunmen killed, the villagers were killed
    e = one(linked_events_of("Gunmen on motorcycles killed at least 12 farmers and wounded "
                             "five others in an attack on the village of Kerou on Sunday, "
                             "police said."), "ASSAULT")
    assert names(e.actors) == ["Gunmen"]
    assert "farmers" in names(e.targets) and "Gunmen" not in names(e.targets)


def test_a_participle_that_keeps_its_object_in_the_passive_is_still_passive(events_of):
    from wirecoder.events.clause_subjects import subject_of
    from wirecoder.language import load_nlp

    doc = load_nlp()("The officers in the convoy given a warning turned back.")
    given = next(t for t in doc if t.lower_ == "given")
    if given.dep_ == "acl":  # whatever the parser makes of it, no active subject is invented
        subj, passive = subject_of(given)
        assert passive and [t.lower_ for t in subj] != ["officers"]


def test_a_lower_case_descriptor_is_no_group_beside_the_actors(linked_events_of):
    e = one(linked_events_of("Suspected jihadist gunmen burned a school in the north on "
                             "Friday."), "ASSAULT")
    assert "jihadist" not in names(e.actors)
    e = one(linked_events_of("Taliban fighters burned a school in the north on Friday."),
            "ASSAULT")
    assert "Taliban" in " ".join(names(e.actors))


def test_a_verb_the_parser_coordinates_with_the_subject_is_no_actor(linked_events_of):
    # parsed as "gunmen ... and wounded", both under "said"
    e = one(linked_events_of("Suspected jihadist gunmen on motorbikes killed at least 14 "
                             "villagers and wounded nine others in an attack on the village "
                             "of Diallassagou in Mali's central Mopti region on Sunday, the "
                             "army said on Monday."), "ASSAULT")
    assert names(e.actors) == ["gunmen"]


def test_a_hedge_read_as_a_name_is_no_group_beside_the_actors(linked_events_of):
    # "Suspected" opens the sentence, so the tagger reads it as an organisation's name
    e = one(linked_events_of("Gunmen kill 14 villagers in central Mali, army says\n\n"
                             "Suspected jihadist gunmen on motorbikes killed at least 14 "
                             "villagers on Sunday, the army said."), "ASSAULT")
    assert "Suspected" not in names(e.actors)


def test_the_people_a_count_counts_act_and_suffer(linked_events_of):
    e = one(linked_events_of("Dozens of gunmen attacked a checkpoint on Monday."), "ASSAULT")
    assert names(e.actors) == ["gunmen"]
    e = one(linked_events_of("Police arrested hundreds of students on Friday."), "COERCE")
    assert names(e.targets) == ["students"]


def test_a_past_tense_read_as_a_participle_keeps_its_subject_acting(linked_events_of):
    # the tagger reads "protested" as a participle (VBN) with no auxiliary: not a passive
    e = one(linked_events_of("Hundreds of people protested in the capital on Tuesday."),
            "PROTEST")
    assert names(e.actors) == ["people"] and not e.targets


def test_a_strike_and_its_participle_outcome_are_one_event(linked_events_of):
    events = linked_events_of("A Russian missile struck an apartment block in Dnipro on "
                              "Monday, killing six residents.")
    attacks = [e for e in events if e.type.plover == "ASSAULT"]
    assert len(attacks) == 1
    assert {"apartment block", "residents"} <= set(names(attacks[0].targets))
    # the country a weapon is from fired it
    assert names(attacks[0].actors) == ["Russian military"]


def test_a_compound_object_read_as_a_clause_is_mended(events_of):
    # the parser reads "asset (subject) freezes (verb)"; "imposed" takes no clause
    evs = events_of("Japan on Friday imposed asset freezes and export bans on 14 Iranian "
                    "companies.")
    e = one(evs, "COERCE")
    assert (e.type.plover_mode, e.type.cameo) == ("restrict", "163")
    assert names(e.actors) == ["Japan"]
    assert "Iranian companies" in names(e.targets)


def test_a_reported_clause_is_no_compound_object(events_of):
    evs = events_of("The army says militia controls the border crossing.")
    assert not [e for e in evs if e.type.plover == "COERCE"]
