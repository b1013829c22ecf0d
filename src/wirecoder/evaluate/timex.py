"""TempEval-3 Task A scoring of the time tagger on `timex.jsonl` gold (shared/gold/FORMATS.md).

Definitions follow the official TE3 scorer (UzZaman et al. 2013):
- strict match: identical span; relaxed match: overlapping spans (one-to-one per document);
  precision = matches / system timexes, recall = matches / gold timexes, F1 their harmonic mean;
- value and type: counted over relaxed-matched pairs — attribute precision = correct /
  system timexes, recall = correct / gold timexes (so attribute F1 = relaxed F1 x accuracy);
  the accuracies over matched pairs are reported too.

Run: `python -m wirecoder.evaluate.timex ../shared/gold/tempeval3/timex.dev.jsonl`
(`--doc` also parses with spaCy so the tagger can read verb tense from the parse).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from typing import Any

from . import f1


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], strict: bool,
           ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one matching: exact spans first, then the largest overlaps."""
    pairs = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for i, gt in enumerate(gold):
        for j, pt in enumerate(pred):
            if j not in used_p and gt["start"] == pt["start"] and gt["end"] == pt["end"]:
                pairs.append((gt, pt))
                used_g.add(i)
                used_p.add(j)
                break
    if strict:
        return pairs
    cands = []
    for i, gt in enumerate(gold):
        if i in used_g:
            continue
        for j, pt in enumerate(pred):
            if j in used_p:
                continue
            ov = min(gt["end"], pt["end"]) - max(gt["start"], pt["start"])
            if ov > 0:
                cands.append((-ov, i, j))
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def predict_row(row: dict[str, Any], doc: Any = None) -> list[dict[str, Any]]:
    from ..time import tag_timexes

    anchor = date.fromisoformat(row["dct"][:10])
    return [{"start": t.span.start, "end": t.span.end, "type": t.type, "value": t.value,
             **({"mod": t.mod} if t.mod else {})}
            for t in tag_timexes(row["text"], anchor, doc=doc, document_id=row.get("id"))]


def score(gold_rows: list[dict[str, Any]], pred_rows: list[dict[str, Any]]) -> dict[str, Any]:
    n_gold = n_pred = 0
    strict_tp = relaxed_tp = value_ok = type_ok = 0
    for g_row, p_row in zip(gold_rows, pred_rows):
        gold, pred = g_row["timexes"], p_row["timexes"]
        n_gold += len(gold)
        n_pred += len(pred)
        strict_tp += len(_match(gold, pred, strict=True))
        relaxed = _match(gold, pred, strict=False)
        relaxed_tp += len(relaxed)
        value_ok += sum(1 for gt, pt in relaxed if gt["value"] == pt["value"])
        type_ok += sum(1 for gt, pt in relaxed if gt["type"] == pt["type"])
    return {
        "documents": len(gold_rows), "gold_timexes": n_gold, "predicted_timexes": n_pred,
        "strict": f1(strict_tp, n_pred - strict_tp, n_gold - strict_tp),
        "relaxed": f1(relaxed_tp, n_pred - relaxed_tp, n_gold - relaxed_tp),
        "value": f1(value_ok, n_pred - value_ok, n_gold - value_ok),
        "type": f1(type_ok, n_pred - type_ok, n_gold - type_ok),
        "value_accuracy": value_ok / relaxed_tp if relaxed_tp else 0.0,
        "type_accuracy": type_ok / relaxed_tp if relaxed_tp else 0.0,
        "peer": {"system": "HeidelTime 1.8 (TempEval-3 test set)", "strict_f1": 0.813,
                 "relaxed_f1": 0.903, "value_f1": 0.776},
    }


def evaluate(rows: list[dict[str, Any]], limit: int | None = None, use_doc: bool = False,
             ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Tag every row's text with its `dct` as anchor; (predictions, TE3 metrics)."""
    rows = rows[:limit] if limit else rows
    nlp = None
    if use_doc:
        from ..language import load_nlp

        nlp = load_nlp()
    predictions = []
    for row in rows:
        doc = nlp(row["text"]) if nlp is not None else None
        predictions.append({**{k: v for k, v in row.items() if k != "timexes"},
                            "timexes": predict_row(row, doc)})
    metrics = score(rows, predictions)
    metrics["spacy_doc"] = use_doc
    return predictions, metrics


def errors(rows: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> Counter[str]:
    """Readable error lines (missed, spurious, wrong value/type), for improving the rules."""
    out: Counter[str] = Counter()
    for g_row, p_row in zip(rows, predictions):
        text = g_row["text"]
        gold, pred = g_row["timexes"], p_row["timexes"]
        pairs = _match(gold, pred, strict=False)
        mg = {id(a) for a, _ in pairs}
        mp = {id(b) for _, b in pairs}
        for gt in gold:
            if id(gt) not in mg:
                out[f"MISS  {text[gt['start']:gt['end']]!r} {gt['type']} {gt['value']}"] += 1
        for pt in pred:
            if id(pt) not in mp:
                out[f"FP    {text[pt['start']:pt['end']]!r} {pt['type']} {pt['value']}"] += 1
        for gt, pt in pairs:
            gs, ps = text[gt["start"]:gt["end"]], text[pt["start"]:pt["end"]]
            if gs != ps:
                out[f"SPAN  {gs!r} -> {ps!r}"] += 1
            if gt["value"] != pt["value"] or gt["type"] != pt["type"]:
                out[f"VALUE {gs!r} dct={g_row['dct']} gold={gt['type']} {gt['value']} "
                    f"pred={pt['type']} {pt['value']}"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default="../shared/gold/tempeval3/timex.dev.jsonl")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--doc", action="store_true", help="parse with spaCy for verb tense")
    ap.add_argument("--errors", type=int, default=0, help="print the N commonest errors")
    ap.add_argument("--predictions", help="write predictions as JSON Lines")
    args = ap.parse_args(argv)
    from . import read_gold

    rows = read_gold(args.gold)
    predictions, metrics = evaluate(rows, limit=args.limit, use_doc=args.doc)
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as fh:
            for p in predictions:
                fh.write(json.dumps(p) + "\n")
    if args.errors:
        for line, n in errors(rows[:len(predictions)], predictions).most_common(args.errors):
            print(f"{n:4d} {line}")
    json.dump(metrics, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
