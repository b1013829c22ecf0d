"""Time the ACLED embedding classifier adds per article (bundled examples, each run once).

    .venv/bin/python bench/events/embed_speed.py [--rounds 2]

Runs the default pipeline on `examples/**/*.txt` with the classifier off, then on (embedding
cache emptied first, so every event sentence is embedded), alternating `--rounds` times, and
prints ms per article for the events stage and the whole pipeline, plus how many sentences were
embedded per article. Model loading is done before timing.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.events import classifier  # noqa: E402
from wirecoder.pipeline import Pipeline  # noqa: E402
from wirecoder.records import Analysis, Document  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    texts = [open(f).read() for f in sorted(glob.glob(str(ROOT / "examples/**/*.txt"),
                                                       recursive=True))]
    docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    p = Pipeline()
    os.environ[classifier.ENV_SWITCH] = "on"
    clf = classifier.default_classifier()
    if clf is None:
        print("classifier unavailable (model package not installed)")
        return 2
    p(docs[0])
    res: dict[str, list[float]] = {"off": [0.0, 0.0], "on": [0.0, 0.0]}
    embedded = 0
    for _ in range(a.rounds):
        for mode in ("off", "on"):
            os.environ[classifier.ENV_SWITCH] = mode
            clf._cache.clear()
            for d in docs:
                an = Analysis(document=d)
                for s in p.stages:
                    t = time.perf_counter()
                    s(an)
                    dt = time.perf_counter() - t
                    res[mode][1] += dt
                    if s.name == "events":
                        res[mode][0] += dt
            if mode == "on":
                embedded += len(clf._cache)
    n = len(docs) * a.rounds
    words = sum(len(t.split()) for t in texts) / len(texts)
    for mode in ("off", "on"):
        print(f"classifier {mode}: events {res[mode][0] / n * 1000:.1f} ms/article, "
              f"pipeline {res[mode][1] / n * 1000:.1f} ms/article")
    print(f"added {(res['on'][1] - res['off'][1]) / n * 1000:.1f} ms/article; "
          f"{embedded / n:.1f} sentences embedded per article; {len(docs)} articles, "
          f"mean {words:.0f} words, {a.rounds} rounds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
