"""Round 25 review mends (r25mend_a2): a perfect that goes on telling the lead's agreement is
news, not background; an approval of an occupation or a blockade finds who occupied or
blocked. Sentences from the reviewer or invented."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import whole_pipeline

WEEK = date(2026, 3, 4)


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(WEEK)


def _trigger(e, text):
    return text[e.trigger.start:e.trigger.end] if e.trigger else ""


# --------------------------------- a perfect after the lead's agreement tells more of the news
def test_an_agreement_following_the_leads_truce_is_news(run):
    text = ("KHARTOUM, March 3 (Reuters) - Sudan's army and the Rapid Support Forces have agreed "
            "to a seven-day truce in El Fasher, mediators said on Tuesday.\n\nThe two sides have "
            "also agreed to open a corridor for aid convoys to the city.")
    second = [e for e in run(text) if e.trigger and e.trigger.start > text.index("two sides")]
    assert second and all(e.modality != "historical" for e in second)


def test_an_agreement_told_since_the_lead_stays_background(run):
    text = ("KHARTOUM, March 3 (Reuters) - Sudan's army and the Rapid Support Forces have agreed "
            "to a seven-day truce in El Fasher, mediators said on Tuesday. The two sides have "
            "since agreed to open a corridor for aid convoys, and the army has already "
            "promised to release prisoners.")
    late = [e for e in run(text) if _trigger(e, text) == "promised"]
    assert all(e.modality == "historical" for e in late)


# ------------------------------------- an approval of an occupation is aimed at the occupiers
def test_welcoming_the_occupation_is_aimed_at_the_occupiers(run):
    text = ("Rebels occupied the town of Kidal on Monday. On Tuesday, local elders welcomed the "
            "occupation, a spokesman said.")
    welcome = [e for e in run(text) if _trigger(e, text) == "welcomed"]
    assert welcome and [t.name for t in welcome[0].targets] == ["Rebels"]


def test_act_nouns_drop_a_final_y_and_take_ade():
    from wirecoder.events.statement_targets import _names_act_of
    assert _names_act_of("occupation", "occupy")
    assert _names_act_of("denial", "deny")
    assert _names_act_of("blockade", "block")
    assert not _names_act_of("shelter", "shell")
    assert not _names_act_of("attachment", "attack")
