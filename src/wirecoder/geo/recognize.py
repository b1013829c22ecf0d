"""Toponym recognition: where the text names a place.

spaCy's GPE/LOC (and FAC the gazetteer knows) entities, cleaned ("the", possessives), plus
capitalised names the gazetteer knows that spaCy missed, never inside a person or an
organisation name ("Cooper", "al-Sham" in "Hay'at Tahrir al-Sham"). Direction and vicinity
words in front of a name ("southern", "near", "the outskirts of") are kept as the mention's
modifier: they narrow where in the place something happened; they do not move the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .gazetteer import Gazetteer, name_key

PLACE_LABELS = ("GPE", "LOC")
BLOCKING_LABELS = ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW",
                   "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL",
                   "PERCENT")

DIRECTIONS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "central", "northeastern", "northwestern", "southeastern", "southwestern",
              "north-eastern", "north-western", "south-eastern", "south-western",
              "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater",
              "rural", "downtown", "coastal")
VICINITY = ("near", "nearby", "outside", "around", "close to", "outskirts of",
            "the outskirts of", "suburbs of", "the suburbs of", "vicinity of",
            "the vicinity of", "north of", "south of", "east of", "west of", "northeast of",
            "northwest of", "southeast of", "southwest of", "border with", "off the coast of",
            "across")
_MOD_RE = re.compile(
    r"(?:\b(" + "|".join(sorted((re.escape(v) for v in VICINITY), key=len, reverse=True))
    + r")\s+(?:the\s+)?)?(?:\b(" + "|".join(sorted(DIRECTIONS, key=len, reverse=True))
    + r")\s+)?$", re.IGNORECASE)

# words that are capitalised at a sentence start or in titles and are also place names
_COMMON = frozenset("""
a an the this that these those he she it we they i you his her its our their my your
mr mrs ms dr st of in on at by for to from with and or but not no yes all any some
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today tomorrow yesterday
president governor mayor police city county state north south east west new old
university college school hospital church street road avenue center centre park
""".split())

MIN_GAZ_POPULATION = 100_000  # a name spaCy missed must be this big (or an admin area/country)


@dataclass(frozen=True)
class Mention:
    """A recognised place name: characters [start, end) of the text, and its modifier."""

    start: int
    end: int
    modifier: str | None = None
    source: str = "ner"  # ner | gazetteer
    label: str = "GPE"


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and a trailing possessive or punctuation."""
    s = text[start:end]
    m = re.match(r"(?i)the\s+", s)
    if m and len(s) > m.end():
        start += m.end()
    s = text[start:end]
    m = re.search(r"(?:['’]s|['’])$", s)
    if m and m.start() > 0:
        end = start + m.start()
    while end > start and text[end - 1] in " .,;:-–—\"“”)(":
        end -= 1
    while start < end and text[start] in " \"“”(-–—":
        start += 1
    return start, end


def modifier_before(text: str, start: int) -> str | None:
    """The direction/vicinity words just before a name ("southern", "near", ...), if any."""
    window = text[max(0, start - 40):start]
    window = re.sub(r"(?i)\bthe\s*$", "", window)
    m = _MOD_RE.search(window)
    if not m or not (m.group(1) or m.group(2)):
        return None
    words = " ".join(g.lower() for g in (m.group(1), m.group(2)) if g)
    return words[4:] if words.startswith("the ") else words


def find_mentions(text: str, doc: Any, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Place-name mentions in `text` (doc is a spaCy Doc over the same text)."""
    out: list[Mention] = []
    taken = bytearray(len(text) + 1)  # characters inside any entity that blocks matching
    for ent in doc.ents:
        if ent.label_ in BLOCKING_LABELS:
            taken[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    for ent in doc.ents:
        label = ent.label_
        if label not in PLACE_LABELS and label not in ("FAC", "NORP"):
            continue
        start, end = _clean(text, ent.start_char, ent.end_char)
        if end <= start or not any(c.isupper() for c in text[start:end]):
            continue
        if label == "FAC" and (gazetteer is None or not gazetteer.has_name(text[start:end])):
            continue
        if label == "NORP" and (gazetteer is None or not _demonym(gazetteer, text[start:end])):
            continue
        taken[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
        out.append(Mention(start, end, modifier_before(text, start), "ner", label))
    if gazetteer is not None:
        out.extend(_gazetteer_mentions(text, doc, gazetteer, taken))
    out.sort(key=lambda m: m.start)
    return out


def _demonym(gaz: Gazetteer, surface: str) -> bool:
    """A country or continent adjective ("Syrian", "European"): a place reference by the
    convention of LGL, GeoWebNews and TR-News; the event stage does not use it as a location."""
    return any(e.feature_code in ("PCLI", "PCLD", "PCLS", "CONT") for e in gaz.lookup(surface))


def _gazetteer_mentions(text: str, doc: Any, gaz: Gazetteer, taken: bytearray) -> list[Mention]:
    """Capitalised token runs the gazetteer knows as a country, admin area or big city."""
    found: list[Mention] = []
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if taken[tok.idx] or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN",):
            i += 1
            continue
        best = None
        for n in range(min(4, len(tokens) - i), 0, -1):
            span = doc[i:i + n]
            if any(taken[t.idx] for t in span) or not all(
                    t.text[:1].isupper() or t.text.lower() in ("of", "de", "al") for t in span):
                continue
            if span[-1].text.lower() in ("of", "de", "al"):
                continue
            surface = span.text
            if name_key(surface) in _COMMON:
                continue
            if span.start == span.sent.start and n == 1 and tok.pos_ != "PROPN":
                continue
            entries = gaz.lookup(surface)
            if any(e.rank >= 6 or e.population >= MIN_GAZ_POPULATION for e in entries):
                best = span
                break
        if best is None:
            i += 1
            continue
        found.append(Mention(best.start_char, best.end_char,
                             modifier_before(text, best.start_char), "gazetteer", "GPE"))
        i = best.end
    return found
