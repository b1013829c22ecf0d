"""Fine-tune the MUC-4 filler tagger of `wirecoder.events.muc_tagger` on the GTT-train part of
the MUC-4 DEV file (`DEV-MUC3-*`, its first 1300 documents; TST1/TST2 are never read here).

Needs PyTorch and NumPy only, not wirecoder (whose runtime never uses torch): the documents are
labelled first in wirecoder's environment (`muc_tagger_data.py`, which also writes the base
model's weights beside them), so this script runs anywhere torch does, a GPU machine included:

    head -1300 ../shared/gold/muc4/events.dev.jsonl > /tmp/muc_train.jsonl
    .venv/bin/python bench/events/muc_tagger_data.py /tmp/muc_train.jsonl /tmp/mtd
    # out-of-fold probabilities for the span classifier's training, and the shipped model:
    python3 bench/events/train_muc_tagger.py /tmp/mtd --fold 0 --oof /tmp/oof0.npz
    python3 bench/events/train_muc_tagger.py /tmp/mtd --fold 1 --oof /tmp/oof1.npz
    python3 bench/events/train_muc_tagger.py /tmp/mtd --fold all \\
        --out src/wirecoder/data/models/muc_tagger.npz

(`sweep_muc_tagger.py` runs several settings in one go and keeps the best.) Labels
(`muc_tagger_data.py`): per word piece and role (perpetrators, targets and victims, weapons),
inside a gold mention's occurrence, and first piece of one. Model: all-MiniLM-L6-v2, the
embeddings and the lower `--freeze` layers frozen (their outputs computed once), the layers
above and a 6-way sigmoid head (inside x 3 roles, first piece x 3 roles) trained (AdamW, linear
warm-up and decay, binary cross-entropy with positives weighted 2, dropout 0.1, seed 0) on
windows of 254 word pieces taken every 200 (`muc_tagger.windows`). Folds are the span
trainer's: documents 0, 2, 4, ... and 1, 3, 5, ... in file order; `--fold k` trains on the
other fold and writes the probabilities of fold k. The written model holds the trained layers
(int8 changes from the base model's weights, `muc_tagger.pack`) under the base model's names
and layout, so that `muc_tagger.Tagger` runs it in numpy. On 2 CPU cores one fold with
`--freeze 3` takes about 25 minutes; on one H200 about 8 s, with `--freeze 0` and 10 epochs
about 30 s.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

# muc_tagger.py needs only numpy at import: load it by path, without wirecoder installed
_SPEC = importlib.util.spec_from_file_location(
    "muc_tagger", Path(__file__).resolve().parents[2] / "src/wirecoder/events/muc_tagger.py")
muc_tagger = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(muc_tagger)

HIDDEN, HEADS, FF, LAYERS = 384, 12, 1536, 6
ROLES = len(muc_tagger.ROLE_TAGS)
BATCH = 8
POS_WEIGHT = 2.0
# torch module name -> the base model's (BERT) name, within a layer
NAMES = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
         "o": "attention.output.dense", "ln1": "attention.output.LayerNorm",
         "f1": "intermediate.dense", "f2": "output.dense", "ln2": "output.LayerNorm"}


class Layer(nn.Module):
    """One BERT layer (post-layer-norm, GELU), as `embed.Encoder.hidden_states` runs it."""

    def __init__(self) -> None:
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.f1, self.f2 = nn.Linear(HIDDEN, FF), nn.Linear(FF, HIDDEN)
        self.drop = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        B, T, H = x.shape

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(B, T, HEADS, H // HEADS).transpose(1, 2)

        a = F.scaled_dot_product_attention(heads(self.q(x)), heads(self.k(x)), heads(self.v(x)),
                                           attn_mask=mask,
                                           dropout_p=0.1 if self.training else 0.0)
        x = self.ln1(x + self.drop(self.o(a.transpose(1, 2).reshape(B, T, H))))
        return self.ln2(x + self.drop(self.f2(F.gelu(self.f1(x)))))


class Encoder(nn.Module):
    def __init__(self, w: dict[str, np.ndarray]) -> None:
        super().__init__()
        vocab = len(w["embeddings.word_embeddings.weight"])
        self.we, self.pe = nn.Embedding(vocab, HIDDEN), nn.Embedding(512, HIDDEN)
        self.te, self.ln = nn.Embedding(2, HIDDEN), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        w = {k: torch.from_numpy(v.astype(np.float32)) for k, v in w.items() if k != "vocab"}
        sd = {"we.weight": w["embeddings.word_embeddings.weight"],
              "pe.weight": w["embeddings.position_embeddings.weight"],
              "te.weight": w["embeddings.token_type_embeddings.weight"],
              "ln.weight": w["embeddings.LayerNorm.weight"],
              "ln.bias": w["embeddings.LayerNorm.bias"]}
        for i in range(LAYERS):
            for ours, theirs in NAMES.items():
                for p in ("weight", "bias"):
                    sd[f"layers.{i}.{ours}.{p}"] = w[f"encoder.layer.{i}.{theirs}.{p}"]
        self.load_state_dict(sd)

    def lower(self, ids: torch.Tensor, mask: torch.Tensor, upto: int) -> torch.Tensor:
        x = self.ln(self.we(ids) + self.pe(torch.arange(ids.shape[1], device=ids.device))[None]
                    + self.te(torch.zeros_like(ids)))
        for layer in self.layers[:upto]:
            x = layer(x, mask)
        return x

    def upper(self, x: torch.Tensor, mask: torch.Tensor, start: int) -> torch.Tensor:
        for layer in self.layers[start:]:
            x = layer(x, mask)
        return x


def load(folder: str) -> tuple[list[dict], dict[str, np.ndarray]]:
    """The labelled documents and the base weights that `muc_tagger_data.py` wrote."""
    with np.load(Path(folder) / "docs.npz", allow_pickle=False) as z:
        docs = [{"id": str(i), "ids": z[f"ids/{n}"].astype(np.int64), "offs": z[f"offs/{n}"],
                 "y": np.concatenate([z[f"inside/{n}"], z[f"begin/{n}"]], axis=1)
                 .astype(np.float32)} for n, i in enumerate(z["ids"])]
    with np.load(Path(folder) / "base.npz", allow_pickle=False) as z:
        base = {k: z[k] for k in z.files}
    return docs, base


def batch(items: list[tuple[dict, int, int]], cls: int, sep: int) -> tuple[torch.Tensor, ...]:
    T = max(e - s for _, s, e in items) + 2
    ids = torch.zeros((len(items), T), dtype=torch.long)
    attn = torch.zeros((len(items), T), dtype=torch.bool)
    y = torch.zeros((len(items), T, 2 * ROLES))
    real = torch.zeros((len(items), T))
    for r, (d, s, e) in enumerate(items):
        n = e - s
        ids[r, 0], ids[r, n + 1] = cls, sep
        ids[r, 1:n + 1] = torch.from_numpy(d["ids"][s:e])
        attn[r, :n + 2] = True
        y[r, 1:n + 1] = torch.from_numpy(d["y"][s:e])
        real[r, 1:n + 1] = 1
    return ids, attn[:, None, None, :], y, real


class Run:
    """One model being trained: the encoder, its head and the special pieces' indices."""

    def __init__(self, base: dict[str, np.ndarray], device: torch.device) -> None:
        vocab = base["vocab"]
        self.cls, self.sep = (int(np.searchsorted(vocab, t))
                              for t in (muc_tagger.CLS, muc_tagger.SEP))
        self.model = Encoder(base).to(device)
        self.head = nn.Linear(HIDDEN, 2 * ROLES).to(device)
        self.device = device

    def train(self, docs: list[dict], freeze: int, epochs: int, lr: float) -> None:
        items = [(d, s, e) for d in docs for s, e in muc_tagger.windows(len(d["ids"]))]
        random.shuffle(items)
        t0 = time.time()
        model, head, device = self.model, self.head, self.device
        model.eval()
        cache = []
        with torch.no_grad():
            for i in range(0, len(items), BATCH):
                ids, mask, y, real = (t.to(device) for t in batch(items[i:i + BATCH],
                                                                   self.cls, self.sep))
                cache.append((model.lower(ids, mask, freeze).half(), mask, y, real))
        params = [p for layer in model.layers[freeze:] for p in layer.parameters()]
        opt = torch.optim.AdamW([{"params": params, "lr": lr},
                                 {"params": list(head.parameters()), "lr": 1e-3}],
                                weight_decay=0.01)
        base_lr = [g["lr"] for g in opt.param_groups]
        total, step = epochs * len(cache), 0
        pos_weight = torch.full((2 * ROLES,), POS_WEIGHT, device=device)
        for layer in model.layers[freeze:]:
            layer.train()
        for epoch in range(epochs):
            order = list(range(len(cache)))
            random.shuffle(order)
            loss_sum = 0.0
            for j in order:
                x, mask, y, real = cache[j]
                scale = min(1.0, step / (0.05 * total)) * (1 - step / total)
                for g, b in zip(opt.param_groups, base_lr):
                    g["lr"] = b * scale
                logits = head(model.upper(x.float(), mask, freeze))
                loss = F.binary_cross_entropy_with_logits(logits, y, pos_weight=pos_weight,
                                                          reduction="none").sum(-1)
                loss = (loss * real).sum() / real.sum()
                loss.backward()
                nn.utils.clip_grad_norm_(params, 1.0)
                opt.step()
                opt.zero_grad()
                step += 1
                loss_sum += loss.item()
            print(f"  epoch {epoch + 1}/{epochs}: loss {loss_sum / len(cache):.4f}, "
                  f"{time.time() - t0:.0f} s ({len(docs)} documents, {len(items)} windows)",
                  flush=True)
        for layer in model.layers:
            layer.eval()

    def predict(self, d: dict) -> np.ndarray:
        """A document's probabilities (pieces x 6), averaged over the windows holding each piece,
        as `muc_tagger.Tagger.tag` computes them."""
        n = len(d["ids"])
        total = np.zeros((n, 2 * ROLES), dtype=np.float32)
        seen = np.zeros(n, dtype=np.float32)
        spans = muc_tagger.windows(n)
        with torch.no_grad():
            ids, mask, _, _ = (t.to(self.device)
                               for t in batch([(d, s, e) for s, e in spans], self.cls, self.sep))
            x = self.model.upper(self.model.lower(ids, mask, 0), mask, 0)
            p = torch.sigmoid(self.head(x)).float().cpu().numpy()
        for r, (s, e) in enumerate(spans):
            total[s:e] += p[r, 1:e - s + 1]
            seen[s:e] += 1
        return total / np.maximum(seen, 1)[:, None]

    def export(self, freeze: int, base: dict[str, np.ndarray], path: str) -> None:
        """The trained layers under the base model's names, linear weights as [in, out],
        packed as changes from the base model's (`muc_tagger.pack`)."""
        def arr(t: torch.Tensor) -> np.ndarray:
            return t.detach().float().cpu().numpy()

        ref = {k: (v.T if v.ndim == 2 else v).astype(np.float32) for k, v in base.items()
               if k.startswith("encoder.")}
        tuned = {"head.weight": arr(self.head.weight).T, "head.bias": arr(self.head.bias)}
        for i in range(freeze, LAYERS):
            layer = self.model.layers[i]
            for ours, theirs in NAMES.items():
                mod = getattr(layer, ours)
                w = arr(mod.weight)
                tuned[f"encoder.layer.{i}.{theirs}.weight"] = (w.T if isinstance(mod, nn.Linear)
                                                               else w)
                tuned[f"encoder.layer.{i}.{theirs}.bias"] = arr(mod.bias)
        np.savez_compressed(path, **muc_tagger.pack(tuned, ref))
        print(f"wrote {path}", flush=True)


def folds(docs: list[dict], fold: str) -> tuple[list[dict], list[dict]]:
    """(training documents, held-out documents) of a fold: "0", "1" or "all"."""
    if fold == "all":
        return docs, []
    k = int(fold)
    return docs[1 - k::2], docs[k::2]


def held_out(run: Run, held: list[dict]) -> tuple[dict[str, np.ndarray], list[float]]:
    """The held-out documents' probabilities (`muc_tagger` file form: id -> float16 pieces x 6,
    id#offsets) and the word-piece F1 at 0.5 of each output."""
    probs: dict[str, np.ndarray] = {}
    tp, fp, fn = (np.zeros(2 * ROLES) for _ in range(3))
    for d in held:
        p = run.predict(d)
        probs[d["id"]] = p.astype(np.float16)
        probs[d["id"] + "#offsets"] = d["offs"]
        hit, gold = p > 0.5, d["y"] > 0.5
        tp += (hit & gold).sum(0)
        fp += (hit & ~gold).sum(0)
        fn += (~hit & gold).sum(0)
    return probs, [2 * t / max(2 * t + p + n, 1) for t, p, n in zip(tp, fp, fn)]


def describe(f1: list[float]) -> str:
    tags = muc_tagger.ROLE_TAGS
    return ", ".join([f"{t} {v:.3f}" for t, v in zip(tags, f1[:ROLES])]
                     + [f"{t}-first {v:.3f}" for t, v in zip(tags, f1[ROLES:])])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", help="the folder `muc_tagger_data.py` wrote")
    ap.add_argument("--fold", default="all", choices=["0", "1", "all"])
    ap.add_argument("--out", help="where to write the trained model (muc_tagger.npz form)")
    ap.add_argument("--oof", help="with --fold k: where to write fold k's probabilities")
    ap.add_argument("--freeze", type=int, default=3, help="lower layers left as they are")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's choice)")
    ap.add_argument("--device", default="cpu", help="torch device: cpu, cuda, cuda:1, ...")
    ap.add_argument("--limit", type=int, default=0,
                    help="only the first N documents (a quick check of the whole run)")
    a = ap.parse_args()
    if a.threads:
        torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    random.seed(0)
    docs, base = load(a.data)
    docs = docs[:a.limit] if a.limit else docs
    fit, held = folds(docs, a.fold)
    run = Run(base, torch.device(a.device))
    run.train(fit, a.freeze, a.epochs, a.lr)
    if a.out:
        run.export(a.freeze, base, a.out)
    if held:
        probs, f1 = held_out(run, held)
        print("held-out word pieces, F1 at 0.5: " + describe(f1))
        if a.oof:
            np.savez_compressed(a.oof, **probs)
            print(f"wrote {a.oof}")


if __name__ == "__main__":
    main()
