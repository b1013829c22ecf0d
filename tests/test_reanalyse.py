"""`wirecoder extract --reanalyse`: stored documents are analysed again and their old analysis
replaced, one transaction each; without it they are skipped, and a note (W208) says when they
were analysed by another wirecoder version."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirecoder.cli import main
from wirecoder.records import (
    PIPELINE_VERSION,
    Analysis,
    Document,
    Event,
    EventType,
    Mention,
    Participant,
    Source,
    TimeSpan,
    stable_id,
)
from wirecoder.run import extract_paths
from wirecoder.store import Store, open_store

class FakePipeline:
    """Stands in for `Pipeline`: `events` events per document, summaries tagged `label`."""

    def __init__(self, label: str, events: int) -> None:
        self.label, self.events = label, events

    def run_many(self, documents: Iterable[Document], workers: int | None = None,
                 ) -> Iterator[Analysis]:
        for doc in documents:
            who = Participant(f"{self.label} group", evidence=(doc.span(0, 5),))
            events = [Event(id=stable_id("evt", doc.id, self.label, i), document_id=doc.id,
                            type=EventType("ASSAULT"), actors=(who,), targets=(), location=None,
                            time=TimeSpan(None, None), evidence=(doc.span(0, 5),),
                            sources=(Source(doc.id),), summary=f"{self.label} {i}")
                      for i in range(self.events)]
            yield Analysis(document=doc, mentions=[Mention(doc.span(0, 5), who)], events=events,
                           facts=[{"subject": f"{self.label} group", "property": "seen",
                                   "value": "yes"}])


@pytest.fixture()
def inputs(two_articles: Path) -> Path:
    return two_articles


def run_with(monkeypatch, pipeline: FakePipeline, inputs: Path, db: str, out: Path | None = None,
             **options):
    monkeypatch.setattr("wirecoder.run._pipeline", lambda options: pipeline)
    return extract_paths([str(inputs)], out=out, db_url=db, workers=1, progress=False,
                         on_problem=lambda m: None, **options)


def stored(db: str) -> dict[str, object]:
    """What a user sees in the database: every event summary, row counts, per-document versions."""
    with open_store(db) as store:
        events = list(store.iter_events())
        counts = store.stats()
        versions = dict(store.conn.execute("SELECT id, version FROM documents"))
    return {"summaries": sorted(e["summary"] for e in events),
            "ids": [e["id"] for e in events],
            "counts": {t: counts[t] for t in ("documents", "events", "participants", "evidence",
                                              "mentions", "facts")},
            "versions": versions}


def test_without_the_flag_stored_documents_keep_their_analysis(monkeypatch, inputs, tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    run_with(monkeypatch, FakePipeline("old", 3), inputs, db)
    before = stored(db)
    report = run_with(monkeypatch, FakePipeline("new", 2), inputs, db)
    assert report.analysed == 0 and report.resumed == 2 and report.reanalysed == 0
    assert stored(db) == before
    assert report.stale_note() is None  # same wirecoder version: nothing to say


def test_reanalyse_replaces_each_stored_analysis_with_the_new_one(monkeypatch, inputs, tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    run_with(monkeypatch, FakePipeline("old", 3), inputs, db)
    assert stored(db)["summaries"] == sorted(["old 0", "old 1", "old 2"] * 2)
    out = tmp_path / "events.jsonl"
    report = run_with(monkeypatch, FakePipeline("new", 2), inputs, db, out=out, reanalyse=True)
    assert report.analysed == 2 and report.reanalysed == 2 and report.resumed == 0
    assert "2 analysed (2 of them again)" in report.summary()
    after = stored(db)
    assert after["summaries"] == sorted(["new 0", "new 1"] * 2)  # no "old" event is left
    assert len(after["ids"]) == len(set(after["ids"])) == 4
    assert after["counts"] == {"documents": 2, "events": 4, "participants": 4, "evidence": 8,
                               "mentions": 2, "facts": 2}
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in written) == sorted(after["ids"])


def test_entities_only_the_old_analysis_named_are_removed_with_it(monkeypatch, inputs, tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"

    def entities() -> list[str]:
        with open_store(db) as store:
            return sorted(r[0] for r in store.conn.execute("SELECT name FROM entities"))

    run_with(monkeypatch, FakePipeline("old", 1), inputs, db)
    assert entities() == ["old group"]
    # b.txt still names the old group: it stays while a.txt is analysed again
    run_with(monkeypatch, FakePipeline("new", 1), inputs / "a.txt", db, reanalyse=True)
    assert entities() == ["new group", "old group"]
    run_with(monkeypatch, FakePipeline("new", 1), inputs, db, reanalyse=True)
    assert entities() == ["new group"]


def test_reanalyse_with_the_real_pipeline_gives_one_set_of_events(inputs, tmp_path):
    db = f"sqlite:///{tmp_path / 'c.db'}"
    args = ["extract", str(inputs / "a.txt"), "--db", db, "--published", "2025-06-04"]
    first = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "1.jsonl")])
    assert first.exit_code == 0, first.output
    before = stored(db)
    assert before["counts"]["events"] > 0
    again = CliRunner().invoke(main, [*args, "--out", str(tmp_path / "2.jsonl"), "--reanalyse"])
    assert again.exit_code == 0, again.output
    assert "1 documents: 1 analysed (1 of them again)" in again.output
    assert stored(db)["counts"] == before["counts"]
    assert sorted(stored(db)["ids"]) == sorted(before["ids"])
    lines = [(tmp_path / f"{n}.jsonl").read_text(encoding="utf-8") for n in (1, 2)]
    assert lines[0] == lines[1]


def test_a_failure_while_saving_keeps_that_documents_old_analysis(monkeypatch, inputs, tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    run_with(monkeypatch, FakePipeline("old", 3), inputs, db)
    with sqlite3.connect(tmp_path / "w.db") as conn:
        old_json = dict(conn.execute("SELECT id, json FROM events"))
    original = Store._insert_event
    saved: list[str] = []

    def fail_on_second_document(self, cur, doc_id, *args):
        # runs inside save()'s transaction, after the old analysis was deleted
        if doc_id not in saved:
            saved.append(doc_id)
        if len(saved) == 2:
            raise RuntimeError("disk full")
        return original(self, cur, doc_id, *args)

    monkeypatch.setattr(Store, "_insert_event", fail_on_second_document)
    with pytest.raises(RuntimeError, match="disk full"):
        run_with(monkeypatch, FakePipeline("new", 2), inputs, db, reanalyse=True)
    monkeypatch.setattr(Store, "_insert_event", original)

    after = stored(db)
    first, second = saved
    with open_store(db) as store:
        first_events = sorted(e["summary"] for e in store.iter_events(document_id=first))
        second_events = list(store.iter_events(document_id=second))
    assert first_events == ["new 0", "new 1"]  # committed before the failure
    assert sorted(e["summary"] for e in second_events) == ["old 0", "old 1", "old 2"]
    with sqlite3.connect(tmp_path / "w.db") as conn:
        for event_id, payload in conn.execute("SELECT id, json FROM events "
                                              "WHERE document_id = ?", (second,)):
            assert old_json[event_id] == payload
    assert after["counts"] == {"documents": 2, "events": 5, "participants": 5, "evidence": 10,
                               "mentions": 2, "facts": 2}


def test_documents_from_another_version_are_counted_once_on_stderr(monkeypatch, inputs,
                                                                   tmp_path):
    db = f"sqlite:///{tmp_path / 'c.db'}"
    args = ["extract", str(inputs / "a.txt"), str(inputs / "b.txt"), "--db", db]
    with monkeypatch.context() as old:
        old.setattr("wirecoder.store.base.PIPELINE_VERSION", "0.0.9")  # an older wirecoder
        assert CliRunner().invoke(main, args).exit_code == 0
    plain = CliRunner().invoke(main, args)
    assert plain.exit_code == 0, plain.output
    note = (f"[W208] 2 documents in the database were analysed by wirecoder 0.0.9, not this "
            f"{PIPELINE_VERSION}, and were skipped; run extract again with --reanalyse")
    assert note in plain.stderr and plain.stderr.count("[W208]") == 1
    refreshed = CliRunner().invoke(main, [*args, "--reanalyse"])
    assert refreshed.exit_code == 0 and "[W208]" not in refreshed.stderr
    assert set(stored(db)["versions"].values()) == {PIPELINE_VERSION}
    assert "[W208]" not in CliRunner().invoke(main, args).stderr


def test_a_version_2_database_learns_each_documents_version_from_its_run(tmp_path, monkeypatch,
                                                                          inputs):
    """Schema 3 adds documents.version, filled from the run that saved each document."""
    from wirecoder.store import migrations

    path = tmp_path / "v2.db"
    with sqlite3.connect(path) as conn:
        conn.execute(migrations.VERSION_TABLE)
        for migration in migrations.MIGRATIONS[:2]:
            for statement in migration.statements():
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?, '2025-11-25')",
                         (migration.version, migration.name))
        conn.execute("INSERT INTO runs (id, started_at, status, version) "
                     "VALUES ('old', 'x', 'finished', '0.0.8')")
        strike, arrests = ((inputs / n).read_text(encoding="utf-8") for n in ("a.txt", "b.txt"))
        for text, run in ((strike, "old"), (arrests, None)):
            conn.execute("INSERT INTO documents (id, text, run_id, saved_at) VALUES (?, ?, ?, 'x')",
                         (Document.make_id(text), text, run))
    with open_store(str(path)) as store:
        assert store.version >= 3
        assert store.document_version(Document.make_id(strike)) == "0.0.8"
        assert store.document_version(Document.make_id(arrests)) is None
    report = run_with(monkeypatch, FakePipeline("new", 1), inputs, str(path))
    assert report.resumed == 2 and report.stale == {"0.0.8": 1, None: 1}
    assert report.stale_note().startswith(
        "[W208] 2 documents in the database were analysed by wirecoder 0.0.8 (1), "
        "an unrecorded version (1), not this")
