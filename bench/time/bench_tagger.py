"""Speed of the time tagger alone (no spaCy): sentences per second on TempEval-3 dev text,
and its TempEval-3 scores on dev.

    .venv/bin/python bench/time/bench_tagger.py [--gold ../shared/gold/tempeval3/timex.dev.jsonl]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import time
from datetime import date
from pathlib import Path

from wirecoder.evaluate.timex import evaluate
from wirecoder.time import tag_timexes

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "shared/gold/tempeval3/timex.dev.jsonl"
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])|\n\s*\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    sentences = [(s, date.fromisoformat(r["dct"])) for r in rows
                 for s in _SENT.split(r["text"]) if s.strip()]
    n_chars = sum(len(s) for s, _ in sentences)
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for s, anchor in sentences:
            tag_timexes(s, anchor)
        best = min(best, time.perf_counter() - t0)
    t0 = time.perf_counter()
    for r in rows:
        tag_timexes(r["text"], date.fromisoformat(r["dct"]))
    docs_s = time.perf_counter() - t0
    _, m = evaluate(rows)
    print(json.dumps({
        "machine": f"{platform.processor() or platform.machine()}, {platform.python_version()}",
        "sentences": len(sentences), "chars": n_chars,
        "sentences_per_s": round(len(sentences) / best, 1),
        "documents_per_s": round(len(rows) / docs_s, 1),
        "strict_f1": round(m["strict"]["f1"], 4), "relaxed_f1": round(m["relaxed"]["f1"], 4),
        "value_f1": round(m["value"]["f1"], 4), "type_f1": round(m["type"]["f1"], 4),
        "value_accuracy": round(m["value_accuracy"], 4),
    }, indent=2))


if __name__ == "__main__":
    main()
