"""Train an event gate (measured, not shipped: bench/events/RESULTS.md "Round 20"): a
logistic regression that scores each predicted event's chance of aligning to a core gold
event, on the project's dev article sets.

    PYTHONPATH=src .venv/bin/python bench/events/train_gate.py [--dumps DIR] [--out FILE]
        [--early /tmp/lead] [--embed 384] [--l2 30] [--exclude n_evidence]

Each set is run through the pipeline (or read from DIR/dump_<set>.jsonl, written by
`--dumps DIR`), and each scored prediction is labelled by the scorer's own alignment
(`evaluate.events.align`, with its modality and type-scope filters): aligned to a core gold
event = 1, unaligned = 0, aligned to a non-core one = not used. The threshold is chosen by
leave-one-set-out predictions over the training sets (the one that maximises pooled event F1
when events under it are dropped). Deterministic: no random state is used.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from wirecoder.evaluate import f1, read_gold  # noqa: E402
from wirecoder.evaluate.event_fields import UNSCORED_MODALITIES, _types  # noqa: E402
from wirecoder.evaluate.events import align, score, type_scope  # noqa: E402,F401
from gate_features import raw_features, sentences, trigger_sentence  # noqa: E402

# the dev article sets (news); the held-out sets are never read
SETS = {f"fresh{n}" if n else "fresh": f"bench/events/fresh{n if n else ''}/articles.gold.jsonl"
        for n in (0, 2, 3, 4, 5, 6, 7, 8, 9)} | {"golden": "tests/golden/articles.gold.jsonl"}
EXCLUDE: set[str] = set()  # feature names left out (bench variants)
MIN_WORD = 3  # a trigger word / mode seen fewer times in training is not a feature
THRESHOLDS = [round(0.02 * i, 2) for i in range(1, 31)]


def run_set(gold: str) -> list[dict[str, Any]]:
    from wirecoder.evaluate.events import _document, run_pipeline, to_gold_format

    out = []
    for row in read_gold(ROOT / gold):
        a = run_pipeline(_document(row))
        evs = []
        for e in a.events:
            d = to_gold_format(e)
            d["n_evidence"] = len(e.evidence)
            evs.append(d)
        out.append({"id": row.get("id"), "text": row["text"], "events": evs})
    return out


def load(name: str, gold: str, dumps: Path | None, preds_file: Path | None = None,
         ) -> list[dict[str, Any]]:
    """Documents of one set: text, predicted events (each with `label`), gold events.
    `preds_file`: read the predictions there (a run_eval.py --predictions file) instead."""
    golds = [r.get("events") or [] for r in read_gold(ROOT / gold)]
    path = preds_file or (dumps / f"dump_{name}.jsonl" if dumps else None)
    if path is not None and path.is_file():
        lines = path.read_text(encoding="utf-8").split("\n")  # not splitlines(): U+2028
        preds = [json.loads(x) for x in lines if x.strip()]
    else:
        preds = run_set(gold)
        if dumps is not None:
            dumps.mkdir(parents=True, exist_ok=True)
            path = dumps / f"dump_{name}.jsonl"
            path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds),
                            encoding="utf-8")
    scope = type_scope(golds)
    docs = []
    for p, g in zip(preds, golds):
        evs = p["events"]
        scored = [i for i, e in enumerate(evs) if e.get("modality") not in UNSCORED_MODALITIES
                  and (not scope or e["plover_type"] in scope)]
        for e in evs:
            e["label"] = None
        pairs = dict(align([evs[i] for i in scored], g))
        for k, i in enumerate(scored):
            j = pairs.get(k)
            if j is None:
                evs[i]["label"] = 0
            elif g[j].get("core", True) is not False and g[j].get("plover_type"):
                evs[i]["label"] = 1
        docs.append({"set": name, "text": p["text"], "events": evs, "gold": g})
    return docs


def embed_docs(docs: list[dict[str, Any]]) -> None:
    """Each event's trigger-sentence embedding (`emb`), batched per set."""
    from wirecoder.embed import default_encoder

    enc = default_encoder()
    sents, where = [], []
    for d in docs:
        spans = sentences(d["text"])
        for e in d["events"]:
            _i, s, t = trigger_sentence(d["text"], e.get("trigger"), spans)
            sents.append(" ".join(d["text"][s:t].split()))
            where.append(e)
    x = enc.encode(sents) if enc is not None and sents else np.zeros((len(sents), 384))
    for e, v in zip(where, x):
        e["emb"] = np.asarray(v, dtype=np.float64)


def rows_of(docs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, float]]]:
    out = []
    for d in docs:
        spans = sentences(d["text"])
        for e in d["events"]:
            out.append((e, raw_features(e, d["text"], d["events"], spans)))
    return out


def vocabulary(rows: list[tuple[dict[str, Any], dict[str, float]]]) -> list[str]:
    count: dict[str, int] = {}
    for e, f in rows:
        if e["label"] is None:
            continue
        for k in f:
            count[k] = count.get(k, 0) + 1
    return sorted(k for k, c in count.items() if ("=" not in k or c >= MIN_WORD)
                  and k not in EXCLUDE and k.split("=")[0] + "=" not in EXCLUDE)


def matrix(rows: list[tuple[dict[str, Any], dict[str, float]]], names: list[str],
           embed_dims: int) -> np.ndarray:
    idx = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + embed_dims))
    for r, (e, f) in enumerate(rows):
        for k, v in f.items():
            if k in idx:
                x[r, idx[k]] = v
        if embed_dims:
            x[r, len(names):] = e["emb"][:embed_dims]
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float, np.ndarray,
                                                          np.ndarray]:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    mean = x.mean(0)
    scale = x.std(0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        g = z.T @ (p - y) + reg * w
        h = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w[1:], float(w[0]), mean, scale


class Model:
    def __init__(self, docs: list[dict[str, Any]], l2: float, embed_dims: int) -> None:
        rows = [r for r in rows_of(docs) if r[0]["label"] is not None]
        self.names = vocabulary(rows)
        self.embed_dims = embed_dims
        x = matrix(rows, self.names, embed_dims)
        y = np.array([e["label"] for e, _f in rows], dtype=np.float64)
        self.w, self.b, self.mean, self.scale = fit(x, y, l2)

    def proba(self, docs: list[dict[str, Any]]) -> list[np.ndarray]:
        out = []
        for d in docs:
            spans = sentences(d["text"])
            rows = [(e, raw_features(e, d["text"], d["events"], spans)) for e in d["events"]]
            if not rows:
                out.append(np.zeros(0))
                continue
            x = (matrix(rows, self.names, self.embed_dims) - self.mean) / self.scale
            out.append(1.0 / (1.0 + np.exp(-(x @ self.w + self.b))))
        return out


def event_counts(preds: list[list[dict[str, Any]]], golds: list[list[dict[str, Any]]],
                 scope: set[str]) -> dict[str, Any]:
    """Event P/R/F1 exactly as `evaluate.events.score` counts them (same filters, the same
    `align`), without its field and role-filler metrics (too slow inside the CV loops)."""
    tp = fp = fn = 0
    for preds_all, gold in zip(preds, golds):
        ps = [p for p in preds_all if p.get("modality") not in UNSCORED_MODALITIES
              and (not scope or p["plover_type"] in scope)]
        pairs = align(ps, gold)
        core = [gold[j].get("core", True) is not False and bool(_types(gold[j]))
                for _i, j in pairs]
        tp += sum(core)
        fp += len(ps) - len(pairs)
        got = {j for _i, j in pairs}
        fn += sum(1 for j, g in enumerate(gold) if j not in got
                  and g.get("core", True) is not False and _types(g))
    return {**f1(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn}


def gated_score(docs: list[dict[str, Any]], probs: list[np.ndarray] | None,
                threshold: float) -> dict[str, Any]:
    """The scorer's event metrics over one set after dropping asserted events under the
    threshold (probs None: nothing dropped)."""
    preds = []
    for k, d in enumerate(docs):
        keep = [e for i, e in enumerate(d["events"]) if probs is None
                or e.get("modality") != "asserted" or probs[k][i] >= threshold]
        preds.append(keep)
    golds = [d["gold"] for d in docs]
    return {"events": event_counts(preds, golds, type_scope(golds))}


def pooled_f1(by_set: dict[str, list[dict[str, Any]]], probs: dict[str, list[np.ndarray]],
              threshold: float) -> float:
    tp = fp = fn = 0
    for name, docs in by_set.items():
        ev = gated_score(docs, probs[name], threshold)["events"]
        tp, fp, fn = tp + ev["tp"], fp + ev["fp"], fn + ev["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_threshold(by_set: dict[str, list[dict[str, Any]]], l2: float,
                     embed_dims: int) -> tuple[float, float, float]:
    """Leave-one-set-out probabilities over these sets; the threshold with the best pooled F1
    (ties: the lowest). Returns (threshold, F1 there, F1 with no gate)."""
    oof = {}
    for name in by_set:
        rest = [d for n, ds in by_set.items() if n != name for d in ds]
        oof[name] = Model(rest, l2, embed_dims).proba(by_set[name])
    base = pooled_f1(by_set, oof, -1.0)
    best = (0.0, base)
    for t in THRESHOLDS:
        f = pooled_f1(by_set, oof, t)
        if f > best[1] + 1e-9:
            best = (t, f)
    return best[0], best[1], base


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dumps", type=Path, help="read/write the pipeline's predictions here")
    ap.add_argument("--early", type=Path, help="also train on the older predictions of each set "
                    "in this folder (gate_cv.EARLY names the files)")
    ap.add_argument("--out", type=Path, help="write the model here (.npz); not shipped")
    ap.add_argument("--embed", type=int, default=0, help="embedding dims used (0 or 384)")
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--exclude", nargs="*", default=[], help="feature names (or 'word=') left out")
    a = ap.parse_args()
    EXCLUDE.update(a.exclude)
    by_set = {n: load(n, g, a.dumps) for n, g in SETS.items()}
    if a.early:
        from gate_cv import EARLY

        for n, g in SETS.items():
            by_set[n] += load(n, g, None, a.early / f"{EARLY[n]}.jsonl")
    if a.embed:
        for docs in by_set.values():
            embed_docs(docs)
    t, f, base = choose_threshold(by_set, a.l2, a.embed)
    m = Model([d for ds in by_set.values() for d in ds], a.l2, a.embed)
    names = m.names + [f"emb{i}" for i in range(a.embed)]
    if a.out:
        np.savez_compressed(a.out, names=np.array(names), mean=m.mean.astype(np.float32),
                            scale=m.scale.astype(np.float32), w=m.w.astype(np.float32),
                            b=np.float32(m.b), threshold=np.float32(t),
                            embed_dims=np.int32(a.embed))
    order = np.argsort(m.w[:len(m.names)])
    print(json.dumps({"threshold": t, "pooled_f1_loso": round(f, 4),
                      "pooled_f1_no_gate": round(base, 4), "features": len(names),
                      "most_negative": [m.names[i] for i in order[:10]],
                      "most_positive": [m.names[i] for i in order[::-1][:10]],
                      "out": str(a.out)}))


if __name__ == "__main__":
    main()
