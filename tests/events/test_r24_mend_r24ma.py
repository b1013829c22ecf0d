"""Round 24 review mends (r24ma). Sentences from the reviewer's findings."""

from __future__ import annotations

from datetime import date

WEEK = date(2027, 3, 3)  # a Wednesday


def _names(parts):
    return [p.name.lower() for p in parts]


# ------------------------------------- the crew of something else is not aboard the vehicle
def test_the_crew_of_a_television_station_is_not_aboard_the_truck(events_of):
    events = events_of("Gunmen hijacked a fuel truck near Peshawar on Monday, police said. "
                       "The crew of a local television station filmed the scene.", WEEK)
    assert events and all("crew" not in _names(e.targets) for e in events)


# ------------------------------------------------ a purpose clause asks nobody to act
def test_threatened_attacks_to_force_the_government_out_targets_no_attacks(events_of):
    events = events_of("The rebels threatened attacks to force the government out of the "
                       "talks.", WEEK)
    assert all("attacks" not in _names(e.targets) for e in events)


# ------------------------------------- a running total of weapons is no event's seizure
def test_rifles_recovered_since_january_are_not_the_killings_seizure(events_of):
    events = events_of("Gunmen killed three villagers in Zamfara state on Monday, police "
                       "said. Since January, more than 200 rifles have been recovered in the "
                       "state, the police spokesman added.", WEEK)
    assert events and all(q.kind != "seized" for e in events for q in e.quantities)


def test_the_crew_of_the_truck_is_still_aboard_it(events_of):
    events = events_of("Gunmen hijacked a fuel truck near Peshawar on Monday, police said. "
                       "The crew of the truck were held for hours.", WEEK)
    assert any("crew" in _names(e.targets) for e in events)
