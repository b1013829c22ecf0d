"""Where the MUC-4 span filler classifier loses its gold fillers: a loss table on the GTT-train
part of MUC-4 DEV (`DEV-MUC3-*`, the first 1300 documents; TST1/TST2 are never read here), by
the same 2-fold cross-validation as `muc_oracle.py` (out-of-fold span probabilities):

    .venv/bin/python bench/events/muc_filler_losses.py /tmp/g1300.jsonl Pa Pb \\
        --cache parses.spacy --tagger-oof OOF0 OOF1 [--thresholds 0.4 0.35 0.2]

Only documents where the step chose a template count (elsewhere a filler has nowhere to go).
Per role: the gold entities, how many the text names with a candidate phrase (GTT's matching),
how many of those pass the role's threshold, the quantiles of the best out-of-fold probability
among an entity's candidates, the features more frequent on the entities that fail than on
those that pass, and the passing candidates that are wrong, split into another form of a gold
mention ("eln guerrillas" for "guerrillas") and the rest.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from wirecoder.evaluate.role_fillers import _gtt_gold_entity, gtt_norm
from wirecoder.events.muc_fillers import ROLES, _one_per_span

sys.path.insert(0, str(Path(__file__).resolve().parent))
from muc_oracle import cv_arguments, cv_documents  # noqa: E402


def role_losses(docs: list[dict], k: int, role: str, thr: float) -> None:
    n = named = passed = variant = other = 0
    best: list[float] = []
    fail: Counter = Counter()
    ok: Counter = Counter()
    for d in docs:
        if not d["chosen"]:
            continue
        norms = [gtt_norm(c.text) for c in d["cands"]]
        for g in d["gold"]:
            for ent in g.get(role) or []:
                n += 1
                names = _gtt_gold_entity(ent)
                idx = [i for i, s in enumerate(norms) if s in names]
                if not idx:
                    continue
                named += 1
                i = max(idx, key=lambda i: d["probs"][i, k])
                best.append(float(d["probs"][i, k]))
                passed += best[-1] >= thr
                (ok if best[-1] >= thr else fail).update(set(d["feats"][i]))
        kept = _one_per_span(d["cands"], d["probs"], dict.fromkeys(ROLES, thr))
        labels = np.array(d["labels"])[:, k]
        gold = [c for c, y in zip(d["cands"], labels) if y]
        for c, p, y in zip(d["cands"], kept[:, k], labels):
            if p >= thr and not y:
                if any(o.start < c.end and c.start < o.end for o in gold):
                    variant += 1
                else:
                    other += 1
    q = " ".join(f"{x:.3f}" for x in np.quantile(best, [0.1, 0.25, 0.5, 0.75, 0.9]))
    print(f"{role}: gold entities {n}, named by a candidate {named} ({named / max(n, 1):.2f}), "
          f"passing {passed} ({passed / max(n, 1):.2f}); best probability quantiles "
          f"10/25/50/75/90 {q}; wrong passing: another form of a gold mention {variant}, "
          f"other {other}")
    nf, no = max(named - passed, 1), max(passed, 1)
    gap = {x: fail[x] / nf - ok[x] / no for x in set(fail) | set(ok) if fail[x] + ok[x] >= 15}
    for name, order in (("failing", -1), ("passing", 1)):
        top = sorted(gap, key=lambda x: order * gap[x])[:15]
        print(f"  more often on {name} entities (failing / passing share): "
              + ", ".join(f"{x} {fail[x] / nf:.2f}/{ok[x] / no:.2f}" for x in top))


def main() -> None:
    ap = argparse.ArgumentParser()
    cv_arguments(ap)
    a = ap.parse_args()
    docs = cv_documents(a)
    for k, (role, thr) in enumerate(zip(ROLES, a.thresholds)):
        role_losses(docs, k, role, thr)


if __name__ == "__main__":
    main()
