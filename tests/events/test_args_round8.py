"""Round 8 (arguments): a dateline before its dash is no part of the phrase after it, a
participle with a direct object is active, a number before a unit word names the unit, a
passive harm takes its actor from the attack its "when" clause tells, a relative clause
that blames the attack on someone names its actor, "at" after a passive says where.
Sentences written for these tests."""

from __future__ import annotations

from wirecoder.events.arguments import roles_for
from wirecoder.events.lexicon import load_lexicon
from wirecoder.language import load_nlp

from .conftest import names, one


def _roles(text: str, trigger: str, plover: str = "ASSAULT"):
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == trigger)
    r = roles_for(tok, plover, None, load_lexicon())
    return [t.lower_ for t in r.actors], [t.lower_ for t in r.targets]


# ---------------------------------------------------------------- 1. datelines
def test_a_dateline_city_is_no_affiliation_of_the_actor(linked_events_of):
    text = ("MAPUTO (Wire) - Armed rebels burned two schools in the district of Buzi, "
            "officials said on Monday.")
    ev = one(linked_events_of(text), "ASSAULT")
    parts = [n.lower() for n in names(ev.actors) + names(ev.targets)]
    assert not any("maputo" in n for n in parts)
    assert any("rebels" in n.lower() for n in names(ev.actors))


def test_a_dateline_city_is_no_name_modifier_of_the_event_noun(linked_events_of):
    text = ("TRIPOLI (Wire) - Clashes between rival clans in the southern town killed six "
            "herders, police said.")
    ev = one(linked_events_of(text), "ASSAULT")
    assert not any("tripoli" in n.lower() for n in names(ev.actors) + names(ev.targets))


# ---------------------------------------------------------------- 2. participle with an object
def test_a_participle_with_a_direct_object_is_active():
    actors, targets = _roles("Clashes between rival clans in the northern town killed at least "
                             "six herders, police said.", "killed")
    assert "clashes" not in targets
    assert "herders" in targets


# ---------------------------------------------------------------- 3. a unit's number
def test_a_number_before_a_unit_name_is_no_count(events_of):
    ev = one(events_of("Soldiers of the 101 Brigade killed 12 rebels near the border on "
                       "Monday."), "ASSAULT")
    assert [(q.kind, q.value) for q in ev.quantities] == [("killed", 12.0)]


# ---------------------------------------------------------------- 4. the attack a "when" clause tells
def test_a_passive_harm_takes_the_subject_of_its_when_clause_as_actor():
    actors, targets = _roles("Nine miners were killed when armed men stormed the camp on "
                             "Tuesday.", "killed")
    assert actors == ["men"] and targets == ["miners"]


def test_what_exploded_or_ran_onto_a_mine_in_a_when_clause_did_not_act():
    for text in ("Two porters were killed when a grenade exploded near the gate.",
                 "Three engineers were killed when their truck hit a landmine."):
        actors, _ = _roles(text, "killed")
        assert actors == [], text


# ---------------------------------------------------------------- 5. blamed in a relative clause
def test_who_a_relative_clause_blames_the_attack_on_is_its_actor():
    for text in ("The ambush, which officials have blamed on bandits, killed two drivers.",
                 "The ambush, which was attributed to bandits, left the road closed."):
        actors, _ = _roles(text, "ambush")
        assert actors == ["bandits"], text


# ---------------------------------------------------------------- 6. "at" after a passive
def test_at_after_a_passive_whose_subject_the_parser_lost_says_where():
    _, targets = _roles("Clashes erupted on Friday between the two tribes after one of the "
                        "Awlad elders was arrested at Sabha airport, witnesses said.",
                        "arrested", "COERCE")
    assert "airport" not in targets
