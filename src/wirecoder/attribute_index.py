"""The matches of spaCy's `attribute_ruler`, found through an index of its patterns.

`en_core_web_sm`'s attribute_ruler holds ~180 token patterns (the tag map: TAG -> POS and
MORPH; exceptions by word: LOWER + TAG -> LEMMA ...). spaCy's `Matcher` tries every pattern
at every token, which made the ruler cost 20-30 ms per 300-word article, more than the tagger.
:class:`IndexedRulerMatch` finds the same matches by looking each token's word and tag up in
a table of the patterns that can start there, then checking only those; the ruler then sets
the attributes exactly as before (same matches, same order). Patterns using anything but
the plain token attributes below (quantifiers, extensions, other operators) leave the ruler's
own matcher in place, and so do rules added after the index was built.

`language.load_nlp` installs it; `WIRECODER_INDEXED_ATTRIBUTE_RULER=0` keeps spaCy's matcher
(for measuring one against the other).
"""

from __future__ import annotations

import re
from typing import Any

# token attributes a pattern may test (read for the whole Doc at once with `Doc.to_array`)
_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE", "IS_SPACE",
          "IS_PUNCT", "IS_DIGIT", "IS_ALPHA")
_FLAGS = frozenset(a for a in _ATTRS if a.startswith("IS_"))
# a pattern's first token is filed under the first of these it tests by value
_INDEXED = ("LOWER", "TAG", "DEP", "IS_SPACE")

# one test on one token: (attribute, operator, argument)
Check = tuple[str, str, Any]


class Unsupported(ValueError):
    """A pattern the index cannot check the way spaCy's Matcher does."""


def _check(attr: str, value: Any, strings: Any) -> Check:
    """A token test equivalent to the Matcher's for `{attr: value}` (string values compared
    by their hash in the string store, as the Matcher does)."""
    if attr not in _ATTRS:
        raise Unsupported(attr)
    if attr in _FLAGS:
        if isinstance(value, bool):
            return attr, "eq", int(value)
        raise Unsupported(f"{attr}: {value!r}")
    if isinstance(value, str):
        return attr, "eq", strings.add(value)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
            return attr, op.lower(), frozenset(strings.add(v) for v in arg)
        if op == "REGEX" and isinstance(arg, str):
            return attr, "regex", re.compile(arg)
    raise Unsupported(f"{attr}: {value!r}")


def _filed_under(checks: list[Check]) -> tuple[str, list[int]] | None:
    """The index a pattern's first token is filed under: (attribute, values), or None when
    any token can start it."""
    for attr in _INDEXED:
        for a, op, arg in checks:
            if a == attr and op == "eq":
                return attr, [arg]
            if a == attr and op == "in":
                return attr, sorted(arg)
    return None


class IndexedRulerMatch:
    """A drop-in for `AttributeRuler.match(doc)`: the same sorted
    (rule, match id, start, end) tuples, found through an index of the rules' patterns."""

    def __init__(self, ruler: Any) -> None:
        from spacy import attrs as spacy_attrs

        self.ruler = ruler
        self.n_rules = len(ruler.attrs)
        self.strings = strings = ruler.vocab.strings
        specs: list[tuple[int, int, list[list[Check]]]] = []
        for rule, entry in enumerate(ruler.patterns):
            key = strings[str(rule)]
            for pattern in entry["patterns"]:
                if not pattern or any(not isinstance(s, dict) or not s for s in pattern):
                    raise Unsupported(repr(pattern))
                specs.append((rule, key, [[_check(a, v, strings) for a, v in spec.items()]
                                          for spec in pattern]))
        # Doc.to_array columns: the attributes some pattern tests
        used = sorted({c[0] for _, _, checks in specs for token in checks for c in token}
                      | set(_INDEXED), key=_ATTRS.index)
        self.array_ids = [getattr(spacy_attrs, a) for a in used]
        column = {a: i for i, a in enumerate(used)}
        # (rule, match id, each token's tests as (column, operator, argument))
        self.patterns: list[tuple[int, int, list[list[tuple[int, str, Any]]]]] = []
        index: dict[str, dict[int, list[int]]] = {a: {} for a in _INDEXED}
        self.anywhere: list[int] = []
        for rule, key, checks in specs:
            n = len(self.patterns)
            self.patterns.append((rule, key, [[(column[a], op, arg) for a, op, arg in token]
                                              for token in checks]))
            filed = _filed_under(checks[0])
            if filed is None:
                self.anywhere.append(n)
            else:
                for value in filed[1]:
                    index[filed[0]].setdefault(value, []).append(n)
        self.index = [(column[a], index[a]) for a in _INDEXED if index[a]]
        self._regex_cache: dict[tuple[Any, int], bool] = {}

    def _holds(self, row: list[int], tests: list[tuple[int, str, Any]]) -> bool:
        for col, op, arg in tests:
            value = row[col]
            if op == "eq":
                ok = value == arg
            elif op == "in":
                ok = value in arg
            elif op == "not_in":
                ok = value not in arg
            else:
                ok = self._regex_cache.get((arg, value))  # type: ignore[assignment]
                if ok is None:
                    ok = arg.search(self.strings[value]) is not None
                    if len(self._regex_cache) < 100_000:
                        self._regex_cache[arg, value] = ok
            if not ok:
                return False
        return True

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.n_rules:  # rules added since: spaCy's own matcher
            return type(self.ruler).match(self.ruler, doc)  # type: ignore[no-any-return]
        n_tokens = len(doc)
        if not n_tokens:
            return []
        rows = doc.to_array(self.array_ids).tolist()  # rows[i][column]: token i's value
        found: set[tuple[int, int, int, int]] = set()
        for start, row in enumerate(rows):
            candidates = list(self.anywhere)
            for col, index in self.index:
                hit = index.get(row[col])
                if hit:
                    candidates += hit
            for n in candidates:
                rule, key, tokens = self.patterns[n]
                if len(tokens) == 1:
                    if self._holds(row, tokens[0]):
                        found.add((rule, key, start, start + 1))
                elif start + len(tokens) <= n_tokens and all(
                        self._holds(rows[start + k], tests) for k, tests in enumerate(tokens)):
                    found.add((rule, key, start, start + len(tokens)))
        return sorted(found)


def index_attribute_ruler(nlp: Any) -> bool:
    """Give `nlp`'s attribute_ruler an indexed matcher (same output, a fraction of the time);
    False (the ruler untouched) when it has none or its patterns cannot be indexed."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = IndexedRulerMatch(ruler)
    except Unsupported:
        return False
    return True
