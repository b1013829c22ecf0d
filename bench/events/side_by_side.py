"""Gold events beside the predictions the scorer aligned them with, article by article.

    .venv/bin/python bench/events/run_eval.py GOLD --brief --predictions P
    .venv/bin/python bench/events/side_by_side.py GOLD P [--text]

For each article: every gold event (type, ACLED sub-type, actors|aliases, targets, claimants,
place, date, quantities, weapons, the coder's note) with the prediction aligned to it or
"missed", then the predictions aligned to nothing ("EXTRA"); `--text` prints the article after.
Alignment is the scorer's (`wirecoder.evaluate.events.align`), over the predictions it scores
(hypothetical, future, negated and historical ones left out). A diagnosis tool for dev sets:
do not run it on a held-out set (bench/events/fresh3), or its misses are no longer unseen.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from wirecoder.evaluate.event_fields import UNSCORED_MODALITIES
from wirecoder.evaluate.events import align


def _entities(xs: list[dict[str, Any]] | None) -> str:
    return "; ".join((x.get("name") or "") + ("|" + ",".join(x["aliases"]) if x.get("aliases")
                                               else "") for x in xs or [])


def _place(loc: dict[str, Any] | None) -> str | None:
    return f"{loc.get('name')}/{loc.get('admin1')}/{loc.get('country')}" if loc else None


def _date(d: dict[str, Any] | None) -> str | None:
    return f"{d.get('start')}..{d.get('end')}" if d else None


def _counts(qs: list[dict[str, Any]] | None) -> str:
    return ", ".join(f"{q['kind']}={q.get('value')}"
                     + ("" if q.get("qualifier") == "exact" else f"({q.get('qualifier')})")
                     for q in qs or [])


def show(tag: str, e: dict[str, Any]) -> None:
    print(f"  {tag} {e['plover_type']}/{e.get('acled_sub_event_type')} core={e.get('core', '-')}"
          f" modality={e.get('modality', '-')} confidence={e.get('confidence', '-')}")
    print(f"     A: {_entities(e.get('actors'))}  T: {_entities(e.get('targets'))}"
          f"  C: {_entities(e.get('claimants'))}")
    print(f"     L: {_place(e.get('location'))}  D: {_date(e.get('date'))}"
          f"  Q: {_counts(e.get('quantities'))}  W: {_entities(e.get('weapons'))}")
    for key, label in (("summary", "S"), ("original_type", "O")):
        if e.get(key):
            print(f"     {label}: {e[key][:160]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("predictions", help="the --predictions file of bench/events/run_eval.py")
    ap.add_argument("--text", action="store_true", help="print each article after its events")
    a = ap.parse_args()
    with open(a.gold, encoding="utf-8") as fh:
        gold = {row["id"]: row for row in map(json.loads, fh)}
    with open(a.predictions, encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            g = gold[row["id"]]
            preds = [p for p in row["events"] if p.get("modality") not in UNSCORED_MODALITIES]
            golds = g["events"]
            pairs = align(preds, golds)
            print("=" * 100)
            print(row["id"], g.get("published"))
            by_gold = {j: i for i, j in pairs}
            for j, ge in enumerate(golds):
                print("-" * 60)
                show("GOLD", ge)
                if j in by_gold:
                    show("PRED", preds[by_gold[j]])
                else:
                    print("  PRED: --- missed")
            used = {i for i, _ in pairs}
            for i, p in enumerate(preds):
                if i not in used:
                    print("-" * 60)
                    show("EXTRA", p)
            if a.text:
                print(g["text"])


if __name__ == "__main__":
    main()
