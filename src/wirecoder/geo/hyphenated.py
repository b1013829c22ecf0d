"""Hyphenated place names ("Croix-des-Bouquets", "Aix-en-Provence", "Stratford-upon-Avon"):
the tokenizer splits them at the hyphens and the tagger then reads the first part alone, as a
person or an organisation, or nothing at all. A hyphenated run of words that starts with a
capital and that the gazetteer knows whole is one place name, however it was tagged.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .name_candidates import ARABIC_ARTICLES
from .recognize import Mention, modifier_before

# the Arabic article before a hyphen: name_candidates.ARABIC_ARTICLES and hyphen-only forms
_ARTICLE = re.compile(r"(?i)(?:" + "|".join(ARABIC_ARTICLES + ("ath", "ad-d", "ar-r")) + ")-")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_HYPHENATED = re.compile(r"(?<![\w'’-])[A-Z][\w'’]+(?:-[\w'’]+){1,4}(?![\w-])")


def hyphenated_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """`mentions` with each hyphenated name the gazetteer knows as one mention: the
    mentions of its parts give way to it, and one is added where it had none."""
    whole: list[Mention] = []
    for m in _HYPHENATED.finditer(text):
        surface = m.group(0)
        if _ARTICLE.match(surface) or _NAME_BEFORE.search(text, 0, m.start()) \
                or not gaz.has_name(surface):
            continue  # "Al-Bab" (recognition reads the article itself), "Tariq Al-Bab",
            # "Fateh Al-Sham": part of a longer name
        whole.append(Mention(m.start(), m.end(), modifier_before(text, m.start()), "gazetteer",
                             "GPE"))
    return whole_names_first(mentions, whole)


def whole_names_first(mentions: list[Mention], whole: list[Mention]) -> list[Mention]:
    """`mentions` with the mentions of a whole name's parts giving way to it, and the whole
    added where no kept mention overlaps it (an organisation's spelled name stays as it is)."""
    if not whole:
        return mentions
    kept = [m for m in mentions if not any(w.start <= m.start and m.end <= w.end
                                           and (m.start, m.end) != (w.start, w.end)
                                           for w in whole)]
    added = [w for w in whole if not any(m.start < w.end and w.start < m.end for m in kept)]
    return sorted(kept + added, key=lambda m: m.start)
