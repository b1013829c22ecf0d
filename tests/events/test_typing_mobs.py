"""A mob's violence is ACLED "Mob violence", a crowd fired on by the police is no mob."""


def _acled(events):
    return [e.type.acled_sub_event_type for e in events]


def test_a_mob_beating_someone_to_death_is_mob_violence(events_of):
    evs = events_of("An angry mob beat a suspected cattle thief to death in Sokoto on Friday.")
    assert _acled(evs) == ["Mob violence"]


def test_protesters_attacking_an_embassy_still_riot(events_of):
    evs = events_of("Protesters attacked the embassy of Chad in Bangui on Tuesday.")
    assert _acled(evs) == ["Violent demonstration"]


def test_a_crowd_fired_on_by_police_is_no_mob(events_of):
    evs = events_of("Police fired live rounds at the crowd in Conakry on Monday.")
    assert "Mob violence" not in _acled(evs)
