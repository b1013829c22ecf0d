"""Confidence calibration: from the rule confidence and what an event has to the chance it is
right (issue 6 item 5). Coefficients and caps are data (`data/ontology/calibration.yaml`).

Besides the fitted logistic map, one text-quality cue caps the confidence: in text without
letter case (all lower- or all upper-case, as wire copy and OCR often are) named-entity
recognition, linking and the parser degrade, so actors, targets and places that look like those
of right events are often wrong, and the fitted map over-promises there (MUC-4 dev: 54% of
events at >= 0.8 right). Such events keep their ranking but stay below `caseless_cap`.
"""

from __future__ import annotations

import math
import os
from functools import lru_cache
from typing import Any

import yaml

from .lexicon import DATA


@lru_cache(maxsize=1)
def settings() -> dict[str, Any] | None:
    if os.environ.get("WIRECODER_RAW_CONFIDENCE"):
        return None  # for re-fitting: bench/events/calibrate.py
    data: dict[str, Any] = yaml.safe_load((DATA / "calibration.yaml").read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=16)  # called once per event with the same document text
def caseless(text: str, min_letters: int = 200) -> bool:
    """True when a text of some length has (almost) no letter-case contrast."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < min_letters:
        return False
    upper = sum(c.isupper() for c in letters) / len(letters)
    return upper < 0.005 or upper > 0.9


def calibrate(raw: float, x: list[float], text: str) -> float:
    """The chance the event is right: logistic over [1, raw, *x], capped on caseless text."""
    cfg = settings()
    if cfg is None:
        return raw
    beta = [float(b) for b in cfg["coefficients"]]
    z = sum(b * v for b, v in zip(beta, [1.0, raw, *x]))
    p = 1.0 / (1.0 + math.exp(-z))
    cap = cfg.get("caseless_cap")
    if cap is not None and caseless(text):
        p = min(p, float(cap))
    return p
