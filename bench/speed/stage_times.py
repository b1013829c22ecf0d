"""Milliseconds per document spent in each pipeline stage, on the bundled articles.

    .venv/bin/python bench/speed/stage_times.py
"""
import glob
import time

from wirecoder.pipeline import Pipeline
from wirecoder.records import Analysis, Document

p = Pipeline()
texts = [open(f).read() for f in sorted(glob.glob('examples/**/*.txt', recursive=True))]
docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
p(docs[0])
tot: dict[str, float] = {}
for d in docs * 2:
    a = Analysis(document=d)
    for s in p.stages:
        t = time.perf_counter()
        s(a)
        tot[s.name] = tot.get(s.name, 0) + time.perf_counter() - t
print({k: round(v / len(docs) / 2 * 1000, 1) for k, v in tot.items()}, 'ms/doc',
      sum(len(t.split()) for t in texts) / len(texts), 'words')
