"""The actors pipeline stage: link the document's actor mentions to the knowledge base."""

from __future__ import annotations

from typing import Any

from ..records import Analysis
from .build import default_kb
from .link import link_mentions


class ActorStage:
    """Fills `analysis.mentions` (needs the parsed `doc` and the `anchor` date)."""

    name = "actors"
    requires: tuple[str, ...] = ("doc", "anchor")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, options: Any = None) -> None:
        self.options = options
        self.kb = default_kb()

    def __call__(self, analysis: Analysis) -> None:
        analysis.mentions = link_mentions(analysis, self.kb)
