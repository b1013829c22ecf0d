"""`wirecoder kb` commands through click's CliRunner."""

from __future__ import annotations

import json
import sqlite3

import click
from click.testing import CliRunner

from wirecoder.actors.commands import kb


def run(*args, kb_dir=None):
    pre = ["--kb-dir", str(kb_dir)] if kb_dir else []
    return CliRunner().invoke(kb, [*pre, *args], catch_exceptions=False)


def test_search_and_show(tmp_path):
    r = run("search", "Daesh", kb_dir=tmp_path)
    assert r.exit_code == 0 and r.output.startswith("ISIS\t")
    r = run("show", "Sharaa", "--on", "2025-11-30", kb_dir=tmp_path)
    data = json.loads(r.output)
    assert data["id"] == "ahmed-al-sharaa" and data["resolved"]["sector"] == "GOV"
    r = run("show", "Sharaa", "--on", "2023-01-01", kb_dir=tmp_path)
    assert json.loads(r.output)["resolved"]["office"] == "HTS"


def test_unknown_entity_is_a_clear_error(tmp_path):
    r = CliRunner().invoke(kb, ["--kb-dir", str(tmp_path), "show", "zzzz-nothing"])
    assert r.exit_code == 2 and "W402" in r.output


def test_add_validates_and_overlays(tmp_path):
    good = tmp_path / "new.yaml"
    good.write_text("- id: NEW-FRONT\n  name: New Front\n  kind: armed group\n  sector: REB\n"
                    "  country: MLI\n  aliases: [NF]\n")
    kb_dir = tmp_path / "kb"
    r = run("add", str(good), kb_dir=kb_dir)
    assert r.exit_code == 0, r.output
    assert (kb_dir / "user.yaml").exists()
    r = run("search", "New Front", kb_dir=kb_dir)
    assert "NEW-FRONT" in r.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: X\n  name: X\n  kind: armed group\n  country: ZZZ\n")
    r = CliRunner().invoke(kb, ["--kb-dir", str(kb_dir), "add", str(bad)])
    assert r.exit_code == 2 and "W401" in r.output
    assert "ZZZ" not in (kb_dir / "user.yaml").read_text()


def test_export_formats(tmp_path):
    r = run("export", "--format", "jsonl", kb_dir=tmp_path)
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert any(row["id"] == "HTS" and row["facts"] for row in rows)
    r = run("export", "--format", "yaml", "--out", str(tmp_path / "kb.yaml"), kb_dir=tmp_path)
    assert r.exit_code == 0 and "HTS" in (tmp_path / "kb.yaml").read_text()


def test_facts_on_a_date_with_db(tmp_path):
    r = run("facts", "--entity", "HTS", "--on", "2025-06-01", kb_dir=tmp_path)
    assert "USA-FTO" in r.output
    r = run("facts", "--entity", "HTS", "--on", "2025-08-01", kb_dir=tmp_path)
    assert "USA-FTO" not in r.output
    db = tmp_path / "w.db"
    con = sqlite3.connect(db)
    con.execute('CREATE TABLE facts (id TEXT, subject TEXT, property TEXT, value TEXT, '
                '"start" TEXT, "end" TEXT, document_id TEXT, evidence_start INTEGER, '
                'evidence_end INTEGER, evidence_text TEXT)')
    con.execute("INSERT INTO facts VALUES ('f1', 'SYR', 'member_of', 'GC-DEFEAT-ISIS', "
                "'2025-11-10', NULL, 'doc-1', 0, 10, 'Syria join')")
    con.commit()
    con.close()
    r = run("facts", "--entity", "Syria", "--on", "2025-12-01", "--db", f"sqlite:///{db}",
            "--format", "json", kb_dir=tmp_path)
    rows = json.loads(r.output)
    assert any(f.get("document_id") == "doc-1" and f["value"] == "GC-DEFEAT-ISIS" for f in rows)
    r = run("facts", "--entity", "Syria", "--on", "2025-01-01", "--db", f"sqlite:///{db}",
            kb_dir=tmp_path)
    assert "doc-1" not in r.output


def test_every_command_and_option_is_documented():
    for name, cmd in kb.commands.items():
        assert cmd.help and cmd.help.strip(), name
        for param in cmd.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.name}"
