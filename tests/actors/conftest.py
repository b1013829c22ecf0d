from __future__ import annotations

from datetime import date

import pytest

from wirecoder.actors import default_kb
from wirecoder.records import Analysis, Anchor, Document


@pytest.fixture(scope="session")
def nlp():
    from wirecoder.language import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def kb():
    return default_kb()


@pytest.fixture(scope="session")
def analyse(nlp):
    def make(text: str, on: date | None = date(2025, 11, 30), timexes=()):
        doc = Document(Document.make_id(text), text)
        anchor = Anchor(on, "test") if on else None
        return Analysis(doc, nlp(text), anchor, list(timexes))

    return make


@pytest.fixture(scope="session")
def link(analyse, kb):
    from wirecoder.actors import link_mentions

    def run(text: str, on: date | None = date(2025, 11, 30)):
        return link_mentions(analyse(text, on), kb)

    return run


def find(mentions, text):
    """The first mention whose span text equals `text`."""
    for m in mentions:
        if m.span.text == text:
            return m
    raise AssertionError(f"no mention {text!r} in {[m.span.text for m in mentions]}")


def find_or_none(mentions, text):
    """The first mention whose span text equals `text`, None when there is none."""
    return next((m for m in mentions if m.span.text == text), None)
