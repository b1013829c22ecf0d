"""filters._bare_noun: an event noun whose "of" phrase the parser hangs on a measure noun
("six km") still has an object and is not dropped as bare. Sentences written for this test."""


def test_destruction_of_a_tower_some_km_away_is_kept(events_of):
    evs = events_of("Troops found the destruction of a power pylon six km from the airport.")
    assert any(e.trigger.text.lower() == "destruction" for e in evs)


def test_a_bare_destruction_is_still_dropped(events_of):
    evs = events_of("The minister spoke about destruction in general terms.")
    assert not any(e.trigger.text.lower() == "destruction" for e in evs)
