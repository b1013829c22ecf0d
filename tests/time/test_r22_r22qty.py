"""Round 22 (r22qty): two weekday nights told in the past are two dates, not a habit."""

from datetime import date

from wirecoder.time.tagger import tag_timexes


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.type, t.value) for t in tag_timexes(text, date(2026, 3, 18))]


def test_two_nights_just_past_are_dates():
    values = _values("Rioters threw stones at police on Monday and Tuesday nights, it said.")
    assert values == [("DATE", "2026-03-16"), ("DATE", "2026-03-17")], values


def test_two_nights_of_a_habit_stay_recurrences():
    values = _values("The market opens on Monday and Tuesday nights.")
    assert all(kind == "SET" for kind, _ in values) and len(values) == 2, values


# "had been arrested on Sunday evening and would be charged": the perfect passive is past
def test_a_day_after_a_perfect_passive_is_past_though_a_future_follows():
    values = _values("Police said on Wednesday that 11 people had been arrested on Sunday "
                     "evening and would be charged with arson.")
    assert ("TIME", "2026-03-15TEV") in values, values
    values = _values("The suspects have been detained on Monday and will appear in court.")
    assert ("DATE", "2026-03-16") in values, values


def test_a_day_after_a_planned_passive_stays_ahead():
    assert _values("The talks will be held on Monday.") == [("DATE", "2026-03-23")]
