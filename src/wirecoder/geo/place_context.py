"""Whether a name is a place: by what the gazetteer knows of it (`known_place`,
`prominent_place`) and by the words around it (a locative word before it, "the town of",
a place noun after it: "Nad Ali district", "Zabul and Kandahar provinces").
"""

from __future__ import annotations

import re

from .fallback import COMPASS_PART
from .gazetteer import Gazetteer, name_key
from .place_words import GENERIC_WORDS, MIN_GAZ_POPULATION, PLACE_NOUNS, VICINITY


_NOUN_CUE = (r"\b(?:town|village|city|district|province|governorate|region|neighbou?rhood|"
             r"suburb|areas?|capital|camp|port)(?:\s+of)?|\bcapital,")
# the vicinity phrases that end in "of" ("east of", "the outskirts of"), and "the edge of",
# "neighbouring": what follows them is a place (not those that end in "to", "close to": "a
# source close to X" names a person as often as a place)
_VICINITY_CUE = "|".join(sorted((re.escape(v) for v in VICINITY if v.endswith(" of")),
                                key=len, reverse=True)) + r"|edge\s+of|neighbou?ring"
# (a compass word may come between: "in central X", "across northern X"; "marched through X")
_CUE = re.compile(
    r"(?:\b(?:in|near|outside|around|inside|into|across|through|throughout|" + _VICINITY_CUE
    + r")|" + _NOUN_CUE + r")\s+(?:the\s+)?(?:" + COMPASS_PART + r"\s+)?$", re.IGNORECASE)
# a place noun heading an apposition after the name: "X, the capital of Y", "X, the region's
# commercial capital.", "X, a town claimed by Y" (not "X, the city's mayor", "X, a village
# elder", "X, a district commissioner": the noun there modifies a person's title)
_APPOSITION_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:capital|town|city|village|port|"
    r"district|province|region)(?=\s*(?:[,.;:)\n\"”]|$|(?:of|in|on|near|at|and|some|about|"
    r"where|which|that|from|to|with|nearest|[a-z]+ed)\b))")
# "X, in the Y region", "X, in northern Y province": the name set in a named division of
# its country, an apposition only a place takes
_HELD_AFTER = re.compile(
    r",\s+in\s+(?:the\s+)?(?:" + COMPASS_PART + r"\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"\s+(?:region|province|state|district|governorate|department|county)\b")
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


def place_by_context(text: str, start: int, end: int, label: str, gaz: Gazetteer) -> bool:
    """Whether a name the tagger read as no place is one by its context: after a locative
    word, a name the gazetteer knows as an admin area or a town of 1,000+ (not a person's
    possessive: "in Obama's speech", though "the village of Glen Carbon's budget"); before
    a place noun ("Nad Ali district", "Becker and Clay counties"), any such area or town."""
    surface = text[start:end]
    if (_locative_cue(text, start) or _APPOSITION_AFTER.match(text, end)
            or _HELD_AFTER.match(text, end)
            or (label != "ORG" and _possessed_by_place(text, start, gaz))) \
            and not (
            label == "PERSON" and _POSSESSIVE_AFTER.match(text, end)
            and not _PLACE_NOUN_CUE.search(text, max(0, start - 40), start)) \
            and (_PLACE_SUFFIX.search(surface) or known_place(gaz, surface, main_name=(
                label == "ORG" and surface.isupper()))):
        return True
    # the tagger's span must be the whole name: "Zad" in "Now Zad district" is not one
    prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if prev and prev.group(1)[:1].isupper() and prev.group(1).lower() not in GENERIC_WORDS:
        return False
    return bool(place_noun_after(text, start, end) or _LOCAL_DIVISION_AFTER.match(text, end)) \
        and not surface.isupper() and known_place(gaz, surface, 0)


# a local division's noun after a name the gazetteer knows ("Shan state's X township",
# "Ituri province's X territory", "in X upazila"): the name is the place
_LOCAL_DIVISION_AFTER = re.compile(r"\s+(?:township|territory|upazila|commune|woreda|tehsil)\b")


_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:da|de|do|del|al|el)\s+)?[A-Z][\w'’-]*){0,3}"
_CUED = re.compile(
    r"\b(?:town|village|city|hamlet|township|municipality|district|province|governorate|port"
    r"|department|region|county|prefecture|commune)"
    r"\s+of\s+(" + _NAME + ")")
# a plural place noun introduces a list of names ("the provinces of X and Y", "the
# departments of X, Y and Z"): every name of the list
_CUED_PLURAL = re.compile(
    r"\b(?:towns|villages|cities|municipalities|districts|provinces|governorates|departments"
    r"|regions|counties|prefectures|communes)\s+of\s+(" + _NAME + ")")
_LISTED_NAME = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(" + _NAME + ")")


def _listed_after(text: str, end: int) -> list[tuple[int, str]]:
    """The names of a list that goes on at `end` (", Y and Z"), up to the one "and" closes:
    a name after a comma that no later "and" joins is past the list ("the districts of X and
    Y, Somali officials said": not "Somali")."""
    items, closed = [], 0
    while (more := _LISTED_NAME.match(text, end)) is not None:
        items.append((more.start(1), more.group(1)))
        if "and" in text[end:more.start(1)]:
            closed = len(items)
        end = more.end()
    return items[:closed]


# an Arabic article joined to the next word of a name ("Wad al-Noura", "Tal ad-Dahab")
_ARTICLE_AFTER = re.compile(r"\s+(?:al|el|ad|ar|as|ash|at|az|ez|es|ed|en|an|um)-[A-Z]")


def named_by_place_noun(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans of names a place noun introduces ("the town of X", "the village of X Y"), the
    longest run of the name's words the gazetteer knows as a town or an area: the noun says
    the name is a place wherever else the text repeats it ("fled X", "were sent to X"), what
    ever the tagger reads it as there (a person's name, a title)."""
    out = []
    cued = [(m.start(1), m.group(1)) for m in _CUED.finditer(text)]
    for m in _CUED_PLURAL.finditer(text):
        cued.append((m.start(1), m.group(1)))
        cued.extend(_listed_after(text, m.end()))
    for start, name in cued:
        if _ARTICLE_AFTER.match(text, start + len(name)):
            continue  # "the village of Wad al-Noura": not "Wad", a town elsewhere
        words = list(re.finditer(r"\S+", name))
        for n in range(len(words), 0, -1):
            s, e = start, start + words[n - 1].end()
            surface = text[s:e]
            if name_key(surface) in GENERIC_WORDS or name_key(surface) in PLACE_NOUNS:
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
    return m is not None and prominent_place(gaz, m.group(1))


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


def known_place(gaz: Gazetteer, surface: str, min_population: int = 1000,
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


def prominent_place(gaz: Gazetteer, surface: str, min_rank: int = 6) -> bool:
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
