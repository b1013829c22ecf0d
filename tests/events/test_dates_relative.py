"""A date inside a relative clause on the object dates that clause, not the event; the last
date of the sentence after a dated relative clause is the event's."""

from __future__ import annotations

from datetime import date

from .conftest import one


def test_release_dated_by_its_last_date_not_the_captivity(events_of):
    evs = events_of("The militia freed four aid workers it had held since April on Thursday, "
                    "the UN said.", date(2026, 5, 9))
    ev = one(evs, "RETREAT")
    assert ev.time.start == date(2026, 5, 7)
