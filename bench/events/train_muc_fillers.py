"""Train the MUC-4 span filler classifier of `wirecoder.events.muc_fillers` on the GTT-train
part of the MUC-4 DEV file (`DEV-MUC3-*`, the first 1300 documents; TST1/TST2 are never read
here), from pipeline predictions for those documents:

    .venv/bin/python bench/events/run_eval.py /tmp/muc_train.jsonl --predictions /tmp/p.jsonl
    .venv/bin/python bench/events/train_muc_fillers.py /tmp/muc_train.jsonl /tmp/p.jsonl \\
        [--out src/wirecoder/data/models/muc_fillers.npz] [--cache /tmp/muc_parses.spacy]

Labels: a candidate is a positive of a role when its words (GTT's normalisation) are a mention
of a gold entity of that role in one of the document's gold templates. Three L2-regularised
logistic regressions (one per role, numpy, full-batch Adam, deterministic). Two folds by
document (odd / even): each document's templates are chosen by a template model trained on the
other fold (`train_muc.train`), its span probabilities come from a span model trained on the
other fold, and each role's threshold maximises GTT role-filler F1 of the whole MUC step
(templates plus span fillers) on those out-of-fold choices. The shipped span model is then
refit on all the documents (with their out-of-fold template features). Prints the
cross-validated F1 of the MUC step with and without span fillers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from spacy.tokens import DocBin

from wirecoder.evaluate.event_fields import UNSCORED_MODALITIES
from wirecoder.evaluate.role_fillers import (_gtt_gold_entity, gtt_norm, gtt_role_filler,
                                             text_mentions)
from wirecoder.events import muc, muc_fillers
from wirecoder.language import load_nlp, parse

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_muc  # noqa: E402  (the template classifier's trainer, beside this file)

ROLES = muc_fillers.ROLES
L2 = 3.0
ITERS = 300
MIN_COUNT = 2


def load(gold_path: str, pred_paths: list[str]) -> list[dict]:
    """The GTT-train documents of the prediction files with their gold templates."""
    with open(gold_path, encoding="utf-8") as fh:
        gold = {r["id"]: r for r in map(json.loads, fh)}
    docs = []
    for path in pred_paths:
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        for row in rows:
            if row["id"] not in gold or not row["id"].startswith("DEV-MUC3"):
                continue
            text_mentions(row["events"], row["text"])
            docs.append({"id": row["id"], "text": row["text"], "events": row["events"],
                         "asserted": [e for e in row["events"]
                                      if e.get("modality") not in UNSCORED_MODALITIES],
                         "gold": gold[row["id"]]["events"]})
    return docs


def parses(docs: list[dict], cache: str | None) -> list:
    """The documents' parses (`language.parse`), kept in a DocBin file `cache`; a cache that
    holds other documents (another prediction file, another order) is parsed again."""
    nlp = load_nlp()
    if cache and Path(cache).exists():
        kept = list(DocBin().from_bytes(Path(cache).read_bytes()).get_docs(nlp.vocab))
        # truecasing changes case only, so a parse of the same text has the same letters
        if len(kept) == len(docs) and all(k.text.lower() == d["text"].lower()
                                          for k, d in zip(kept, docs)):
            return kept
        print(f"  {cache} holds other documents than these: parsing again", flush=True)
    out = []
    for n, d in enumerate(docs):
        out.append(parse(d["text"], True, nlp))
        if n % 200 == 0:
            print(f"  parsed {n} documents", flush=True)
    if cache:
        Path(cache).write_bytes(DocBin(docs=out, store_user_data=True).to_bytes())
    return out


def choose_out_of_fold(docs: list[dict]) -> None:
    """Each document's templates as a template model that never saw it would choose them
    (trained on the other fold by `train_muc.train`), so that what the span features say of
    templates is as reliable in training as on new documents."""
    folds = [docs[0::2], docs[1::2]]
    for k in (0, 1):
        other = folds[1 - k]
        model = train_muc.train([d["events"] for d in other], [d["gold"] for d in other])
        for d in folds[k]:
            d["chosen"] = muc.model_templates(d["asserted"], model)


def load_tags(paths: list[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Out-of-fold word-piece probabilities of the MUC-4 tagger (`train_muc_tagger.py --oof`):
    document id -> (offsets, probabilities)."""
    out = {}
    for path in paths:
        with np.load(path, allow_pickle=False) as z:
            for key in z.files:
                if not key.endswith("#offsets"):
                    out[key] = (z[key + "#offsets"], z[key].astype(np.float32))
    return out


def featurise(docs: list[dict], parsed: list,
              tags: dict[str, tuple[np.ndarray, np.ndarray]] | None = None) -> None:
    """Each document's candidates, their features and their labels (a candidate is a
    positive of a role when its words are a mention of a gold entity of that role); with the
    tagger's out-of-fold `tags`, its features too."""
    for n, (d, doc) in enumerate(zip(docs, parsed)):
        d["cands"], d["feats"] = muc_fillers.document_examples(
            d["text"], d["asserted"], d["chosen"], doc, None if tags is None else tags[d["id"]])
        d["keys"] = muc_fillers.entity_keys(d["cands"], d["asserted"], d["text"])
        if n % 200 == 0:
            print(f"  features of {n} documents", flush=True)
        mentions = {r: set().union(*[_gtt_gold_entity(e) for g in d["gold"]
                                     for e in g.get(r) or []]) for r in ROLES}
        d["labels"] = [[int(gtt_norm(c.text) in mentions[r]) for r in ROLES] for c in d["cands"]]


def fit(docs: list[dict]) -> dict:
    """One logistic regression per role over the features seen at least MIN_COUNT times."""
    freq: dict[str, int] = {}
    for d in docs:
        for f in d["feats"]:
            for x in f:
                freq[x] = freq.get(x, 0) + 1
    vocab = sorted(x for x, c in freq.items() if c >= MIN_COUNT)
    index = {x: i for i, x in enumerate(vocab)}
    rows = [[index[x] for x in f if x in index] for d in docs for f in d["feats"]]
    lens = np.array([len(r) for r in rows])
    idx = np.concatenate([np.array(r, dtype=np.int64) for r in rows])
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    y = np.array([lab for d in docs for lab in d["labels"]], dtype=float)
    weights = np.zeros((len(ROLES), len(vocab)))
    bias = index["bias"]
    for k in range(len(ROLES)):
        w = np.zeros(len(vocab))
        m = np.zeros_like(w)
        v = np.zeros_like(w)
        pen = np.full(len(vocab), L2)
        pen[bias] = 0.0
        for t in range(1, ITERS + 1):
            z = np.add.reduceat(w[idx], starts)
            p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
            g = np.bincount(idx, weights=np.repeat(p - y[:, k], lens), minlength=len(vocab))
            g = g + pen * w
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            w -= 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        weights[k] = w
    return {"index": index, "weights": weights, "vocab": vocab,
            "thresholds": dict.fromkeys(ROLES, 0.5)}


def assemble(docs: list[dict], probs: list[np.ndarray], thresholds: dict[str, float],
             keep: bool = True) -> list[list[dict]]:
    return [muc_fillers.add_fillers(d["chosen"], d["cands"], p, thresholds, d["text"], keep,
                                    d["keys"])
            for d, p in zip(docs, probs)]


def gtt_f1(docs: list[dict], templates: list[list[dict]]) -> dict:
    """GTT role-filler scores of given templates, taken as they are (no relevance step)."""
    return gtt_role_filler(templates, [d["gold"] for d in docs], muc_relevance=False)


def tune(docs: list[dict], probs: list[np.ndarray], keep: bool) -> tuple[dict[str, float], float]:
    """Coordinate ascent over the three roles' thresholds, twice round."""
    thr = dict.fromkeys(ROLES, 0.5)
    grid = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 1.01]
    best = gtt_f1(docs, assemble(docs, probs, thr, keep))["f1"]
    for _ in range(2):
        for role in ROLES:
            for g in grid:
                trial = dict(thr, **{role: g})
                f = gtt_f1(docs, assemble(docs, probs, trial, keep))["f1"]
                if f > best + 1e-9:
                    best, thr = f, trial
    print(f"  keep={keep}: thresholds {thr}: F1 {best:.3f}")
    return thr, best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("predictions", nargs="+")
    ap.add_argument("--out", default=str(muc_fillers.MODEL))
    ap.add_argument("--cache", help="a DocBin file keeping the parses between runs")
    ap.add_argument("--tagger-oof", nargs=2, metavar=("OOF0", "OOF1"),
                    help="the tagger's out-of-fold probabilities of folds 0 and 1 "
                         "(`train_muc_tagger.py --fold k --oof`): use its features")
    a = ap.parse_args()
    docs = load(a.gold, a.predictions)
    parsed = parses(docs, a.cache)
    choose_out_of_fold(docs)
    featurise(docs, parsed, load_tags(a.tagger_oof) if a.tagger_oof else None)
    print(f"{len(docs)} documents, {sum(len(d['cands']) for d in docs)} candidates, positives "
          + str(np.array([lab for d in docs for lab in d["labels"]]).sum(axis=0)))
    folds = [docs[0::2], docs[1::2]]
    oof: dict[str, np.ndarray] = {}
    for k in range(2):
        model = fit(folds[1 - k])
        for d in folds[k]:
            oof[d["id"]] = muc_fillers.probabilities(d["feats"], model)
    probs = [oof[d["id"]] for d in docs]
    base = gtt_f1(docs, [d["chosen"] for d in docs])
    print(f"  trained templates alone, out of fold: "
          f"P/R/F1 {base['precision']:.3f}/{base['recall']:.3f}/{base['f1']:.3f}")
    (thr, f_keep), (thr_alone, f_alone) = tune(docs, probs, True), tune(docs, probs, False)
    keep = f_keep >= f_alone
    thr = thr if keep else thr_alone
    m = gtt_f1(docs, assemble(docs, probs, thr, keep))
    print("  with span fillers, out of fold: " + "; ".join(
        f"{k} {m[k]['f1']:.3f}" for k in ("incident_type", *ROLES))
        + f"; all P/R/F1 {m['precision']:.3f}/{m['recall']:.3f}/{m['f1']:.3f}")
    final = fit(docs)
    # features whose weights all round to nothing are left out of the file
    used = np.abs(final["weights"]).max(axis=0) >= 0.01
    used[final["index"]["bias"]] = True
    final["vocab"] = [v for v, u in zip(final["vocab"], used) if u]
    final["weights"] = final["weights"][:, used]
    np.savez_compressed(a.out, vocab=np.array(final["vocab"]),
                        weights=final["weights"].astype(np.float32),
                        thresholds=np.array([thr[r] for r in ROLES]), keep=np.array(keep))
    print(f"wrote {a.out} ({len(final['vocab'])} features)")


if __name__ == "__main__":
    main()
