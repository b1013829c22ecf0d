"""Facts from text (placeholder, replaced below)."""
from __future__ import annotations
from typing import Any
from ..records import Analysis


def facts_from_text(analysis: Analysis) -> list[dict[str, Any]]:
    return []
