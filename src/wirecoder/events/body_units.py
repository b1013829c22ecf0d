"""A body's unit acts for the body: "the criminal chamber of the Tunis court sentenced ...",
"the appeals division of the high court upheld ..." name one actor, the court, not a chamber
and a court side by side."""

from __future__ import annotations

from typing import Any

from .lexicon import lemma as _lemma
from .syntax import of_objects

# nouns of a unit inside an institution ("chamber", "bench", "division" of a court)
UNIT_NOUNS = {"chamber", "division", "bench", "panel", "section", "branch"}
# institutions whose units are told this way
BODY_NOUNS = {"court", "tribunal", "judiciary", "parliament", "assembly", "senate",
              "council", "commission", "ministry", "prosecutor", "prosecution"}


def body_of_unit(tok: Any) -> Any:
    """The institution a unit noun is "of" ("the criminal chamber of the X court": "court"),
    else the token itself."""
    if _lemma(tok) not in UNIT_NOUNS:
        return tok
    body = [g for g in of_objects(tok) if _lemma(g) in BODY_NOUNS]
    return body[0] if body else tok
