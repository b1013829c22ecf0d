"""Score saved predictions twice: as `wirecoder eval` does (events marked historical are not
scored), and with historical events scored like asserted ones.

The field scores count aligned pairs only, so marking a background event historical takes its
pair (often right) out of the count; the second line shows what the arguments score when those
pairs stay in. Diagnostic only: the first line is the headline.

    .venv/bin/python bench/events/score_with_background.py GOLD PRED [PRED ...]

PRED is a file written by `run_eval.py GOLD --predictions PRED`.
"""

from __future__ import annotations

import argparse
import json

from wirecoder.evaluate.events import score

FIELDS = ("actors", "targets", "claimants", "acled_sub_event_type", "location.name",
          "date.start", "quantities.killed", "quantities")


def _as_asserted(events: list[dict]) -> list[dict]:
    return [dict(e, modality="asserted") if e.get("modality") == "historical" else e
            for e in events]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("predictions", nargs="+")
    a = ap.parse_args()
    with open(a.gold, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    for path in a.predictions:
        with open(path, encoding="utf-8") as fh:
            by_id = {d["id"]: d for d in map(json.loads, fh)}
        missing = [g["id"] for g in gold if g["id"] not in by_id]
        if missing:
            raise SystemExit(f"{path}: no predictions for {len(missing)} gold documents "
                             f"(first: {missing[0]}); run run_eval.py on the same gold file")
        rows = [by_id[g["id"]]["events"] for g in gold]
        golds = [g["events"] for g in gold]
        for label, preds in (("as scored", rows),
                             ("historical kept", [_as_asserted(r) for r in rows])):
            m = score(preds, golds)
            ev = m["events"]
            fields = {k: v["accuracy"] if isinstance(v, dict) else v
                      for k, v in m["fields"].items()}
            print(f"{path} [{label}] P/R/F1 {ev['precision']:.3f}/{ev['recall']:.3f}/"
                  f"{ev['f1']:.3f}; " + "; ".join(f"{k} {fields[k]:.3f}" for k in FIELDS
                                                  if k in fields))


if __name__ == "__main__":
    main()
