"""bench/events/miss_kinds.py sorts missed core gold events by why they were missed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _event(plover: str, actor: str, modality: str | None = None) -> dict:
    e = {"plover_type": plover, "acled_sub_event_type": None, "actors": [{"name": actor}],
         "targets": [], "location": None, "date": None, "quantities": [], "claimants": [],
         "weapons": []}
    return {**e, "modality": modality} if modality else e


def test_counts_each_kind_of_miss(tmp_path):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"id": "a1", "text": "Text.", "published": "2026-01-01", "events": [
        _event("ASSAULT", "rebels"), _event("ASSAULT", "rebels"),  # one told, one merged
        _event("ACCUSE", "ministry"),  # found but hypothetical
        _event("COERCE", "police"),  # nothing
        {**_event("PROTEST", "students"), "core": False}]}) + "\n")  # background: not counted
    pred.write_text(json.dumps({"id": "a1", "events": [
        _event("ASSAULT", "rebels", "asserted"), _event("ACCUSE", "ministry", "hypothetical")]})
        + "\n")
    out = subprocess.run([sys.executable, str(ROOT / "bench/events/miss_kinds.py"),
                          f"{gold}:{pred}"], capture_output=True, text=True, check=True).stdout
    assert "unscored 1, merged 1, other type 0, not found 1 (all 3)" in out
