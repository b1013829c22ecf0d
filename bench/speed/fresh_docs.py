"""Milliseconds per document by stage, and articles/s, on documents that are all different.

    .venv/bin/python bench/speed/fresh_docs.py [--extra ../shared/gold/isaf-press-releases/events.dev.jsonl --n 30]

`bench_pipeline.py` and `stage_times.py` cycle the 10 bundled articles, so from the second
round on the ACLED classifier finds every sentence in its cache and its cost (the largest of
the events stage) is mostly hidden. This runs each of the bundled articles once, plus the
first N texts of a JSONL file of documents (a "text" field per line) when one is given, one
process, after one warm-up document.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--extra", type=Path, help="JSONL of documents with a 'text' field")
    parser.add_argument("--n", type=int, default=30, help="how many texts of --extra")
    args = parser.parse_args()

    from wirecoder.pipeline import Pipeline
    from wirecoder.records import Analysis, Document

    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("examples/**/*.txt"))]
    if args.extra:
        with args.extra.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for _, line in zip(range(args.n), f)]
    pipeline = Pipeline()
    pipeline(Document(id="warm-up", text="Police arrested two men in Kabul on Monday."))
    spent: dict[str, float] = {}
    t0 = time.perf_counter()
    for i, text in enumerate(texts):
        analysis = Analysis(document=Document(id=f"fresh-{i}", text=text))
        for stage in pipeline.stages:
            t = time.perf_counter()
            stage(analysis)
            spent[stage.name] = spent.get(stage.name, 0.0) + time.perf_counter() - t
    wall = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{len(texts)} different documents (mean {words:.0f} words): "
          f"{len(texts) / wall:.2f} articles/s, one process")
    print({k: round(v / len(texts) * 1000, 1) for k, v in spent.items()}, "ms/doc")


if __name__ == "__main__":
    main()
