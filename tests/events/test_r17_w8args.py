"""Round 17 (w8args) fixes in event arguments: actors and places. Sentences written for
these tests."""

from .conftest import one, pipeline_events


def _names(parts):
    return [p.name for p in parts]


# ------------------------------------- "a Turkish-made drone": the maker is not the actor
def test_a_weapon_made_in_a_country_does_not_name_its_military():
    for text in ("A Turkish-made drone hit a truck near the village of Kolla on Monday, "
                 "killing three men.",
                 "A Chinese-built warplane bombed a market in the town of Dabaro on Sunday, "
                 "killing five traders.",
                 "An Iranian-supplied rocket struck a hotel in the town of Marib Bay on Friday, "
                 "killing two guards."):
        ev = one(pipeline_events(text, "2026-03-10"), "ASSAULT")
        assert not any(a.country in {"TUR", "CHN", "IRN"} for a in ev.actors), (text, ev.actors)
    # the country's own weapons still name its military
    ev = one(pipeline_events("Turkish drones hit a truck near the village of Kolla on Monday, "
                             "killing three men.", "2026-03-10"), "ASSAULT")
    assert any(a.country == "TUR" for a in ev.actors), ev.actors


# ------------------------------ "in X, in Y state": the area says where the named town lies
def test_a_town_followed_by_its_state_is_the_place():
    for text, town in (
            ("Bandits killed 14 herders in an attack on a camp in Kaura Namoda, in Bakori "
             "county, on Friday, police said.", "Kaura Namoda"),
            ("Gunmen killed six traders in a raid on a market in Dandume, in Gwarzo "
             "district, on Sunday, residents said.", "Dandume")):
        ev = one(pipeline_events(text, "2026-03-10"), "ASSAULT")
        assert ev.location is not None and ev.location.name == town, (text, ev.location)

