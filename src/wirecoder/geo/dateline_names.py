"""Upper-case dateline places at the start of a line ("CORSICANA —"), as place mentions.
Moved whole out of `recognize` (the same rule).
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, name_key
from .place_words import GENERIC_WORDS, PLACE_NOUNS
from .recognize import Mention


_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?=\s*(?:,|—|–| - |\())")


def dateline_mentions(text: str, gaz: Gazetteer, known: list[Mention]) -> list[Mention]:
    """An upper-case place at the start of a line before a dash or comma ("CORSICANA —")."""
    out = []
    for m in _DATELINE.finditer(text):
        s, e = m.span(1)
        if any(k.start < e and s < k.end for k in known):
            continue
        key = name_key(m.group(1))
        if key in GENERIC_WORDS or key in PLACE_NOUNS or len(key) < 3:
            continue
        if any(name_key(x.name) == key for x in gaz.lookup(m.group(1))):
            out.append(Mention(s, e, None, "dateline", "GPE"))
    return out
