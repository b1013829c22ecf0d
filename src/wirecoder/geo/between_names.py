"""Two place names a route joins ("on the road between X and Y", "ambushed a convoy between X
and Y"), whatever the tagger reads them as (a work of art, an organisation, two persons):
the ends of a stretch of road are towns. Used by `recognize.find_mentions` as cued names.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, name_key

_WORD = r"[A-Z][\w'’-]+"
_NAME = _WORD + r"(?:\s+" + _WORD + r"){0,2}"
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+(?:towns?|cities|villages)\s+of\s+)?(" + _NAME
                      + r")\s+and\s+(" + _NAME + r")")
# a route noun, or what travels one, right before "between" says its two names are towns
# though the gazetteer knows only one of them ("a convoy between X and Y")
_ROUTE_BEFORE = re.compile(r"\b(?:road|roads|highway|route|motorway|axis|stretch|section|"
                           r"corridor|railway|convoy|convoys|bus|buses|traffic)\s+$",
                           re.IGNORECASE)
_KINDS = ("P", "A")


def _countries(gaz: Gazetteer, surface: str) -> set[str]:
    """The countries of the towns (1,000+ people or named exactly so) and admin areas the
    gazetteer knows by `surface`."""
    return {e.country for e in gaz.lookup(surface) if e.country and e.feature_class in _KINDS
            and (e.feature_class == "A" or e.population >= 1000
                 or name_key(e.name) == name_key(surface))}


def named_between(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans of the names of "between X and Y" that are places: both, when the gazetteer
    knows them as towns or areas of one country ("between Gao and Ansongo"); after a route
    noun ("the road between X and Y"), each one the gazetteer knows. Not two parties
    ("talks between Hamas and Fatah": no country holds both as towns)."""
    out = []
    for m in _BETWEEN.finditer(text):
        a, b = m.group(1), m.group(2)
        ca, cb = _countries(gaz, a), _countries(gaz, b)
        if ca & cb:
            out += [m.span(1), m.span(2)]
        elif _ROUTE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            out += [s for s, c in ((m.span(1), ca), (m.span(2), cb)) if c]
    return out
