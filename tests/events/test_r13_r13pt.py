"""Round 13 (places and dates, r13pt): sentences invented for each construction."""

from __future__ import annotations

from datetime import date

from wirecoder.evaluate.events import _document, run_pipeline

from .conftest import of_type as _by_type
from .conftest import pipeline_events as _events
from wirecoder.geo import default_gazetteer


# ------------------------------------------------------------ hyphenated place names
def test_a_hyphenated_town_is_one_place_name() -> None:
    # the tokenizer splits "Saint-Louis-du-Nord"; its parts are no place ("Nord" a department)
    text = ("SAINT-MARC, Haiti (AP) — Gunmen attacked a bus near Saint-Louis-du-Nord on "
            "Tuesday, killing three passengers, police said.")
    attacks = _by_type(_events(text, "2026-05-06"), "ASSAULT")
    assert attacks and attacks[0].location is not None
    assert attacks[0].location.name.startswith("Saint-Louis")
    assert attacks[0].location.precision == "city"


def test_a_hyphenated_town_beats_the_dateline() -> None:
    text = ("PARIS (Reuters) - Police arrested four men in Aix-en-Provence on Friday after a "
            "shooting, prosecutors said.")
    arrests = _by_type(_events(text, "2026-05-06"), "COERCE")
    assert arrests and arrests[0].location is not None
    assert arrests[0].location.name == "Aix-en-Provence"


def test_a_hyphenated_part_of_a_longer_name_is_no_town() -> None:
    # "Ahrar Al-Sham" is a group; "Mazar-e-Sharif" is one town however it is split
    text = ("Fighters of Ahrar Al-Sham attacked an army checkpoint near Idlib on Monday. "
            "Police later arrested two men in Mazar-e-Sharif.")
    an = run_pipeline(_document({"text": text, "published": "2026-05-06"}))
    names = [t.span.text for t in an.toponyms]
    assert "Al-Sham" not in names and "Mazar-e-Sharif" in names


# ------------------------------------------------------------ undated reactions
def test_an_undated_reaction_runs_from_the_event_day_to_the_report() -> None:
    text = ("NAIROBI, May 6 (Reuters) - Soldiers shot dead four villagers near Garissa on "
            "Monday, local officials said. The Red Cross condemned the killings and called "
            "for an independent inquiry.")
    reactions = _by_type(_events(text, "2026-05-06"), "ACCUSE")
    assert reactions
    assert (reactions[0].time.start, reactions[0].time.end) == (date(2026, 5, 4),
                                                                date(2026, 5, 6))


def test_a_reaction_with_its_own_day_keeps_it() -> None:
    text = ("NAIROBI, May 6 (Reuters) - Soldiers shot dead four villagers near Garissa on "
            "Monday, local officials said. The Red Cross condemned the killings on Tuesday.")
    reactions = _by_type(_events(text, "2026-05-06"), "ACCUSE")
    assert reactions
    assert (reactions[0].time.start, reactions[0].time.end) == (date(2026, 5, 5),
                                                                date(2026, 5, 5))


# ------------------------------------------------------------ "the <demonym> capital"
def test_capitals_the_build_left_unmarked_are_found() -> None:
    gaz = default_gazetteer()
    for iso, name in (("CM", "Yaoundé"), ("CO", "Bogotá"), ("PY", "Asunción")):
        entry = gaz.capital(iso)
        assert entry is not None and entry.name == name


def test_the_demonym_capital_is_the_capital_city() -> None:
    for text, city in (
            ("Thousands of students marched in the Colombian capital on Thursday against "
             "tuition fees, police said.", "Bogotá"),
            ("Ecuador and Peru held talks in the Paraguayan capital on Tuesday.", "Asunción")):
        events = [e for e in _events(text, "2026-10-06") if e.location is not None]
        assert events and events[0].location.name == city, text


# ------------------------------------------------------------ seas
def test_the_sea_is_the_sea_not_the_province_named_after_it() -> None:
    text = ("DUBAI, Aug 30 (Reuters) - A tanker was hit by a drone in the Red Sea off Yemen's "
            "port of Mokha late on Saturday, the UKMTO agency said. Egypt's Suez Canal "
            "Authority said traffic was normal.")
    an = run_pipeline(_document({"text": text, "published": "2026-08-30"}))
    sea = [t for t in an.toponyms if t.span.text == "Red Sea"]
    assert sea and sea[0].place is not None and sea[0].place.name == "Red Sea"


def test_a_governorate_named_after_a_sea_stays_one() -> None:
    text = "Police arrested six smugglers in Egypt's Red Sea governorate on Monday."
    an = run_pipeline(_document({"text": text, "published": "2026-08-30"}))
    sea = [t for t in an.toponyms if t.span.text.startswith("Red Sea")]
    assert sea and sea[0].place is not None and sea[0].place.country == "EG"


# ------------------------------------------------------------ names as written
def test_a_town_is_named_as_the_text_spells_it() -> None:
    for text, name in (
            ("LIBYA (Reuters) - Militiamen shelled a market in Misrata on Sunday, killing five "
             "people, medics said.", "Misrata"),
            ("Russian drones struck a power plant in Zaporizhzhia on Monday, officials said.",
             "Zaporizhzhia")):
        located = [e for e in _events(text, "2026-08-31") if e.location is not None]
        assert located and located[0].location.name == name, text


def test_accents_alone_keep_the_gazetteers_name() -> None:
    text = "Gunmen killed two police officers in Bogota on Monday, the mayor said."
    located = [e for e in _events(text, "2026-08-31") if e.location is not None]
    assert located and located[0].location.name == "Bogotá"


# ------------------------------------------------------------ "3/4 June", "20-21 March"
def test_a_night_of_two_days_is_a_two_day_range() -> None:
    for text, first, last in (
            ("ISLAMABAD - On the night of 3/4 June 2026, troops conducted an operation near "
             "Bannu, the army said.", date(2026, 6, 3), date(2026, 6, 4)),
            ("Troops raided a rebel camp on 20-21 March, killing six fighters, the army said.",
             date(2026, 3, 20), date(2026, 3, 21))):
        events = [e for e in _events(text, "2026-06-13") if e.time.start is not None]
        assert events and (events[0].time.start, events[0].time.end) == (first, last), text


def test_a_single_day_stays_one_day() -> None:
    events = _events("Police arrested 12 people on 21 March, officials said.", "2026-06-13")
    assert events and events[0].time.start == events[0].time.end == date(2026, 3, 21)


# ------------------------------------------------------------ "in a statement broadcast on X"
def test_the_statement_a_reaction_is_made_in_dates_it() -> None:
    for text, plover, day in (
            ("KHARTOUM, May 8 (Reuters) - In a video released on Friday, the rebel commander "
             "threatened to attack the capital.", "THREATEN", date(2026, 5, 8)),
            ("In an address broadcast on Tuesday evening, the president accused the opposition "
             "of plotting a coup.", "ACCUSE", date(2026, 5, 5))):
        events = _by_type(_events(text, "2026-05-10"), plover)
        assert events and events[0].time.start == day, text


# ------------------------------------------------------------ an agreement after talks
def test_an_agreement_signed_after_talks_is_placed_where_they_were_held() -> None:
    text = ("LUSAKA, Oct 6 (AFP) - Chad and Sudan signed a security pact late on Monday after "
            "two days of talks in the Zambian capital, officials said.")
    signed = _by_type(_events(text, "2026-10-06"), "SUPPORT")
    assert signed and signed[0].location is not None and signed[0].location.name == "Lusaka"
