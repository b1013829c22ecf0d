"""Run the available stages on one text file and print the events (a debugging aid).

    .venv/bin/python bench/events/run_text.py ../shared/seed/article.txt [--published 2025-11-30]
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from wirecoder.evaluate.events import run_pipeline
from wirecoder.records import Document


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--published")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    text = Path(a.path).read_text(encoding="utf-8")
    pub = date.fromisoformat(a.published) if a.published else None
    doc = Document(id=Document.make_id(text), text=text, published=pub)
    an = run_pipeline(doc)
    for e in an.events:
        if a.json:
            print(json.dumps(e.to_json(), ensure_ascii=False))
            continue
        t = e.type
        print(f"{t.plover}/{t.plover_mode}/{t.acled_sub_event_type}/{t.cameo} "
              f"[{e.modality} {e.confidence:.2f}] trig={e.trigger.text if e.trigger else None!r}")
        print("   actors:", [p.name for p in e.actors], " targets:", [p.name for p in e.targets])
        print("   time:", e.time.start, e.time.end, e.time.precision, " loc:",
              e.location.name if e.location else None,
              (e.location.country, e.location.admin1) if e.location else "")
        print("   qty:", [(q.kind, q.value, q.qualifier, q.object) for q in e.quantities],
              " weapons:", [w.name for w in e.weapons])
        print("   claims:", [(c.claimant.name, c.verb, str(c.date)) for c in e.claims])
        print("   ", e.summary)
    if an.problems:
        print("problems:", an.problems)


if __name__ == "__main__":
    main()
