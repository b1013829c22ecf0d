"""Several settings of the MUC-4 filler tagger's training (`train_muc_tagger.py`) in one run,
for a GPU machine lent for minutes: each setting is trained on fold 1 and scored on fold 0 and
the other way round (the span trainer's folds, DEV-MUC3 only), ranked by the mean held-out
word-piece F1 at 0.5 of the three roles' "inside" outputs; the best `--keep` settings get their
two folds' probabilities in one file (`oof_NAME.npz`, the form `train_muc_fillers.py
--tagger-oof` reads) and a model trained on all documents (`model_NAME.npz`), the first
setting (the shipped one) its probabilities as the baseline. Settings that would start after
`--budget` seconds are skipped.

    python3 bench/events/sweep_muc_tagger.py /tmp/mtd --out /tmp/sweep --device cuda
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_muc_tagger as tmt  # noqa: E402  (beside this file)

# name: (frozen lower layers, epochs, learning rate); the first is the shipped setting
SETTINGS = {"f3e3": (3, 3, 8e-5), "f0e3": (0, 3, 8e-5), "f0e6": (0, 6, 8e-5),
            "f0e10lo": (0, 10, 5e-5), "f0e6hi": (0, 6, 1.5e-4)}


def one(docs: list[dict], base: dict, fold: str, setting: tuple, device: torch.device) -> tuple:
    torch.manual_seed(0)
    random.seed(0)
    freeze, epochs, lr = setting
    fit, held = tmt.folds(docs, fold)
    run = tmt.Run(base, device)
    run.train(fit, freeze, epochs, lr)
    return (run, *tmt.held_out(run, held)) if held else (run, {}, [])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", help="the folder `muc_tagger_data.py` wrote")
    ap.add_argument("--out", required=True)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--keep", type=int, default=2)
    ap.add_argument("--budget", type=float, default=240, help="seconds for the fold runs")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", nargs="*", help="names of SETTINGS to run (default: all)")
    a = ap.parse_args()
    torch.backends.cuda.matmul.allow_tf32 = True
    device = torch.device(a.device)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    docs, base = tmt.load(a.data)
    docs = docs[:a.limit] if a.limit else docs
    t0, scores, oofs = time.time(), {}, {}
    names = a.only or list(SETTINGS)
    for name in names:
        if time.time() - t0 > a.budget:
            print(f"{name}: skipped (budget)", flush=True)
            continue
        probs, f1s = {}, []
        for fold in ("0", "1"):
            print(f"{name} fold {fold}: {SETTINGS[name]}", flush=True)
            _, p, f1 = one(docs, base, fold, SETTINGS[name], device)
            print(f"  held out: {tmt.describe(f1)}", flush=True)
            probs.update(p)
            f1s.append(f1)
        scores[name] = {"inside_mean": float(np.mean([f[:3] for f in f1s])),
                        "per_fold": f1s, "seconds": round(time.time() - t0)}
        oofs[name] = probs
        print(f"{name}: mean inside F1 {scores[name]['inside_mean']:.4f}", flush=True)
    ranked = sorted((n for n in scores if n != names[0]), key=lambda n: -scores[n]["inside_mean"])
    for name in [names[0], *ranked[:a.keep]]:
        np.savez_compressed(out / f"oof_{name}.npz", **oofs[name])
    for name in ranked[:a.keep]:
        print(f"{name}: all documents", flush=True)
        run, _, _ = one(docs, base, "all", SETTINGS[name], device)
        run.export(SETTINGS[name][0], base, str(out / f"model_{name}.npz"))
    (out / "sweep.json").write_text(json.dumps({"scores": scores, "ranked": ranked,
                                                "seconds": round(time.time() - t0)}, indent=1))
    print(f"done in {time.time() - t0:.0f} s; ranked {ranked}")


if __name__ == "__main__":
    main()
