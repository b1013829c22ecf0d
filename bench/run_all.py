"""Score the pipeline on every dev set and write bench/results/<name>.json and a summary table.

    .venv/bin/python bench/run_all.py [--only NAME ...] [--limit N]

Each set is scored exactly as `wirecoder eval FILE` does. The table printed at the end is the
one in README.md (date, machine and peer numbers beside ours).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
SETS = {
    "tempeval3": GOLD / "tempeval3" / "timex.dev.jsonl",
    "lgl": GOLD / "lgl" / "toponyms.dev.jsonl",
    "geowebnews": GOLD / "geowebnews" / "toponyms.dev.jsonl",
    "tr-news": GOLD / "tr-news" / "toponyms.dev.jsonl",
    "event-location": GOLD / "event-location-halterman" / "event_location.dev.jsonl",
    "plover-gsr": GOLD / "plover-gsr" / "snippets.dev.jsonl",
    "acled-dev (ours)": ROOT / "bench" / "events" / "acled_dev.jsonl",
    "isaf": GOLD / "isaf-press-releases" / "events.dev.jsonl",
    "muc4": GOLD / "muc4" / "events.dev.jsonl",
    "wikievents": GOLD / "wikievents" / "events.dev.jsonl",
    "seed": ROOT.parent / "shared" / "seed" / "events.gold.jsonl",
    "golden (ours)": ROOT / "tests" / "golden" / "articles.gold.jsonl",
    "fresh (ours, held out for 0.3.0)": ROOT / "bench" / "events" / "fresh" / "articles.gold.jsonl",
    "fresh2 (ours, held out for 0.4.0)": ROOT / "bench" / "events" / "fresh2" / "articles.gold.jsonl",
    # fresh3 .. fresh20: each written blind after a release; fresh18-20 still held out (see
    # each set's README for the releases it was held out for)
    **{f"fresh{k} (ours)": ROOT / "bench" / "events" / f"fresh{k}" / "articles.gold.jsonl"
       for k in range(3, 21)},
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    from wirecoder.evaluate import evaluate_file

    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    for name, path in SETS.items():
        if args.only and name not in args.only:
            continue
        if not path.exists():
            print(f"skip {name}: {path} not found")
            continue
        t0 = time.perf_counter()
        fmt, rows, metrics = evaluate_file(path, limit=args.limit)
        seconds = time.perf_counter() - t0
        record = {"set": name, "file": str(path.relative_to(ROOT.parent)), "format": fmt,
                  "rows": len(rows), "limit": args.limit, "seconds": round(seconds, 1),
                  "date": date.today().isoformat(),
                  "machine": f"{platform.machine()} {os.cpu_count()} cores, {platform.python_version()}",
                  "metrics": metrics}
        slug = name.split(" ")[0]
        (out_dir / f"{slug}.json").write_text(json.dumps(record, indent=1) + "\n")
        print(f"{name}: {fmt}, {len(rows)} rows, {seconds:.0f} s")


if __name__ == "__main__":
    main()
