"""Shared test helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

STRIKE = ("KABUL, June 3 (Reuters) - An air strike killed at least 12 Taliban fighters in Kunduz "
          "province on Monday, the Afghan defence ministry said.\n")
ARRESTS = ("Police in Nairobi arrested 40 protesters on Tuesday after clashes near parliament, "
           "a police spokesman said.\n")


@pytest.fixture()
def two_articles(tmp_path: Path) -> Path:
    """A folder of two short news articles: a.txt (an air strike, STRIKE) and b.txt (arrests,
    ARRESTS)."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(STRIKE, encoding="utf-8")
    (d / "b.txt").write_text(ARRESTS, encoding="utf-8")
    return d


def _iter_spans(value: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every span-shaped object in a record: a dict with integer start/end and a text."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int) \
                and isinstance(value.get("text"), str):
            yield path, value
        for k, v in value.items():
            yield from _iter_spans(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _iter_spans(v, f"{path}[{i}]")


@pytest.fixture(scope="session")
def record_spans() -> Callable[[Any], Iterator[tuple[str, dict[str, Any]]]]:
    """`record_spans(record)` yields (json path, span dict) for every evidence span in it."""
    return _iter_spans
