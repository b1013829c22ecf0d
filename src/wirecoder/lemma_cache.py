"""A complete cache for spaCy's rule lemmatizer.

`en_core_web_sm`'s lemmatizer caches a token's lemmas by (word, part of speech, morphology),
but only on its last path: base forms ("attack" as a singular noun, "said"'s infinitive) and
proper nouns, most of a news text, are worked out again at every occurrence (a morphology
lookup and a dictionary conversion each), which made the lemmatizer cost ~10 ms per 300-word
article on a busy machine. Its answer depends on nothing but that key (the word's text, its
part of speech and its morphology), so :class:`CachedRuleLemmas` caches every answer under
the lemmatizer's own key: same lemmas, about a third of the time.

`language.load_nlp` installs it; `WIRECODER_LEMMA_CACHE=0` keeps spaCy's own behaviour.
"""

from __future__ import annotations

from typing import Any, Callable

MAX_ENTRIES = 200_000  # distinct (word, POS, morphology) keys kept (~100 MB at most)


class CachedRuleLemmas:
    """Stands in for `Lemmatizer.lemmatize` in "rule" mode: the same lemmas, cached by
    (word, part of speech, morphology) for every token."""

    def __init__(self, rule_lemmatize: Callable[[Any], list[str]]) -> None:
        self.rule_lemmatize = rule_lemmatize
        self.cache: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Any) -> list[str]:
        if not token.pos:  # untagged: spaCy warns (W108) at every call; keep that
            return self.rule_lemmatize(token)
        key = (token.orth, token.pos, token.morph.key)
        forms = self.cache.get(key)
        if forms is None:
            forms = self.rule_lemmatize(token)
            if len(self.cache) < MAX_ENTRIES:
                self.cache[key] = forms
        return forms


def cache_rule_lemmas(nlp: Any) -> bool:
    """Give `nlp`'s rule lemmatizer a complete cache; False (nothing changed) when it has no
    lemmatizer in "rule" mode."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return False
    lemmatizer.lemmatize = CachedRuleLemmas(lemmatizer.rule_lemmatize)
    return True
