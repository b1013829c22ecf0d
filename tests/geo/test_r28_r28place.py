"""Round 28 event places (r28place): an area that only seats the doer ("Police in X
province ...") gives way to the town inside it that the act's clauses name; a statement
"in a statement from X" / "issued in X" was made at X, not at the dateline; a village the
gazetteer lacks, once set in a known district, keeps that district when the text names it
again by its bare name; "the department of X", "the provinces of X and Y" name places
(the place noun before "of" says so) though the tagger missed them; a clause that reaches
a list of names from afar takes its first; a measure "covering" an area holds there; a
statement is not placed by an event a relative clause tells. Sentences invented for these
tests; the real gazetteer."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.pipeline import Pipeline
from wirecoder.records import Document

from .conftest import event_places


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(Document(id="t", text=text, published=date(2026, 5, 4)))


@pytest.mark.parametrize("text,name", [
    ("NAIROBI, March 3 (Reuters) - Police in Kenya's Turkana county fired tear gas to disperse "
     "hundreds of protesters in the town of Lodwar on Monday, witnesses said.", "Lodwar"),
    ("KARACHI, May 2 (Reuters) - Police in Pakistan's Sindh province used batons to break up a "
     "rally by traders in the city of Sukkur on Saturday, witnesses said.", "Sukkur"),
])
def test_the_doers_seat_area_gives_way_to_the_town_it_acts_in(run, text, name):
    assert event_places(run(text), "ASSAULT")[:1] == [name]


def test_a_seat_with_no_finer_place_is_still_the_place(run):
    a = run("NIAMEY, March 5 (AFP) - Police in Niger's Tillaberi region arrested eight traders "
            "on Monday on suspicion of supplying fuel to jihadists, the regional governor said.")
    assert event_places(a, "COERCE") == ["Tillaberi"]


@pytest.mark.parametrize("text,plover,name", [
    ("NAIROBI, Jan 5 (Reuters) - The governor of Somalia's Jubaland state, in a statement from "
     "the port city of Kismayo, condemned the attack on the convoy.", "ACCUSE", "Kismayo"),
    ("PORT MORESBY, Sept 10 (AFP) - The governor of Bougainville, in a statement from the "
     "regional capital Buka, condemned the killings and appealed to chiefs to talk.",
     "REQUEST", "Buka"),
    ("LAGOS, Feb 2 (AFP) - The state governor condemned the killings in a statement issued in "
     "Maiduguri on Monday.", "ACCUSE", "Maiduguri"),
])
def test_a_statement_issued_from_a_place_is_made_there(run, text, plover, name):
    assert event_places(run(text), plover) == [name]


def test_a_statement_with_no_place_of_issue_keeps_the_dateline(run):
    a = run("KAMPALA, April 4 (Reuters) - The army spokesman condemned the ambush in a statement "
            "on Tuesday.")
    assert event_places(a, "ACCUSE") == ["Kampala"]


def test_a_village_set_in_its_district_keeps_it_when_named_again(run):
    a = run("ABUJA, Sept 29 (Reuters) - Gunmen freed 12 hostages in a forest near the village "
            "of Dangulbi in Maru local government area on Monday, police said. Soldiers later "
            "killed three of the kidnappers in a gunfight near Dangulbi, the army said.")
    event = next(e for e in a.events if e.type.plover == "ASSAULT")
    assert event.location is not None and event.location.name == "Maru", event.location
    # the village's own name stays in the evidence, after the district's
    assert [s.text for s in event.location.evidence] == ["Maru", "Dangulbi"]


@pytest.mark.parametrize("text,plover,name", [
    ("ASUNCION, Oct 12 (Reuters) - Gunmen killed four police officers in the department of "
     "Concepcion on Sunday, officials said.", "ASSAULT", "Concepcion"),
    ("MANILA, Oct 12 (Reuters) - Troops killed six rebels in clashes in the provinces of Sulu "
     "and Basilan on Sunday, the army said.", "ASSAULT", "Sulu"),
    ("ASUNCION, Oct 12 (Reuters) - The president ordered the armed forces to join the manhunt "
     "in the departments of Concepcion and Amambay, his office said.", "MOBILIZE", "Concepcion"),
])
def test_a_place_noun_before_of_names_the_places_after_it(run, text, plover, name):
    assert event_places(run(text), plover) == [name]


def test_a_clause_reached_from_afar_takes_the_first_name_of_a_list(run):
    a = run("LUANDA, July 14 (Reuters) - In the Cazenga and Viana districts, groups of young men "
            "blocked roads with burning tyres and looted at least 30 shops, a police spokesman "
            "said.")
    assert event_places(a, "ASSAULT") == ["Cazenga"]


@pytest.mark.parametrize("text,name", [
    ("LOME, June 2 (Reuters) - Gunmen killed 12 people in Mandouri on Sunday. The government "
     "extended a state of emergency covering the Savanes region by six months on Tuesday.",
     "Savanes"),
    ("KAMPALA, June 2 (Reuters) - Gunmen killed 12 people in Kasese on Sunday. Authorities "
     "imposed a curfew covering Bundibugyo and Ntoroko districts on Monday.", "Bundibugyo"),
])
def test_a_measure_covering_an_area_holds_there(run, text, name):
    assert event_places(run(text), "COERCE") == [name]


def test_a_statement_is_not_placed_by_an_event_a_relative_clause_tells(run):
    a = run("RABAT, May 13 (AFP) - Morocco's foreign ministry summoned Algeria's ambassador on "
            "Wednesday to protest against a raid that killed two shepherds near Figuig, the "
            "ministry said.")
    assert event_places(a, "ACCUSE") == ["Rabat"]
