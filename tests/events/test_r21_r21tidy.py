"""Code mends of round 21 (r21tidy): shared definitions in place of copies. Each test checks
what the shared piece does on a text written for it; `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.geo.event_location import holds
from wirecoder.geo.fallback import distance_place
from wirecoder.pipeline import Pipeline
from wirecoder.records import Document, Place
from wirecoder.time.normalize import g


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _day(events, plover):
    ev = next(e for e in events if e.type.plover == plover and e.modality == "asserted")
    return ev.time.start


# --- time/offset_clause: the day of an event named again, read in the parsed sentences ---

def test_a_day_after_an_event_dated_with_an_abbreviated_month(run):
    # "Dec." ends no sentence: the truce's day is "Dec. 5", the strike the day after it
    events = run("The truce took effect on Dec. 5, officials said. Drones struck a fuel depot "
                 "a day after the truce.")
    assert _day(events, "ASSAULT") == date(2025, 12, 6)


def test_the_eve_of_an_event_after_a_dateline_takes_the_events_day(run):
    # the dateline's date is the report's, not the referendum's (one test for the time stages)
    events = run("NIAMEY, March 2 (Reuters) - The referendum was held on Saturday. Police "
                 "detained opposition activists on the eve of the referendum.")
    assert _day(events, "COERCE") == date(2026, 3, 6)


# --- geo.event_location.holds: a province holds a town the gazetteer lacks --------------

def test_a_province_holds_a_town_the_gazetteer_lacks_only_when_asked():
    province = Place(name="Kayes", country="ML", precision="admin1", geonameid=2455517,
                     admin1="Kayes")
    town = Place(name="Sadiola West", country="ML", precision="city", admin1="Kayes")
    elsewhere = Place(name="Sadiola West", country="ML", precision="city", admin1="Mopti")
    assert not holds(province, town)
    assert holds(province, town, unresolved_towns=True)
    assert not holds(province, elsewhere, unresolved_towns=True)
    assert not holds(Place(name="Mali", country="ML", precision="country", geonameid=2453866),
                     town, unresolved_towns=True)  # (a country holds a resolved town only)


# --- geo.fallback.distance_place: one rule over gazetteer entries and resolved places ----

def test_distance_place_finds_the_place_the_name_is_told_to_lie_from():
    text = "in Bourem Inaly, about 40 km east of Timbuktu"
    end = len("in Bourem Inaly")
    timbuktu = Place(name="Timbuktu", country="ML", precision="city")
    at = text.index("Timbuktu")
    assert distance_place(text, end, [(0, None), (at, timbuktu)]) is timbuktu
    assert distance_place(text, end, [(at, Place(name="x", country=None))]) is None
    assert distance_place("in Bourem Inaly, near Timbuktu", end, [(at, timbuktu)]) is None


# --- events.count_sums.conflict_toll: one predicate at one stage -------------------------

def test_a_conflicts_toll_told_after_the_attack_is_not_its_count(run):
    events = run("Gunmen killed four villagers in Tamba on Monday, officials said. The "
                 "insurgency has killed more than 3,000 people in the region since 2019.")
    attack = next(e for e in events if e.type.plover == "ASSAULT" and e.modality == "asserted")
    assert [(q.kind, q.value) for q in attack.quantities] == [("killed", 4.0)]


# --- time.normalize.g: a pattern's group, or None where it has none ----------------------

def test_g_reads_a_group_the_pattern_may_lack():
    import re

    m = re.match(r"(?P<clock>\d{4}) GMT", "0300 GMT")
    assert g(m, "clock") == "0300"
    assert g(m, "day") is None
