"""Names the tagger reads as a people or a nationality (NORP) that are places: a country
adjective is a place reference by convention (`demonym`); a town's name the tagger took for
a people's ("in an operation near Saravan, close to the border") is one when a locative word
stands before it and nothing it modifies after it (`town_not_people`). Moved out of
`recognize` (`demonym`: the same rule) when the second was added."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .place_words import CREEDS

# after a town's name: the phrase ends, or a new phrase or clause begins ("near X, close
# to", "in X on Monday"); not a noun the word modifies ("near Kurdish positions")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:on|in|at|and|after|before|while|when|where"
                         r"|close|near|during|late|early|last|this)\b)")


def demonym(gaz: Gazetteer, surface: str) -> bool:
    """A country or continent adjective ("Syrian", "European"): a place reference by the
    convention of LGL, GeoWebNews and TR-News; the event stage does not use it as a location."""
    return any(e.feature_code in ("PCLI", "PCLD", "PCLS", "CONT") for e in gaz.lookup(surface))


# a division's noun after a name: "in the X district" names the district (a people's name
# goes before "region", "area", "community" rather: "the Kurdish region"); not when "of"
# names the place after it: "the Christian district of Kaduna" is a quarter of Kaduna
_DIVISION_AFTER = re.compile(r"\s+(?:district|county|municipality|prefecture|commune|"
                             r"department|sub-county|subcounty|tehsil|upazila|woreda)\b"
                             r"(?!\s+of\b)")


def town_not_people(text: str, end: int, gaz: Gazetteer, surface: str) -> bool:
    """A NORP name that no country adjective spells and that modifies no noun after it, or
    only a division's noun ("in the Salcininkai district"; the caller asks for the locative
    word before it and the gazetteer's town or area). Never a creed ("in the Christian
    district on Sunday")."""
    return not demonym(gaz, surface) and not surface.endswith(("ans", "ese")) \
        and surface.lower() not in CREEDS \
        and bool(_PHRASE_END.match(text, end) or _DIVISION_AFTER.match(text, end))
