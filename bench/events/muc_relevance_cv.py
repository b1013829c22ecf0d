"""Is a document relevance gate worth having in the MUC-4 step? A measurement on the GTT-train
part of MUC-4 DEV (`DEV-MUC3-*`, the first 1300 documents; TST1/TST2 are never read here), by
the same 2-fold cross-validation as `train_muc_fillers.py` / `muc_oracle.py` (odd / even
documents; out-of-fold templates, span probabilities at the CV's tuned thresholds):

    PYTHONPATH=src .venv/bin/python bench/events/muc_relevance_cv.py /tmp/g1300.jsonl Pa Pb \\
        --cache parses.spacy --tagger-oof OOF [OOF] [--l2 1.0] [--tprobs]

The gate is the classic MUC relevance filter: an L2-regularised logistic regression (numpy,
full-batch Adam, deterministic) over a document's lower-cased words and adjacent word pairs
(seen in at least two training documents), with `--tprobs` also the largest template
probability of its candidates (bucketed) and how many templates the step chose; a document
with no gold template is irrelevant. For each fold the gate is fit on the other fold, its
threshold chosen to maximise GTT role-filler F1 of the step on that training fold (gate
probabilities from an inner 2-fold split of it), and a gated-out document gets no templates.
Prints the gate's accuracy / P / R / F1 and the step's F1 per role without the gate, with
it, and with a perfect gate.

Round 26 (r26rel): the gate is worth little. The perfect gate adds only +.034 / +.040 F1
(folds 0 / 1); the trained one (accuracy .73-.80) adds +.000 to +.002 on fold 0 and +.001 to
+.007 on fold 1 over the variants tried (L2 0.3 / 1 / 3, with and without `--tprobs`, words
alone): not shipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

from wirecoder.events import muc, muc_fillers

sys.path.insert(0, str(Path(__file__).resolve().parent))
import muc_oracle  # noqa: E402
import train_muc  # noqa: E402
import train_muc_fillers as tmf  # noqa: E402

ROLES = ("incident_type", *muc_fillers.ROLES)
WORD = re.compile(r"[a-z]+")
GRID = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]
ITERS = 300


def features(d: dict, tprobs: bool) -> set[str]:
    w = WORD.findall(d["text"].lower())
    f = set(w) | {a + "_" + b for a, b in zip(w, w[1:])} | {"bias"}
    if tprobs:
        top = max(d["tprobs"], default=0.0)
        f |= {f"tmax>={c}" for c in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7) if top >= c}
        f.add(f"nchosen={min(len(d['chosen']), 3)}")
    return f


def fit(docs: list[dict], l2: float) -> tuple[dict[str, int], np.ndarray]:
    freq: dict[str, int] = {}
    for d in docs:
        for x in d["f"]:
            freq[x] = freq.get(x, 0) + 1
    index = {x: i for i, x in enumerate(sorted(x for x, c in freq.items() if c >= 2))}
    rows = [[index[x] for x in sorted(d["f"]) if x in index] for d in docs]
    lens = np.array([len(r) for r in rows])
    idx = np.concatenate([np.array(r, dtype=np.int64) for r in rows])
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    y = np.array([d["y"] for d in docs], dtype=float)
    w = np.zeros(len(index))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    pen = np.full(len(index), l2)
    pen[index["bias"]] = 0.0
    for t in range(1, ITERS + 1):
        z = np.add.reduceat(w[idx], starts)
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = np.bincount(idx, weights=np.repeat(p - y, lens), minlength=len(index))
        g = g / len(docs) * 100 + pen * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return index, w


def prob(model: tuple[dict[str, int], np.ndarray], docs: list[dict]) -> np.ndarray:
    index, w = model
    z = np.array([sum(w[index[x]] for x in d["f"] if x in index) for d in docs])
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def gated(docs: list[dict], p: np.ndarray, thr: float) -> list[list[dict]]:
    return [d["step"] if pi >= thr else [] for d, pi in zip(docs, p)]


def line(name: str, m: dict) -> str:
    return (f"  {name:12s} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} | "
            + " ".join(f"{r} {m[r]['f1']:.3f}" for r in ROLES))


def accuracy(p: np.ndarray, y: np.ndarray) -> str:
    hit = int((p & (y == 1)).sum())
    prec, rec = hit / max(int(p.sum()), 1), hit / max(int(y.sum()), 1)
    return (f"acc {(p == y).mean():.3f} P {prec:.3f} R {rec:.3f} "
            f"F1 {2 * prec * rec / max(prec + rec, 1e-9):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    muc_oracle.cv_arguments(ap)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--tprobs", action="store_true",
                    help="give the gate the document's template probabilities too")
    a = ap.parse_args()
    docs = muc_oracle.cv_documents(a)
    folds = [docs[0::2], docs[1::2]]
    for k in (0, 1):
        other = folds[1 - k]
        model = train_muc.train([d["events"] for d in other], [d["gold"] for d in other])
        for d in folds[k]:
            d["tprobs"] = muc.score_document(d["asserted"], model)["probs"]
    thr = dict(zip(muc_fillers.ROLES, a.thresholds))
    for d in docs:
        d["step"] = muc_fillers.add_fillers(d["chosen"], d["cands"], d["probs"], thr, d["text"],
                                            False, d["keys"])
        d["f"], d["y"] = features(d, a.tprobs), int(bool(d["gold"]))
    for k in (0, 1):
        train, test = folds[1 - k], folds[k]
        inner = [train[0::2], train[1::2]]
        ip: dict[str, float] = {}
        for j in (0, 1):
            for d, pi in zip(inner[j], prob(fit(inner[1 - j], a.l2), inner[j])):
                ip[d["id"]] = pi
        tp = np.array([ip[d["id"]] for d in train])
        scores = {g: tmf.gtt_f1(train, gated(train, tp, g))["f1"] for g in GRID}
        cut = max(GRID, key=lambda g: (scores[g], -g))
        p = prob(fit(train, a.l2), test)
        y = np.array([d["y"] for d in test])
        print(f"fold {k}: {int(y.sum())}/{len(y)} relevant; gate at 0.5 {accuracy(p >= 0.5, y)}; "
              f"at the tuned {cut} {accuracy(p >= cut, y)}", flush=True)
        print(line("no gate", tmf.gtt_f1(test, [d["step"] for d in test])))
        print(line("gate", tmf.gtt_f1(test, gated(test, p, cut))))
        print(line("perfect gate", tmf.gtt_f1(test, [d["step"] if d["y"] else [] for d in test])))


if __name__ == "__main__":
    main()
