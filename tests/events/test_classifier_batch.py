"""A document's sentences for the ACLED classifier are embedded in one batch
(`typing.resolve_types` -> `classifier.prefetch_acled`), and typing gives the same types as
trigger by trigger. A stand-in encoder (a fixed pseudo-random vector per sentence) counts the
calls, so these run without the model package; texts written for these tests."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from wirecoder.events import classifier
from wirecoder.events.arguments import roles_for
from wirecoder.events.detect import find_triggers
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.typing import resolve_type, resolve_types
from wirecoder.language import load_nlp

TEXT = ("Gunmen attacked a police post near the market on Monday. The militia set up a base in "
        "the hills. Soldiers clashed with rebels outside the town, and protesters were beaten "
        "by police. Officials condemned the violence.")


class _CountingEncoder:
    """One fixed unit vector per text; records every batch it is asked to encode."""

    dim = 384

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts):
        self.calls.append(list(texts))
        out = np.stack([np.random.default_rng(zlib.crc32(t.encode())).standard_normal(self.dim)
                        for t in texts]).astype(np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


@pytest.fixture
def counting(monkeypatch):
    monkeypatch.delenv(classifier.ENV_MARGINS, raising=False)
    enc = _CountingEncoder()
    clf = classifier.AcledClassifier(classifier.MODEL, enc)
    monkeypatch.setattr(classifier, "default_classifier", lambda: clf)
    return enc


def _cases():
    lex = load_lexicon()
    out = []
    for trig in find_triggers(load_nlp()(TEXT), lex):
        roles = roles_for(trig.token, trig.entry.plover, trig.entry.mode, lex)
        out.append((trig, roles.objects, roles.targets, roles.actors))
    return out


def test_a_documents_sentences_are_embedded_in_one_call(counting):
    cases = _cases()
    typed = resolve_types(cases, load_lexicon())
    assert len(counting.calls) == 1  # every later refine_acled call found its sentence cached
    asked = counting.calls[0]
    assert len(asked) == len(set(asked)) >= 2  # each sentence once, from several sentences
    assert any(t is not None and t.acled is not None for t in typed)


def test_batched_typing_equals_typing_trigger_by_trigger(counting, monkeypatch):
    lex = load_lexicon()
    cases = _cases()
    batched = resolve_types(cases, lex)
    enc = _CountingEncoder()  # a fresh cache: every sentence embedded on its own
    monkeypatch.setattr(classifier, "default_classifier",
                        lambda clf=classifier.AcledClassifier(classifier.MODEL, enc): clf)
    one_by_one = [resolve_type(*case, lex) for case in cases]
    assert batched == one_by_one
    assert all(len(call) == 1 for call in enc.calls) and len(enc.calls) >= 2


def test_nothing_is_embedded_when_no_type_can_change(counting):
    lex = load_lexicon()
    cases = [c for c in _cases() if c[0].token.lower_ == "condemned"]
    assert cases
    resolve_types(cases, lex)
    assert counting.calls == []
