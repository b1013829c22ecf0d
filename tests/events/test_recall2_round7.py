"""Round 7 recall (engineer recall2), filters._addressless_request: a request addressed to
lower-case people ("urged residents to ...") is kept; "called for the occupants to leave" still
names no addressee. Sentences written for these tests."""


def _types(evs):
    return {(e.type.plover, e.trigger.text.lower()) for e in evs}


def test_request_to_lowercase_people_is_kept(events_of):
    evs = events_of("Firefighters urged residents to stay indoors on Tuesday.")
    assert ("REQUEST", "urged") in _types(evs)


def test_call_for_occupants_to_leave_is_still_dropped(events_of):
    evs = events_of("The soldiers called for the occupants to leave the compound.")
    assert not any(e.type.plover == "REQUEST" for e in evs)
