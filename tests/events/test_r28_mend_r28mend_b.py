"""Round 28 review mends (r28mend_b): a background toll over a longer span is not the lead
attack's; a figure equal to another event's count is still the lead's; "took X in an
ambulance" by gunmen is no care. Paragraphs invented for these tests; the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import asserted, counts, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 4))


LEAD = ("Gunmen attacked a hotel in Mogadishu on Tuesday, killing at least seven people, "
        "police said.\n\nThe attackers fled on foot, witnesses said.\n\n"
        "Residents said the area had been tense.\n\n"
        "The city has long been a target for the group.\n\n")


@pytest.mark.parametrize("later", [
    "Rights groups put the overall toll in the capital at more than 500 over the past months.",
    "In all, rights groups put the toll in the capital at more than 500.",
    "Rights groups put the total toll in the city at more than 500.",
])
def test_a_background_toll_is_not_the_leads(run, later):
    attack = asserted(run(LEAD + later), "ASSAULT")[0]
    assert sorted(counts(attack, "killed")) == [(7.0, "at_least")], attack.quantities


def test_people_carried_by_armed_men_are_taken_not_cared_for(run):
    text = ("KADUNA, March 4 (Reuters) - Militants took three nurses to a clinic in the forest "
            "on Monday, where they are being held, police said.")
    assert asserted(run(text), "ASSAULT"), run(text)
