"""The SQLite store: idempotent saves, evidence that matches the text, queries, schema checks."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date

import pytest

from wirecoder.errors import StoreError
from wirecoder.records import Span
from wirecoder.store import SCHEMA_VERSION, open_store
from wirecoder.store.sqlite import sqlite_path

COUNTED = ("documents", "mentions", "entities", "events", "participants", "evidence", "facts",
           "problems")


def counts(store) -> dict[str, int]:
    stats = store.stats()
    return {t: stats[t] for t in COUNTED}


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    yield s
    s.close()


def test_save_twice_adds_nothing(store, analysis, make_analysis):
    run = store.start_run("extract sample.txt")
    store.save(analysis, run)
    first = counts(store)
    assert first["documents"] == 1 and first["events"] == 2 and first["facts"] == 1
    assert first["mentions"] == 3 and first["entities"] == 5 and first["problems"] == 1
    store.save(analysis, run)
    store.save(make_analysis(), run)  # an equal analysis built again: same ids
    assert counts(store) == first


def test_a_new_analysis_of_a_stored_document_replaces_its_rows(store, analysis):
    store.save(analysis)
    fewer = dataclasses.replace(analysis, events=analysis.events[:1], facts=[])
    store.save(fewer)
    assert store.stats()["events"] == 1 and store.stats()["facts"] == 0
    assert [e["id"] for e in store.iter_events()] == [analysis.events[0].id]


def test_every_evidence_row_equals_the_document_text(store, analysis):
    store.save(analysis)
    rows = store.conn.execute(
        'SELECT v.field, v."start", v."end", v.text, d.text FROM evidence v '
        "JOIN events e ON e.id = v.event_id JOIN documents d ON d.id = e.document_id").fetchall()
    assert len(rows) == 14
    for field, start, end, text, document in rows:
        assert document[start:end] == text, field
    fields = {r[0] for r in rows}
    assert {"event", "trigger", "time", "location", "actors[0]", "actors[1]", "targets[0]",
            "quantities[0]", "claims[0]", "claims[0].claimant"} <= fields


def test_evidence_that_does_not_match_the_text_is_not_stored_but_reported(store, analysis):
    raid = analysis.events[0]
    wrong = dataclasses.replace(raid, trigger=Span(0, 9, "destroyed", raid.document_id))
    store.save(dataclasses.replace(analysis, events=[wrong]), "run-x")
    fields = {r[0] for r in store.conn.execute("SELECT field FROM evidence")}
    assert "trigger" not in fields and "event" in fields
    [w206] = [p for p in store.iter_problems("run-x") if p["code"] == "W206"]
    assert "trigger" in w206["message"] and "'US forces'" in w206["message"]


def test_event_json_round_trips(store, analysis):
    store.save(analysis)
    stored = {e["id"]: e for e in store.iter_events()}
    for event in analysis.events:
        assert stored[event.id] == json.loads(json.dumps(event.to_json()))


def test_indexed_event_columns(store, analysis):
    store.save(analysis)
    row = store.conn.execute(
        "SELECT plover, start_date, end_date, country, admin1, lat, lon, confidence, geonameid "
        "FROM events WHERE id = ?", (analysis.events[0].id,)).fetchone()
    assert row == ("ASSAULT", "2025-11-24", "2025-11-27", "SY", "Rif Dimashq", 33.5, 36.6, 0.8,
                   170652)


def test_entities_are_upserted_by_kb_id_or_name(store, make_analysis):
    store.save(make_analysis(tag=" One."))
    store.save(make_analysis(tag=" Two."))
    assert store.stats()["documents"] == 2 and store.stats()["entities"] == 5
    assert store.stats()["mentions"] == 6 and store.stats()["events"] == 4


def test_facts_keep_dates_evidence_stage_and_version(store, analysis):
    store.save(analysis)
    row = store.conn.execute(
        'SELECT subject, property, value, "start", "end", document_id, evidence_start, '
        "evidence_end, evidence_text, stage, version FROM facts").fetchone()
    doc = analysis.document
    assert row[:6] == ("SYR-MOI", "partner", "USA-MIL", "2025-11-24", None, doc.id)
    assert doc.text[row[6]:row[7]] == row[8]
    assert row[9] == "actors" and row[10]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["ASSAULT", "PROTEST"]),
    ({"plover_type": "assault"}, ["ASSAULT"]),
    ({"actor": "ministry of interior"}, ["ASSAULT"]),
    ({"actor": "SYR-MOI"}, ["ASSAULT"]),
    ({"actor": "isis"}, ["PROTEST"]),
    ({"actor": "CENTCOM"}, ["ASSAULT"]),  # a claimant
    ({"country": "SY"}, ["ASSAULT", "PROTEST"]),
    ({"country": "syr"}, ["ASSAULT", "PROTEST"]),
    ({"country": "IQ"}, []),
    ({"since": date(2025, 11, 26)}, ["ASSAULT"]),
    ({"since": "2025-11-28"}, []),
    ({"until": date(2025, 11, 23)}, []),
    ({"since": "2025-11-20", "until": "2025-11-24"}, ["ASSAULT"]),
    ({"text": "ROCKET launchers"}, ["ASSAULT"]),
    ({"text": "protest against"}, ["PROTEST"]),
    ({"limit": 1}, ["ASSAULT"]),
])
def test_iter_events_filters(store, analysis, filters, expected):
    store.save(analysis)
    assert [e["type"]["plover"] for e in store.iter_events(**filters)] == expected


def test_iter_events_by_document(store, make_analysis):
    one, two = make_analysis(tag=" One."), make_analysis(tag=" Two.")
    store.save(one)
    store.save(two)
    ids = {e["document_id"] for e in store.iter_events(document_id=two.document.id)}
    assert ids == {two.document.id}


def test_runs_and_problems(store):
    run = store.start_run("extract corpus/")
    store.record_problem(run, "a.csv:row 2", "[W117] a.csv:row 2: invalid published date")
    store.record_problem(run, "a.csv:row 2", "[W117] a.csv:row 2: invalid published date")
    assert store.stats()["unfinished_runs"] == 1
    store.finish_run(run, {"documents": 3})
    [row] = list(store.iter_runs())
    assert row["status"] == "finished" and row["counts"] == {"documents": 3}
    [problem] = list(store.iter_problems(run))
    assert problem["code"] == "W117" and problem["origin"] == "a.csv:row 2"
    assert store.stats()["unfinished_runs"] == 0


def test_has_and_get_document(store, analysis):
    assert not store.has_document(analysis.document.id)
    store.save(analysis)
    assert store.has_document(analysis.document.id)
    doc = store.get_document(analysis.document.id)
    assert doc["text"] == analysis.document.text and doc["published"] == "2025-11-30"
    assert doc["anchor_date"] == "2025-11-30" and doc["anchor_source"] == "metadata"


def test_wal_mode_and_schema_version(tmp_path):
    with open_store(str(tmp_path / "plain.db")) as store:  # a plain path works too
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.stats()["schema_version"] == SCHEMA_VERSION
    with open_store(f"sqlite:///{tmp_path / 'plain.db'}") as again:  # reopening is fine
        assert again.version == SCHEMA_VERSION


@pytest.mark.parametrize("url, path", [
    ("sqlite:///events.db", "events.db"),
    ("sqlite:////tmp/events.db", "/tmp/events.db"),
    ("sqlite://", ":memory:"),
    ("sqlite:///:memory:", ":memory:"),
    ("events.db", "events.db"),
])
def test_sqlite_urls(url, path):
    assert sqlite_path(url) == path


@pytest.mark.parametrize("url", ["postgresql://localhost/events", "mysql://x/y",
                                 "sqlite://host/events.db", ""])
def test_unsupported_urls_are_w201(url):
    with pytest.raises(StoreError) as info:
        open_store(url)
    assert info.value.code == "W201"


def test_missing_folder_is_w205(tmp_path):
    with pytest.raises(StoreError) as info:
        open_store(f"sqlite:///{tmp_path / 'nope' / 'x.db'}")
    assert info.value.code == "W205" and "does not exist" in str(info.value)


def test_a_file_that_is_not_a_database_is_w204(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 50)
    with pytest.raises(StoreError) as info:
        open_store(str(path))
    assert info.value.code == "W204"


def test_someone_elses_database_is_w204(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StoreError) as info:
        open_store(str(path))
    assert info.value.code == "W204" and "customers" in str(info.value)


def test_a_newer_schema_is_refused_with_w203(tmp_path):
    path = tmp_path / "new.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'from the future', 'x')")
    with pytest.raises(StoreError) as info:
        open_store(str(path))
    assert info.value.code == "W203" and "99" in str(info.value)


def test_numbered_migrations_upgrade_an_older_database(tmp_path, monkeypatch, analysis):
    from wirecoder.store import migrations

    path = tmp_path / "old.db"
    with open_store(str(path)) as store:
        store.save(analysis)
    extra = migrations.Migration(SCHEMA_VERSION + 1, "add a notes table",
                                 "CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT)")
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    monkeypatch.setattr(migrations, "LATEST", extra.version)
    with pytest.raises(StoreError) as info:
        open_store(str(path), migrate=False)
    assert info.value.code == "W202" and "wirecoder db migrate" in str(info.value)
    with open_store(str(path)) as store:
        assert store.version == extra.version
        assert store.stats()["documents"] == 1  # data kept
        store.conn.execute("INSERT INTO notes VALUES ('a', 'b')")
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_version")]
        assert versions == [*range(1, SCHEMA_VERSION + 1), extra.version]


def test_a_failed_migration_leaves_the_database_at_its_old_version(tmp_path, monkeypatch):
    from wirecoder.store import migrations

    path = tmp_path / "old.db"
    open_store(str(path)).close()
    broken = migrations.Migration(SCHEMA_VERSION + 1, "broken",
                                  "CREATE TABLE half (id TEXT); CREATE TABLE oops (")
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "LATEST", broken.version)
    with pytest.raises(StoreError) as info:
        open_store(str(path))
    assert info.value.code == "W207" and "broken" in str(info.value)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half" not in tables
        found = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        assert found == SCHEMA_VERSION


def test_facts_from_the_actors_stage_keep_their_id_and_extra_keys(store, analysis):
    doc = analysis.document
    start = doc.text.index("CENTCOM")
    fact = {"id": "fact-from-actors", "subject": "USA-CENTCOM", "subject_name": "CENTCOM",
            "property": "claims", "value": "raid", "start": "2025-11-30", "end": None,
            "precision": "day", "rule": "said", "document_id": doc.id,
            "evidence": {"start": start, "end": start + 7, "text": "CENTCOM",
                         "document_id": doc.id}}
    wrong = {"subject": "X", "property": "p", "value": "v",
             "evidence": {"start": 0, "end": 7, "text": "CENTCOM"}}
    store.save(dataclasses.replace(analysis, facts=[fact, wrong]), "run-f")
    rows = store.conn.execute("SELECT id, subject, extra FROM facts").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("fact-from-actors", "USA-CENTCOM")]
    assert json.loads(rows[0][2]) == {"subject_name": "CENTCOM", "precision": "day",
                                      "rule": "said"}
    [w206] = [p for p in store.iter_problems("run-f") if p["code"] == "W206"]
    assert "the fact X p" in w206["message"]


def test_a_version_1_database_is_migrated_on_open(tmp_path, analysis):
    """A database made before migration 2 (facts.extra) opens, migrates and keeps its rows."""
    from wirecoder.store import migrations

    path = tmp_path / "v1.db"
    with sqlite3.connect(path) as conn:
        conn.execute(migrations.VERSION_TABLE)
        for statement in migrations.MIGRATIONS[0].statements():
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version VALUES (1, 'initial', '2025-11-25')")
        conn.execute("INSERT INTO runs (id, started_at, status) VALUES ('old', 'x', 'finished')")
    with open_store(str(path)) as store:
        assert store.version == SCHEMA_VERSION >= 2
        assert store.stats()["runs"] == 1
        store.save(analysis)
        assert store.stats()["facts"] == 1
