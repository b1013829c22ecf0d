"""Record types: stable ids, spans that quote the document, schema-shaped JSON."""

from __future__ import annotations

from datetime import date

from wirecoder.records import Document, Event, EventType, Participant, Source, TimeSpan, stable_id


def test_document_ids_ignore_whitespace_differences_but_not_words():
    a = Document.make_id("Troops  entered\nthe town.")
    assert a == Document.make_id("Troops entered the town.")
    assert a != Document.make_id("Troops left the town.")


def test_span_text_is_the_document_text_at_its_offsets():
    doc = Document(id="d", text="Police arrested 40 protesters in Nairobi.")
    span = doc.span(33, 40)
    assert span.text == "Nairobi" and span.document_id == "d"


def test_stable_id_is_deterministic():
    assert stable_id("evt", "d", "ASSAULT", 3) == stable_id("evt", "d", "ASSAULT", 3)
    assert stable_id("evt", "d", "ASSAULT", 3) != stable_id("evt", "d", "ASSAULT", 4)


def test_event_json_carries_dates_as_iso_strings_and_integral_counts():
    doc = Document(id="d", text="Gunmen killed 3 people.")
    event = Event(
        id="e", document_id="d", type=EventType("ASSAULT"),
        actors=(Participant("gunmen", evidence=(doc.span(0, 6),)),), targets=(),
        location=None, time=TimeSpan(date(2025, 1, 2), date(2025, 1, 2), "day"),
        evidence=(doc.span(0, 23),), sources=(Source("d"),),
    )
    out = event.to_json()
    assert out["time"]["start"] == "2025-01-02"
    assert out["actors"][0]["evidence"][0]["text"] == "Gunmen"
