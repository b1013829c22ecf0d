"""Train the MUC-4 template and filler classifiers of `wirecoder.events.muc` (logistic
regression, numpy only, deterministic) on pipeline predictions for the GTT-train part of the
MUC-4 DEV file (`DEV-MUC3-*`, 1300 documents); the TST1/TST2 documents are never read here.

    .venv/bin/python bench/events/run_eval.py ../shared/gold/muc4/events.dev.jsonl \\
        --limit 1300 --predictions /tmp/muc_train.jsonl
    .venv/bin/python bench/events/train_muc.py ../shared/gold/muc4/events.dev.jsonl \\
        /tmp/muc_train.jsonl [--out src/wirecoder/data/models/muc_templates.json] [--cv]

Labels: a template candidate (an asserted event with a MUC incident type) is positive when
GTT's best mapping pairs it with a gold template; a filler of a mapped candidate is positive
when it matches a gold entity of its role in that gold template (GTT scores no other), a
filler of another candidate when it matches one anywhere in the document. Thresholds: the pair maximising GTT role-filler F1 on the
training documents.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from wirecoder.evaluate.event_fields import ROLES, UNSCORED_MODALITIES
from wirecoder.evaluate.role_fillers import (_gtt_gold_entity, _gtt_match, gtt_mapping,
                                             gtt_role_filler)
from wirecoder.events import muc


HOST_FIRST_MAPPED = True
# L2 penalty of every classifier (2-fold CV on DEV-MUC3: 1 -> 5 -> 15 gave 0.358 / 0.363 / 0.360)
L2 = 5.0


def fit(rows: list[dict[str, float]], labels: list[int], l2: float = 1.0,
        iters: int = 25) -> dict[str, float]:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    keys = sorted({k for r in rows for k in r})
    x = np.array([[r.get(k, 0.0) for k in keys] for r in rows], dtype=float)
    y = np.array(labels, dtype=float)
    w = np.zeros(len(keys))
    pen = np.full(len(keys), l2)
    pen[keys.index("bias")] = 1e-6
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        g = x.T @ (p - y) + pen * w
        h = (x * (p * (1 - p))[:, None]).T @ x + np.diag(pen)
        w -= np.linalg.solve(h, g)
    return {k: round(float(v), 4) for k, v in zip(keys, w)}


def asserted(events: list[dict]) -> list[dict]:
    return [e for e in events if e.get("modality") not in UNSCORED_MODALITIES]


def candidates(events: list[dict]) -> list[dict]:
    return [e for e in asserted(events) if muc.incident_type(e) is not None]


def examples(pred_rows: list[list[dict]], gold_rows: list[list[dict]]):
    tx, ty, fx, fy = [], [], [], []
    for preds, golds in zip(pred_rows, gold_rows):
        cands = candidates(preds)
        pairs = dict(gtt_mapping(cands, golds, ROLES)[0])
        mapped = set(pairs)
        events = asserted(preds)
        counts = muc.doc_counts(events)
        # the template that takes the document's other fillers: at prediction time the first
        # one kept, here the first one GTT maps (or the first candidate)
        host = min(mapped) if mapped and HOST_FIRST_MAPPED else 0
        for i, e in enumerate(cands):
            tx.append(muc.event_features(e, i, len(cands), cands[:i], cands[i + 1:]))
            ty.append(int(i in mapped))
            for role in ROLES:
                # a mapped candidate's fillers are right when its gold template has them (GTT
                # counts no other), the others' when any gold template of the document does
                own_golds = [golds[pairs[i]]] if i in pairs else golds
                gold_ents = [_gtt_gold_entity(ge) for g in own_golds for ge in g.get(role) or []]
                for ent, own in muc.filler_candidates(e, events, role, i == host):
                    fx.append(muc.filler_features(ent, role, e, counts, own))
                    fy.append(int(any(_gtt_match(ent, ge) for ge in gold_ents)))
    return tx, ty, fx, fy


def train(pred_rows: list[list[dict]], gold_rows: list[list[dict]]) -> dict:
    """The template and filler classifiers and their thresholds, from one document's
    predictions and gold templates per row (GTT-train documents only)."""
    tx, ty, fx, fy = examples(pred_rows, gold_rows)
    model = {"template": fit(tx, ty, L2), "filler": fit(fx, fy, L2),
             # one filler model per role (what a capitalised or plural filler means differs)
             "filler_by_role": {r: fit([x for x in fx if x.get("role=" + r)],
                                       [y for x, y in zip(fx, fy) if x.get("role=" + r)], L2)
                                for r in ROLES},
             "template_threshold": 0.5, "filler_threshold": 0.5,
             "trained_on": f"{len(pred_rows)} GTT-train documents (DEV-MUC3-*), "
                           f"{len(ty)} template candidates ({sum(ty)} positive), "
                           f"{len(fy)} fillers ({sum(fy)} positive)"}
    docs = [muc.score_document(asserted(p), model) for p in pred_rows]
    best = (-1.0, 0.5, 0.5)
    for tt in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        for ft in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
            m = dict(model, template_threshold=tt, filler_threshold=ft)
            preds = [muc.choose_templates(d, m) for d in docs]
            f = gtt_role_filler(preds, gold_rows, muc_relevance=False)["f1"]
            if f > best[0]:
                best = (f, tt, ft)
    model["template_threshold"], model["filler_threshold"] = best[1], best[2]
    # then one threshold per role, each chosen with the others fixed
    thresholds = {r: best[2] for r in ROLES}
    f_best = best[0]
    for role in ROLES:
        for ft in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
            m = dict(model, filler_thresholds=dict(thresholds, **{role: ft}))
            preds = [muc.choose_templates(d, m) for d in docs]
            f = gtt_role_filler(preds, gold_rows, muc_relevance=False)["f1"]
            if f > f_best + 1e-9:
                f_best, thresholds[role] = f, ft
    model["filler_thresholds"] = thresholds
    model["train_f1"] = round(f_best, 4)
    return model


def cross_validate(ids: list[str], pred_rows: list[list[dict]],
                   gold_rows: list[list[dict]]) -> None:
    """Two folds (odd / even documents by id): train on one, GTT role-filler on the other."""
    rows = [(p, g) for _, p, g in sorted(zip(ids, pred_rows, gold_rows), key=lambda r: r[0])]
    folds = [rows[0::2], rows[1::2]]
    got = []
    for k in (0, 1):
        train_rows, test_rows = folds[k], folds[1 - k]
        model = train([p for p, _ in train_rows], [g for _, g in train_rows])
        preds = [muc.model_templates(asserted(p), model) for p, _ in test_rows]
        m = gtt_role_filler(preds, [g for _, g in test_rows], muc_relevance=False)
        got.append(m)
        print(f"fold {k}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}; "
              + "; ".join(f"{r} {m[r]['f1']:.3f}" for r in ("incident_type", *ROLES)))
    print("2-fold CV mean: " + " ".join(
        f"{k} {sum(m[k] for m in got) / 2:.3f}" for k in ("precision", "recall", "f1")))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("predictions")
    ap.add_argument("--out", default=str(muc.MODEL))
    ap.add_argument("--cv", action="store_true",
                    help="2-fold cross-validation (odd / even documents by id) instead of "
                         "writing a model")
    a = ap.parse_args()
    gold = {}
    with open(a.gold, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            gold[r["id"]] = r["events"]
    ids, pred_rows, gold_rows = [], [], []
    with open(a.predictions, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if not r["id"].startswith("DEV-MUC3-"):
                continue  # TST1/TST2 are held out for the report
            ids.append(r["id"])
            pred_rows.append(r["events"])
            gold_rows.append(gold[r["id"]])
    if a.cv:
        cross_validate(ids, pred_rows, gold_rows)
        return
    model = train(pred_rows, gold_rows)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in model.items()
                      if k not in ("template", "filler", "filler_by_role")}))


if __name__ == "__main__":
    main()
