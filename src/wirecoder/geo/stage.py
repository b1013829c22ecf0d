"""The "places" pipeline stage: recognise and resolve the document's toponyms."""

from __future__ import annotations

from typing import Any

from ..records import Analysis
from . import find_toponyms
from .gazetteer import default_gazetteer


class PlaceStage:
    """Fill `analysis.toponyms` from the parsed doc with the shared gazetteer."""

    name = "places"
    requires: tuple[str, ...] = ("doc",)
    assigns = ("toponyms",)

    def __init__(self, options: Any = None) -> None:
        self.gazetteer = default_gazetteer()

    def __call__(self, analysis: Analysis) -> None:
        analysis.toponyms = find_toponyms(analysis.document.text, analysis.doc,
                                          gazetteer=self.gazetteer,
                                          document_id=analysis.document.id)
