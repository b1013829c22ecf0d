"""Fit the confidence calibration (a logistic map from the raw rule confidence and which fields
an event has to the chance it matches a gold event) on dev predictions, and check it 2-fold.

    .venv/bin/python bench/events/run_eval.py GOLD --predictions P.jsonl   (for each dev set)
    .venv/bin/python bench/events/calibrate.py GOLD1 P1 GOLD2 P2 ...

Prints the coefficients to put in src/wirecoder/data/ontology/calibration.yaml and, per data
set, how often events with confidence >= 0.8 are right (in-sample and 2-fold held out).
Predictions must have been made with calibration switched off (WIRECODER_RAW_CONFIDENCE=1).
The `caseless_cap` of calibration.yaml (events/calibration.py) is applied to events of texts
without letter case, as the pipeline does; `--fit-cased` fits the map on cased texts only (the
capped ones cannot reach 0.8 anyway).
"""

from __future__ import annotations

import json
import sys

import numpy as np
import yaml

from wirecoder.events.calibration import caseless
from wirecoder.events.lexicon import DATA
from wirecoder.evaluate.events import UNSCORED_MODALITIES, align, type_scope


def features(e: dict) -> list[float]:
    return [1.0, e["confidence"], float(bool(e["actors"])), float(bool(e["targets"])),
            float(bool(e["quantities"])), float(bool(e["location"])),
            float(e["date"]["start"] is not None)]


def load(pairs: list[tuple[str, str]]):
    X, Y, D, F, C = [], [], [], [], []
    for gold_path, pred_path in pairs:
        preds = [json.loads(line) for line in open(pred_path, encoding="utf-8")]
        gold = {json.loads(line)["id"]: json.loads(line) for line in open(gold_path,
                                                                          encoding="utf-8")}
        scope = type_scope([gold[p["id"]]["events"] for p in preds])
        for k, p in enumerate(preds):
            g = gold[p["id"]]["events"]
            cl = caseless(gold[p["id"]]["text"])
            pr = [e for e in p["events"] if e["modality"] not in UNSCORED_MODALITIES
                  and e["plover_type"] in scope]
            hit = {i for i, _ in align(pr, g)}
            for i, e in enumerate(pr):
                X.append(features(e))
                Y.append(float(i in hit))
                D.append(gold_path)
                F.append(k % 2)
                C.append(cl)
    return np.array(X), np.array(Y), np.array(D), np.array(F), np.array(C)


def predict(X, beta, C, cap: float | None):
    p = 1 / (1 + np.exp(-X @ beta))
    if cap is not None:
        p = np.where(C, np.minimum(p, cap), p)
    return p


def fit(X, Y, D) -> np.ndarray:
    w = np.array([1.0 / np.sum(D == d) for d in D])
    w = w / w.mean()  # each data set weighs the same
    beta = np.zeros(X.shape[1])
    for _ in range(20000):
        p = 1 / (1 + np.exp(-X @ beta))
        beta -= 0.5 * X.T @ ((p - Y) * w) / len(Y)
    return beta


def report(p, Y, D, label: str) -> None:
    for d in sorted(set(D)) + ["all"]:
        m = (D == d) if d != "all" else np.ones(len(D), bool)
        hi = m & (p >= 0.8)
        prec = round(float(Y[hi].mean()), 3) if hi.sum() else None
        print(f"{label:10s} {d[-45:]:45s} n>=0.8={int(hi.sum()):4d} right={prec} "
              f"(all: n={int(m.sum())} right={Y[m].mean():.3f})")


def main() -> None:
    args = sys.argv[1:]
    cased_only = "--fit-cased" in args
    args = [a for a in args if a != "--fit-cased"]
    cfg = yaml.safe_load((DATA / "calibration.yaml").read_text(encoding="utf-8"))
    cap = cfg.get("caseless_cap")
    X, Y, D, F, C = load(list(zip(args[::2], args[1::2])))
    use = ~C if cased_only else np.ones(len(Y), bool)
    print(f"caseless events: {int(C.sum())} of {len(C)}; cap {cap}; fit on "
          f"{'cased texts only' if cased_only else 'all'}")
    beta = fit(X[use], Y[use], D[use])
    print("coefficients:", [round(float(b), 3) for b in beta])
    report(predict(X, beta, C, cap), Y, D, "in-sample")
    p = np.zeros(len(Y))
    for fold in (0, 1):
        tr = use & (F != fold)
        b = fit(X[tr], Y[tr], D[tr])
        p[F == fold] = predict(X[F == fold], b, C[F == fold], cap)
    report(p, Y, D, "held-out")


if __name__ == "__main__":
    main()
