"""Round 11 coreference: a sentence-initial "It" that speaks continues the organisation that
was the subject of the sentence before; "an X-affiliated group" is X."""

from __future__ import annotations

from .conftest import find, find_or_none


def test_it_that_blames_is_the_previous_sentence_organisation(link):
    ms = link("The Lakeside Rights Collective (LRC) said on Friday that the toll had risen to "
              "nine after villagers found more bodies. It blamed the Red Dune militia for "
              "the raid.")
    it = find(ms, "It")
    assert it.entity.name == "Lakeside Rights Collective"
    assert it.via == "coreference"


def test_it_that_does_not_speak_stays_unresolved(link):
    # "It had left ...": a thing (the convoy) may be meant, not the speaker
    ms = link("The Lakeside Rights Collective said the convoy was attacked near the dam. "
              "It had left the capital at dawn.")
    assert find_or_none(ms, "It") is None


def test_it_after_a_blank_line_stays_unresolved(link):
    ms = link("The Lakeside Rights Collective said nine farmers were killed.\n\n"
              "It blamed the Red Dune militia.")
    assert find_or_none(ms, "It") is None


def test_affiliated_group_is_the_named_group(link):
    ms = link("A Boko Haram-affiliated group stormed a school in Yobe on Sunday.")
    m = find(ms, "Boko Haram-affiliated group")
    assert m.entity.kb_id == "BOKO-HARAM"


def test_affiliated_armed_group_is_the_named_group(link):
    ms = link("An al-Shabaab-aligned armed group attacked a checkpoint near Baidoa.")
    m = find(ms, "al-Shabaab-aligned armed group")
    assert m.entity.kb_id == "AL-SHABAAB"


def test_backed_group_stays_its_own_actor(link):
    # a patron's group is not the patron
    ms = link("A Hamas-backed group staged a rally in the square.")
    assert all(m.entity.kb_id != "HAMAS" or m.span.text == "Hamas" for m in ms)


def test_it_carried_out_is_the_act_not_the_group(link):
    ms = link("Gunmen stormed a police post in Garissa on Monday. The Ruritanian Liberation "
              "Front said its fighters carried it out.")
    assert find_or_none(ms, "it") is None
