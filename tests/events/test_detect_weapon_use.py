"""Event detection (events/detect.py): a verb that delivers a weapon tells an attack
("threw a grenade at", "launched two bombs against"), on sentences written for these tests."""

from wirecoder.events.detect import find_triggers, weapon_use
from wirecoder.events.lexicon import load_lexicon
from wirecoder.language import load_nlp

from .conftest import one


def _entries(text):
    lex = load_lexicon()
    doc = load_nlp()(text)
    return {t.token.lower_: t.entry.lemma for t in find_triggers(doc, lex)}


def test_throwing_or_launching_a_weapon_is_an_attack(events_of):
    e = one(events_of("two men threw a grenade at a pharmacy in the port town on sunday."),
            "ASSAULT")
    assert e.trigger.text.lower().startswith("threw")
    assert _entries("a bomb was hurled at the office of the mayor last night.")["hurled"] == "bomb"
    assert _entries("the rebels launched three rockets against the bridge.")["launched"] == "attack"


def test_delivery_verbs_without_a_weapon_are_no_attack():
    lex = load_lexicon()
    doc = load_nlp()("the party launched its campaign and the fans threw flowers at the singer.")
    assert all(weapon_use(t, lex) is None for t in doc)
    assert "threw" not in _entries("the striking workers threw stones at the riot police.") or (
        _entries("the striking workers threw stones at the riot police.")["threw"] == "throw")


def test_placing_an_explosive_or_setting_on_fire_is_an_attack():
    assert _entries("the rebels planted a bomb under the bridge.")["planted"] == "bomb"
    assert _entries("they placed a charge of dynamite in the bank.")["placed"] == "bomb"
    assert _entries("the gunmen set off two bombs near the market.")["set"] == "bomb"
    assert _entries("the raiders set the town hall on fire at dawn.")["set"] == "set fire"
    # placing anything else, or setting off on a trip, is no attack
    found = _entries("the mayor placed flowers at the monument and set off for the capital.")
    assert "placed" not in found and "set" not in found


def test_placing_bare_plural_bombs_is_a_habit_not_an_attack():
    assert "placed" not in _entries("the commander trained recruits and placed roadside bombs.")
    assert _entries("the commander placed two roadside bombs near the school.")["placed"] == "bomb"
