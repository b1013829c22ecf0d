"""Exports: ACLED-style CSV columns, GeoJSON points, JSON Lines."""

from __future__ import annotations

import csv
import io
import json

from wirecoder.export import ACLED_COLUMNS, write_events

RECORD = {
    "id": "evt-1",
    "type": {"plover": "ASSAULT", "plover_mode": "aerial", "acled_event_type":
             "Explosions/Remote violence", "acled_sub_event_type": "Air/drone strike",
             "cameo": "195"},
    "summary": "An air strike hit a market in El Fasher.",
    "actors": [{"name": "Sudanese Armed Forces"}],
    "targets": [{"name": "civilians"}, {"name": "traders"}],
    "location": {"name": "El Fasher", "country": "SD", "admin1": "North Darfur", "lat": 13.63,
                 "lon": 25.35, "precision": "city"},
    "time": {"start": "2025-03-02", "end": "2025-03-02", "precision": "day"},
    "quantities": [{"kind": "killed", "value": 12, "qualifier": "at_least"}],
    "sources": [{"document_id": "d", "publisher": "Wire", "url": "https://example.org/a"}],
    "modality": "asserted", "confidence": 0.9,
}


def test_csv_has_acled_columns_and_fatalities():
    buf = io.StringIO()
    write_events([RECORD], "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    row = rows[0]
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["disorder_type"] == "Political violence"
    assert row["actor1"] == "Sudanese Armed Forces" and row["assoc_actor_2"] == "traders"
    assert row["fatalities"] == "12" and row["year"] == "2025"


def test_geojson_puts_lon_before_lat_and_skips_events_without_coordinates():
    buf = io.StringIO()
    write_events([RECORD, {**RECORD, "id": "evt-2", "location": None}], "geojson", buf)
    data = json.loads(buf.getvalue())
    assert [f["properties"]["event_id"] for f in data["features"]] == ["evt-1"]
    assert data["features"][0]["geometry"]["coordinates"] == [25.35, 13.63]


def test_jsonl_round_trips():
    buf = io.StringIO()
    write_events([RECORD], "jsonl", buf)
    assert json.loads(buf.getvalue()) == RECORD
