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


# ------------- a toll lead's attack takes the day of a retelling of the same act only
def test_a_toll_lead_does_not_take_the_day_of_a_separate_attack():
    text = ("KABUL, March 12 (Reuters) - The death toll from a suicide bombing at a mosque in "
            "Kabul has risen to 20, officials said on Thursday.\n\n"
            "In a separate incident, gunmen attacked a police checkpoint in Kandahar on "
            "Wednesday.")
    found = _found(text, "ASSAULT", "bombing")
    assert all(e.time.start != date(2026, 3, 11) for e in found), _days(found)


def test_a_toll_lead_still_takes_the_day_its_attack_is_retold_with():
    text = ("KABUL, March 12 (Reuters) - The death toll from a suicide bombing at a mosque in "
            "Kabul has risen to 20, officials said on Thursday.\n\n"
            "A suicide bomber blew himself up at the mosque during prayers on Tuesday, "
            "police said.")
    found = _found(text, "ASSAULT", "bombing")
    assert any(e.time.start == date(2026, 3, 10) for e in found), _days(found)


# ------------- background and unrelated acts after a dated lead keep no borrowed day
_QUITO = ("QUITO, March 12 (AP) - Thousands of farmers marched on the presidential palace in "
          "Quito on Tuesday to protest against a rise in fuel prices, a day after talks with "
          "the government broke down on Monday.\n\n")


def test_a_killing_in_similar_protests_is_not_given_the_leads_day():
    text = _QUITO + ("Security forces killed 11 people during similar protests, rights "
                     "groups said.")
    found = [e for e in _events(text) if e.trigger and "killed" in e.trigger.text]
    assert all(e.time is None or e.time.start != date(2026, 3, 10) for e in found), \
        _days(found)


def test_a_separate_seizure_elsewhere_is_not_given_the_leads_day():
    text = _QUITO + ("Separately, soldiers seized two tonnes of cocaine in the port of "
                     "Guayaquil.")
    found = [e for e in _events(text) if e.trigger and "seized" in e.trigger.text]
    assert found, [(e.type.plover, e.trigger.text if e.trigger else None)
                   for e in _events(text)]
    assert all(e.time is None or e.time.start != date(2026, 3, 10) for e in found), \
        _days(found)


def test_marchers_detained_after_the_lead_still_take_its_day():
    text = _QUITO + "Police detained 14 of the marchers."
    found = _found(text, "COERCE", "detained")
    assert any(e.time.start == date(2026, 3, 10) for e in found), _days(found)


def test_a_seizure_in_another_province_is_not_given_the_leads_day():
    text = _QUITO + "Soldiers seized two tonnes of cocaine in the port of Guayaquil."
    found = _found(text, "COERCE", "seized")
    assert all(e.time is None or e.time.start != date(2026, 3, 10) for e in found), \
        _days(found)


def test_another_count_of_people_detained_is_not_another_incident():
    text = _QUITO + "Police detained another 14 protesters in Quito."
    found = _found(text, "COERCE", "detained")
    assert any(e.time.start == date(2026, 3, 10) for e in found), _days(found)


# ------------- "police said on Monday that 14 had been arrested since ...": ends on Monday
def test_arrests_since_an_attack_end_on_the_dated_sayings_day():
    text = ("LAGOS, March 12 (Reuters) - Police said on Monday that 14 suspects had been "
            "arrested since the attack on March 1.")
    found = _found(text, "COERCE", "arrested")
    assert any(e.time.start == date(2026, 3, 1) and e.time.end == date(2026, 3, 9)
               for e in found), _days(found)
