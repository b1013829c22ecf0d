"""The "<Name> province" an event's sentence names, as an admin1 place ("... in Andar
district, Ghazni province"), and the gazetteer's admin1 entry of a province's written name.
Moved whole out of `event_places` (the same rules).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from ..geo.org_acronym import spelled_org_name
from ..records import Place


# "Norte de Santander province", "Maguindanao del Sur province": a particle inside the name
_PROVINCE = re.compile(r"\b((?:[A-Z][\w'’]+(?:[- ](?:e|i|wa|(?:de|del|do|da|dos|das|di|du)"
                       r" [A-Z][\w'’]+|[A-Z][\w'’]+))*))\s+[Pp]rovince\b")


LEAD_WORDS = {"in", "at", "near", "from", "of", "the", "and", "across", "throughout", "to",
              "within", "outside", "into", "on", "during", "today", "yesterday", "both"}


@lru_cache(maxsize=4096)
def _admin1_entry(name: str, country: str | None) -> Place:
    try:
        from wirecoder.geo.gazetteer import default_gazetteer

        for e in default_gazetteer().lookup(name):
            if e.feature_code == "ADM1" and (country is None or e.country == country):
                return Place(name=e.name, country=e.country, precision="admin1",
                             geonameid=e.geonameid, admin1=e.admin1_name or e.name,
                             lat=e.lat, lon=e.lon, feature_code="ADM1")
        # a country whose provinces are second-level divisions (the Philippines' provinces
        # under its regions): the province, inside its region
        for e in default_gazetteer().lookup(name):
            if e.feature_code == "ADM2" and country is not None and e.country == country \
                    and _akey(e.name) == _akey(name):
                return Place(name=e.name, country=e.country, precision="admin2",
                             geonameid=e.geonameid, admin1=e.admin1_name,
                             admin2=e.admin2_name or e.name, lat=e.lat, lon=e.lon,
                             feature_code="ADM2")
    except Exception:  # noqa: BLE001 - no gazetteer: the name as written
        pass
    return Place(name=name, country=None, precision="admin1", admin1=name)


def named_province(analysis: Any, sent: Any, start: int, focus: str | None) -> Place | None:
    """"... in Andar district, Ghazni province": the province the sentence names (else the
    nearest the text named before the event), as an admin1 place."""
    text = analysis.document.text
    inside = list(_PROVINCE.finditer(text, sent.start_char, sent.end_char))
    before = [m for m in _PROVINCE.finditer(text, 0, sent.start_char)]
    # "Islamic State Khorasan Province (ISKP)": a group's name, no province
    inside = [m for m in inside if not spelled_org_name(text, m.start(1), m.end())]
    before = [m for m in before if not spelled_org_name(text, m.start(1), m.end())]
    m = (min(inside, key=lambda m: abs(m.start() - start)) if inside
         else (before[-1] if before else None))
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[0].lower() in LEAD_WORDS:
        words = words[1:]
    # "Mozambique's Cabo Delgado province": the country's possessive is no part of the name
    owners = [i for i, w in enumerate(words) if w.endswith(("'s", "’s"))]
    words = words[owners[-1] + 1:] if owners else words
    if not words:
        return None
    written = " ".join(words)
    p = _admin1_entry(written, focus)
    span = analysis.document.span(m.start(), m.end())
    # the gazetteer's spelling of the same name ("Lōgar" for "Logar"): the name as the text
    # writes it, which the evidence shows
    name = written if _akey(written) == _akey(p.name) else p.name
    return Place(name=name, country=p.country, precision=p.precision, geonameid=p.geonameid,
                 admin1=p.admin1, admin2=p.admin2, lat=p.lat, lon=p.lon,
                 feature_code=p.feature_code, evidence=(span,))


def _akey(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", s)
