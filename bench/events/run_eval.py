"""Score the events stage on an events.jsonl or snippets.jsonl gold file and print the metrics.

    .venv/bin/python bench/events/run_eval.py ../shared/gold/isaf-press-releases/events.dev.jsonl
    .venv/bin/python bench/events/run_eval.py ../shared/gold/muc4/events.dev.jsonl --limit 200
    .venv/bin/python bench/events/run_eval.py ../shared/gold/plover-gsr/snippets.dev.jsonl
    .venv/bin/python bench/events/run_eval.py bench/events/acled_dev.jsonl

--predictions OUT writes the predictions; --brief prints the headline numbers only.
"""

from __future__ import annotations

import argparse
import json
import time

from wirecoder.evaluate import detect_format, read_gold


def headline(fmt: str, m: dict) -> dict:
    if fmt == "events":
        f = m["fields"]
        pick = {k: round(v["accuracy"], 3) for k, v in f.items()}
        return {"events": {k: round(v, 3) for k, v in m["events"].items()},
                "role_filler_f1": round(m["role_filler"]["f1"], 3),
                "role_filler_p_r": (round(m["role_filler"]["precision"], 3),
                                    round(m["role_filler"]["recall"], 3)),
                "role_filler": {k: round(v["f1"], 3) for k, v in m["role_filler"].items()
                                if isinstance(v, dict)},
                "role_filler_types_only_f1": round(m["role_filler_types_only"]["f1"], 3),
                "role_filler_model_p_r_f1": tuple(round(m["role_filler_model"][k], 3)
                                                  for k in ("precision", "recall", "f1")),
                "role_filler_model_no_spans_p_r_f1": tuple(
                    round(m["role_filler_model_no_spans"][k], 3)
                    for k in ("precision", "recall", "f1")),
                "role_filler_strict_f1 (before GTT scorer)": round(
                    m["role_filler_strict"]["f1"], 3),
                "argument_f1 (aligned events; exact, head)": {
                    r: (round(v["exact"]["f1"], 3), round(v["head"]["f1"], 3))
                    for r, v in m.get("arguments", {}).items()},
                "fields": pick, "calibration": m["calibration"]}
    return {k: (round(v["accuracy"], 3), round(v["weighted_f1"], 3), round(v["macro_f1"], 3))
            for k, v in m["labels"].items()} | {"actors": m.get("actors")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--predictions")
    ap.add_argument("--brief", action="store_true")
    a = ap.parse_args()
    rows = read_gold(a.gold)
    fmt = detect_format(rows, a.gold)
    import importlib

    mod = importlib.import_module(f"wirecoder.evaluate.{fmt}")
    t0 = time.time()
    preds, metrics = mod.evaluate(rows, limit=a.limit)
    metrics["seconds"] = round(time.time() - t0, 1)
    if a.predictions:
        with open(a.predictions, "w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    out = headline(fmt, metrics) if a.brief else metrics
    print(json.dumps(out, indent=1, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
