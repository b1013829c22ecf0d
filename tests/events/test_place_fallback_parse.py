"""The events stage's place fallback (events/doc_context.py `DocContext._place_of`): when geo's
event_location gives an event no place, a toponym of the document's focus country in the
sentence stands in only where the parse gives no reason against it. Sentences written for
these tests; full pipeline (places need the geo stage)."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 5, 6))


def test_name_modifying_a_noun_does_not_place_the_event(run):
    # "loyal to Damascus" says whose side the fighters are on, not where they attacked
    events = run("Syrian officials said Turkey shelled a village in Aleppo province on Monday. "
                 "Later, fighters loyal to Damascus attacked a checkpoint.")
    assert events
    assert all(e.location is None or e.location.name != "Damascus" for e in events), \
        [(e.trigger.text, e.location) for e in events]


def test_name_in_another_verbs_clause_is_not_taken_at_city_precision(run):
    # "bound for Kandahar" is where the convoy was going; at most the province stands in
    events = run("Afghan officials said on Monday that insurgents attacked a convoy bound "
                 "for Kandahar.")
    attack = [e for e in events if e.type.plover == "ASSAULT"]
    assert attack
    loc = attack[0].location
    assert loc is None or loc.precision not in ("city", "point", "admin2"), loc


def test_origin_is_not_taken_at_city_precision(run):
    events = run("Kenyan police said on Monday that the army had withdrawn from Garissa. "
                 "Gunmen from Mombasa then ambushed a bus on the highway.")
    ambush = [e for e in events if e.trigger.text == "ambushed"]
    assert ambush
    loc = ambush[0].location
    assert loc is None or loc.precision not in ("city", "point", "admin2"), loc


def test_fallback_helper_reasons():
    from wirecoder.geo.not_the_place import not_the_place
    from wirecoder.language import load_nlp
    from wirecoder.records import Document as Doc
    from wirecoder.records import Toponym

    text = "Fighters loyal to Ruritania attacked a depot, and Ruritania police arrested them."
    doc = load_nlp()(text)
    d = Doc(id="t", text=text, published=date(2026, 5, 6))
    trig = [t for t in doc if t.text == "attacked"][0]
    first = text.index("Ruritania")
    top = Toponym(span=d.span(first, first + len("Ruritania")), place=None)
    assert not_the_place(doc, top, trig) is not None


def test_facility_name_still_places_its_event_but_not_the_arrest(run):
    # the bombing was at the hotel, so in Herat; the arrest is not said to be there
    events = run("Afghan police arrested a man linked to the 2019 bombing of the Herat Grand "
                 "Hotel.")
    bombing = [e for e in events if e.trigger.text == "bombing"]
    arrest = [e for e in events if e.trigger.text == "arrested"]
    assert bombing and bombing[0].location is not None
    assert bombing[0].location.admin1 == "Herat"
    assert arrest and (arrest[0].location is None
                       or arrest[0].location.precision not in ("city", "point", "admin2"))


def test_province_in_another_clause_with_its_own_date_does_not_place_the_strikes(run):
    # the territory was in Borno; the airstrikes of 2019 are not said to be anywhere
    events = run("Nigerian rebels once controlled territory in Borno but lost it under the "
                 "army's airstrikes in 2019.")
    strikes = [e for e in events if e.trigger.text == "airstrikes"]
    assert strikes
    assert strikes[0].location is None or strikes[0].location.admin1 != "Borno", \
        strikes[0].location
