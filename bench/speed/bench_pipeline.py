"""Speed and memory of the default pipeline on news articles (SPEC §4: >= 20 articles/s per core,
<= 1.5 GB a worker).

    .venv/bin/python bench/speed/bench_pipeline.py [--n 60]

Articles: the bundled examples (examples/*.txt, examples/golden/*.txt), cycled to N documents.
Reports words per article, model load time, articles/s in one process and with every core, and
peak resident memory of one worker. Machines are shared and noisy: compare ratios within a run.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=60)
    args = parser.parse_args()

    from wirecoder.pipeline import Pipeline
    from wirecoder.records import Document

    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("examples/**/*.txt"))]
    docs = []
    for i in range(args.n):
        text = texts[i % len(texts)]
        docs.append(Document(id=f"bench-{i}", text=text))
    words = sum(len(d.text.split()) for d in docs) / len(docs)

    t0 = time.perf_counter()
    pipeline = Pipeline()
    pipeline(docs[0])  # warm: gazetteer, KB, lexicons
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    events = sum(len(pipeline(d).events) for d in docs)
    one = len(docs) / (time.perf_counter() - t0)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    cores = os.cpu_count() or 1
    t0 = time.perf_counter()
    list(pipeline.run_many(docs, workers=cores))
    many = len(docs) / (time.perf_counter() - t0)

    print(f"python {sys.version.split()[0]}, {cores} cores")
    print(f"articles: {len(docs)} (mean {words:.0f} words), events: {events}")
    print(f"load + first document: {load_s:.2f} s")
    print(f"one process: {one:.1f} articles/s ({one * words:.0f} words/s)")
    print(f"{cores} workers: {many:.1f} articles/s")
    print(f"peak RSS, one process: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
