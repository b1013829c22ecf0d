"""The "places" pipeline stage: recognise and resolve the document's toponyms."""

from __future__ import annotations

from typing import Any

from ..language import credit_spans
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
        toponyms = find_toponyms(analysis.document.text, analysis.doc,
                                 gazetteer=self.gazetteer, document_id=analysis.document.id)
        credits = credit_spans(analysis.document.text)
        # "(Reporting by A in Abuja; Editing by B)": where the reporters were, no place of the
        # story (still a toponym of the text for `find_toponyms` and the toponym benchmarks)
        analysis.toponyms = [t for t in toponyms
                             if not any(s <= t.span.start < e for s, e in credits)]
