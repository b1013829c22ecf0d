"""Round 27 (lead): a bomb someone placed and a strike from the air or by artillery, told in
different sentences by their own agents, are two incidents, not one mention merged into the
other. Sentences invented for these tests; the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import asserted, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 3))


@pytest.mark.parametrize("strike, kind", [
    ("an airstrike against Islamic State fighters near Qandala on Monday", "Air/drone strike"),
    ("a drone strike on a militant camp outside Jilib on Monday", "Air/drone strike"),
])
def test_a_placed_bomb_and_a_later_strike_stay_two_events(run, strike, kind):
    text = ("BOSASO, Somalia, March 3, 2026 - Police arrested four men on Tuesday after a bomb "
            f"exploded near the port, officials said. U.S. Africa Command said it had conducted "
            f"{strike}.")
    assaults = asserted(run(text), "ASSAULT")
    kinds = sorted(e.type.acled_sub_event_type or "" for e in assaults)
    assert len(assaults) == 2, [(e.type.acled_sub_event_type, [a.name for a in e.actors])
                                for e in assaults]
    assert kind in kinds and "Remote explosive/landmine/IED" in kinds, kinds
    blast = next(e for e in assaults if e.type.acled_sub_event_type != kind)
    assert not blast.actors, [a.name for a in blast.actors]  # the command did not plant it


def test_the_strike_named_again_is_still_one_event(run):
    text = ("Aircraft of the coalition carried out an airstrike on a compound in Hajin on "
            "Monday, killing six fighters, the coalition said. The strike destroyed a car "
            "packed with explosives.")
    strikes = [e for e in asserted(run(text), "ASSAULT")
               if e.type.acled_sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1, [e.evidence[0].text for e in asserted(run(text), "ASSAULT")]
