"""Round 28 (r28type): which events, and of what kind. Invented sentences: weapons seized on a
day of their own are a seizure apart from the fight told before; a fight whose start a "when"
clause tells is of the kind that clause's act is; fighters captured in a clash's outcome
participle are that clash, no arrest; a gathering the text calls peaceful stays a peaceful
protest."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import kinds_of, whole_pipeline

WEEK = date(2026, 11, 28)
SEIZURE = ("COERCE", "Disrupted weapons use")
ATTACK = ("ASSAULT", "Attack")
CLASH = ("ASSAULT", "Armed clash")


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(WEEK)


# ------------------------------------------- a seizure on a day of its own is its own event
@pytest.mark.parametrize("text", [
    "QUITO, June 8 (AP) - Inmates of rival gangs fought with guns and knives at a prison in "
    "Machala on Saturday, killing nine, officials said. Soldiers searched the prison on Sunday "
    "and seized eight pistols and about 200 rounds of ammunition.",
    "PORT MORESBY, April 3 (AFP) - Tribal fighters burned twenty houses in Enga province on "
    "Monday, police said. Officers seized four homemade guns at a checkpoint on Tuesday, the "
    "provincial police commander said.",
])
def test_weapons_seized_another_day_are_a_seizure_of_their_own(run, text):
    events = [e for e in run(text) if e.modality == "asserted"]
    seizures = [e for e in events if (e.type.plover, e.type.acled_sub_event_type) == SEIZURE]
    assert seizures and any(q.kind == "seized" for q in seizures[0].quantities)
    assert not any(q.kind == "seized" for e in events if e not in seizures
                   for q in e.quantities)


def test_weapons_seized_in_the_raid_are_still_the_raid(run):
    kinds = kinds_of(run("MOGADISHU, May 4 (Reuters) - Soldiers raided an al Shabaab hideout near "
                       "Afgooye on Monday, killing four militants, the army said. The troops "
                       "also seized three rifles and a machine gun."))
    assert SEIZURE not in kinds and any(plover == "ASSAULT" for plover, _ in kinds)


# ------------------------------------------- a fight's start told by the act that began it
@pytest.mark.parametrize("text", [
    "JUBA, Sept 7 (Reuters) - The latest clashes began on Sunday when armed youths from a "
    "neighbouring county attacked villages near Bor, killing at least 14 people, officials said.",
    "KADUNA, Jan 12 (Reuters) - The violence started on Friday when gunmen attacked a market in "
    "Kajuru, killing nine traders, police said.",
])
def test_onset_of_fighting_is_typed_by_its_act(run, text):
    kinds = kinds_of(run(text))
    assert ATTACK in kinds and CLASH not in kinds


def test_a_clash_told_as_such_stays_a_clash(run):
    assert CLASH in kinds_of(run("MAIDUGURI, March 18 (Reuters) - Soldiers clashed with Islamic "
                               "State fighters near Gwoza on Monday, killing seven of the "
                               "militants, the army said."))


# ------------------------------------------- captured in a clash: that clash
@pytest.mark.parametrize("text", [
    "BRAZZAVILLE, Feb 18 (AFP) - Soldiers clashed with bandits near Dolisie on Tuesday, killing "
    "two and capturing three others, the army said.",
    "BANGUI, March 1 (AFP) - Peacekeepers fought rebels near Bria on Saturday, killing four of "
    "them and capturing six, the UN mission said.",
])
def test_fighters_captured_in_a_clash_are_no_arrest(run, text):
    events = [e for e in run(text) if e.modality == "asserted"]
    assert not any(e.type.plover == "COERCE" for e in events)
    clash = [e for e in events if (e.type.plover, e.type.acled_sub_event_type) == CLASH]
    assert clash and any(q.kind == "captured" for q in clash[0].quantities)


# ------------------------------------------- a peaceful gathering
@pytest.mark.parametrize("text", [
    "JOHANNESBURG, May 6 (Reuters) - About 500 residents marched to the municipal offices in "
    "Soweto on Thursday to demand water. The march was peaceful, police said.",
    "NAIROBI, Feb 14 (Reuters) - Hundreds of nurses marched through Kisumu on Friday to demand "
    "unpaid wages. The protest ended without incident, police said.",
])
def test_a_march_called_peaceful_is_a_peaceful_protest(run, text):
    kinds = kinds_of(run(text))
    assert ("PROTEST", "Peaceful protest") in kinds
    assert not any(plover == "ASSAULT" or sub == "Excessive force against protesters"
                   for plover, sub in kinds)


def test_force_on_peaceful_protesters_is_still_an_intervention(run):
    kinds = kinds_of(run("LUSAKA, Oct 2 (Reuters) - Police fired tear gas at peaceful protesters "
                       "in central Lusaka on Monday, witnesses said."))
    assert any(sub in ("Protest with intervention", "Excessive force against protesters")
               for _, sub in kinds)


# ------------------------------------------- a fight with a side named after an attack
def test_suspects_killed_in_a_shootout_are_a_clash_apart_from_the_shooting(run):
    events = [e for e in run(
        "KINGSTON, March 3 (Reuters) - Gunmen shot dead four men outside a bar in Spanish Town "
        "late on Saturday, police said. Police and soldiers raided homes in the town on Monday, "
        "arresting nine people. Two suspects were killed in a shootout with officers during the "
        "raids, a police spokeswoman said.") if e.modality == "asserted"]
    kinds = [(e.type.plover, e.type.acled_sub_event_type) for e in events]
    assert ATTACK in kinds and CLASH in kinds
    clash = next(e for e in events if (e.type.plover, e.type.acled_sub_event_type) == CLASH)
    assert any(t.name.lower().startswith("suspect") for t in clash.targets)


# ------------------------------------------- terms set by an agreement's text; a charge's help
def test_withdrawal_set_by_the_text_of_a_deal_is_no_act(run):
    kinds = kinds_of(run("JUBA, Dec 3 (Xinhua) - Rival militias signed a peace deal in Bentiu on "
                       "Tuesday, officials said. Fighters are to withdraw from the town's market "
                       "within 14 days, according to a copy of the text."))
    assert not any(plover == "RETREAT" and sub != "Agreement" for plover, sub in kinds)
    assert not any(plover == "AGREE" for plover, _ in kinds)


def test_help_a_suspect_is_held_for_is_no_aid(run):
    kinds = kinds_of(run("JAKARTA, March 14 (Reuters) - Police arrested four men in Poso on "
                       "Friday on suspicion of supplying food and money to the militants."))
    assert ("COERCE", "Arrests") in kinds and not any(p == "AID" for p, _ in kinds)
