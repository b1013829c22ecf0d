"""A restriction said to remain in force is in force (no threat of one), and a war's toll
reported in the past perfect ("said the violence had killed 3,000") counts many past events,
not one."""


def test_a_curfew_that_will_remain_in_force_is_no_threat(events_of):
    evs = events_of("The army said the curfew in Bamako will remain in force until Friday.")
    assert [(e.type.plover, e.modality) for e in evs] == [("COERCE", "asserted")]


def test_a_reported_toll_of_violence_is_a_summary(events_of):
    evs = events_of("The UN said communal violence had killed more than 3,000 people in "
                    "Ituri last year.")
    assert [e.modality for e in evs] == ["historical"]


def test_a_reported_killing_by_gunmen_is_still_news(events_of):
    evs = events_of("Police said gunmen had killed four traders near Bunia on Monday.")
    assert [e.modality for e in evs] == ["asserted"]
