"""Truecasing single-case text (ALL CAPS wire copy, all-lowercase corpora) for parsing.

spaCy's English models rely on capitals to find names: on "FMLN GUERRILLAS ATTACKED SAN
SALVADOR" or "fmln guerrillas attacked san salvador" they find no entities and parse badly.
`truecase(text)` returns a copy of the *same length* (character for character) with
sentence-initial capitals, "I", month and weekday names, place names the gazetteer knows,
country names/demonyms/capitals and aliases from the actor KB, words that are not English
(not in spaCy's lemma tables, inflections and prefixes included: "cristiani", "usulutan")
capitalised, and KB acronyms ("FMLN", "U.S.") in upper case; everything else lower case.
Casing is per character (a letter whose other case has another length, 'ß' or 'İ', is kept). Offsets into the copy are offsets into the original,
so spaCy's `token.idx`/`ent.start_char` stay valid against `document.text`.

`needs_truecase(text)` says whether a text is single-case enough to need it; mixed-case text
is never touched. Lookups are set/dict lookups per word n-gram (up to `MAX_NGRAM` words);
the word lists load once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

MIN_LETTERS = 12  # fewer cased letters than this ("NATO SUMMIT"): too short to judge, left alone
UPPER_SHARE = 0.80  # more upper case than this share of cased letters: ALL CAPS text
LOWER_SHARE = 0.004  # less upper case than this share: all-lowercase text (news: >= 0.5%)
MAX_NGRAM = 6  # longest name looked up, in words
PROMINENT_CODES = {"PCLI", "PCLD", "PCLS", "ADM1", "PPLC", "CONT", "RGN", "OCN", "SEA"}
PROMINENT_POPULATION = 1_000_000

MONTHS = ("january february april june july august september october november december").split()
AMBIGUOUS_MONTHS = {"may", "march"}  # capitalised only beside a number or after "in"/"of"...
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
TITLES = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
          "maj", "cmdr", "adm", "prof", "st", "ft", "mt"}  # capitalised before a dot
PARTICLES = {"de", "del", "la", "las", "los", "el", "y", "of", "the", "and", "da", "do", "dos",
             "das", "di", "du", "le", "van", "von", "der", "den", "al", "bin", "ibn", "e",
             "en", "for", "on", "in", "at", "to", "a"}
# KB acronyms that are also everyday words (on top of actors' COMMON_WORDS)
AMBIGUOUS_ACRONYMS = {"arena", "let", "raw", "ice", "gnu", "eta", "aah", "sana", "xi", "mod",
                      "fan", "car", "who", "us", "it", "am", "pm", "ok", "tv", "id", "ad",
                      "no", "so", "he", "me", "we", "be", "do", "go", "or", "an", "as", "at",
                      "by", "if", "in", "is", "my", "of", "on", "to", "up", "hi", "oh"}
PREFIXES = ("anti", "counter", "non", "pre", "post", "re", "un", "over", "under", "inter",
            "multi", "semi", "sub", "super", "ex", "co", "self", "mid", "pro", "out", "mis",
            "dis", "para", "pseudo", "ultra", "neo", "trans", "extra", "in", "im", "il", "ir")
# words that, with place words, make phrases that name no one place ("eastern region")
GENERIC_PLACE = {"region", "province", "district", "department", "state", "territory", "area",
                 "zone", "municipality", "county", "city", "town", "village", "capital",
                 "country", "division", "sector", "border", "frontier", "highway", "mass"}
MONTH_CONTEXT = {"in", "of", "since", "until", "till", "early", "late", "mid", "last", "next",
                 "this", "during", "by", "from", "through", "before", "after"}

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_JOIN_RE = re.compile(r"[ \t]{1,3}|[ \t]?-[ \t]?|\n")  # what may sit between words of a name
_SENT_END_RE = re.compile(r"[.!?:][\"'”’)\]]*\s+[\"'“‘(\[]*$|\n\s*\n\s*[\"'“‘(\[]*$")
_TEXT_START_RE = re.compile(r"\s*[\"'“‘(\[]*")
_NUM_RE = re.compile(r"\d")
_DOTTED_RE = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")  # "u.s.", "u.n."


def letter_case_share(text: str) -> tuple[int, float]:
    """(number of cased letters, share of them upper case)."""
    upper = lower = 0
    for ch in text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    total = upper + lower
    return total, (upper / total if total else 0.0)


def needs_truecase(text: str) -> bool:
    """True when the text is (mostly) single-case: ALL CAPS or all lower case."""
    total, share = letter_case_share(text)
    return total >= MIN_LETTERS and (share > UPPER_SHARE or share < LOWER_SHARE)


def _lower(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def _upper(ch: str) -> str:
    up = ch.upper()
    return up if len(up) == 1 else ch


class Lexicon:
    """The word lists truecasing consults (English words, stop words, names, acronyms)."""

    def __init__(self, english: set[str], rules: list[tuple[str, str]], stop: set[str],
                 names: dict[str, str], acronyms: set[str], gazetteer: Any = None) -> None:
        self.english = english  # lower-case English lemmas (WordNet index of spaCy's model)
        self.rules = rules  # inflection suffix rules (old, new)
        self.stop = stop
        self.names = names  # key -> "country" | "alias": KB names (countries, demonyms, aliases)
        self.acronyms = acronyms  # KB acronyms (keys) written in capitals
        self.gazetteer = gazetteer
        self.dotted: set[str] = set()  # KB keys written as dotted initials ("u.s." -> "us")
        self._english_cache: dict[str, bool] = {}
        self._place_cache: dict[str, int] = {}

    def is_english(self, word: str) -> bool:
        """A common English word (or an inflection of one)."""
        hit = self._english_cache.get(word)
        if hit is None:
            w = word.replace("’", "'")
            if w.endswith("'s"):
                w = w[:-2]
            hit = self._english(w) or any(
                w.startswith(p) and len(w) > len(p) + 3 and self._english(w[len(p):].lstrip("-"))
                for p in PREFIXES)
            if len(self._english_cache) > 100_000:
                self._english_cache.clear()
            self._english_cache[word] = hit
        return hit

    def _english(self, w: str) -> bool:
        return w in self.english or any(
            w.endswith(old) and len(w) > len(old) + 1 and w[:len(w) - len(old)] + new
            in self.english for old, new in self.rules)

    def place(self, phrase: str) -> int:
        """0: no place of this name; 1: a place; 2: a prominent place (country, admin1,
        capital, region, or a city of a million)."""
        if self.gazetteer is None:
            return 0
        hit = self._place_cache.get(phrase)
        if hit is None:
            try:
                entries = self.gazetteer.lookup(phrase)
            except Exception:  # noqa: BLE001 - a broken gazetteer must not stop parsing
                entries = ()
            hit = 0
            if entries:
                from .geo.gazetteer import name_key

                # prominent under its own name ("Lima"), not an alias ("mass": Massachusetts)
                hit = 2 if any((e.feature_code in PROMINENT_CODES
                                or e.population >= PROMINENT_POPULATION)
                               and name_key(e.name) == name_key(phrase)
                               for e in entries) else 1
            if len(self._place_cache) > 200_000:
                self._place_cache.clear()
            self._place_cache[phrase] = hit
        return hit


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Word lists from spaCy's model (English lemmas, stop words), the actor KB and the
    gazetteer; built once per process. A missing KB or gazetteer just means fewer names."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .language import lemma_table

    english: set[str] = set()
    rules: list[tuple[str, str]] = []
    for words in lemma_table("lemma_index").values():  # (a model without tables: no list)
        english.update(words)
    for exc in lemma_table("lemma_exc").values():
        english.update(exc)
    for pos_rules in lemma_table("lemma_rules").values():
        rules.extend((old, new) for old, new in pos_rules if old)
    rules = sorted(set(rules), key=lambda r: -len(r[0]))
    stop = {w.lower() for w in STOP_WORDS}
    names: dict[str, str] = {}
    acronyms: set[str] = set()
    dotted: set[str] = set()
    try:
        from .actors import default_kb
        from .actors.candidates import COMMON_WORDS

        kb = default_kb()
        for key in kb.countries:
            # demonyms ("American") and country names are capitalised, but not a short
            # form of three letters or less ("car": Central African Republic, "us")
            form = kb.country_forms.get(key)
            names[key] = "demonym" if form in ("demonym", "people") else "country"
        for key in kb.case_free:
            names.setdefault(key, "alias")
        for key, forms in kb.case_sensitive.items():
            if " " not in key and 2 <= len(key) <= 5 and any(f.isupper() for f in forms):
                dotted.add(key)
            if key in kb.case_free or " " in key or not 2 <= len(key) <= 5:
                continue
            if key in COMMON_WORDS or key in AMBIGUOUS_ACRONYMS or key in stop:
                continue
            if any(f.isupper() and f.isalpha() and len(f) == len(key) for f in forms):
                acronyms.add(key)
    except Exception:  # noqa: BLE001 - no KB: no KB names
        pass
    gazetteer = None
    try:
        from .geo import default_gazetteer

        gazetteer = default_gazetteer()
    except Exception:  # noqa: BLE001 - no gazetteer: no place names
        pass
    lexicon = Lexicon(english, rules, stop, names, acronyms, gazetteer)
    lexicon.dotted = dotted
    return lexicon


def _key(phrase: str) -> str:
    phrase = re.sub(r"['’]s$", "", phrase)
    return re.sub(r"[\s\-]+", " ", phrase.replace("’", "").replace("'", "")).strip()


def truecase(text: str, lexicon: Lexicon | None = None, unknown_words: bool = True) -> str:
    """A same-length copy of `text` with English capitalisation restored (see the module
    docstring); `text` itself when any character's case change would change the length.
    `unknown_words`: also capitalise words that are neither English words (spaCy's lemma
    tables, with inflections and prefixes) nor stop words: most are names ("cristiani")."""
    lex = lexicon or default_lexicon()
    generic_words = _generic_place_words()
    chars = [_lower(c) for c in text]
    low = "".join(chars)
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(low)]
    n = len(words)
    # upper: index -> "first" (capitalise the first letter of each word) | "all"
    style: list[str | None] = [None] * n

    def joined(i: int, j: int) -> str | None:
        """The phrase of words i..j-1, if only name-internal gaps separate them."""
        for k in range(i, j - 1):
            if not _JOIN_RE.fullmatch(low[words[k][1]:words[k + 1][0]]):
                return None
        return low[words[i][0]:words[j - 1][1]]

    i = 0
    while i < n:
        w = words[i][2]
        matched = 0
        if w not in lex.stop or w in ("el", "la", "los", "las", "san", "santa"):
            for j in range(min(n, i + MAX_NGRAM), i + 1, -1):
                if words[j - 1][2] in PARTICLES:
                    continue
                phrase = joined(i, j)
                if phrase is None:
                    continue
                key = _key(phrase)
                common = all(lex.is_english(x[2]) or x[2] in lex.stop
                             for x in words[i:j])
                kind = lex.names.get(key)
                place = lex.place(key)
                generic = all(x[2] in lex.stop or x[2] in generic_words
                              for x in words[i:j])
                if not generic and (kind in ("country", "demonym") or place == 2 or (
                        not common and (kind or place)) or (kind == "alias" and j - i >= 2)):
                    matched = j - i
                    break
        if matched:
            for k in range(i, i + matched):
                if k == i or words[k][2] not in PARTICLES:
                    style[k] = "all" if _key(words[k][2]) in lex.acronyms else "first"
            i += matched
            continue
        if _key(w) in lex.acronyms:
            style[i] = "all"
        elif w == "i" or w in WEEKDAYS or w in MONTHS:
            style[i] = "first"
        elif w in AMBIGUOUS_MONTHS:
            prev_gap = low[words[i - 1][1]:words[i][0]] if i else ""
            after = low[words[i][1]:words[i][1] + 3]
            before = low[max(0, words[i][0] - 4):words[i][0]]
            if _NUM_RE.search(after) or _NUM_RE.search(before) or (
                    i and words[i - 1][2] in MONTH_CONTEXT and prev_gap.strip() == ""):
                style[i] = "first"
        elif w in TITLES and low[words[i][1]:words[i][1] + 1] == ".":
            style[i] = "first"
        else:
            key = _key(w)
            kind = lex.names.get(key)
            if w in lex.stop or len(w) < 2 or w in generic_words:
                pass
            elif kind == "demonym" or (kind == "country" and len(key) > 3) or (
                    kind and not lex.is_english(key)) or \
                    lex.place(key) == 2 or (lex.place(key) == 1 and not lex.is_english(key)):
                style[i] = "first"
            elif unknown_words and len(key) >= 4 and not lex.is_english(key):
                style[i] = "first"  # not an English word: most likely a name
        i += 1
    # sentence-initial words
    for k, (start, _end, _w) in enumerate(words):
        if style[k] is None:
            prev = low[words[k - 1][1]:start] if k else low[:start]
            after_abbrev = k > 0 and (len(words[k - 1][2]) == 1 or words[k - 1][2] in TITLES)
            if (k == 0 and _TEXT_START_RE.fullmatch(prev)) or (
                    not after_abbrev and _SENT_END_RE.search(prev)):
                style[k] = "first"
    for k, (start, end, _w) in enumerate(words):
        if style[k] == "first":
            chars[start] = _upper(chars[start])
            # "d'Aubuisson", "O'Neill": the letter after an apostrophe of a 1-letter prefix
            if end - start > 3 and chars[start + 1] in "'’":
                chars[start + 2] = _upper(chars[start + 2])
        elif style[k] == "all":
            for p in range(start, end):
                if chars[p] in "'’":
                    break  # "FMLN's"
                chars[p] = _upper(chars[p])
    for m in _DOTTED_RE.finditer(low):
        if m.group(0).replace(".", "") in lex.dotted:
            for p in range(m.start(), m.end()):
                chars[p] = _upper(chars[p])
    out = "".join(chars)
    return out if len(out) == len(text) else text


@lru_cache(maxsize=1)
def _generic_place_words() -> frozenset[str]:
    """Words that name no one place on their own: GENERIC_PLACE and the recognizer's
    ("central", "northern", "capital" ...)."""
    try:
        from .geo.place_words import GENERIC_WORDS

        return frozenset(GENERIC_PLACE) | GENERIC_WORDS
    except Exception:  # noqa: BLE001
        return frozenset(GENERIC_PLACE)
