"""Argument rules of round 5 (events/arguments.py): who a sentence does not make responsible
("no group claimed responsibility", "X denied responsibility") and "the name / hand of X is
behind the attack". Sentences written for these tests."""

import pytest

from wirecoder.language import load_nlp

from .conftest import names


@pytest.fixture
def events_of(linked_events_of):
    return linked_events_of


def _assault_actors(evs):
    """The actors of the attacks in `evs`; fails when there is none."""
    attacks = [e for e in evs if e.type.plover == "ASSAULT"]
    assert attacks, "no ASSAULT event"
    return [n.lower() for e in attacks for n in names(e.actors)]


@pytest.mark.parametrize("claim", [
    "No group has claimed responsibility for the attack.",
    "No one claimed responsibility for the bombing.",
    "Nobody has claimed responsibility for the blast so far.",
    "No organization claimed responsibility for the explosion.",
])
def test_nobody_claims_the_attack(events_of, claim):
    evs = events_of("A car bomb exploded outside a police station in Mosul on Sunday, "
                    "killing four people. " + claim)
    actors = _assault_actors(evs)
    assert not any(a in ("group", "one", "nobody", "organization", "no one") for a in actors)


def test_denied_responsibility_gives_no_actor(events_of):
    evs = events_of("A bomb exploded at a market in Quetta on Friday, killing six people. "
                    "The Green Banner movement denied responsibility for the attack.")
    assert not any("green banner" in a for a in _assault_actors(evs))


def test_claimed_responsibility_still_gives_the_actor(events_of):
    evs = events_of("A bomb exploded at a market in Quetta on Friday, killing six people. "
                    "The Green Banner movement claimed responsibility for the attack.")
    assert any("green banner" in a for a in _assault_actors(evs))


def test_name_of_x_behind_the_attack_gives_x(events_of):
    evs = events_of("Gunmen attacked a convoy near Tikrit on Monday. \"The hand of Omar "
                    "Haddad is behind this attack,\" the governor said.")
    actors = _assault_actors(evs)
    assert "hand" not in actors and "name" not in actors


def _names_of(evs, plover, role):
    return [n for e in evs if e.type.plover == plover for n in names(getattr(e, role))]


def test_combined_demonym_and_noun_is_one_actor(events_of):
    evs = events_of("In Zabul province, a combined Afghan and coalition security force "
                    "detained two suspected insurgents yesterday.")
    actors = _names_of(evs, "COERCE", "actors")
    assert "combined Afghan and coalition security force" in actors
    assert "combined Afghan" not in actors


def test_demonym_with_its_own_noun_stays_apart():
    from wirecoder.events.noun_phrases import coordinated_modifier
    doc = load_nlp()("An Afghan and a coalition soldier were killed by a bomb in Helmand.")
    assert all(coordinated_modifier(t) is None for t in doc)


def test_described_name_keeps_the_head_of_its_bare_phrase():
    from wirecoder.events.arguments import participant_key
    from wirecoder.records import Participant
    p = Participant(name="gunmen wearing black masks", mentions=("gunmen",
                                                                 "gunmen wearing black masks"))
    assert "head:gunmen" in participant_key(p) or "head:gunman" in participant_key(p)
    q = Participant(name="Kandahar provincial police", mentions=("Kandahar",))
    assert "head:police" in participant_key(q)


def test_venue_name_on_attack_noun_is_no_actor(events_of):
    evs = events_of("The Grand Palace Hotel attack killed nine guests in Kabul on Monday.")
    assert not any("hotel" in a for a in _assault_actors(evs))
    evs = events_of("A Taliban attack killed nine guests in Kabul on Monday.")
    assert "taliban" in _assault_actors(evs)


def test_terrorist_attack_has_no_actor_terrorist(events_of):
    evs = events_of("A terrorist attack killed five people at a bus stop in Lahore on Monday.")
    assert "terrorist" not in _assault_actors(evs)
    evs = events_of("A rebel attack killed five soldiers in Goma on Monday.")
    assert "rebel" in _assault_actors(evs) or "rebels" in _assault_actors(evs)


def test_subject_after_a_dateline_dash(events_of):
    evs = events_of("HERAT, Afghanistan (March 3, 2012) – An Afghan and coalition security "
                    "force arrested a Taliban commander in Shindand district today.")
    actors = _names_of(evs, "COERCE", "actors")
    assert "Afghanistan" not in actors and "HERAT" not in actors
    assert any("security force" in a for a in actors)
    assert "Afghan" not in actors


def test_dateline_under_a_header_line_is_no_actor(events_of):
    evs = events_of("2012-03-S-044\n\nHERAT, Afghanistan (March 3, 2012) – An Afghan and "
                    "coalition security force arrested a Taliban commander and detained two "
                    "suspected insurgents in Shindand district today.")
    actors = _names_of(evs, "COERCE", "actors")
    assert "HERAT" not in actors and "Afghanistan" not in actors


def test_the_noun_on_a_measure_noun_is_the_target_not_the_distance(events_of):
    evs = events_of("Insurgents claimed the destruction of a high-voltage pylon four km "
                    "from the village.")
    targets = [n.lower() for e in evs for n in names(e.targets)]
    assert any("pylon" in t for t in targets), targets
    assert not any(t.split()[-1] in ("km", "kilometers") for t in targets), targets
