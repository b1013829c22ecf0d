"""Round 28 (r28date): a day counted from a stretch's first day ("on the second day of a strike
that began on Monday"), and an act told in a present participle on a noun a dated act
reaches ("fired tear gas on Tuesday to disperse people protesting"). Sentences written for
these tests, not taken from any gold set."""

from datetime import date

import pytest

from .conftest import trigger_days


# ------------------------------------------------------------ the Nth day of a stretch
@pytest.mark.parametrize("text, word, pub, day", [
    ("Clashes broke out on the second day of a four-day strike called from Tuesday by the bus "
     "drivers' union, police said.", "Clashes", "2026-03-12", date(2026, 3, 11)),
    ("Garment workers blocked a highway on the third day of a strike that began on Monday, "
     "injuring two police officers.", "blocked", "2026-05-08", date(2026, 5, 6)),
    ("Indigenous groups marched through Quito on the fourth day of a protest starting from "
     "Saturday against fuel price rises.", "marched", "2026-11-11", date(2026, 11, 10)),
    ("Miners blocked roads on the first day of a national strike that began on Wednesday.",
     "blocked", "2026-04-02", date(2026, 4, 1)),
])
def test_the_nth_day_of_a_stretch_is_its_first_day_moved_on(text, word, pub, day):
    assert trigger_days(text, word, pub) == [(day, day)]


def test_the_stretch_counted_keeps_its_own_first_day():
    text = ("Clashes broke out on the second day of a four-day strike called from Tuesday by "
            "the bus drivers' union, police said.")
    assert trigger_days(text, "strike", "2026-03-12") == [(date(2026, 3, 10), date(2026, 3, 10))]


def test_a_count_with_no_first_day_dates_nothing():
    from wirecoder.time.tagger import tag_timexes

    text = "Talks resumed on the third day of the visit, officials said."
    assert not [t for t in tag_timexes(text, date(2026, 6, 5)) if "third day" in t.span.text]


# ------------------------------------------------ a participle on a noun the act reaches
@pytest.mark.parametrize("text, word, pub, day", [
    ("Police used tear gas on Wednesday to disperse thousands of farmers protesting against "
     "a new water law in the southern city of Arequipa.", "protesting", "2026-10-22",
     date(2026, 10, 21)),
    ("Soldiers on Tuesday arrested dozens of traders demonstrating outside the parliament in "
     "Kampala against a new tax, a police spokesman said.", "demonstrating", "2026-02-05",
     date(2026, 2, 3)),
])
def test_a_participle_on_the_noun_a_dated_act_reaches_shares_its_day(text, word, pub, day):
    assert trigger_days(text, word, pub) == [(day, day)]


def test_a_past_participle_keeps_a_time_of_its_own():
    from wirecoder.language import parse
    from wirecoder.time.participle_dates import doing_when_reached

    doc = parse("Police on Monday freed dozens of villagers kidnapped by gunmen.")
    tok = next(t for t in doc if t.text == "kidnapped")
    assert not doing_when_reached(tok, tok)


# ------------------------------------------------------------- two days of one month
@pytest.mark.parametrize("text, word, pub, days", [
    ("Gunmen killed 14 people in attacks on June 15 and 16 in two villages in Benue state, "
     "police said on Thursday.", "killed", "2026-06-19", (date(2026, 6, 15), date(2026, 6, 16))),
    ("Israeli drones struck two cars in southern Lebanon on Sept. 14 and 15, killing four "
     "people, the health ministry said.", "struck", "2026-09-17",
     (date(2026, 9, 14), date(2026, 9, 15))),
])
def test_two_days_of_a_month_joined_by_and_are_one_stretch(text, word, pub, days):
    assert trigger_days(text, word, pub) == [days]


def test_two_days_far_apart_are_not_a_stretch():
    text = "Gunmen attacked the village on June 5 and 19, killing 14 people, police said."
    assert trigger_days(text, "attacked", "2026-06-22") == [(date(2026, 6, 5), date(2026, 6, 5))]


# ------------------------------------------------------------ an N-day stretch from a day
def test_an_n_day_stretch_runs_its_days_from_its_first():
    text = ("A three-day general strike called from Monday by opposition parties shut shops "
            "and markets across Conakry, residents said.")
    assert trigger_days(text, "strike", "2026-03-05") == [(date(2026, 3, 2), date(2026, 3, 4))]


def test_an_n_day_stretch_not_yet_over_keeps_its_first_day():
    text = ("A three-day general strike called from Monday by opposition parties shut shops "
            "and markets across Conakry, residents said.")
    assert trigger_days(text, "strike", "2026-03-03") == [(date(2026, 3, 2), date(2026, 3, 2))]


def test_a_participle_on_a_thing_is_not_what_people_were_doing():
    from wirecoder.language import parse
    from wirecoder.time.participle_dates import doing_when_reached

    doc = parse("The ministry on Tuesday handed the envoy a note declaring him unwelcome.")
    tok = next(t for t in doc if t.text == "declaring")
    assert not doing_when_reached(tok, tok)
