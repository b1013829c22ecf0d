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
from collections.abc import Callable
from typing import Any

from .between_names import named_between
from .capital_names import capital_of_named_country
from .gazetteer import Gazetteer, name_key
from .norp_names import demonym, town_not_people
from .place_context import named_by_place_noun, place_by_context, prominent_place
from .place_words import DIRECTIONS, GENERIC_WORDS, PLACE_NOUNS, VICINITY

PLACE_LABELS = ("GPE", "LOC")
BLOCKING_LABELS = ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW",
                   "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL",
                   "PERCENT")

_MOD_RE = re.compile(
    r"(?:\b(" + "|".join(sorted((re.escape(v) for v in VICINITY), key=len, reverse=True))
    + r")\s+(?:the\s+)?)?(?:\b(" + "|".join(sorted(DIRECTIONS, key=len, reverse=True))
    + r")\s+)?$", re.IGNORECASE)

# a country's possessive before a direction word: "Nigeria's northwestern Zamfara state"
_POSSESSED_DIRECTION = re.compile(r"[A-Z][\w-]*['’]s\s+$")


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
    while end > start and text[end - 1] in " ,;:-–—\"“”)(":
        end -= 1
    m = re.search(r"\s+(?:on|in|at|near|from|to|by|during|after|before)$", text[start:end])
    end = start + m.start() if m and m.start() > 0 else end  # "the Gulf on" (Monday)
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
    if not m.group(1) and _POSSESSED_DIRECTION.search(window[:m.start()]):
        return None  # "Nigeria's northwestern Zamfara state": where the state lies, not a part of it
    words = " ".join(g.lower() for g in (m.group(1), m.group(2)) if g)
    return words[4:] if words.startswith("the ") else words


def find_mentions(text: str, doc: Any, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Place-name mentions in `text` (doc is a spaCy Doc over the same text).

    spaCy GPE/LOC entities; FAC ones the gazetteer knows; country and continent adjectives
    (NORP); and entities the small model mislabels: an ORG/NORP whose whole text is a
    country, admin1 or city of 100,000+ by its main name, or any entity whose text is
    tagged as a place elsewhere in the document ("Alexandria" as PERSON once, GPE twice).
    A one-word PERSON is never a place on the gazetteer's word alone ("Cooper", "Jordan").
    """
    out: list[Mention] = []
    inner: list[Any] = []  # organisation names that may hold a place name
    taken = bytearray(len(text) + 1)  # characters inside any entity that blocks matching
    place_keys = {name_key(e.text) for e in doc.ents if e.label_ in PLACE_LABELS}
    cued = named_by_place_noun(text, gazetteer) + named_between(text, gazetteer) \
        if gazetteer is not None else []
    place_keys |= {name_key(text[s:e]) for s, e in cued}
    # single-case text too short to truecase (`wirecoder.truecase.MIN_LETTERS`): capitals
    # say nothing there, a place entity the gazetteer knows is taken as written
    caseless = not any(c.isupper() for c in text)
    for ent in doc.ents:
        if ent.label_ in BLOCKING_LABELS and not _inside_known_place(doc, ent, place_keys):
            taken[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    for ent in doc.ents:
        label = ent.label_
        start, end = _clean(text, ent.start_char, ent.end_char)
        if gazetteer is not None and label in PLACE_LABELS:
            start, end = _trim_to_name(text, start, end, gazetteer)
        surface = text[start:end]
        if end <= start or not (any(c.isupper() for c in surface) or (
                caseless and label in PLACE_LABELS and gazetteer is not None
                and gazetteer.has_name(surface))):
            continue
        if name_key(surface) in GENERIC_WORDS or name_key(surface) in PLACE_NOUNS:
            continue  # "Centre", "Gulf", "Western", "Provinces": no one place
        if gazetteer is not None and (label != "NORP" or town_not_people(
                text, end, gazetteer, surface)) and label not in PLACE_LABELS \
                and place_by_context(text, start, end, label, gazetteer):
            pass  # "in Palmyra" (PERSON), "the town of Daraa" (ORG), "near T-4 Airport" (FAC),
            # "Nad Ali district" (PERSON)
        elif label in PLACE_LABELS:
            if gazetteer is not None and any(c.isdigit() for c in surface) \
                    and not gazetteer.has_name(surface):
                continue  # "M23", "Route 9": a code the gazetteer does not know is no place
        elif gazetteer is None:
            continue
        elif label == "FAC":
            if not gazetteer.has_name(surface):
                continue
        elif label == "NORP":
            if not (demonym(gazetteer, surface) or prominent_place(gazetteer, surface)
                    or name_key(surface) in place_keys):
                continue
        elif label == "ORG":
            if not (prominent_place(gazetteer, surface) or name_key(surface) in place_keys):
                inner.append(ent)
                continue
        elif label == "PERSON":
            if not (name_key(surface) in place_keys and gazetteer.has_name(surface)) and not (
                    len(ent) > 1 and prominent_place(gazetteer, surface, min_rank=6)) \
                    and not capital_of_named_country(gazetteer, surface, text):
                continue
        else:
            continue
        taken[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
        out.append(Mention(start, end, modifier_before(text, start), "ner", label))
    if gazetteer is not None:
        for ent in inner:
            out.extend(_inside_name(text, ent, gazetteer, place_keys))
        from .dateline_names import dateline_mentions  # (it reads this module's Mention)

        out.extend(dateline_mentions(text, gazetteer, out))
        for s, e in cued:  # "the town of X" where the tagger read "X in" as a title
            if not any(m.start < e and s < m.end for m in out):
                taken[s:e] = b"\x01" * (e - s)
                out.append(Mention(s, e, modifier_before(text, s), "cue", "GPE"))
        out.extend(_gazetteer_mentions(text, doc, gazetteer, taken, accept=lambda surface: (
            prominent_place(gazetteer, surface) or name_key(surface) in place_keys
            and gazetteer.has_name(surface))))
    out.sort(key=lambda m: m.start)
    return out


def _inside_name(text: str, ent: Any, gaz: Gazetteer, place_keys: set[str]) -> list[Mention]:
    """A place named inside an organisation's name: "the Texas Alcoholic Beverage
    Commission", "McMinn County School Board", "the Athens Police Department"."""
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        hit = None
        for n in range(min(4, len(toks) - i), 0, -1):
            run = toks[i:i + n]
            if not all(t.text[:1].isupper() for t in run):
                continue
            s, e = run[0].idx, run[-1].idx + len(run[-1].text)
            surface = text[s:e]
            key = name_key(surface)
            if key in GENERIC_WORDS or len(key) < 3 or (n == len(toks) and i == 0):
                continue
            if key in place_keys or prominent_place(gaz, surface) or (
                    run[-1].lower_ in ("county", "parish") and gaz.has_name(surface)):
                hit = (s, e, n)
                break
        if hit is None:
            i += 1
            continue
        out.append(Mention(hit[0], hit[1], None, "inside", "GPE"))
        i += hit[2]
    return out


_TRIM_HEAD = re.compile(r"^(?:" + "|".join(sorted(DIRECTIONS, key=len, reverse=True))
                        + r")\s+", re.IGNORECASE)
_TRIM_TAIL = re.compile(r"\s+(?:city|state)$", re.IGNORECASE)


def _trim_to_name(text: str, start: int, end: int, gaz: Gazetteer) -> tuple[int, int]:
    """"Northeast Georgia" -> "Georgia", "Fargo City" -> "Fargo", when only the shorter
    form is a known name ("South Africa", "Kansas City" stay whole); the direction word
    stays available as the mention's modifier."""
    surface = text[start:end]
    if gaz.has_name(surface):
        return start, end
    m = _TRIM_HEAD.match(surface)
    if m and gaz.has_name(surface[m.end():]):
        return start + m.end(), end
    m = _TRIM_TAIL.search(surface)
    if m and gaz.has_name(surface[:m.start()]):
        return start, start + m.start()
    return start, end


def local_mentions(text: str, doc: Any, gaz: Gazetteer, known: list[Mention],
                   near: Callable[[Any], bool]) -> list[Mention]:
    """Second pass: capitalised names of smaller places that `near(entry)` accepts (in the
    area the document's resolved places lie in), outside entities and known mentions."""
    taken = bytearray(len(text) + 1)
    for ent in doc.ents:
        if ent.label_ in BLOCKING_LABELS or ent.label_ in PLACE_LABELS:
            taken[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    for m in known:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)

    def accept(surface: str) -> bool:
        key = name_key(surface)
        return any(name_key(e.name) == key and e.population >= 1000 and near(e)
                   for e in gaz.lookup(surface))

    return [Mention(m.start, m.end, m.modifier, "local", m.label)
            for m in _gazetteer_mentions(text, doc, gaz, taken, accept)]


def _inside_known_place(doc: Any, ent: Any, place_keys: set[str]) -> bool:
    """"near Debre Markos" tagged PERSON "Markos": a part of a longer capitalised name the
    document names as a place elsewhere ("the town of Debre Markos") blocks nothing."""
    if ent.label_ not in ("PERSON", "ORG"):
        return False
    lo = next((i for i in range(ent.start - 1, ent.start - 4, -1) if i < 0
               or not (doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN")), ent.start - 4) + 1
    hi = ent.end
    while hi < len(doc) and hi < ent.end + 3 and doc[hi].text[:1].isupper() \
            and doc[hi].pos_ == "PROPN":
        hi += 1
    return (lo, hi) != (ent.start, ent.end) and name_key(doc[lo:hi].text) in place_keys


def _gazetteer_mentions(text: str, doc: Any, gaz: Gazetteer, taken: bytearray,
                        accept: Callable[[str], bool] | None = None) -> list[Mention]:
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
            if name_key(surface) in GENERIC_WORDS or name_key(surface) in PLACE_NOUNS:
                continue
            if n == 1 and (span.start == span.sent.start or len(surface) < 4
                           or surface.isupper()):
                continue
            # the whole capitalised run must be the name: "Washington" in "Washington Drive"
            # or "Lake" in "Elbow Lake" is not one
            if (i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].pos_ == "PROPN") \
                    or (span.end < len(tokens) and tokens[span.end].text[:1].isupper()
                        and tokens[span.end].pos_ == "PROPN"):
                continue
            if (accept(surface) if accept is not None else prominent_place(gaz, surface)):
                best = span
                break
        if best is None:
            i += 1
            continue
        found.append(Mention(best.start_char, best.end_char,
                             modifier_before(text, best.start_char), "gazetteer", "GPE"))
        i = best.end
    return found
