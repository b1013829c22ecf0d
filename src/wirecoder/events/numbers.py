"""Reading a number expression: its value ("1,200", "twenty-five", "2.5 million"), its
tokens around a NUM token ("two hundred"), and the qualifier the words before it give ("over
130" -> more_than, "at least" -> at_least, "about" -> about)."""

from __future__ import annotations

import re
from typing import Any

from .lexicon import Lexicon

NUM_RE = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


def parse_number(tokens: list[Any], lex: Lexicon) -> float | None:
    """Value of a number written in digits or words ("1,200", "twenty-five", "2.5 million")."""
    q = lex.cues["quantities"]
    words, scales = q["number_words"], q["scale_words"]
    total, current, seen = 0.0, 0.0, False
    for t in tokens:
        w = t.lower_.replace(",", "") if NUM_RE.match(t.lower_) else t.lower_
        if re.match(r"^\d+(\.\d+)?$", w):
            current += float(w)
            seen = True
            continue
        parts = w.split("-")
        if all(p in words for p in parts) and parts != [""]:
            for p in parts:
                v = float(words[p])
                if p in scales:
                    current = max(current, 1.0) * v
                    if v >= 1000:
                        total += current
                        current = 0.0
                else:
                    current += v
            seen = True
            continue
        if w in ("and",) and seen:
            continue
        if seen:
            break
    if not seen:
        return None
    return total + current


def number_tokens(num: Any) -> list[Any]:
    """The tokens of a number expression around a NUM token ("two hundred", "1.5 million")."""
    toks = [num] + [c for c in num.children if c.dep_ in ("compound", "quantmod", "nummod")
                    and (c.like_num or c.pos_ == "NUM")]
    return sorted(toks, key=lambda t: t.i)


def qualifier_for(first: Any, lex: Lexicon) -> str:
    doc = first.doc
    before = " ".join(t.lower_ for t in doc[max(first.sent.start, first.i - 4):first.i])
    before = " " + before + " "
    best, best_len = "exact", 0
    for qual, phrases in lex.cues["quantities"]["qualifiers"].items():
        for p in phrases:
            p = str(p)
            if before.endswith(" " + p + " ") and len(p) > best_len:
                best, best_len = qual, len(p)
    return best
