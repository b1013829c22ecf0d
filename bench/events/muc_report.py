"""MUC-4 role-filler numbers from a predictions file, split into the GTT-train part of DEV
(`DEV-MUC3-*`, where the MUC template classifiers are trained: in-sample) and TST1+TST2 (held
out from training and tuning), scored as `wirecoder.evaluate.events` does.

    .venv/bin/python bench/events/run_eval.py ../shared/gold/muc4/events.dev.jsonl \\
        --predictions /tmp/muc.jsonl --brief
    .venv/bin/python bench/events/muc_report.py ../shared/gold/muc4/events.dev.jsonl /tmp/muc.jsonl
"""

from __future__ import annotations

import json
import sys

from wirecoder.evaluate.events import score, text_mentions


def _prf(d: dict) -> str:
    return f"{d['precision']:.3f} / {d['recall']:.3f} / {d['f1']:.3f}"


def main() -> None:
    gold_path, *pred_paths = sys.argv[1:]
    with open(gold_path, encoding="utf-8") as fh:
        gold = {r["id"]: r["events"] for r in map(json.loads, fh)}
    rows = []
    for path in pred_paths:
        with open(path, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    for r in rows:
        text_mentions(r["events"], r["text"])
    parts = (("DEV-MUC3 (GTT train; classifiers in-sample)", lambda i: i.startswith("DEV-MUC3")),
             ("TST1+TST2 (GTT dev; held out)", lambda i: not i.startswith("DEV-MUC3")),
             ("all", lambda i: True))
    for name, sel in parts:
        rs = [r for r in rows if sel(r["id"])]
        if not rs:
            continue
        m = score([r["events"] for r in rs], [gold[r["id"]] for r in rs],
                  texts=[r["text"] for r in rs])
        mm = m["role_filler_model"]
        print(f"{name}, {len(rs)} docs")
        print(f"  events P/R/F1 {_prf(m['events'])}")
        print(f"  role-filler F1: one-to-one (old scorer) {m['role_filler_strict']['f1']:.3f}; "
              f"GTT, MUC types only {_prf(m['role_filler_types_only'])}; "
              f"GTT, task relevance rules {_prf(m['role_filler'])}; "
              f"GTT, trained templates {_prf(m['role_filler_model_no_spans'])}; "
              f"GTT, trained templates and span fillers {_prf(mm)}")
        print("  trained, per role P/R/F1: " + "; ".join(
            f"{k} {_prf(mm[k])}" for k in ("incident_type", "actors", "targets", "weapons")))


if __name__ == "__main__":
    main()
