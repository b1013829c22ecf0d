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

# a country's possessive before a direction word: "Nigeria's northwestern Zamfara state"
_POSSESSED_DIRECTION = re.compile(r"[A-Z][\w-]*['’]s\s+$")

# words that are capitalised at a sentence start or in titles and are also place names
_COMMON = frozenset("""
a an the this that these those he she it we they i you his her its our their my your
mr mrs ms dr st of in on at by for to from with and or but not no yes all any some
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today tomorrow yesterday
president governor mayor police city county state north south east west new old
university college school hospital church street road avenue center centre park
crescent terrace lane drive boulevard plaza square
central capital coast coastal island islands lake river valley gulf bay mountain mountains
national federal united union republic international royal grand great high middle upper
lower northern southern eastern western northeast northwest southeast southwest
command ministry department office army navy force forces
atlantic pacific arctic mediterranean ocean sea
""".split()) | frozenset(DIRECTIONS)
GENERIC_WORDS = _COMMON  # words that name no one place on their own
# a place noun, singular or plural, is no place by itself ("the southern Provinces of
# Helmand and Kandahar"); after a name it says what kind of place the name is
PLACE_NOUNS = {
    "province": "province", "provinces": "province", "district": "district",
    "districts": "district", "governorate": "governorate", "governorates": "governorate",
    "region": "region", "regions": "region", "county": "county", "counties": "county",
    "municipality": "municipality", "municipalities": "municipality",
    "prefecture": "prefecture", "prefectures": "prefecture", "oblast": "oblast",
    "oblasts": "oblast", "city": "city", "cities": "city", "town": "town", "towns": "town",
    "village": "village", "villages": "village", "states": "state", "territories": "territory",
    "areas": "area",  # only after coordinated names: "the Kismayo and Jilib areas"
}

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
        if name_key(surface) in _COMMON or name_key(surface) in PLACE_NOUNS:
            continue  # "Centre", "Gulf", "Western", "Provinces": no one place
        if gazetteer is not None and (label != "NORP" or town_not_people(
                text, end, gazetteer, surface)) and label not in PLACE_LABELS \
                and _place_by_context(text, start, end, label, gazetteer):
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
            if not (demonym(gazetteer, surface) or _prominent(gazetteer, surface)
                    or name_key(surface) in place_keys):
                continue
        elif label == "ORG":
            if not (_prominent(gazetteer, surface) or name_key(surface) in place_keys):
                inner.append(ent)
                continue
        elif label == "PERSON":
            if not (name_key(surface) in place_keys and gazetteer.has_name(surface)) and not (
                    len(ent) > 1 and _prominent(gazetteer, surface, min_rank=6)) \
                    and not capital_of_named_country(gazetteer, surface, text):
                continue
        else:
            continue
        taken[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
        out.append(Mention(start, end, modifier_before(text, start), "ner", label))
    if gazetteer is not None:
        for ent in inner:
            out.extend(_inside_name(text, ent, gazetteer, place_keys))
        from .dateline_names import dateline_mentions  # (it reads this module's words)

        out.extend(dateline_mentions(text, gazetteer, out))
        for s, e in cued:  # "the town of X" where the tagger read "X in" as a title
            if not any(m.start < e and s < m.end for m in out):
                taken[s:e] = b"\x01" * (e - s)
                out.append(Mention(s, e, modifier_before(text, s), "cue", "GPE"))
        out.extend(_gazetteer_mentions(text, doc, gazetteer, taken, accept=lambda surface: (
            _prominent(gazetteer, surface) or name_key(surface) in place_keys
            and gazetteer.has_name(surface))))
    out.sort(key=lambda m: m.start)
    return out


_NOUN_CUE = (r"\b(?:town|village|city|district|province|governorate|region|neighbou?rhood|"
             r"suburb|area|capital|camp|port)(?:\s+of)?|\bcapital,")
_CUE = re.compile(
    r"(?:\b(?:in|near|outside|around|inside|into|across|throughout)|" + _NOUN_CUE
    + r")\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_NOUN_CUE = re.compile(r"(?:" + _NOUN_CUE + r")\s+(?:the\s+)?$", re.IGNORECASE)
# "in Kenya's Garissa": a place's possessive between the locative word and the name
_CUE_POSSESSIVE = re.compile(
    r"\b(?:in|near|outside|around|inside|into|across|throughout)\s+(?:the\s+)?"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+$")
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|\s)")
# a place noun after the name, or after the last of coordinated names ("Nad Ali district",
# "Zabul and Kandahar provinces", "Balkh, Kunduz and Herat provinces")
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_PLURALS = "|".join(sorted((k for k, v in PLACE_NOUNS.items() if k != v), key=len,
                          reverse=True))
_NOUN_AFTER = re.compile(
    r"\s+(" + "|".join(sorted((k for k, v in PLACE_NOUNS.items() if k == v), key=len,
                              reverse=True)) + r")\b"
    r"|(?:\s*,\s*" + _NAME + r")*\s*,?\s+(?:and|or|&)\s+" + _NAME + r"\s+(" + _PLURALS
    + r")\b")
# "the Provinces of Helmand and Kandahar", "the districts of Nawa, Garmsir and Marjah"
_NOUN_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(PLACE_NOUNS, key=len, reverse=True)) + r")\s+of\s+(?:the\s+)?"
    r"(?:" + _NAME + r"\s*(?:,|,?\s+(?:and|or|&))\s+)*$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w'’-]+) +$")
_PLURAL_AFTER = re.compile(r"\s+(" + _PLURALS + r")\b")
_CONJUNCT_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*(?:,|,?\s+(?:and|or|&))\s+$")
_PLACE_SUFFIX = re.compile(
    r"\s(?:Governorate|Province|District|Airport|Airbase|Air\s+Base|Street|Suburb|"
    r"Neighbou?rhood|Camp|Village|Square|Region|Valley|Hill|Mountains?|Plain)$")


def _place_by_context(text: str, start: int, end: int, label: str, gaz: Gazetteer) -> bool:
    """Whether a name the tagger read as no place is one by its context: after a locative
    word, a name the gazetteer knows as an admin area or a town of 1,000+ (not a person's
    possessive: "in Obama's speech", though "the village of Glen Carbon's budget"); before
    a place noun ("Nad Ali district", "Becker and Clay counties"), any such area or town."""
    surface = text[start:end]
    if (_locative_cue(text, start) or (label != "ORG" and _possessed_by_place(text, start, gaz))) \
            and not (
            label == "PERSON" and _POSSESSIVE_AFTER.match(text, end)
            and not _PLACE_NOUN_CUE.search(text, max(0, start - 40), start)) \
            and (_PLACE_SUFFIX.search(surface) or _known_place(gaz, surface, main_name=(
                label == "ORG" and surface.isupper()))):
        return True
    # the tagger's span must be the whole name: "Zad" in "Now Zad district" is not one
    prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if prev and prev.group(1)[:1].isupper() and prev.group(1).lower() not in _COMMON:
        return False
    return bool(place_noun_after(text, start, end) or _LOCAL_DIVISION_AFTER.match(text, end)) \
        and not surface.isupper() and _known_place(gaz, surface, 0)


# a local division's noun after a name the gazetteer knows ("Shan state's X township",
# "Ituri province's X territory", "in X upazila"): the name is the place
_LOCAL_DIVISION_AFTER = re.compile(r"\s+(?:township|territory|upazila|commune|woreda|tehsil)\b")


_CUED = re.compile(
    r"\b(?:town|village|city|hamlet|township|municipality|district|province|governorate|port)"
    r"\s+of\s+([A-Z][\w'’-]*(?:\s+(?:(?:da|de|do|del|al|el)\s+)?[A-Z][\w'’-]*){0,3})")


# an Arabic article joined to the next word of a name ("Wad al-Noura", "Tal ad-Dahab")
_ARTICLE_AFTER = re.compile(r"\s+(?:al|el|ad|ar|as|ash|at|az|ez|es|ed|en|an|um)-[A-Z]")


def named_by_place_noun(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans of names a place noun introduces ("the town of X", "the village of X Y"), the
    longest run of the name's words the gazetteer knows as a town or an area: the noun says
    the name is a place wherever else the text repeats it ("fled X", "were sent to X"), what
    ever the tagger reads it as there (a person's name, a title)."""
    out = []
    for m in _CUED.finditer(text):
        if _ARTICLE_AFTER.match(text, m.end(1)):
            continue  # "the village of Wad al-Noura": not "Wad", a town elsewhere
        words = list(re.finditer(r"\S+", m.group(1)))
        for n in range(len(words), 0, -1):
            s, e = m.start(1), m.start(1) + words[n - 1].end()
            surface = text[s:e]
            if name_key(surface) in _COMMON or name_key(surface) in PLACE_NOUNS:
                continue
            if any(x.feature_class in ("P", "A") and (
                    name_key(x.name) == name_key(surface) or x.population >= 1000)
                   for x in gaz.lookup(surface)):
                out.append((s, e))
                break
    return out


def _locative_cue(text: str, start: int) -> bool:
    """Whether a locative word comes right before `start` ("in", "near", "the town of")."""
    return bool(_CUE.search(text[max(0, start - 40):start]))


def _possessed_by_place(text: str, start: int, gaz: Gazetteer) -> bool:
    """Whether a locative word and a country's, admin area's or city's possessive come right
    before `start` ("in Kenya's Garissa"; an organisation there is the country's: "in
    China's Xinhua report", left to the caller)."""
    m = _CUE_POSSESSIVE.search(text[max(0, start - 60):start])
    return m is not None and _prominent(gaz, m.group(1))


def place_noun_after(text: str, start: int, end: int) -> str | None:
    """The lower-case place noun (singular) that follows the name ending at `end`: singular
    right after it ("Nad Ali district"), plural after names coordinated with it ("Zabul and
    Kandahar provinces": "province" for both; "Farah and Herat province" says nothing of
    Farah). A plural after one name says a kind, not a place ("GTA cities", "TIF
    districts")."""
    m = _NOUN_AFTER.match(text, end)
    if m:
        return PLACE_NOUNS[m.group(1) or m.group(2)]
    m = _PLURAL_AFTER.match(text, end)  # the last of the coordinated names
    if m and _CONJUNCT_BEFORE.search(text, max(0, start - 60), start):
        return PLACE_NOUNS[m.group(1)]
    return None


def place_noun_before(text: str, start: int) -> str | None:
    """The place noun (singular) of "the <noun> of" before the name starting at `start`, or
    before the names coordinated with it: "the Provinces of Helmand and Kandahar" (each a
    province), "the district of Nawa" (a singular noun: the first name only)."""
    m = _NOUN_BEFORE.search(text, max(0, start - 120), start)
    if not m:
        return None
    noun = m.group(1).lower()
    if noun == PLACE_NOUNS.get(noun) and text[m.end(1):start].strip() != "of":
        return None  # "the district of Nawa and Marjah": Marjah is not said to be one
    return PLACE_NOUNS.get(noun)


def _known_place(gaz: Gazetteer, surface: str, min_population: int = 1000,
                 main_name: bool = False) -> bool:
    """A town of `min_population`+ or an admin area the gazetteer knows by this main or
    alternate name; with `main_name`, by its main name only, with or without a place noun
    ("Wajir" for "Wajir County", "San Miguel Department"): an upper-case name the tagger
    reads as an organisation ("KTN") is no place because some town has it as another name
    (a town's other spellings in mixed case stay places); nor because a town below
    MIN_GAZ_POPULATION is written so in mixed case ("NATO": Nato, a village in the
    Philippines), as the resolver reads such an acronym too."""
    key = name_key(surface)
    acronym = main_name and surface.isupper()
    return any((e.feature_class == "A" or e.population >= max(1, min_population)
                or (e.feature_class == "P" and e.population >= min_population))
               and (not main_name or name_key(e.name) == key or (e.feature_class == "A" and (
                   name_key(e.name).startswith(key + " ")
                   or key.startswith(name_key(e.name) + " "))))
               and not (acronym and e.feature_class == "P" and not e.name.isupper()
                        and e.population < MIN_GAZ_POPULATION)
               for e in gaz.lookup(surface)) and len(surface.split()) <= 4


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
            if key in _COMMON or len(key) < 3 or (n == len(toks) and i == 0):
                continue
            if key in place_keys or _prominent(gaz, surface) or (
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


def _prominent(gaz: Gazetteer, surface: str, min_rank: int = 6) -> bool:
    """Whether the text is the main name of a country/admin1 (or a city of 100,000+); an
    upper-case short form of a country or continent counts ("EU", "US", "UAE")."""
    key = name_key(surface)
    acronym = surface.isupper() and len(key) >= 2
    for e in gaz.lookup(surface):
        if name_key(e.name) != key and not (e.rank >= 8 and (len(key) > 3 or acronym)):
            continue
        if e.rank >= min_rank or (min_rank <= 6 and e.feature_class == "P"
                                  and e.population >= MIN_GAZ_POPULATION):
            return True
    return False


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
            if name_key(surface) in _COMMON or name_key(surface) in PLACE_NOUNS:
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
            if (accept(surface) if accept is not None else _prominent(gaz, surface)):
                best = span
                break
        if best is None:
            i += 1
            continue
        found.append(Mention(best.start_char, best.end_char,
                             modifier_before(text, best.start_char), "gazetteer", "GPE"))
        i = best.end
    return found
