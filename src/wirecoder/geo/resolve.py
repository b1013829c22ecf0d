"""Toponym resolution: which gazetteer place each mention means, ranked by context.

Every candidate starts from a prior (feature rank: continent > country > admin1 > capital >
town; population; whether the text is the place's main name). Context then adds:
- containment written in the text: "Andar district, Ghazni province", "the southern Rif
  Dimashq Province of Syria", "Washington, DC", "Paris in Texas" (the next mention, or the
  part after a comma, contains the candidate);
- the document's focus: countries and admin1 areas the other mentions resolve to;
- nearness to the other places mentioned;
- a generic word in the name ("province", "district", "county", "city") favours that kind.
One name keeps one sense within a document unless the text says otherwise.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..records import Place, Span, Toponym
from .gazetteer import Entry, Gazetteer, name_key
from .recognize import Mention

_GENERIC = {
    "province": "A1", "governorate": "A1", "state": "A1", "region": "A1", "oblast": "A1",
    "prefecture": "A1", "department": "A1", "territory": "A1", "emirate": "A1",
    "district": "A2", "county": "A2", "municipality": "A2", "parish": "A2", "borough": "A2",
    "township": "P", "city": "P", "town": "P", "village": "P",
}
_SUFFIX_RE = re.compile(r"^(.+?)\s+(" + "|".join(_GENERIC) + r")$", re.IGNORECASE)
_PREFIX_RE = re.compile(r"^(?:the\s+)?(" + "|".join(_GENERIC) + r")\s+of\s+(.+)$", re.IGNORECASE)
_CONTAIN_GAP = re.compile(r"^\s*(?:,|,?\s*(?:in|of|near)|province\s+of)\s*(?:the\s+)?$",
                          re.IGNORECASE)

RANK_PRIOR = {"CONT": 7.0, "PCLI": 7.0, "PCLD": 5.0, "PCLS": 5.0, "ADM1": 4.5, "PPLC": 3.0,
              "RGN": 3.0, "PPLA": 1.0, "ADM2": 0.5, "PPL": 0.0}
W_POP = 0.9
W_MAIN_NAME = 1.0
W_HINT = 3.0
W_CONTAIN = 6.0
W_COUNTRY = 4.0
W_ADMIN1 = 4.0
W_NEAR = 2.5
NEAR_KM = 150.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def contains(outer: Entry, inner: Entry) -> bool:
    """Whether the area `outer` contains the place `inner` (by codes; cities by distance)."""
    if outer.geonameid == inner.geonameid or outer.country is None and outer.feature_code != "CONT":
        return False
    code = outer.feature_code
    if code == "CONT":
        return False
    if code in ("PCLI", "PCLD", "PCLS"):
        return inner.country == outer.country and inner.feature_code not in ("PCLI", "PCLD", "PCLS")
    if inner.country != outer.country:
        return False
    if code == "ADM1":
        return inner.admin1_code == outer.admin1_code and inner.feature_code != "ADM1"
    if code == "ADM2":
        return (inner.admin1_code == outer.admin1_code and inner.admin2_code == outer.admin2_code
                and inner.feature_class == "P")
    if outer.feature_class == "P" and inner.feature_class == "P":
        return outer.population > inner.population and haversine_km(
            outer.lat, outer.lon, inner.lat, inner.lon) < 40
    return False


@dataclass
class _Item:
    """One name to resolve: a mention, or the head of "X, Y" inside one mention."""

    start: int
    end: int
    key: str
    modifier: str | None
    candidates: list[tuple[Entry, float]] = field(default_factory=list)  # (entry, prior)
    containers: list[int] = field(default_factory=list)  # indexes of items that contain it
    context_only: bool = False  # a container part, not returned as its own toponym


def _candidates(gaz: Gazetteer, surface: str) -> list[tuple[Entry, float]]:
    names: list[tuple[str, str | None]] = [(surface, None)]
    m = _SUFFIX_RE.match(surface)
    if m:
        names.append((m.group(1), _GENERIC[m.group(2).lower()]))
    m = _PREFIX_RE.match(surface)
    if m:
        names.append((m.group(2), _GENERIC[m.group(1).lower()]))
    best: dict[int, tuple[Entry, float]] = {}
    full_key = name_key(surface)
    for name, hint in names:
        for e in gaz.lookup(name):
            prior = RANK_PRIOR.get(e.feature_code, 0.0) + W_POP * math.log10(e.population + 10)
            if name_key(e.name) in (name_key(name), full_key):
                prior += W_MAIN_NAME
            if hint == "A1" and e.feature_code in ("ADM1",):
                prior += W_HINT + 3.0
            elif hint == "A1" and e.feature_code == "ADM2":
                prior += W_HINT
            elif hint == "A2" and e.feature_code in ("ADM2", "ADM1"):
                prior += W_HINT + (3.0 if e.feature_code == "ADM2" else 0.0)
            elif hint == "P" and e.feature_class == "P":
                prior += W_HINT
            if e.geonameid not in best or best[e.geonameid][1] < prior:
                best[e.geonameid] = (e, prior)
    return sorted(best.values(), key=lambda x: -x[1])[:40]


def _items(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[_Item]:
    items: list[_Item] = []
    for m in mentions:
        surface = text[m.start:m.end]
        if "," in surface:
            head, _, tail = surface.partition(",")
            tail_start = m.start + len(head) + 1 + (len(tail) - len(tail.lstrip()))
            item = _Item(m.start, m.start + len(head.rstrip()), name_key(head), m.modifier)
            item.candidates = _candidates(gaz, head.strip())
            cont = _Item(tail_start, m.end, name_key(tail), None, context_only=True)
            cont.candidates = _candidates(gaz, tail.strip())
            if item.candidates:
                items.append(item)
                items.append(cont)
                item.containers.append(len(items) - 1)
                # returned over the whole mention
                item.end = m.end
                continue
        item = _Item(m.start, m.end, name_key(surface), m.modifier)
        item.candidates = _candidates(gaz, surface)
        items.append(item)
    # a following mention after ", " / " in " / " of " may contain this one
    for i, a in enumerate(items):
        if a.context_only:
            continue
        for j in range(i + 1, min(i + 3, len(items))):
            b = items[j]
            if b.start >= a.end and _CONTAIN_GAP.match(text[a.end:b.start]):
                a.containers.append(j)
                break
    return items


def _entry_place(e: Entry, span: Span) -> Place:
    return Place(name=e.name, country=e.country, precision=e.precision, geonameid=e.geonameid,
                 admin1=e.admin1_name, admin2=e.admin2_name, lat=e.lat, lon=e.lon,
                 feature_code=e.feature_code, evidence=(span,))


def resolve_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer,
                     document_id: str | None = None) -> list[Toponym]:
    """Resolve recognised mentions in one document; one Toponym per mention, in text order."""
    items = _items(text, mentions, gazetteer)
    chosen = _rank(items)
    out: list[Toponym] = []
    for it, (entry, conf) in zip(items, chosen):
        if it.context_only:
            continue
        span = Span(it.start, it.end, text[it.start:it.end], document_id)
        place = _entry_place(entry, span) if entry is not None else None
        out.append(Toponym(span=span, place=place, score=round(conf, 3), modifier=it.modifier))
    return out


def _rank(items: list[_Item]) -> list[tuple[Entry | None, float]]:
    """Pick a candidate for every item: priors, containment, then document focus twice."""
    n = len(items)
    contain_bonus: list[dict[int, float]] = [defaultdict(float) for _ in items]
    for i, it in enumerate(items):
        for j in it.containers:
            outer = items[j].candidates[:15]
            for e, _ in it.candidates:
                if any(contains(c, e) for c, _ in outer):
                    contain_bonus[i][e.geonameid] = W_CONTAIN
            # the container's reading that contains a candidate of the item is favoured too
            for c, _ in outer:
                if any(contains(c, e) for e, _ in it.candidates[:15]):
                    contain_bonus[j][c.geonameid] = max(contain_bonus[j][c.geonameid], W_CONTAIN / 2)
    # one sense per name within the document: share the containment evidence
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        by_key[it.key].append(i)
    for idxs in by_key.values():
        if len(idxs) > 1:
            merged: dict[int, float] = defaultdict(float)
            for i in idxs:
                for g, b in contain_bonus[i].items():
                    merged[g] = max(merged[g], b)
            for i in idxs:
                contain_bonus[i] = merged

    def pick(extra) -> list[tuple[Entry | None, float, float]]:
        res = []
        for i, it in enumerate(items):
            if not it.candidates:
                res.append((None, 0.0, 0.0))
                continue
            scored = [(e, p + contain_bonus[i].get(e.geonameid, 0.0) + extra(i, e))
                      for e, p in it.candidates]
            scored.sort(key=lambda x: -x[1])
            top = scored[0][1]
            z = sum(math.exp(s - top) for _, s in scored)
            res.append((scored[0][0], 1.0 / z, top))
        return res

    current = pick(lambda i, e: 0.0)
    for _ in range(2):
        country_mass: dict[str, float] = defaultdict(float)
        admin1_mass: dict[tuple, float] = defaultdict(float)
        points: list[tuple[int, Entry, float]] = []
        for i, (e, conf, _) in enumerate(current):
            if e is None:
                continue
            w = 0.5 + 0.5 * conf
            if e.country:
                country_mass[e.country] += w
            if e.admin1_code and e.feature_code not in ("PCLI", "PCLD", "PCLS"):
                admin1_mass[(e.country, e.admin1_code)] += w
            if e.feature_class == "P" or e.feature_code == "ADM2":
                points.append((i, e, w))
        total = sum(country_mass.values())
        own: dict[int, Entry | None] = {i: c[0] for i, c in enumerate(current)}

        def extra(i: int, e: Entry) -> float:
            mine = own[i]
            w_self = 0.5 + 0.5 * current[i][1] if mine is not None else 0.0
            cm = country_mass.get(e.country or "", 0.0)
            if mine is not None and mine.country == e.country:
                cm -= w_self
            am = admin1_mass.get((e.country, e.admin1_code), 0.0) if e.admin1_code else 0.0
            if mine is not None and e.admin1_code and (mine.country, mine.admin1_code) == (
                    e.country, e.admin1_code):
                am -= w_self
            rest = max(1.0, total - w_self)
            bonus = W_COUNTRY * max(0.0, cm) / rest + W_ADMIN1 * max(0.0, am) / rest
            if e.feature_class == "P" or e.feature_code == "ADM2":
                near = 0.0
                for j, p, w in points:
                    if j == i or items[j].key == items[i].key:
                        continue
                    d = haversine_km(e.lat, e.lon, p.lat, p.lon)
                    near = max(near, w * math.exp(-d / NEAR_KM))
                bonus += W_NEAR * near
            return bonus

        current = pick(extra)
    return [(e, conf) for e, conf, _ in current]
