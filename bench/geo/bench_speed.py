"""Gazetteer build/load time and resolution speed.

    .venv/bin/python bench/geo/bench_speed.py [--build]

- build: `gazetteer.build()` into a temporary file (only with --build; ~30-45 s);
- load: opening the built file and the first lookup, in a fresh process;
- resolution: toponyms resolved per second over the LGL dev gold spans (no spaCy);
- places stage: `find_toponyms` per document over pre-parsed LGL dev docs (spaCy excluded).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold" / "lgl" / "toponyms.dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", action="store_true")
    ap.add_argument("--docs", type=int, default=100)
    args = ap.parse_args()
    from wirecoder.geo.build import build
    from wirecoder.geo.gazetteer import default_path

    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            t = time.time()
            out = build(Path(tmp) / "g.sqlite", progress=False)
            print(f"build: {time.time() - t:.1f} s, {out.stat().st_size / 1e6:.0f} MB")
    code = ("import time; t=time.time(); from wirecoder.geo import default_gazetteer; "
            "g=default_gazetteer(); g.lookup('Springfield'); print(time.time()-t)")
    load = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout.strip())
    print(f"load (open + first lookup, incl. imports): {load * 1000:.0f} ms "
          f"({default_path()})")

    from wirecoder.geo import default_gazetteer, find_toponyms, resolve_spans

    gaz = default_gazetteer()
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    n = 0
    t = time.time()
    for r in rows:
        spans = sorted({(x["start"], x["end"]) for x in r["toponyms"]})
        n += len(resolve_spans(r["text"], spans, gaz))
    secs = time.time() - t
    print(f"resolution: {n} gold toponyms in {secs:.2f} s = {n / secs:.0f} toponyms/s "
          f"(cold caches, one process)")

    from wirecoder.language import load_nlp

    nlp = load_nlp()
    sub = rows[:args.docs]
    docs = list(nlp.pipe(r["text"] for r in sub))
    t = time.time()
    found = sum(len(find_toponyms(r["text"], d, gaz)) for r, d in zip(sub, docs))
    secs = time.time() - t
    print(f"places stage (find_toponyms, spaCy excluded): {len(sub)} docs, {found} toponyms "
          f"in {secs:.2f} s = {len(sub) / secs:.0f} docs/s, {found / secs:.0f} toponyms/s")


if __name__ == "__main__":
    main()
