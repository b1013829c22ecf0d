"""Place names inside an organisation's name that the text spells out before its acronym:
"Islamic State Khorasan Province (ISKP)", "the Sudan People's Liberation Movement (SPLM)",
"the Kurdistan Region Security Council (KRSC)". The acronym's letters are the initials of a
longer run of words that holds the place name: the name is part of the organisation's,
no place of the story (the tagger often splits such a name into NORP, ORG and GPE)."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_SMALL = frozenset("of the in and for de du des la al el on".split())
_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z-]{1,8})\s*\)")
_MAX_WORDS = 9


def _initials(words: list[str], all_words: bool) -> str:
    return "".join(w[0] for w in words if all_words or w.lower() not in _SMALL).upper()


def inside_acronym_name(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] lies inside a longer name that the acronym in
    parentheses after it spells ("Khorasan Province" in "Islamic State Khorasan Province
    (ISKP)"); a place that is the whole spelled name ("the Central African Republic (CAR)")
    is not inside one."""
    # the capitalised run the name stands in, forward to the parenthesis
    pos = end
    for _ in range(_MAX_WORDS):
        m = re.match(r"\s+([A-Za-z][\w'’.-]*)", text[pos:])
        if not m or not (m.group(1)[0].isupper() or m.group(1).lower() in _SMALL):
            break
        pos += m.end()
    acr = _ACRONYM.match(text, pos)
    if not acr:
        return False
    letters = acr.group(1).replace("-", "").upper()
    words = list(_WORD.finditer(text, max(0, start - 120), pos))
    for k in range(2, min(_MAX_WORDS, len(words)) + 1):
        run = words[-k:]
        if run[0].start() > start or (run[0].start() == start and run[-1].end() <= end) \
                or not run[0].group()[0].isupper():
            continue  # the run must hold the name and more: a longer name than it
        if any(not (w.group()[0].isupper() or w.group().lower() in _SMALL) for w in run):
            break
        texts = [w.group() for w in run]
        if letters in (_initials(texts, False), _initials(texts, True)):
            return True
    return False


# words that make a spelled name a group's, not a province's ("Islamic State Sahel Province")
ORG_WORDS = frozenset("""state islamic front army movement party forces brigade brigades group
liberation resistance council union""".split())


def spelled_org_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ("Islamic State Sahel Province") is itself a group's name the
    acronym in parentheses after it spells, with a word no place name has ("State",
    "Front", "Army"): no province, though it ends in "Province"."""
    acr = _ACRONYM.match(text, end)
    if not acr:
        return False
    words = [w.group() for w in _WORD.finditer(text, start, end)]
    letters = acr.group(1).replace("-", "").upper()
    return any(w.lower() in ORG_WORDS for w in words) and letters in (
        _initials(words, False), _initials(words, True))
