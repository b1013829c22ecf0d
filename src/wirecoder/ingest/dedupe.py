"""Skipping identical and near-identical documents within one run.

Identical: the same `Document.id` (the same text once whitespace is normalised).
Near-identical: MinHash signatures (128 multiply-shift hash functions over lower-cased
5-word shingles) whose estimated Jaccard similarity is at least `threshold` (0.9 by default);
candidates are found with locality-sensitive hashing (16 bands of 8 rows), so each document
costs one signature (one to two milliseconds for a 600-word article, numpy) and a few
dictionary look-ups, not a comparison with every earlier document. A re-run against the
same database is handled by the store (`has_document`), not here.

The estimate has a standard error of about 0.03 near 0.9: pairs just around the threshold
may go either way; copies with a changed headline or an added byline are caught, rewrites
are not.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

from ..records import Document

NUM_HASHES = 128
BANDS = 16
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)
_rng = np.random.default_rng(20251130)
_A = (_rng.integers(1, 2**63, NUM_HASHES, dtype=np.uint64) * np.uint64(2)) + np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_HASHES, dtype=np.uint64)


def shingles(text: str, size: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the lower-cased `size`-word shingles of `text` (unique)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        grams = [" ".join(words)] if words else [text]
    else:
        grams = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams),
                                 dtype=np.uint64, count=len(grams)))


def signature(text: str) -> np.ndarray:
    """The MinHash signature (NUM_HASHES values) of `text`."""
    values = shingles(text)
    with np.errstate(over="ignore"):
        hashed = (values[None, :] * _A[:, None] + _B[:, None]) >> np.uint64(32)
    return hashed.min(axis=1)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(frozen=True)
class Duplicate:
    """Why a document was skipped: `kind` is "identical copy" or "near-identical copy"."""

    kind: str
    of: Document
    similarity: float


class Deduplicator:
    """Remembers the documents of one run and says whether a new one repeats an earlier one."""

    def __init__(self, threshold: float = 0.9) -> None:
        self.threshold = threshold
        self._by_id: dict[str, Document] = {}
        self._kept: list[tuple[Document, np.ndarray]] = []
        self._bands: list[dict[bytes, list[int]]] = [{} for _ in range(BANDS)]

    def check(self, document: Document) -> Duplicate | None:
        """None (and remember `document`) when it is new; else the Duplicate it repeats."""
        earlier = self._by_id.get(document.id)
        if earlier is not None:
            return Duplicate("identical copy", earlier, 1.0)
        sig = signature(document.text)
        rows = NUM_HASHES // BANDS
        keys = [sig[i * rows:(i + 1) * rows].tobytes() for i in range(BANDS)]
        seen: set[int] = set()
        best: tuple[float, int] | None = None
        for band, key in zip(self._bands, keys, strict=True):
            for index in band.get(key, ()):
                if index in seen:
                    continue
                seen.add(index)
                score = similarity(sig, self._kept[index][1])
                if score >= self.threshold and (best is None or score > best[0]):
                    best = (score, index)
        if best is not None:
            return Duplicate("near-identical copy", self._kept[best[1]][0], best[0])
        index = len(self._kept)
        self._kept.append((document, sig))
        self._by_id[document.id] = document
        for band, key in zip(self._bands, keys, strict=True):
            band.setdefault(key, []).append(index)
        return None
