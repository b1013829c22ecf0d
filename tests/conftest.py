"""Shared test helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest


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
