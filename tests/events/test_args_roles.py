"""Roles read from the clause around a trigger (events/arguments.py, syntax.py,
participant_mapper.py): a subject behind a predicative adjective, whom a threat is handed to,
a group named by its proper name, the names an "including" list gives. Sentences written for
these tests."""

from .conftest import names, one


def test_subject_of_a_predicative_adjective_acts(events_of):
    e = one(events_of("By June the militia felt confident enough to hold talks with the "
                      "government."), "CONSULT")
    assert names(e.actors) == ["militia"]


def test_who_was_given_an_ultimatum_is_its_target(events_of):
    e = one(events_of("The workers were given an ultimatum by their managers."), "THREATEN")
    assert names(e.actors) == ["managers"]
    assert names(e.targets) == ["workers"]


def test_giver_and_receiver_of_an_ultimatum(events_of):
    e = one(events_of("The army gave the rebels an ultimatum."), "THREATEN")
    assert names(e.actors) == ["army"]
    assert names(e.targets) == ["rebels"]


def test_group_noun_after_a_name_is_the_named_group(events_of):
    e = one(events_of("The Red Dawn militant group attacked a police station."), "ASSAULT")
    # one participant, named as written, not "militant group" and "Red Dawn" beside it
    assert names(e.actors) == ["Red Dawn militant group"]
    assert "Red Dawn" in [m for p in e.actors for m in p.mentions]


def test_named_group_drops_the_acronym_in_brackets(events_of):
    e = one(events_of("The Red Dawn (RD) group attacked a police station."), "ASSAULT")
    assert "Red Dawn group" in names(e.actors)


def test_group_noun_after_a_nationality_stays_a_phrase(events_of):
    e = one(events_of("The Afghan militia attacked the village."), "ASSAULT")
    assert names(e.actors) == ["Afghan militia"]


def test_including_list_names_each_person_but_not_a_relative_described(events_of):
    e = one(events_of("Police arrested six activists, including Ana Ruiz, wife of the poet "
                      "Pablo Soto, the teacher Marta Gil and Jorge Vega."), "COERCE")
    got = names(e.targets)
    assert {"Ana Ruiz", "Marta Gil", "Jorge Vega"} <= set(got)
    assert "Pablo Soto" not in got  # the husband the apposition names was not arrested


def test_name_modifying_a_listed_noun_is_no_item(events_of):
    e = one(events_of("Police arrested five men, including two Taliban commanders."), "COERCE")
    assert "Taliban commanders" in names(e.targets)


def test_linked_force_keeps_the_phrase_as_written(linked_events_of):
    e = one(linked_events_of("In Kabul, two suspects were detained by government forces."),
            "COERCE")
    assert len(e.actors) == 1 and e.actors[0].kb_id  # linked to the country's forces
    assert "government forces" in e.actors[0].mentions


def test_caption_line_above_the_sentence_is_no_subject(events_of):
    for br in ("\n", "\u2028"):  # a newline or a Unicode line separator
        e = one(events_of(f"Police chief Ana Ruiz{br}On Monday, the rebels attacked the "
                          "police station."), "ASSAULT")
        assert names(e.actors) == ["rebels"]


def test_country_owning_the_next_noun_is_no_place_of_a_title(linked_events_of):
    e = one(linked_events_of("A commander of Colombia's largest rebel group was killed on "
                             "Monday."), "ASSAULT")
    got = names(e.targets)
    assert "commander of Colombia" not in got  # Colombia owns the group, not the commander
    # (reported by whose commander it is, `reported_names`; the bare office a mention)
    assert "commander of Colombia's largest rebel group" in got
    assert any("commander" in p.mentions for p in e.targets)


def test_headline_above_a_unicode_line_separator_is_no_actor(events_of):
    e = one(events_of("Border Post Attack\u2028armed smugglers attacked the customs office on "
                      "Friday."), "ASSAULT")
    assert names(e.actors) == ["armed smugglers"]


def test_adjective_whose_subject_does_nothing_gives_no_actor(events_of):
    e = one(events_of("A new law is necessary to negotiate with the rebels."), "CONSULT")
    assert names(e.actors) == []  # the law does not negotiate


def test_plural_group_noun_after_a_name_names_no_single_group(events_of):
    e = one(events_of("The Shining Path organizations attacked the town hall."), "ASSAULT")
    assert "Shining Path organizations" in names(e.actors)
