"""Scorers for the gold formats of shared/gold/FORMATS.md, behind one entry point.

`evaluate_file(path)` reads a gold JSON Lines file, detects its format, runs the stages that
format needs, and returns predictions (same ids, gold annotations replaced by predictions)
with the metrics FORMATS.md lists. Each format lives in its own module exposing
`evaluate(rows: list[dict], limit: int | None = None) -> tuple[list[dict], dict]`.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from ..errors import EvalError

# format name -> (module, the key that identifies it in a gold row)
FORMATS: dict[str, tuple[str, str]] = {
    "timex": ("wirecoder.evaluate.timex", "timexes"),
    "toponyms": ("wirecoder.evaluate.toponyms", "toponyms"),
    "events": ("wirecoder.evaluate.events", "events"),
    "snippets": ("wirecoder.evaluate.snippets", "labels"),
    "event_location": ("wirecoder.evaluate.event_location", "event"),
}


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    if not p.exists():
        raise EvalError("W302", path=str(p))
    rows = []
    with p.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def detect_format(rows: list[dict[str, Any]], path: str | Path = "?") -> str:
    for row in rows[:5]:
        for name, (_, key) in FORMATS.items():
            if key in row:
                return name
    raise EvalError("W301", path=str(path))


def evaluate_file(path: str | Path, limit: int | None = None,
                  ) -> tuple[str, list[dict[str, Any]], dict[str, Any]]:
    """Score the pipeline on one gold file: (format, predictions, metrics)."""
    rows = read_gold(path)
    fmt = detect_format(rows, path)
    module = importlib.import_module(FORMATS[fmt][0])
    predictions, metrics = module.evaluate(rows, limit=limit)
    return fmt, predictions, metrics


def f1(tp: float, fp: float, fn: float) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
