"""The TempEval-3 scorer: strict/relaxed spans and value/type over relaxed matches."""

from __future__ import annotations

from wirecoder.evaluate.timex import evaluate, score


def _row(timexes: list[dict]) -> dict:
    return {"id": "x", "text": "On Friday, November 24th, 2025 it rained.", "dct": "2025-11-30",
            "timexes": timexes}


def test_scores_from_counts() -> None:
    gold = [_row([{"start": 3, "end": 9, "type": "DATE", "value": "2025-11-28"},
                  {"start": 11, "end": 30, "type": "DATE", "value": "2025-11-24"}])]
    pred = [_row([{"start": 3, "end": 9, "type": "DATE", "value": "2025-11-21"},
                  {"start": 11, "end": 24, "type": "DATE", "value": "2025-11-24"},
                  {"start": 34, "end": 40, "type": "DATE", "value": "PAST_REF"}])]
    m = score(gold, pred)
    assert m["strict"]["precision"] == 1 / 3 and m["strict"]["recall"] == 1 / 2
    assert m["relaxed"]["recall"] == 1.0 and m["relaxed"]["precision"] == 2 / 3
    assert m["value"]["recall"] == 1 / 2 and m["value_accuracy"] == 1 / 2
    assert m["type"]["recall"] == 1.0


def test_evaluate_runs_the_tagger_with_the_dct_as_anchor() -> None:
    rows = [_row([{"start": 3, "end": 30, "type": "DATE", "value": "2025-11-24"}])]
    preds, m = evaluate(rows)
    assert preds[0]["id"] == "x" and preds[0]["dct"] == "2025-11-30"
    assert any(t["value"] == "2025-11-24" for t in preds[0]["timexes"])
    assert m["relaxed"]["recall"] == 1.0
