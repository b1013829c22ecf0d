"""A country's capital the tagger reads as a person's name ("on the outskirts of Honiara",
PERSON): one word that is the main name of the capital of a country the document names is
the capital, not a person."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, name_key


def capital_of_named_country(gaz: Gazetteer, surface: str, text: str) -> bool:
    """`surface` (one word) is the main name of the capital of a country whose name `text`
    writes."""
    if " " in surface.strip() or not surface[:1].isupper() or surface.isupper():
        return False
    key = name_key(surface)
    for e in gaz.lookup(surface):
        if e.feature_code != "PPLC" or name_key(e.name) != key or not e.country:
            continue
        country = gaz.country(e.country)
        if country is not None and re.search(r"\b" + re.escape(country.name) + r"\b", text):
            return True
    return False
