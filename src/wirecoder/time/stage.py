"""The pipeline's time stage: choose the anchor, then tag and normalise the timexes."""

from __future__ import annotations

from typing import Any

from ..records import Analysis, Anchor
from .anchor import infer_anchor
from .tagger import tag_timexes


def choose_anchor(analysis: Analysis, options: Any = None) -> Anchor:
    """`--published` > the document's metadata date > a date inferred from the text."""
    published = getattr(options, "published", None)
    if published is not None:
        return Anchor(published, "--published")
    if analysis.document.published is not None:
        return Anchor(analysis.document.published, "metadata")
    return infer_anchor(analysis.document.text, getattr(options, "today", None),
                        analysis.document.id)


class TimeStage:
    """Sets `analysis.anchor` and `analysis.timexes`."""

    name = "time"
    requires: tuple[str, ...] = ("doc",)
    assigns: tuple[str, ...] = ("anchor", "timexes")

    def __init__(self, options: Any = None) -> None:
        self.options = options

    def __call__(self, analysis: Analysis) -> None:
        anchor = choose_anchor(analysis, self.options)
        analysis.anchor = anchor
        analysis.timexes = tag_timexes(analysis.document.text, anchor.date, doc=analysis.doc,
                                       document_id=analysis.document.id)
