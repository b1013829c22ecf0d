"""bench/events/per_type_recall.py pools found, extra and missed events per PLOVER type."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = str(ROOT / "bench/events/per_type_recall.py")


def _event(plover: str, actor: str) -> dict:
    return {"plover_type": plover, "acled_sub_event_type": None, "actors": [{"name": actor}],
            "targets": [], "location": None, "date": None, "quantities": [], "claimants": [],
            "weapons": []}


def _files(tmp_path: Path, name: str, gold: list[dict], pred: list[dict]) -> str:
    g, p = tmp_path / f"{name}.gold.jsonl", tmp_path / f"{name}.pred.jsonl"
    g.write_text(json.dumps({"id": name, "text": "Text.", "published": "2026-01-01",
                             "events": gold}) + "\n")
    p.write_text(json.dumps({"id": name, "events": [{**e, "modality": "asserted"}
                                                    for e in pred]}) + "\n")
    return f"{g}:{p}"


def test_pools_sets_per_type(tmp_path):
    one = _files(tmp_path, "a1", [_event("ACCUSE", "ministry"), _event("ACCUSE", "army")],
                 [_event("ACCUSE", "ministry")])
    two = _files(tmp_path, "a2", [_event("ACCUSE", "rebels"), _event("COERCE", "police")],
                 [_event("COERCE", "police"), _event("COERCE", "army"),
                  _event("PROTEST", "students")])
    out = subprocess.run([sys.executable, SCRIPT, one, two], capture_output=True, text=True,
                         check=True).stdout
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[1:]}
    assert rows["ACCUSE"] == ["1", "0", "2", "1.00", "0.33"]  # one found of three, pooled
    assert rows["COERCE"] == ["1", "1", "0", "0.50", "1.00"]  # and one extra
    assert "PROTEST" not in rows  # a type the set's coders never annotate is not scored


def test_a_pair_without_a_colon_is_refused_with_what_to_give(tmp_path):
    run = subprocess.run([sys.executable, SCRIPT, str(tmp_path / "gold.jsonl")],
                         capture_output=True, text=True)
    assert run.returncode != 0 and "GOLD:PRED" in run.stderr
