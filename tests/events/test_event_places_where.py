"""Where and when events happened, the events stage's rules (events/event_places.py,
events/doc_context.py): a capital standing for its government, a province named as what an
accord is about, the place of what a statement reports, the date of a speaker's occasion
("speaking on Monday", events/discourse.foreign_time). Sentences written for these tests;
full pipeline (places need the geo stage)."""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import by_trigger, whole_pipeline


@pytest.fixture(scope="module")
def run():
    return whole_pipeline(date(2026, 3, 4))


def test_a_capital_acting_for_its_government_is_no_place_of_the_story(run):
    # "Washington" is the US government: no province of the story to fall back on
    events = run("Washington imposed sanctions on two shipping firms on Tuesday.")
    loc = by_trigger(events, "sanctions").location
    assert loc is None or loc.precision == "country", loc


def test_an_accord_is_placed_where_it_was_signed_not_where_it_applies(run):
    # the truce is for Arauca, signed in Havana; the dateline is only where the report was
    # filed
    events = run("BOGOTA, March 3 (Reuters) - The government and the ELN signed a truce for "
                 "Arauca department in Havana on Monday.")
    loc = by_trigger(events, "signed").location
    assert loc is not None and loc.name == "Havana", loc


@pytest.mark.parametrize("text,trigger,name", [
    ("The foreign minister accused the rebels of shelling a hospital in Kharkiv on Sunday.",
     "accused", "Kharkiv"),
    ("The governor blamed smugglers for the unrest and said police had arrested 40 people in "
     "Sistan-Baluchestan province.", "blamed", "Sistan"),
])
def test_a_statement_is_not_placed_where_what_it_reports_happened(run, text, trigger, name):
    loc = by_trigger(run(text), trigger).location
    assert loc is None or name not in loc.name, loc


def test_a_statement_is_placed_where_it_was_made(run):
    events = run("Speaking in Mombasa on Tuesday, the minister urged the rebels to surrender.")
    loc = by_trigger(events, "urged").location
    assert loc is not None and loc.name == "Mombasa", loc


def test_a_statement_made_for_a_summons_takes_the_summons_place(run):
    # the protest is made where the envoy was summoned, not in what it complains of
    events = run("The foreign ministry summoned the Iranian envoy in Kabul to protest what it "
                 "called the use of Iranian soil by smugglers to plan attacks on Afghanistan.")
    # (one ACCUSE: the summons, its purpose "to protest" merged into it)
    (e,) = [e for e in events if e.type.plover == "ACCUSE"]
    assert e.location is not None and e.location.name == "Kabul", e.location


def test_a_place_at_sea_is_not_replaced_by_the_documents_province(run):
    events = run("Rebels fired a missile at a cargo ship in the Red Sea on Tuesday. Troops "
                 "repelled an attack in Marib province on Monday.")
    loc = by_trigger(events, "fired").location
    assert loc is not None and loc.name == "Red Sea", loc


def test_a_nationality_adjective_does_not_coarsen_the_place_it_qualifies(run):
    # "Mexican" qualifies the state; the place is Michoacan, not Mexico
    events = run("Gunmen killed a mayor in the western Mexican state of Michoacan on Monday.")
    loc = by_trigger(events, "killed").location
    assert loc is not None and loc.admin1 and "Michoac" in loc.admin1, loc


def test_the_date_of_a_speakers_occasion_dates_the_statement(run):
    # "speaking ... on Monday" describes when the minister urged, not the minister
    events = run("The minister, speaking in Mombasa on Monday, urged the rebels to surrender.")
    urged = by_trigger(events, "urged")
    assert str(urged.time.start) == "2026-03-02", urged.time


def test_a_capital_named_by_its_role_places_the_event(run):
    events = run("Heavy clashes broke out between rival militias in the Libyan capital late "
                 "on Monday, residents said.")
    loc = by_trigger(events, "clashes").location
    assert loc is not None and loc.name == "Tripoli", loc
