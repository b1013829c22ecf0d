"""bench/events/side_by_side.py prints each gold event beside its aligned prediction."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _event(plover: str, actor: str) -> dict:
    return {"plover_type": plover, "acled_sub_event_type": None, "actors": [{"name": actor}],
            "targets": [], "location": None, "date": None, "quantities": [], "claimants": [],
            "weapons": []}


def test_side_by_side_aligns_and_reports_misses_and_extras(tmp_path):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"id": "a1", "text": "Text.", "published": "2026-01-01",
                                "events": [_event("ASSAULT", "rebels"),
                                           _event("PROTEST", "students")]}) + "\n")
    pred.write_text(json.dumps({"id": "a1", "events": [
        {**_event("ASSAULT", "rebels"), "modality": "asserted"},
        {**_event("ACCUSE", "ministry"), "modality": "asserted"},
        {**_event("AID", "agency"), "modality": "hypothetical"}]}) + "\n")
    out = subprocess.run([sys.executable, str(ROOT / "bench/events/side_by_side.py"), str(gold),
                          str(pred)], capture_output=True, text=True, check=True).stdout
    assert out.count("GOLD") == 2 and out.count("  PRED ASSAULT") == 1
    assert "--- missed" in out  # the protest
    assert "EXTRA ACCUSE" in out and "AID" not in out  # hypothetical events are not scored
