"""Event-location (Halterman 2019 dev) metrics and an error listing for a slice of the dev file.

    .venv/bin/python bench/geo/event_location_errors.py [--start 0] [--limit 2000] [--out F.jsonl]

The first 2,000 sentences are the slice reported in RESULTS.md; later sentences serve to check
that a rule found on that slice carries over. Writes one JSON line per sentence (gold spans,
predicted span, right/wrong) when --out is given.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold" / "event-location-halterman" / "event_location.dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from wirecoder.evaluate import read_gold
    from wirecoder.evaluate import event_location as el

    rows = read_gold(GOLD)[args.start:args.start + args.limit]
    preds, m = el.evaluate(rows)
    print(f"sentences {args.start}-{args.start + m['sentences']}: sentence accuracy "
          f"{100 * m['sentence_accuracy']:.2f}, span P/R/F1 (overlap) "
          f"{100 * m['spans_overlap']['precision']:.1f}/{100 * m['spans_overlap']['recall']:.1f}"
          f"/{100 * m['spans_overlap']['f1']:.1f}, exact F1 {100 * m['spans_exact']['f1']:.1f}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for row, p in zip(rows, preds):
                gold = [(g["start"], g["end"]) for g in row.get("location") or []]
                pred = [(s["start"], s["end"]) for s in p["location"]]
                ok = (not gold and not pred) or (bool(pred) and bool(gold) and all(
                    any(a < d and c < b for c, d in gold) for a, b in pred))
                f.write(json.dumps({"id": row["id"], "ok": ok, "text": row["text"],
                                    "event": row["event"]["text"],
                                    "gold": [row["text"][a:b] for a, b in gold],
                                    "pred": [row["text"][a:b] for a, b in pred]},
                                   ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
