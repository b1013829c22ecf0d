"""Place names recognition reads in part. Names joined by a lower-case particle ("Gracias a
Dios", "Maguindanao del Sur", "Norte de Santander", "Ciudad del Este", "Bay of Bengal"): the
tagger reads only one of the capitalised parts as a place ("Gracias", a town elsewhere; "Sur"
as "Sur province") or none. A run of capitalised words joined by such particles that the
gazetteer knows whole, by its main name, is one place name, however it was tagged; the
mentions of its parts give way to it (the rule of `hyphenated`). So is a possessive name of a
natural feature ("St Martin's Island"), known or not. And an area named inside what the
tagger reads as an organisation ("Cameroon's Anglophone North-West region":
`area_in_entity`).
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, name_key
from .hyphenated import whole_names_first
from .recognize import Mention, modifier_before

# Romance-language particles of place names (English "of" is left to recognition:
# "Bay of Bengal", "Gulf of Aden" are tagged whole)
_PARTICLE = r"(?:of|de|del|de la|de las|de los|do|da|dos|das|di|du|des|a|al|en|y|la|el)"
_WORD = r"[A-Z][\w'’]+"
_RUN = re.compile(r"(?<![\w'’-])" + _WORD + r"(?:\s+" + _WORD + r")*(?:\s+" + _PARTICLE
                  + r"\s+" + _WORD + r"(?:\s+" + _WORD + r")*)+(?![\w'’-])")
_WORDS = re.compile(r"\S+")
_PARTICLES = frozenset(("of", "de", "del", "la", "las", "los", "do", "da", "dos", "das", "di",
                        "du", "des", "a", "al", "en", "y", "el"))
# "St Martin's Island", "St Mary's Bay": a possessive name of a natural feature, whose first
# part alone ("St Martin") is another place (a parish of Jersey)
_POSSESSIVE_FEATURE = re.compile(r"(?<![\w'’-])(" + _WORD + r"(?:\s+" + _WORD + r")*)['’]s\s+"
                                 r"(?:Island|Islands|Isle|Bay|Point|Reef|Shoal|Cape)\b")


def _whole_name(gaz: Gazetteer, surface: str) -> bool:
    """The gazetteer knows the text as a place's own (main) name."""
    key = name_key(surface)
    return any(name_key(e.name) == key for e in gaz.lookup(surface))


def _longest_known(text: str, start: int, end: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The longest stretch of the run (whole words, a particle inside it, starting and ending
    on a capitalised word) that the gazetteer knows by its main name."""
    words = [(m.start() + start, m.end() + start) for m in _WORDS.finditer(text[start:end])]
    best: tuple[int, int] | None = None
    for i in range(len(words)):
        for j in range(len(words) - 1, i, -1):
            inner = [text[s:e] for s, e in words[i:j + 1]]
            if inner[0].lower() in _PARTICLES or inner[-1].lower() in _PARTICLES \
                    or not any(w in _PARTICLES for w in inner[1:-1]):
                continue
            s, e = words[i][0], words[j][1]
            if best is not None and e - s <= best[1] - best[0]:
                continue
            if _whole_name(gaz, text[s:e]):
                best = (s, e)
    return best


def particle_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """`mentions` with each particle-joined name the gazetteer knows as one mention."""
    whole: list[Mention] = []
    for m in _POSSESSIVE_FEATURE.finditer(text):
        start = m.start() + (4 if text.startswith(("The ", "the "), m.start()) else 0)
        whole.append(Mention(start, m.end(), modifier_before(text, start), "gazetteer", "LOC"))
    for m in _RUN.finditer(text):
        hit = _longest_known(text, m.start(), m.end(), gaz)
        if hit is None:
            continue
        whole.append(Mention(hit[0], hit[1], modifier_before(text, hit[0]), "gazetteer", "GPE"))
    return whole_names_first(mentions, whole)


# the capitalised words right after a mention on its line ("Banja" + " Luka")
_NEXT_WORDS = re.compile(r"( +[A-Z][\w'’-]+)( +[A-Z][\w'’-]+)?")


def split_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """`mentions` with a place name the tagger split in two ("Banja" a place, "Luka" a
    person's name) as one mention: a mention and the one or two capitalised words after it
    that the gazetteer knows whole, by its main name, as a town or an area."""
    whole: list[Mention] = []
    for m in mentions:
        nxt = _NEXT_WORDS.match(text, m.end)
        if nxt is None or " " in text[m.start:m.end].strip():
            continue
        for end in (nxt.end(2), nxt.end(1)):
            if end < 0:
                continue
            surface = text[m.start:end]
            key = name_key(surface)
            if any(name_key(e.name) == key and e.feature_class in ("P", "A")
                   for e in gaz.lookup(surface)):
                whole.append(Mention(m.start, end, m.modifier, "gazetteer", m.label))
                break
    return whole_names_first(mentions, whole)


# nouns of a state's divisions after the name: "the Anglophone North-West region"
_AREA_NOUNS = frozenset(("region", "province", "state", "district", "department", "county"))


def area_in_entity(text: str, doc: object, mentions: list[Mention],
                   gaz: Gazetteer) -> list[Mention]:
    """`mentions` with the area an organisation-tagged "<adjective> <Name> region" names
    ("Cameroon's Anglophone North-West region", "the restive Tigray region"): the longest
    run of the words before the area noun, ending on it, that the gazetteer knows by its
    main name as an admin area; the adjective before it is no part of the name."""
    added: list[Mention] = []
    for ent in getattr(doc, "ents", ()):
        if ent.label_ not in ("ORG", "PERSON", "NORP") or len(ent) < 3 \
                or ent[-1].lower_ not in _AREA_NOUNS:
            continue
        if any(m.start < ent.end_char and ent.start_char < m.end for m in mentions):
            continue
        words = [t for t in ent[:-1] if t.lower_ != "the"]
        end = words[-1].idx + len(words[-1].text) if words else None
        for w in words if end is not None else []:
            surface = text[w.idx:end]
            key = name_key(surface)
            if any(name_key(e.name) == key and e.feature_code in ("ADM1", "ADM2")
                   for e in gaz.lookup(surface)):
                added.append(Mention(w.idx, end, modifier_before(text, w.idx), "gazetteer",
                                     "GPE"))
                break
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
