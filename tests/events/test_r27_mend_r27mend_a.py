"""Review mends of round 27 (r27mend_a): "the strikes" in a sayer's sentence goes back only
to acts of that sub-type (not to an interception told beside them); a party's clause is an
account of the attack only when its verb tells an act of force. Texts written for these
tests; `published` is Friday 2026-11-27."""

from datetime import date

import pytest

from .conftest import asserted_by_word, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 11, 27))


def _events(events, plover, word):
    return asserted_by_word(events, plover, word)


def _claimants(e):
    """Every name and mention of the event's claimants, lower-cased."""
    return {x.lower() for c in e.claims for x in (c.claimant.name, *c.claimant.mentions)}


# --- a plural back-reference reaches acts of its own sub-type ----------------------------

def test_plural_back_reference_skips_an_act_of_another_kind(run):
    text = ("Israel's military said it intercepted a ballistic missile fired from Yemen late on "
            "Wednesday, and Israeli warplanes struck the port of Hodeidah early on Thursday, "
            "killing at least three people, according to the Houthi-run health ministry. The "
            "Israeli military said its jets hit fuel tanks at the port. The health ministry "
            "said 17 port workers were wounded in the strikes.")
    events = run(text)
    assert "health ministry" in _claimants(_events(events, "ASSAULT", "struck")[0])
    intercepted = _events(events, "ASSAULT", "intercepted")[0]
    assert not any(c.verb == "said" and "health ministry" in c.claimant.name.lower()
                   for c in intercepted.claims)


# --- a party's own account tells an act of force -------------------------------------------

@pytest.mark.parametrize("after", [
    "The army said the group had recently changed its leader.",
    "The army said they had opened an office in the town.",
])
def test_clause_telling_no_act_is_no_account(run, after):
    text = "Rebels attacked an army post near Beni on Monday, residents said. " + after
    said = _claimants(_events(run(text), "ASSAULT", "attack")[0])
    assert "residents" in said and not any("army" in s for s in said)


# --- an inquiry into people named by a common noun stays ----------------------------------

@pytest.mark.parametrize("text, target", [
    ("Prosecutors are investigating the former governor over missing funds.", "governor"),
    ("Police are investigating the soldiers who opened fire on the crowd.", "soldiers"),
])
def test_inquiry_into_people_stays(run, text, target):
    found = _events(run(text), "ACCUSE", "investigat")
    assert any(target in t.name.lower() for e in found for t in e.targets)


def test_inquiry_into_the_incident_is_still_no_event(run):
    text = "Police said they were investigating the incident."
    assert not [e for e in run(text) if e.type.plover == "ACCUSE"]


# --- the captors' own release beside their abduction is a release ---------------------------

def test_captors_release_beside_their_abduction_is_a_release(run):
    text = ("Gunmen kidnapped 20 passengers on the Kaduna road on Sunday and released two "
            "women on Monday.")
    events = run(text)
    assert _events(events, "ASSAULT", "kidnapped")[0].type.acled_sub_event_type == (
        "Abduction/forced disappearance")
    released = _events(events, "RETREAT", "released")[0]
    assert released.type.plover_mode == "release"


def test_freeing_beside_a_killing_is_still_the_fight(run):
    text = "Troops freed three hostages and killed four kidnappers near Zurmi on Sunday."
    assert not [e for e in run(text) if e.type.plover == "RETREAT"]


# --- a protest told apart from a crowd's damage is one told beside it ----------------------

def test_protest_told_far_away_leaves_the_riot_a_riot(run):
    text = ("The ruling party protested a court ruling on Monday.\n\nElection officials said "
            "turnout in the capital was low and counting would continue overnight. Results "
            "are expected on Friday.\n\nIn Kisumu, youths looted shops and set fire to a bank "
            "on Tuesday, police said.")
    looted = _events(run(text), "PROTEST", "looted")[0]
    assert looted.type.acled_sub_event_type == "Violent demonstration"


# --- a collective body whose name ends like an act noun is a target --------------------------

@pytest.mark.parametrize("word", ["federation", "congregation", "corporation"])
def test_collective_body_is_a_target(run, word):
    text = f"The junta banned the {word} on Monday."
    assert word in {t.name.lower() for t in _events(run(text), "COERCE", "banned")[0].targets}
