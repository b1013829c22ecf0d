"""Where the MUC-4 step loses role-filler F1: an oracle decomposition on the GTT-train part of
MUC-4 DEV (`DEV-MUC3-*`, the first 1300 documents; TST1/TST2 are never read here), by the same
2-fold cross-validation as `train_muc_fillers.py` (odd / even documents: out-of-fold template
choices and span probabilities, the span thresholds given below).

    .venv/bin/python bench/events/muc_oracle.py /tmp/g1300.jsonl Pa Pb --cache parses.spacy \\
        --tagger-oof OOF0 OOF1 [--thresholds 0.4 0.35 0.2]

Each line replaces one part of the step by what GTT's mapping says is right, the rest as
trained: the template choice (the candidates GTT maps when every MUC-typed asserted event is
offered with its span fillers), the fillers (every candidate phrase that names a gold entity
of the role, joined to the nearest template as the step does), their assignment (each mapped
template takes its own gold template's entities), and precision alone (unmapped templates
dropped). The distance from the first line to each other is what that part is worth.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from wirecoder.evaluate.role_fillers import _gtt_gold_entity, gtt_mapping, gtt_norm
from wirecoder.events import muc, muc_fillers

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_muc  # noqa: E402
import train_muc_fillers as tmf  # noqa: E402

ROLES = muc_fillers.ROLES


def out_of_fold(docs: list[dict]) -> None:
    """Span probabilities of each document from a span model fit on the other fold, and every
    MUC-typed candidate as a template (`allc`) by the template model of the other fold."""
    folds = [docs[0::2], docs[1::2]]
    for k in (0, 1):
        other = folds[1 - k]
        spans = tmf.fit(other)
        model = train_muc.train([d["events"] for d in other], [d["gold"] for d in other])
        for d in folds[k]:
            d["probs"] = muc_fillers.probabilities(d["feats"], spans)
            scored = muc.score_document(d["asserted"], model)
            d["allc"] = muc.choose_templates(scored, dict(model, template_threshold=-1.0))


def gold_named(d: dict, gold: dict) -> dict:
    """For each role, one candidate phrase per entity of a gold template that the text names."""
    out = {}
    for role in ROLES:
        out[role] = []
        for ent in gold.get(role) or []:
            names = _gtt_gold_entity(ent)
            for c in d["cands"]:
                if gtt_norm(c.text) in names:
                    out[role].append({"name": c.text, "text_mention": c.text, "aliases": []})
                    break
    return out


def cv_arguments(ap: argparse.ArgumentParser) -> None:
    """The inputs of a DEV-MUC3 cross-validation (this script's and `muc_relevance_cv.py`'s)."""
    ap.add_argument("gold")
    ap.add_argument("predictions", nargs="+")
    ap.add_argument("--cache")
    ap.add_argument("--tagger-oof", nargs="+", metavar="OOF")
    ap.add_argument("--thresholds", nargs=3, type=float, default=(0.4, 0.35, 0.2),
                    help="span thresholds of actors, targets, weapons (the CV's tuned ones)")


def cv_documents(a: argparse.Namespace) -> list[dict]:
    """The documents of `cv_arguments`, parsed, featurised and scored out of fold."""
    docs = tmf.load(a.gold, a.predictions)
    parsed = tmf.parses(docs, a.cache)
    tmf.choose_out_of_fold(docs)
    tmf.featurise(docs, parsed, tmf.load_tags(a.tagger_oof) if a.tagger_oof else None)
    out_of_fold(docs)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    cv_arguments(ap)
    a = ap.parse_args()
    docs = cv_documents(a)
    thr = dict(zip(ROLES, a.thresholds))
    half = dict.fromkeys(ROLES, 0.5)

    def fill(d: dict, chosen: list[dict], oracle: bool = False) -> list[dict]:
        probs = np.array(d["labels"], dtype=float) if oracle else d["probs"]
        return muc_fillers.add_fillers(chosen, d["cands"], probs, half if oracle else thr,
                                       d["text"], False, d["keys"])

    def mapped(d: dict, filled: list[dict]) -> list[tuple[int, int]]:
        return gtt_mapping(filled, d["gold"], ROLES)[0]

    for d in docs:
        d["pairs"] = sorted(mapped(d, fill(d, d["allc"])))
        d["oracle"] = [d["allc"][i] for i, _ in d["pairs"]]
    lines = {
        "trained templates + span fillers (the step)": lambda d: fill(d, d["chosen"]),
        "trained templates alone": lambda d: d["chosen"],
        "every MUC-typed candidate + span fillers": lambda d: fill(d, d["allc"]),
        "ORACLE template choice + span fillers": lambda d: fill(d, d["oracle"]),
        "trained templates, unmapped dropped (oracle precision)": lambda d: [
            f for i, f in enumerate(fill(d, d["chosen"]))
            if i in {p for p, _ in mapped(d, fill(d, d["chosen"]))}],
        "trained templates + ORACLE fillers": lambda d: fill(d, d["chosen"], True),
        "ORACLE templates + ORACLE fillers": lambda d: fill(d, d["oracle"], True),
        "ORACLE templates, fillers and assignment": lambda d: [
            dict(d["allc"][i], **gold_named(d, d["gold"][j])) for i, j in d["pairs"]],
    }
    for name, make in lines.items():
        preds = [make(d) for d in docs]
        per_fold = []
        for k in (0, 1):
            m = tmf.gtt_f1(docs[k::2], preds[k::2])
            per_fold.append(f"{m['f1']:.3f}")
        m = tmf.gtt_f1(docs, preds)
        print(f"{name:56s} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} "
              f"(folds {' / '.join(per_fold)}) | "
              + " ".join(f"{r} {m[r]['f1']:.3f}" for r in ("incident_type", *ROLES)), flush=True)


if __name__ == "__main__":
    main()
