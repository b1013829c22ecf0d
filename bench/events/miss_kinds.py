"""Why core gold events are missed, counted by kind (summary numbers only, no text shown, so
held-out sets may be measured).

For each core gold event the scorer leaves unaligned, the first kind that fits:
- `unscored`: a prediction of its type exists but was given a modality the scorer leaves out
  (historical, hypothetical, negated, ...);
- `merged`: a scored prediction of its type exists, sharing an actor or target name with it,
  but it was aligned to another gold event (two real events told as one);
- `other type`: a scored prediction of another type shares an actor or target name with it
  and is not aligned to any gold event (found, mistyped);
- `not found`: none of these.

    .venv/bin/python bench/events/miss_kinds.py GOLD:PRED [GOLD:PRED ...]

Each PRED is a file written by `run_eval.py GOLD --predictions PRED`; the pairs are pooled.
"""

from __future__ import annotations

import argparse
from collections import Counter

from per_type_recall import gold_and_predictions  # (this folder's)
from wirecoder.evaluate.event_fields import UNSCORED_MODALITIES
from wirecoder.evaluate.events import align, type_scope

KINDS = ("unscored", "merged", "other type", "not found")


def _names(e: dict) -> set[str]:
    out = set()
    for role in ("actors", "targets"):
        for p in e.get(role) or []:
            out |= {n.lower() for n in (p.get("name"), *(p.get("aliases") or []),
                                        *(p.get("mentions") or [])) if n}
    return out


def miss_kinds(preds_all: list[dict], golds: list[dict], scope: set[str]) -> Counter:
    preds = [p for p in preds_all if p.get("modality") not in UNSCORED_MODALITIES
             and (not scope or p["plover_type"] in scope)]
    pairs = align(preds, golds)
    aligned_p = {i for i, _ in pairs}
    aligned_g = {j for _, j in pairs}
    counts: Counter = Counter()
    for j, g in enumerate(golds):
        if j in aligned_g or g.get("core", True) is False or not g.get("plover_type"):
            continue
        names = _names(g)
        kind = g["plover_type"]
        if any(p["plover_type"] == kind and p.get("modality") in UNSCORED_MODALITIES
               for p in preds_all):
            counts["unscored"] += 1
        elif any(p["plover_type"] == kind and i in aligned_p and names & _names(p)
                 for i, p in enumerate(preds)):
            counts["merged"] += 1
        elif any(p["plover_type"] != kind and i not in aligned_p and names & _names(p)
                 for i, p in enumerate(preds)):
            counts["other type"] += 1
        else:
            counts["not found"] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pairs", nargs="+", metavar="GOLD:PRED")
    a = ap.parse_args()
    total: Counter = Counter()
    for gold, by_id in gold_and_predictions(a.pairs):
        scope = type_scope([g["events"] for g in gold])
        for g in gold:
            total += miss_kinds(by_id[g["id"]], g["events"], scope)
    print("missed core events: " + ", ".join(f"{k} {total[k]}" for k in KINDS)
          + f" (all {sum(total.values())})")


if __name__ == "__main__":
    main()
