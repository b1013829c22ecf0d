"""The main job end to end: `wirecoder extract` over a small batch with bad inputs, re-runs and
resumption, writing JSON Lines and SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import wirecoder
from wirecoder.cli import main
from wirecoder.run import extract_paths
from wirecoder.store import open_store

@pytest.fixture()
def batch(two_articles: Path) -> Path:
    d = two_articles
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "rows.jsonl").write_text(
        json.dumps({"text": "Gunmen abducted 20 villagers in Zamfara state on Friday, residents "
                            "said.", "published": "2025-03-08", "url": "https://example.org/z"})
        + "\n{not json\n", encoding="utf-8")
    return d


def test_python_api_returns_typed_events(two_articles):
    strike = (two_articles / "a.txt").read_text(encoding="utf-8")
    events = wirecoder.extract(strike, published="2025-06-04")
    assert events and all(isinstance(e, wirecoder.Event) for e in events)
    assert any(e.type.plover == "ASSAULT" for e in events)


def test_batch_reports_bad_files_and_rows_and_goes_on(batch, tmp_path):
    problems: list[str] = []
    out = tmp_path / "events.jsonl"
    report = extract_paths([str(batch)], out=out, db_url=f"sqlite:///{tmp_path / 'w.db'}",
                           published=None, workers=1, progress=False, on_problem=problems.append)
    assert report.documents == 3 and report.analysed == 3
    assert any("empty.txt" in p for p in problems)
    assert any("rows.jsonl:line 2" in p for p in problems)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and len(records) == report.events
    assert {r["sources"][0]["url"] for r in records} >= {"https://example.org/z"}


def test_rerun_adds_nothing_and_keeps_the_output_complete(batch, tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    out1, out2 = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    first = extract_paths([str(batch)], out=out1, db_url=db, workers=1, progress=False,
                          on_problem=lambda m: None)
    store = open_store(db)
    counts = store.stats()
    store.close()
    second = extract_paths([str(batch)], out=out2, db_url=db, workers=1, progress=False,
                           on_problem=lambda m: None)
    store = open_store(db)
    after = store.stats()
    store.close()
    assert second.analysed == 0 and second.resumed == first.documents
    for table in ("documents", "events", "evidence", "mentions"):
        assert after[table] == counts[table], table
    ids1 = sorted(json.loads(x)["id"] for x in out1.read_text().splitlines())
    ids2 = sorted(json.loads(x)["id"] for x in out2.read_text().splitlines())
    assert ids1 == ids2  # resumed documents' events are written again, from the database


def test_two_workers_give_the_same_events_as_one(batch, tmp_path):
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}.jsonl"
        extract_paths([str(batch)], out=out, db_url=None, workers=workers, progress=False,
                      on_problem=lambda m: None)
        outs.append(sorted(out.read_text(encoding="utf-8").splitlines()))
    assert outs[0] == outs[1]


def test_cli_extract_writes_jsonl_and_a_summary(batch, tmp_path):
    out = tmp_path / "cli.jsonl"
    result = CliRunner().invoke(main, ["extract", str(batch / "a.txt"), "--out", str(out),
                                       "--db", f"sqlite:///{tmp_path / 'c.db'}",
                                       "--published", "2025-06-04"])
    assert result.exit_code == 0, result.output
    assert "1 documents: 1 analysed" in result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert record["sources"][0]["document_id"] == record["document_id"]
    assert record["time"]["anchor"].startswith("2025-06-04")


def test_cli_extract_of_only_bad_input_fails(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "empty.txt"), "--no-db"])
    assert result.exit_code == 1
    assert "[W102]" in result.output
