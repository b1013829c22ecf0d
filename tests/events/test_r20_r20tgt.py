"""Which targets an attack or arrest records (events/target_choice): the owner of a struck
thing, people over the things hit with them, a count of people over the crowd it counts.
Texts written for these tests; `published` is Tuesday 2026-03-10."""

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 3, 10))).events


def _targets(events, plover, sub=None):
    return [{t.name for t in e.targets} | {m for t in e.targets for m in t.mentions}
            for e in events if e.type.plover == plover
            and (sub is None or e.type.acled_sub_event_type == sub)]


def test_arrests_counted_as_people_are_of_the_protesting_crowd(run):
    events = run("ACCRA, March 10 (Reuters) - Nurses demonstrated outside the health ministry "
                 "in Accra on Monday over unpaid wages. Police said 23 people were detained "
                 "after the march blocked a main road.")
    (arrest,) = _targets(events, "COERCE", "Arrests")
    assert "Nurses" in arrest or "nurses" in arrest
    assert "people" in arrest  # the count stays a name of them


def test_owner_of_a_looted_convoy_is_the_target(run):
    events = run("N'DJAMENA, March 10 (AFP) - Armed men looted an ICRC convoy near Abeche on "
                 "Sunday, the Red Cross said.")
    (looted,) = _targets(events, "ASSAULT")
    assert "ICRC" in looted or "International Committee of the Red Cross" in looted
    assert "ICRC convoy" not in looted


def test_trucks_carrying_goods_for_an_agency_are_the_agencys(run):
    events = run("JUBA, March 10 (Reuters) - Gunmen stopped a convoy of lorries carrying "
                 "medicine for UNICEF near Bor on Saturday and turned it back, officials said.")
    stopped = [t for ts in _targets(events, "COERCE") + _targets(events, "ASSAULT") for t in ts]
    assert any("UNICEF" in t or "United Nations Children" in t for t in stopped)
    assert "convoy" not in stopped and "lorries" not in stopped


def test_people_killed_outrank_the_vehicle_hit(run):
    events = run("KHARTOUM, March 10 (Reuters) - A drone hit a minibus near El Obeid on "
                 "Monday, killing nine farmers, a local official said.")
    (hit,) = _targets(events, "ASSAULT")
    assert "farmers" in hit and "minibus" not in hit


def test_a_camp_for_displaced_people_is_its_occupants(run):
    events = run("BUNIA, March 10 (AP) - Militiamen raided a camp for displaced families near "
                 "Djugu overnight, killing 16 people, a local official said.")
    (raid,) = [ts for ts in _targets(events, "ASSAULT") if ts]
    assert "displaced families" in raid and "camp" not in raid


def test_a_bare_count_gives_way_to_named_victims(run):
    events = run("Gunmen opened fire on worshippers at a church in Owo on Sunday, killing at "
                 "least 12 people, police said.")
    hit = [t for ts in _targets(events, "ASSAULT") for t in ts]
    assert "worshippers" in hit and "people" not in hit

