"""Plural pronoun actors ("they", "them", bare "those") and the document-country pass."""

from __future__ import annotations

from .conftest import find, find_or_none


def test_they_skips_a_noun_modifier_for_the_subject(link):
    ms = link("Rebels of the Ruritanian Liberation Front attacked a police post on Monday. "
              "They killed two officers.")
    they = find(ms, "They")
    assert they.entity.kind == "armed group"
    assert they.via == "coreference"


def test_they_takes_the_previous_subject(link):
    ms = link("Gunmen stormed a farming village on Tuesday. They burned six houses.")
    assert find(ms, "They").entity.name == "Gunmen"


def test_them_is_never_the_subject_of_its_own_clause(link):
    # "them" as the object of "disperse", whose subject is the police through "fired"
    ms = link("Thousands of students marched on parliament. Riot police fired tear gas to "
              "disperse them.")
    them = find_or_none(ms, "them")
    assert them is None or "police" not in them.entity.name.lower()


def test_they_stays_unresolved_across_a_blank_line(link):
    ms = link("Rebels raided a police post on Monday.\n\nThey burned two trucks.")
    assert find_or_none(ms, "They") is None


def test_they_stays_unresolved_when_two_subjects_compete(link):
    ms = link("Rebels attacked the barracks at dawn and soldiers fled to the hills. "
              "They burned a bridge.")
    assert find_or_none(ms, "They") is None


def test_they_after_conjoined_subjects_keeps_the_nearest(link):
    ms = link("Masked gunmen and militiamen raided the market on Monday. "
              "They burned ten stalls.")
    assert find(ms, "They").entity.name == "militiamen"


def test_those_with_a_modifier_is_a_new_set(link):
    ms = link("Protesters marched to the square on Monday. Those arrested were freed later.")
    assert find_or_none(ms, "Those") is None


def test_they_after_said_is_the_speaker_group(link):
    ms = link("Soldiers searched a market on Friday. Police said they detained ten traders.")
    assert find(ms, "they").entity.kind == "police"


def test_unlisted_institution_takes_the_document_country_in_both_branches(link, kb,
                                                                         monkeypatch):
    text = ("Nigerian police arrested a man in Lagos on Monday. Nigerian troops guarded Kano. "
            "A storm hit the coast on Tuesday. Fishermen stayed home. "
            "The navy said its boats were safe.")
    # with the KB's institution: linked to it
    assert find(link(text), "navy").entity.kb_id == "NGA-MIL"
    # a state the KB lists no such institution for: the country alone, as the branch for
    # the country of the sentences around it does
    monkeypatch.setattr(kb, "institution", lambda iso3, key: None)
    navy = find(link(text), "navy").entity
    assert navy.kb_id is None and navy.country == "NGA"


def test_they_in_a_quote_does_not_reach_outside_it(link):
    ms = link("Militiamen from the hills were blamed for the raid.\n"
              "“They have burned our fields,” a farmer said.")
    assert find_or_none(ms, "They") is None


def test_they_in_a_quote_takes_a_group_inside_it(link):
    ms = link("A farmer said: “The militiamen came at night. They burned our fields.”")
    assert find(ms, "They").entity.kind == "militia"


def test_subject_they_needs_a_subject_antecedent(link):
    ms = link("Two lawyers were charged over the killing of villagers in Tana. "
              "They were freed in June.")
    assert find_or_none(ms, "They") is None
