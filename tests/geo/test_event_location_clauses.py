"""event_location: who or whose is not where; a place in another verb's clause is not the
event's place; "of" after a share or before a locative phrase (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from .conftest import event_place


_place = event_place


@pytest.mark.parametrize("text,trigger", [
    # a state as the doer of the verb is an actor, not the event's place
    ("France expelled two diplomats on Monday.", "expelled"),
    ("The island was seized by France in 1995.", "seized"),
    # a country name modifying a noun says whose, like an adjective
    ("U.S. troops opened fire on the protesters.", "opened"),
    ("US-led jets bombed the bridge overnight.", "bombed"),
    # the subject of a relative clause without "that": who launched the drones
    ("Air defences shot down 40 of the 52 drones Syria launched overnight.", "shot"),
    ("Soldiers shot down 12 of the 20 drones France launched on Monday.", "shot"),
])
def test_actor_or_owner_is_not_the_location(nlp, tiny_gazetteer, text, trigger):
    assert _place(text, trigger, nlp, tiny_gazetteer) is None


def test_the_place_of_a_coordinate_clause_with_its_own_date_is_not_inherited(
        nlp, tiny_gazetteer):
    # "in Syria and Afghanistan" belongs to "held"; "lost ... in 2019" is another occasion
    text = ("The group once held towns in Syria and Afghanistan but lost its last base in "
            "2019 under coalition strikes.")
    assert _place(text, "strikes", nlp, tiny_gazetteer) is None


@pytest.mark.parametrize("text,trigger,name", [
    # a coordinate clause without its own date shares the first clause's place
    ("Gunmen stormed a market in Ghazni and killed four people.", "killed", "Ghazni"),
    # a participle clause hanging under the verb takes its place
    ("A bomb hit a bus in Damascus on Monday, killing eight people.", "killing", "Damascus"),
])
def test_subordinate_and_coordinate_clauses_share_the_place(nlp, tiny_gazetteer, text,
                                                             trigger, name):
    place = _place(text, trigger, nlp, tiny_gazetteer)
    assert place is not None and place.evidence[0].text == name


@pytest.mark.parametrize("text,trigger,name", [
    ("Rebels seized half of Afghanistan within a year.", "seized", "Afghanistan"),
    ("Police defused a bomb at the gate of a Damascus hotel.", "defused", "Damascus"),
    ("Thousands marched through Damascus on Friday.", "marched", "Damascus"),
])
def test_of_after_a_share_or_before_a_locative_and_through(nlp, tiny_gazetteer, text,
                                                           trigger, name):
    place = _place(text, trigger, nlp, tiny_gazetteer)
    assert place is not None and place.evidence[0].text == name


@pytest.mark.parametrize("text,trigger", [
    # two towns: the possessor contains the possessed ("London's Brixton")
    ("Protesters gathered in London's Brixton district on Sunday.", "gathered"),
    # ... also when the possessed place lies deeper in the phrase
    ("A bomb exploded in London's busy district of Brixton.", "exploded"),
])
def test_the_possessed_place_is_finer_than_its_possessor(nlp, gaz, text, trigger):
    place = _place(text, trigger, nlp, gaz)
    assert place is not None and place.evidence[0].text == "Brixton"


@pytest.mark.parametrize("text,trigger", [
    ("Police detained three Albanians on Monday.", "detained"),
    ("Militiamen killed dozens of Serbs near the border.", "killed"),
])
def test_a_plural_people_name_is_not_the_location(nlp, gaz, text, trigger):
    # the recogniser reads "Albanians" as Albania; as a plural noun it names people
    assert _place(text, trigger, nlp, gaz) is None


@pytest.mark.parametrize("text,trigger,name", [
    # "to" after a verb of motion is where the event ends
    ("The rebels returned to Damascus on Friday.", "returned", "Damascus"),
    # the place the governing verb acts on carries to a participle clause under it
    ("Jets struck Damascus on Monday, killing 50 people.", "killing", "Damascus"),
])
def test_motion_goal_and_the_governing_verbs_object(nlp, tiny_gazetteer, text, trigger, name):
    place = _place(text, trigger, nlp, tiny_gazetteer)
    assert place is not None and place.evidence[0].text == name


@pytest.mark.parametrize("text,trigger", [
    ("Police handed the suspects to France.", "handed"),
    # a bare name inside another verb's clause is that verb's argument
    ("Police began a raid that arrested a Paris gang leader.", "raid"),
])
def test_to_without_motion_and_a_name_in_another_clause(nlp, tiny_gazetteer, text, trigger):
    assert _place(text, trigger, nlp, tiny_gazetteer) is None


@pytest.mark.parametrize("text,trigger", [
    # "from X": an origin or a source, not where it happened
    ("Refugees from Syria protested on Monday.", "protested"),
    ("Troops seized the bridge from France in 1944.", "seized"),
    # a possessor of what is no place is an owner
    ("Syria's army shelled the town.", "shelled"),
    ("France's embassy was bombed on Monday.", "bombed"),
])
def test_origin_and_owner_are_not_the_location(nlp, tiny_gazetteer, text, trigger):
    assert _place(text, trigger, nlp, tiny_gazetteer) is None


def test_the_possessor_of_a_place_is_the_location(nlp, tiny_gazetteer):
    place = _place("Gunmen attacked Damascus's main market.", "attacked", nlp, tiny_gazetteer)
    assert place is not None and place.evidence[0].text == "Damascus"


def test_a_clause_under_the_first_of_two_coordinated_verbs_shares_the_place(nlp,
                                                                            tiny_gazetteer):
    # "in Damascus" hangs on "attacked", coordinated with "tried", above "smuggle"
    text = "The group tried to smuggle weapons and attacked a police post in Damascus."
    place = _place(text, "smuggle", nlp, tiny_gazetteer)
    assert place is not None and place.evidence[0].text == "Damascus"
