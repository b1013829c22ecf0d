"""Names that a distance and a bearing point from ("some 40 km north of Morales", "30 miles
southwest of Dondo"), the names a route lies between ("on the road between Titao and
Bourzanga") and the one it leads to or from ("on the highway to X"). The tagger often reads
such a town as a person, an organisation or a people, or the pair as one name; the
construction itself says each is a place, so a name the gazetteer knows there is one,
however it was tagged.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .hyphenated import whole_names_first
from .recognize import Mention

_NAME = (r"[A-Z][\w'’.-]*(?:\s+(?:de|del|da|do|dos|das|di|du|la|el|al|ez|es|"
         r"[A-Z][\w'’.-]*)){0,3}")
_BEARING = (r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)")
# "some 40 km north of X", "about 30 kilometres (19 miles) south-west of X"
_DISTANCE_BEARING = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilomet(?:re|er)s?|miles?|mi)\b(?:\s*\([^)]{0,30}\))?"
    r"\s+(?:to\s+the\s+)?(" + _BEARING + r")\s+of\s+(" + _NAME + r")", re.IGNORECASE)
# "the town of X": the place noun before a route's end
_TOWN_OF = r"(?:the\s+(?:town|city|village)\s+of\s+)?"
_ROUTE_BEFORE = (r"\b(?:road|highway|route|motorway|track|stretch|axis)\s+(?:between|linking|"
                 r"connecting|from)\s+" + _TOWN_OF)
_ROUTE_JOIN = r"\s+(?:and|to)\s+" + _TOWN_OF
# "on the road between A and B", "the highway linking A and the village of B"
_ROUTE_PAIR = re.compile(_ROUTE_BEFORE + "(" + _NAME + r")" + _ROUTE_JOIN + "(" + _NAME + r")")
_ROUTE_START = re.compile(_ROUTE_BEFORE + "$")
_ROUTE_SECOND = re.compile("^" + _ROUTE_JOIN + "$")
# "north of the city of X", "west of the town of X": the place noun between the bearing and
# the name hides the bearing from the name's own modifier
_BEARING_OF_PLACE = re.compile(
    r"\b(" + _BEARING + r")\s+of\s+the\s+(?:town|city|village)\s+of\s+(" + _NAME + r")",
    re.IGNORECASE)
# "on the highway to X", "along the road from X": a route's one named end
_ROUTE_END = re.compile(r"\b(?:road|highway|route|motorway)\s+(?:to|from)\s+(?:the\s+(?:town|city|"
                        r"village)\s+of\s+)?(" + _NAME + r")")
MIN_POPULATION = 1000


def second_route_end(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """`second` is the far end of a route whose near end is `first` ("on the road between A
    and B", "the highway linking A and the village of B"): the stretch is told from its
    first-named end, which is where the event is placed."""
    return _ROUTE_SECOND.match(text[first[1]:second[0]]) is not None \
        and _ROUTE_START.search(text[max(0, first[0] - 60):first[0]]) is not None


def _known(gaz: Gazetteer, surface: str) -> bool:
    return any(e.feature_class == "A" or e.population >= MIN_POPULATION
               for e in gaz.lookup(surface))


def _longest_known(gaz: Gazetteer, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest run of the name's words from its first one that the gazetteer knows
    ("Morales in" is no name; "Mocimboa da Praia" is)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for n in range(len(words), 0, -1):
        stop = start + words[n - 1].end()
        surface = text[start:stop].rstrip(".,;:")
        stop = start + len(surface)
        if surface[:1].isupper() and _known(gaz, surface):
            return start, stop
    return None


def bearing_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """`mentions` with the town a distance and bearing point from, and the two ends of a
    route, each one mention of its own (a mention spanning a pair gives way to its ends)."""
    whole: list[Mention] = []
    for m in (*_DISTANCE_BEARING.finditer(text), *_BEARING_OF_PLACE.finditer(text)):
        span = _longest_known(gaz, text, m.start(2), m.end(2))
        if span is not None:
            whole.append(Mention(span[0], span[1], m.group(1).lower().replace("-", "")
                                 + " of", "gazetteer", "GPE"))
    pairs: list[tuple[int, int]] = []
    for m in _ROUTE_PAIR.finditer(text):
        ends = [_longest_known(gaz, text, m.start(i), m.end(i)) for i in (1, 2)]
        if all(ends):
            for span in ends:
                assert span is not None
                whole.append(Mention(span[0], span[1], None, "gazetteer", "GPE"))
            pairs.append((m.start(1), m.end(2)))
    for m in _ROUTE_END.finditer(text):
        span = _longest_known(gaz, text, m.start(1), m.end(1))
        if span is not None and not any(w.start < span[1] and span[0] < w.end for w in whole):
            whole.append(Mention(span[0], span[1], None, "gazetteer", "GPE"))
    if not whole:
        return mentions
    # a mention that spans the pair ("Titao and Bourzanga" read as one name) gives way
    kept = [x for x in mentions
            if not any(s <= x.start and x.end <= e and not any(
                (w.start, w.end) == (x.start, x.end) for w in whole) for s, e in pairs)]
    # the tagger's reading of the same name (as a person, an organisation) gives way too
    kept = [x for x in kept if not any((w.start, w.end) == (x.start, x.end) for w in whole)]
    return whole_names_first(kept, whole)
