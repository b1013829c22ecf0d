"""Fit the confidence calibration (a logistic map from the raw rule confidence and which fields
an event has to the chance it matches a gold event) on dev predictions, and check it 2-fold.

    .venv/bin/python bench/events/run_eval.py GOLD --predictions P.jsonl   (for each dev set)
    .venv/bin/python bench/events/calibrate.py GOLD1 P1 GOLD2 P2 ...

Prints the coefficients to put in src/wirecoder/data/ontology/calibration.yaml and, per data
set, how often events with confidence >= 0.8 are right (in-sample and 2-fold held out).
Predictions must have been made with calibration switched off (WIRECODER_RAW_CONFIDENCE=1).
"""

from __future__ import annotations

import json
import sys

import numpy as np

from wirecoder.evaluate.events import UNSCORED_MODALITIES, align, type_scope


def features(e: dict) -> list[float]:
    return [1.0, e["confidence"], float(bool(e["actors"])), float(bool(e["targets"])),
            float(bool(e["quantities"])), float(bool(e["location"])),
            float(e["date"]["start"] is not None)]


def load(pairs: list[tuple[str, str]]):
    X, Y, D, F = [], [], [], []
    for gold_path, pred_path in pairs:
        preds = [json.loads(line) for line in open(pred_path, encoding="utf-8")]
        gold = {json.loads(line)["id"]: json.loads(line) for line in open(gold_path,
                                                                          encoding="utf-8")}
        scope = type_scope([gold[p["id"]]["events"] for p in preds])
        for k, p in enumerate(preds):
            g = gold[p["id"]]["events"]
            pr = [e for e in p["events"] if e["modality"] not in UNSCORED_MODALITIES
                  and e["plover_type"] in scope]
            hit = {i for i, _ in align(pr, g)}
            for i, e in enumerate(pr):
                X.append(features(e))
                Y.append(float(i in hit))
                D.append(gold_path)
                F.append(k % 2)
    return np.array(X), np.array(Y), np.array(D), np.array(F)


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
    X, Y, D, F = load(list(zip(args[::2], args[1::2])))
    beta = fit(X, Y, D)
    print("coefficients:", [round(float(b), 3) for b in beta])
    report(1 / (1 + np.exp(-X @ beta)), Y, D, "in-sample")
    p = np.zeros(len(Y))
    for fold in (0, 1):
        b = fit(X[F != fold], Y[F != fold], D[F != fold])
        p[F == fold] = 1 / (1 + np.exp(-X[F == fold] @ b))
    report(p, Y, D, "held-out")


if __name__ == "__main__":
    main()
