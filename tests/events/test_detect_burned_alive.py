"""Event detection (events/detect.py): people burned alive / to death are killed, not a fire
set to property; a victim who "burned to death" with no one acting is no event of this word;
delivering a weapon named as a noun in -ing is an attack. Sentences written for these tests."""

from .conftest import names, one


def test_people_burned_alive_are_a_killing(events_of):
    e = one(events_of("The militia burned four herders alive in their hut."), "ASSAULT")
    assert e.type.plover_mode != "arson"
    assert e.type.acled_sub_event_type == "Attack"
    e = one(events_of("Two guards were burned to death by the attackers."), "ASSAULT")
    assert e.type.plover_mode != "arson"


def test_victims_burning_to_death_have_no_actor_from_this_word(events_of):
    evs = events_of("The two drivers burned to death inside their cab.")
    assert not [e for e in evs if "drivers" in " ".join(names(e.actors))]


def test_delivery_named_by_a_noun_in_ing_is_an_attack(events_of):
    e = one(events_of("The throwing of a bomb at the party office was condemned by the mayor."),
            "ASSAULT")
    assert e.trigger.text.lower() == "throwing"
    assert e.type.acled_sub_event_type == "Remote explosive/landmine/IED"
    e = one(events_of("Police said the hurling of a grenade at the bus wounded six."), "ASSAULT")
    assert e.type.acled_sub_event_type == "Grenade"
