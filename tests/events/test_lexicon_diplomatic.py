"""Closing another state's embassy or consulate is a PLOVER SANCTION (CAMEO 161, reduce or
break diplomatic relations); closing a road is not."""

from __future__ import annotations

from .conftest import one


def test_closing_a_diplomatic_mission_is_a_sanction(events_of):
    ev = one(events_of("Lithuania ordered the closure of Belarus's embassy in Vilnius on "
                       "Friday."), "SANCTION")
    assert ev.type.cameo == "161"
    one(events_of("Romania shut the Russian consulate in Constanta on Monday."), "SANCTION")


def test_closing_a_road_is_not(events_of):
    assert not [e for e in events_of("Police closed the main road to the airport on Monday.")
                if e.type.plover == "SANCTION"]
