"""Round 11 coreference in events: the actor of an accusation made by a sentence-initial
"It", and the claimant named as "an X-affiliated group"."""

from __future__ import annotations

from .conftest import names, one


def test_accuse_by_it_takes_the_previous_organisation(linked_events_of):
    events = linked_events_of(
        "The Lakeside Rights Collective (LRC) said on Friday that the toll had risen to nine "
        "after villagers found more bodies. It blamed the Red Dune militia for the raid.")
    accuse = one(events, "ACCUSE")
    assert names(accuse.actors) == ["Lakeside Rights Collective"]


def test_affiliated_group_actor_is_the_named_group(linked_events_of):
    events = linked_events_of("A Boko Haram-affiliated group stormed a school in Yobe on "
                              "Sunday, killing four pupils.")
    attack = events[0]
    assert [p.kb_id for p in attack.actors] == ["BOKO-HARAM"]


def test_stance_verb_joined_to_a_reported_copula_is_the_sayers(linked_events_of):
    # the parser joins "rejected" to "were" (what the ministry said); the tariffs reject
    # nothing
    events = linked_events_of("Kenya's foreign ministry said on Monday the tariffs were "
                              "unfair and rejected the union's threats.")
    reject = one(events, "REJECT")
    assert [p.kb_id for p in reject.actors] == ["KEN-MFA"]


def test_what_it_called_names_the_object(linked_events_of):
    events = linked_events_of("Kenya's foreign ministry said on Monday the tariffs were "
                              "unfair and rejected what it called the union's threats.")
    reject = one(events, "REJECT")
    assert names(reject.targets) == ["union"]


def test_the_sayers_next_statement_of_a_kind_is_the_same_statement(linked_events_of):
    events = linked_events_of(
        "In a statement on Wednesday, Kenya's foreign ministry described the talks as "
        "\"useful\" but said Kenya would not accept any deal that limited its rights. It "
        "rejected what it called \"attempts to impose old treaties\" on coastal states.")
    rejects = [e for e in events if e.type.plover == "REJECT"]
    assert len(rejects) == 1
