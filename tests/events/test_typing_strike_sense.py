"""A "strike" whose sentence says neither labour nor arms takes the sense the rest of the
document gives the word (one sense per discourse)."""


def _types(events):
    return [(e.type.plover, e.type.acled_sub_event_type) for e in events]


def test_a_later_bare_strike_keeps_the_labour_sense(events_of):
    evs = events_of("Port employees began a strike in Mombasa on 3 November. The strike, which "
                    "has closed two terminals, is to demand security measures.")
    assert _types(evs) and all(t == ("PROTEST", "Peaceful protest") for t in _types(evs))


def test_a_bare_strike_with_no_labour_told_is_still_an_attack(events_of):
    evs = events_of("The strike hit a convoy near Idlib on Monday, the monitor said.")
    assert ("ASSAULT", "Air/drone strike") in _types(evs)


def test_an_air_strike_told_elsewhere_wins_over_labour(events_of):
    evs = events_of("Jets carried out a strike on a depot near Homs on Monday. Dock employees "
                    "also called a strike. The strike destroyed the depot.")
    assert ("ASSAULT", "Air/drone strike") in _types(evs)
