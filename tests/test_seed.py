"""The canonical article: every core event of the hand-coded seed, with every field right.

The seed (`examples/seed-article.txt`, coded in shared/seed/events.gold.jsonl) is necessary, not
sufficient: tests/golden/ holds unseen-style articles, and the dev sets measure the rest.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wirecoder.evaluate.event_fields import _date_match, _place_match, _qty_key, _role_counts
from wirecoder.evaluate.events import align
from wirecoder.evaluate.events import evaluate as evaluate_events
from wirecoder.pipeline import Pipeline
from wirecoder.records import Document

ROOT = Path(__file__).resolve().parents[1]
GOLD_PATH = ROOT.parent / "shared" / "seed" / "events.gold.jsonl"
ARTICLE = (ROOT / "examples" / "seed-article.txt").read_text(encoding="utf-8")


def _gold() -> dict[str, Any]:
    if GOLD_PATH.exists():
        return json.loads(GOLD_PATH.read_text(encoding="utf-8").splitlines()[0])
    pytest.skip("shared/seed is not beside the checkout")  # pragma: no cover


GOLD = _gold() if GOLD_PATH.exists() else {"events": []}
CORE = [g for g in GOLD["events"] if g.get("core", True)]


@pytest.fixture(scope="module")
def scored() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    predictions, metrics = evaluate_events([GOLD])
    preds = [p for p in predictions[0]["events"]
             if p.get("modality") not in ("negated", "hypothetical", "future")]
    return preds, metrics


def test_the_bundled_example_is_the_seed_article():
    assert ARTICLE == GOLD["text"]


def test_every_core_event_is_found(scored):
    _, metrics = scored
    assert metrics["events"]["recall"] == 1.0, metrics["events"]


@pytest.mark.parametrize("gold", CORE, ids=[g["id"] for g in CORE])
def test_core_event_has_every_field_right(scored, gold):
    preds, _ = scored
    pairs = dict((j, i) for i, j in align(preds, [gold]))
    assert 0 in pairs, f"{gold['id']} ({gold['original_type']}) not found"
    pred = preds[pairs[0]]
    wrong = []
    for role in ("actors", "targets", "claimants"):
        tp, _, fn = _role_counts(pred.get(role) or [], gold.get(role) or [])
        if fn:
            wrong.append(f"{role}: gold {[e['name'] for e in gold[role]]}, "
                         f"got {[e['name'] for e in pred.get(role) or []]}")
    place = _place_match(pred.get("location"), gold.get("location"))
    if gold.get("location") and not (place and place.get("country") and place.get("admin1", True)):
        wrong.append(f"location: gold {gold['location']['name']}, got {pred.get('location')}")
    dates = _date_match(pred.get("date"), gold["date"]) or {}
    if not all(dates.get(k, True) for k in ("start", "end")):
        wrong.append(f"date: gold {gold['date']}, got {pred.get('date')}")
    got = {_qty_key(q) for q in pred.get("quantities") or []}
    missing = [q for q in gold.get("quantities") or [] if _qty_key(q) not in got]
    if missing:
        wrong.append(f"quantities missing: {missing}")
    assert not wrong, f"{gold['id']} ({gold['original_type']}): " + "; ".join(wrong)


def test_anchor_comes_from_the_weekday_beside_the_date():
    analysis = Pipeline()(Document(id=Document.make_id(ARTICLE), text=ARTICLE))
    assert analysis.anchor is not None
    assert analysis.anchor.date.isoformat() == "2025-11-30"
    assert all(e.time.anchor and "2025-11-30" in e.time.anchor for e in analysis.events)


def test_background_is_historical_not_news():
    analysis = Pipeline()(Document(id=Document.make_id(ARTICLE), text=ARTICLE))
    for event in analysis.events:
        if "once controlled" in " ".join(s.text for s in event.evidence) or (
                event.time.end and event.time.end.year == 2019):
            assert event.modality == "historical", event.summary
    assert any(e.modality == "historical" for e in analysis.events)
