"""Round 23 review mends (r23mdate) in dates. Sentences from the review or written for these
tests (places and names not taken from the dev articles)."""

from datetime import date

from .conftest import pipeline_events


def _events(text: str, published: str = "2026-03-12") -> list:
    return pipeline_events(text, published)


def _found(text: str, plover: str, word: str, published: str = "2026-03-12") -> list:
    evs = _events(text, published)
    found = [e for e in evs if e.type.plover == plover and e.trigger and word in e.trigger.text]
    assert found, [(e.type.plover, e.trigger.text if e.trigger else None) for e in evs]
    return found


def _days(found: list) -> list:
    return [(e.time.start, e.time.end, e.time.fallback) for e in found]


# ------------- "police said on Monday that 14 had been arrested since ...": ends on Monday
def test_arrests_since_an_attack_end_on_the_dated_sayings_day():
    text = ("LAGOS, March 12 (Reuters) - Police said on Monday that 14 suspects had been "
            "arrested since the attack on March 1.")
    found = _found(text, "COERCE", "arrested")
    assert any(e.time.start == date(2026, 3, 1) and e.time.end == date(2026, 3, 9)
               for e in found), _days(found)
