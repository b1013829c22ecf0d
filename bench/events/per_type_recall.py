"""Event recall and precision per PLOVER type, pooled over several scored sets.

Summary numbers only (no text is shown), so it may be run on held-out sets: it tells which
families of events detection finds on blind-written text and which it does not, without
reading that text. Round 17 used it to compare the blind sets (fresh8 to fresh10, each
scored before it was read) with the dev sets.

    .venv/bin/python bench/events/per_type_recall.py GOLD:PRED [GOLD:PRED ...]

Each PRED is a file written by `run_eval.py GOLD --predictions PRED`; the pairs are pooled.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from wirecoder.evaluate.events import score


def _rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_and_predictions(pairs: list[str]) -> Iterator[tuple[list[dict], dict[str, list]]]:
    """For each "GOLD:PRED" argument: the gold documents and the predicted events by id (exits
    with what to do when a pair is malformed or predictions are missing)."""
    for pair in pairs:
        gold_path, sep, pred_path = pair.partition(":")
        if not sep:
            sys.exit(f"{pair!r}: give GOLD:PRED (a gold file and its predictions, colon between)")
        gold = _rows(gold_path)
        by_id = {d["id"]: d.get("events", []) for d in _rows(pred_path)}
        missing = [g["id"] for g in gold if g["id"] not in by_id]
        if missing:
            sys.exit(f"{pred_path}: no predictions for {len(missing)} gold documents "
                     f"(first: {missing[0]}); re-run run_eval.py {gold_path} --predictions")
        yield gold, by_id


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", nargs="+", metavar="GOLD:PRED")
    a = ap.parse_args()
    pooled: dict[str, list[int]] = {}
    for gold, by_id in gold_and_predictions(a.pairs):
        res = score([by_id[g["id"]] for g in gold], [g["events"] for g in gold])
        for kind, v in res["per_type"].items():
            tally = pooled.setdefault(kind, [0, 0, 0])
            tally[0] += v["tp"]
            tally[1] += v["fp"]
            tally[2] += v["fn"]
    print(f"{'type':12s} {'tp':>4s} {'fp':>4s} {'fn':>4s}  {'P':>5s} {'R':>5s}")
    for kind, (tp, fp, fn) in sorted(pooled.items(), key=lambda kv: -(kv[1][0] + kv[1][2])):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"{kind:12s} {tp:4d} {fp:4d} {fn:4d}  {p:5.2f} {r:5.2f}")


if __name__ == "__main__":
    main()
