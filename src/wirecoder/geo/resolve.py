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
from .fallback import container_entry, dateline_towns
from .gazetteer import Entry, Gazetteer, name_key
from .recognize import GENERIC_WORDS, Mention, place_noun_after, place_noun_before

_GENERIC = {
    "province": "A1", "governorate": "A1", "state": "A1", "region": "A1", "oblast": "A1",
    "prefecture": "A1", "department": "A1", "territory": "A1", "emirate": "A1",
    "district": "A2", "county": "A2", "municipality": "A2", "parish": "A2", "borough": "A2",
    "township": "P", "city": "P", "town": "P", "village": "P",
}
_SUFFIX_RE = re.compile(r"^(.+?)\s+(" + "|".join(_GENERIC) + r")$", re.IGNORECASE)
_PREFIX_RE = re.compile(r"^(?:the\s+)?(" + "|".join(_GENERIC) + r")\s+of\s+(.+)$", re.IGNORECASE)
_DIRECTION_RE = re.compile(
    r"^(north|south|east|west|northern|southern|eastern|western|central|upper|lower|"
    r"north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+(.+)$",
    re.IGNORECASE)
_ARTICLE_RE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash)[- ](\S.*)$", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")
_CONTAIN_GAP = re.compile(r"^\s*(?:(?:district|village|town|city|area|province|county|region)"
                          r"\s*)?(?:,|,?\s*(?:in|of|near)|province\s+of)\s*(?:the\s+)?$",
                          re.IGNORECASE)

RANK_PRIOR = {"CONT": 7.0, "PCLI": 7.0, "PCLD": 5.0, "PCLS": 5.0, "ADM1": 4.5, "PPLC": 6.0,
              "RGN": 8.0, "OCN": 12.0, "SEA": 10.5, "PPLA": 1.0, "ADM2": 0.5, "PPL": 0.0}
_BIG = ("PCLI", "PCLD", "PCLS", "CONT", "OCN", "SEA", "RGN")
W_POP = 0.9
W_MAIN_NAME = 2.0
W_HINT = 3.0
W_CONTAIN = 6.0
W_CONTAIN_COMMA = 14.0
W_COUNTRY = 7.0
W_ADMIN1 = 7.0
W_NEAR = 5.0
NEAR_KM = 150.0
W_SAME_NAME_AREA = 3.0
W_ALT_SMALL = 2.0
# a town abroad that a name this short reaches only as one of its other names ("Zad":
# Zadar) is no reading unless the document's other places lie in its country
SHORT_ALIAS_MAX = 3
ALT_NAME_MIN_POP = 50_000
W_ADMIN2 = 4.0
VILLAGE_POP = 20000
TOWNSHIP_MAX_POP = 50_000
# a village (< VILLAGE_POP) in an admin1 nothing else names, when the story's places lie in
# other admin1 areas of the same country (one named by STATE_FOCUS_MIN+ mentions, and that
# country holds STATE_FOCUS_SHARE of the admin1 mentions), is dropped: the name falls back
# to the document's focus (Gratis, Ohio in a Walton County, Georgia story)
STATE_FOCUS_MIN = 3.0
STATE_FOCUS_SHARE = 0.8
VILLAGE_OTHERS = 1
W_DIRECTION = 1.0
# an unknown name with a country, admin1 or big city inside it ("Bank of Japan", "Arizona
# State University") lies there rather than at the document's focus: tried for every such
# name (GWN 90.9 -> 90.3, LGL 86.8 -> 86.0), kept only
# narrowed (`_embedded_first`): a country/continent/region inside the name, or an admin1 in an
# organisation's name ("University of California", "Iowa House"), when the focus is not
# already inside it; never an embassy (it lies in the host city) or a natural feature
# ("Niger Delta", "Mississippi River": the feature, not the country/state)
_ORG_WORDS = frozenset("""university college school academy institute bank reserve council
commission committee house senate assembly parliament congress chamber chambers court courts
department ministry government party league federation association board authority agency
service services police museum library society union corporation company times post
""".split())
_EMBASSY_WORDS = frozenset("embassy embassies consulate consulates".split())
_NO_EMBED_WORDS = frozenset("""embassy embassies consulate consulates mission river rivers
lake lakes delta bay mountains mountain valley island islands coast basin gulf desert plateau
sea creek canyon peninsula county township twp colony park avenue street road""".split())
W_REGION_TOWN = 4.0  # ...more so a small town named like a region/sea ("Middle East", Maryland)
W_ALT_OF_BIG = 4.0  # a town known by another name that is a country's/sea's own name
W_COUNTRY_SEEN = 4.0  # the document names this country (or a place in it) elsewhere
SEEN_MIN_POP = 100_000  # ...for its prominent places only (not "Mexico, New York")
W_MACRO = 2.0  # within about 1,000 km of the other places the document names
MACRO_KM = 1000.0
# direction words that say which part of an area is meant: the area's point stays, its
# precision becomes "region" (a part of the named country/admin area)
PART_WORDS = frozenset("""north south east west northern southern eastern western central
northeastern northwestern southeastern southwestern north-eastern north-western
south-eastern south-western northeast northwest southeast southwest upper lower""".split())
SPLIT_BY_CONTAINER = True
TIME_ZONE_CONTEXT = True
# a name right before "Gov."/"Governor"/"state"/"Legislature" is the admin1 area
STATE_WORD_AFTER = True
# a lower-case place noun after the name, or after coordinated names ending with it,
# says its kind ("Nad Ali district", "Zabul and Kandahar provinces"), as inside the name
PLACE_NOUN_AFTER = True
_STATE_AFTER_RE = re.compile(r"^\s+(?:Gov\.|Governor\b|governor\b|state\b|State (?:Legislature|"
                             r"Senate|House|Assembly)\b|Legislature\b|legislature\b)")
_TIME_ZONE_RE = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?,?\s+\(?((?:[ECMP][SD]?T)|(?:Eastern|Central|Mountain|"
    r"Pacific)(?: (?:Standard |Daylight )?Time)?)\b")
# a national legislature named alone: no town of that name; it sits in the capital of the
# country of the document's focus ("concerns in Congress" in a US story: Washington, DC).
# "Senate"/"Assembly" are left out: US states and provinces have their own.
_LEGISLATURES = frozenset({"congress", "parliament"})
# an admin1 area named by an abbreviation in the document ("Wash.", "Calif.") is what the
# same area's full name means elsewhere in it ("Washington": the state, not DC)
ABBREV_SAME_AREA = True
# a place name that is the first word(s) of a brand or company name ("Cambridge Analytica",
# "Manchester United") names the place the brand is called after, whatever the story's own
# places are: such a mention is its own reading group and takes its prior, not the context.
# Not before a word of a local institution ("Springfield Police", "Jackson High School"),
# a generic place word ("Paris Township"), a weekday/month, or another place name.
BRAND_PRIOR_ONLY = True
_BRAND_NEXT_RE = re.compile(r"^ ([A-Z][a-z]+)\b(?![-'’])")
_NOT_BRAND_WORDS = frozenset("""police fire sheriff hospital hospitals clinic medical high
middle elementary primary school schools college university community city county town
township village borough district province state region area metro metropolitan downtown
council board court courts hall church cathedral chapel temple mosque street road avenue
lane drive boulevard way square park river lake bay harbor harbour creek island islands
beach valley mountain mountains hills hill airport station center centre stadium arena
mall market bridge tower port north south east west northern southern eastern western
central public regional international national airport library museum zoo theatre theater
memorial municipal republican republicans democrat democrats democratic civic
health education foundation information environmental chamber business mayor governor police department fc city-based times daily herald
gazette tribune news chronicle journal courier post star press record register monday
tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december and or the of on in at for""".split())


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
    comma: bool = False  # "X, Y": the container follows a bare comma (the strongest cue)
    possessor: int | None = None  # "London's Heathrow": the item of the place before "'s"
    brand: bool = False  # the first word(s) of a brand name ("Cambridge Analytica")
    abbrev: bool = False  # an abbreviation ("Wash.", "Calif.", "NSW")
    # "Kandahar" before "province"/"provinces": the areas of that name, for the town of the
    # same name the context picks (`_area_named`)
    areas: list[Entry] = field(default_factory=list)


def _candidates(gaz: Gazetteer, surface: str) -> list[tuple[Entry, float]]:
    full_key = name_key(surface)
    if full_key in _LEGISLATURES:
        return []  # "Congress" is no town (Congress, Arizona): the focus country's capital
    whole = gaz.lookup(surface)
    if full_key in GENERIC_WORDS:
        # "West", "Gulf": not a town of that name; the focus decides. "Atlantic",
        # "Mediterranean": only the ocean/sea/region of that name
        return [(e, RANK_PRIOR.get(e.feature_code, 0.0)) for e in whole
                if e.feature_code in ("OCN", "SEA", "RGN")]
    # a generic word ("X County", "Province of X") says what kind of place every reading is
    kind = None
    names: list[tuple[str, str | None]] = []
    m = _SUFFIX_RE.match(surface)
    township = None
    if m:
        kind = _GENERIC[m.group(2).lower()]
        names.append((m.group(1), kind))
        if m.group(2).lower() == "township":
            township = m.group(1)
    m = _PREFIX_RE.match(surface)
    if m:
        kind = _GENERIC[m.group(1).lower()]
        names.append((m.group(2), kind))
    names.insert(0, (surface, kind))
    if not whole:
        # Arabic names are written with and without the article: "Qamishli" / "Al Qamishli"
        m = _ARTICLE_RE.match(surface)
        names.append((m.group(1), kind) if m else ("Al " + surface, kind))
    m = _DIRECTION_RE.match(surface) if not whole else None
    if m:  # "West Surrey", "Southern California": the place, narrowed (not moved);
        # never when the whole is a name ("South Africa", "North Korea")
        names.append((m.group(2), "DIR"))
    best: dict[int, tuple[Entry, float]] = {}
    hinted_area: dict[int, bool] = {}
    acronym = surface.isupper() and len(surface) <= 5 and surface.isalpha()
    for name, hint in names:
        for e in gaz.lookup(name):
            if name == township and e.feature_class == "P" and e.population >= TOWNSHIP_MAX_POP:
                continue  # "Jackson Township" is a small municipality, not the city of Jackson
            if acronym and e.feature_class == "P" and not e.name.isupper() \
                    and name_key(e.name) == name_key(name) and e.population < SEEN_MIN_POP:
                continue  # "OAS", "NATO": an acronym, not the town "Oas"
            prior = RANK_PRIOR.get(e.feature_code, 0.0) + W_POP * math.log10(e.population + 10)
            if name_key(e.name) in (name_key(name), full_key):
                prior += W_MAIN_NAME
            if hint == "DIR":
                prior -= W_DIRECTION
            elif hint == "A1" and e.feature_code in ("ADM1",):
                prior += W_HINT + 3.0
            elif hint == "A1" and e.feature_code == "ADM2":
                prior += W_HINT
            elif hint == "A2" and e.feature_code in ("ADM2", "ADM1"):
                prior += W_HINT + (3.0 if e.feature_code == "ADM2" else 0.0)
            elif hint == "P" and e.feature_class == "P":
                prior += W_HINT
            elif hint in ("A1", "A2", "P") and e.feature_code in ("PCLI", "PCLD", "PCLS",
                                                                   "CONT"):
                prior -= W_HINT + 3.0  # "Guernsey County" is not the island state
            if hint in ("A1", "A2"):
                hinted_area[e.geonameid] = True
            if e.feature_class == "P" and name_key(e.name) not in (name_key(name), full_key) \
                    and e.population < ALT_NAME_MIN_POP:
                prior -= W_ALT_SMALL  # a small place known here only by another name
            if e.geonameid not in best or best[e.geonameid][1] < prior:
                best[e.geonameid] = (e, prior)
    # "Mexico" is the country, not Mexico City by one of its other names
    # and "Middle East" the region, not a village called so
    bigs = [e for e, _ in best.values() if e.feature_code in _BIG]
    main_big = any(name_key(e.name) == full_key for e in bigs)
    region = any(e.feature_code in ("OCN", "SEA", "RGN", "CONT") for e in bigs)
    for gid, (e, prior) in list(best.items()):
        if e.feature_class == "P" and ((main_big and name_key(e.name) != full_key) or (
                region and e.population < SEEN_MIN_POP)):
            best[gid] = (e, prior - W_ALT_OF_BIG - (W_REGION_TOWN if region else 0.0))
    # an admin area and a town inside it share the name: the town is meant unless the text
    # says "province"/"county"...; a town that holds a quarter of the area's people wins outright
    towns = [(e, p) for e, p in best.values() if e.feature_class == "P" and e.population >= 1000]
    for gid, (e, prior) in list(best.items()):
        if e.feature_code not in ("ADM1", "ADM2") or hinted_area.get(gid):
            continue
        inside = [(t, tp) for t, tp in towns if contains(e, t)]
        if not inside:
            continue
        t, tp = max(inside, key=lambda x: x[0].population)
        # ...and so does a town named like an area the text calls by another of its names
        # ("Kherson": Khersonska oblast / Kherson city)
        if t.population >= 0.25 * max(1, e.population) or name_key(e.name) != full_key:
            best[gid] = (e, min(prior - W_SAME_NAME_AREA, tp - 0.5))
        else:
            best[gid] = (e, prior - W_SAME_NAME_AREA)
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
            cont = _Item(tail_start, m.end, name_key(tail), None, context_only=True,
                         abbrev=_is_abbrev(tail.strip()))
            cont.candidates = _candidates(gaz, tail.strip())
            if item.candidates:
                items.append(item)
                items.append(cont)
                item.containers.append(len(items) - 1)
                item.comma = True
                # returned over the whole mention
                item.end = m.end
                continue
        item = _Item(m.start, m.end, name_key(surface), m.modifier)
        item.candidates = _candidates(gaz, surface)
        item.abbrev = _is_abbrev(surface)
        if STATE_WORD_AFTER and _STATE_AFTER_RE.match(text[m.end:m.end + 30]) and any(
                e.feature_code == "ADM1" for e, _ in item.candidates):
            # "New York Gov. Andrew Cuomo", "Washington state": the state, not its city
            item.candidates = sorted(
                [(e, p + (W_HINT + 3.0 if e.feature_code == "ADM1" else 0.0))
                 for e, p in item.candidates], key=lambda x: -x[1])
            item.key += "|state"
        elif PLACE_NOUN_AFTER and not _SUFFIX_RE.match(surface) and not _PREFIX_RE.match(surface):
            # "Kandahar province" when the noun is left out of the name's span, also for
            # coordinated names: "Zabul and Kandahar provinces", "the Provinces of Zabul and
            # Kandahar" are Zabul province and Kandahar province, not the city of Kandahar.
            # The noun only chooses between a town the context picks and the area of its
            # name around it (not Rio Blanco municipality, Mexico, for a Colombian one);
            # "city"/"town" choose nothing ("London city council")
            noun = place_noun_after(text, m.start, m.end) or place_noun_before(text, m.start)
            kind = _GENERIC.get(noun or "")
            if kind in ("A1", "A2") and name_key(surface) not in GENERIC_WORDS:
                # a province may be an admin2 area (Peru, Spain), a district or county is
                # no admin1 ("Ayacucho district" is not the region of Ayacucho) unless the
                # admin1 areas are its country's finest the gazetteer holds: Kenya's
                # counties (its former districts, "Wajir district"), Liberia's counties
                item.areas = [e for e, _ in _candidates(gaz, f"{surface} {noun}")
                              if e.feature_code == "ADM2" or (e.feature_code == "ADM1" and (
                                  kind == "A1" or not gaz.has_admin2(e.country)))]
                if not item.areas and kind == "A1":
                    # "the Donetsk region": no entry has the noun in its name, but an admin1
                    # area has the name itself (Donetska oblast), not the city of Donetsk
                    item.areas = [e for e, _ in item.candidates if e.feature_code == "ADM1"]
        # (not a country's or a state's name: "Florida Panthers", "Georgia Environmental Protection Division" is the state the story's
        # context picks, not the country)
        if BRAND_PRIOR_ONLY and len(item.candidates) > 1 and not _SUFFIX_RE.match(surface) \
                and not _DIRECTION_RE.match(surface) \
                and not any(e.feature_code in _BIG for e, _ in item.candidates[:3]) \
                and item.candidates[0][0].feature_code != "ADM1" \
                and _brand_head(text, m, gaz):
            item.brand = True
            # a brand is named after a town (the biggest, by the priors), not an admin area
            towns = [c for c in item.candidates if c[0].feature_class == "P"]
            item.candidates = towns or item.candidates
        items.append(item)
    # ...only when the name is never written on its own in the document (a bare "Dublin"
    # beside "Dublin Coffman" says which Dublin the school is named after)
    bare = {it.key for it in items if not it.brand}
    for it in items:
        if it.brand and it.key not in bare:
            it.key += "|brand"
    # a following mention after ", " / " in " / " of " may contain this one
    for i, a in enumerate(items):
        if a.context_only:
            continue
        for j in range(i + 1, min(i + 3, len(items))):
            b = items[j]
            if b.start >= a.end and _CONTAIN_GAP.match(text[a.end:b.start]):
                a.containers.append(j)
                if text[a.end:b.start].strip() == ",":
                    a.comma = True
                break
    # "London's Heathrow": the possessor contains the name (a place inside it is meant)
    for i in range(len(items) - 1):
        a, b = items[i], items[i + 1]
        if not a.context_only and not b.context_only and b.start >= a.end \
                and _POSSESSIVE_GAP.match(text[a.end:b.start]):
            b.containers.append(i)
            b.possessor = i
    # "Paris, Texas" and "Paris, France" in one text are two places: a name with its own
    # container is its own reading group (a bare "Paris" still follows the focus)
    if SPLIT_BY_CONTAINER:
        conflicting: dict[str, set[str]] = defaultdict(set)
        for a in items:
            for j in a.containers:
                conflicting[a.key].add(items[j].key)
        for a in items:
            if len(conflicting.get(a.key, ())) > 1 and a.containers:
                a.key = a.key + "|" + items[a.containers[0]].key
    # "7 p.m. ET", "11:59 p.m. CT": a North American time zone after a clock time says the
    # story is in the US (or Canada): a context-only item for those countries
    if TIME_ZONE_CONTEXT:
        tz = _TIME_ZONE_RE.search(text)
        if tz:
            cands = [(c, 7.0) for c in (gaz.country("US"), gaz.country("CA")) if c is not None]
            if cands:
                items.append(_Item(tz.start(1), tz.end(1), "__time_zone__", None,
                                   candidates=cands, context_only=True))
    return items


def _is_abbrev(surface: str) -> bool:
    return (surface.endswith(".") and len(surface) <= 6) or (
        surface.isupper() and surface.isalpha() and len(surface) <= 3)


def _brand_head(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """The mention is the first word(s) of a brand/company name: a capitalised word follows
    that is no institution, generic place word, date word or place name ("Cambridge
    Analytica", "Manchester United"), and no capitalised word comes before it."""
    nm = _BRAND_NEXT_RE.match(text[m.end:m.end + 40])
    if not nm or nm.group(1).lower() in _NOT_BRAND_WORDS:
        return False
    before = text[max(0, m.start - 30):m.start]
    if before[-1:] in ("-", "/", "&"):
        return False  # "Plainview-Elgin Millville": part of a compound name
    prev = re.search(r"(\S+)\s+$", before)
    if prev and prev.group(1)[:1].isupper() and prev.group(1).lower() not in _NOT_BRAND_WORDS:
        return False  # inside a longer name ("Greater Cambridge ...")
    # "Paris Texas": a place after a place (checked last: a gazetteer look-up)
    return not any(e.feature_class == "A" or e.population >= SEEN_MIN_POP
                   for e in gaz.lookup(nm.group(1)))


def _precision(e: Entry, modifier: str | None) -> str:
    """The entry's precision; a direction word on an area ("southern Syria", "northern
    Kaduna State") says a part of it is meant: precision "region", the point unchanged."""
    words = set((modifier or "").split())
    if words & PART_WORDS and e.feature_code in ("PCLI", "PCLD", "PCLS", "ADM1", "ADM2"):
        return "region"
    return e.precision


def _entry_place(e: Entry, span: Span, modifier: str | None = None) -> Place:
    # an admin area by its ASCII admin name when that is the same name ("Ghaznī": Ghazni)
    area = {"ADM1": e.admin1_name, "ADM2": e.admin2_name}.get(e.feature_code)
    name = area if area and name_key(area) == name_key(e.name) else e.name
    return Place(name=name, country=e.country, precision=_precision(e, modifier),
                 geonameid=e.geonameid if e.geonameid > 0 else None, admin1=e.admin1_name,
                 admin2=e.admin2_name, lat=e.lat, lon=e.lon, feature_code=e.feature_code,
                 evidence=(span,))


def resolve_mentions(text: str, mentions: list[Mention], gazetteer: Gazetteer,
                     document_id: str | None = None, fallback: bool = True) -> list[Toponym]:
    """Resolve recognised mentions in one document; one Toponym per mention, in text order.

    A name the gazetteer does not know (a street, a building, a river) is, with `fallback`,
    placed at the document's focus place (`_focus`): the area the article is about, with
    that area's precision, no geonameid and a low score.
    """
    items = _items(text, mentions, gazetteer)
    chosen = _rank(items)
    focus = _focus(items, chosen, dateline_towns(text, items, chosen)) if fallback else None
    out: list[Toponym] = []
    for it, (entry, conf) in zip(items, chosen):
        if it.context_only:
            continue
        span = Span(it.start, it.end, text[it.start:it.end], document_id)
        modifier = it.modifier
        dm = _DIRECTION_RE.match(span.text)
        if modifier is None and dm and entry is not None and not gazetteer.lookup(span.text):
            modifier = dm.group(1).lower()  # "Southern California": the state, a part of it
        # an unknown name lies where the document is; only without a focus is the place
        # named inside it ("Colorado State University") the better guess
        inner = None if entry is not None or focus is not None \
            else _embedded_place(gazetteer, span.text)
        if entry is None and inner is None and focus is not None:
            inner = _embedded_first(gazetteer, span.text, focus)
        if entry is None and inner is None and focus is not None and focus.country \
                and name_key(span.text) in _LEGISLATURES:
            # "testify before Congress": the legislature sits in the capital of the country
            # the story is in
            inner = gazetteer.capital(focus.country)
        if entry is not None:
            place: Place | None = _entry_place(entry, span, modifier)
        else:
            # "X village of Y district", "X district, Ghazni province": the containing
            # area written beside the name before the document's focus (a dateline city)
            area = container_entry(items, chosen, it)
            where, conf = ((inner, 0.2) if inner is not None else (area, 0.15)
                           if area is not None else (focus, 0.1) if focus else (None, conf))
            place = None if where is None else Place(
                name=span.text, country=where.country, precision=where.precision,
                admin1=where.admin1_name, admin2=where.admin2_name, lat=where.lat,
                lon=where.lon, evidence=(span,))
        out.append(Toponym(span=span, place=place, score=round(conf, 3), modifier=it.modifier))
    return out


def _embedded_first(gaz: Gazetteer, surface: str, focus: Entry) -> Entry | None:
    """The country, continent or region named inside an unknown name ("Bank of Japan", "US
    Federal Reserve", "Council of Europe"), or the admin1 area in an organisation's name
    ("Arizona State University", "Iowa House"), unless the document's focus lies in it
    already (then the focus is the more precise guess: "Stade de France" in a Paris story) or
    the name is an embassy's or a natural feature's ("Niger Delta")."""
    words = [name_key(w) for w in surface.split()]
    if words and any(w in _EMBASSY_WORDS for w in words):
        # an embassy lies in the host city its name gives ("British Embassy Tokyo"), if any
        towns = [e for w in surface.split() if w[:1].isupper() and name_key(w) not in
                 GENERIC_WORDS and not any(c.rank >= 7 for c in gaz.lookup(w))
                 for e in gaz.lookup(w) if e.feature_class == "P"
                 and name_key(e.name) == name_key(w) and e.population >= SEEN_MIN_POP]
        return max(towns, key=lambda e: e.population) if towns else None
    if not words or any(w in _NO_EMBED_WORDS for w in words):
        return None
    org = any(w in _ORG_WORDS for w in words)
    # an organisation may be named by its country's adjective ("European Central Bank")
    inner = _embedded_place(gaz, surface, skip_generic=True, adjectives=org)
    if inner is None or inner.feature_class == "P":
        return None
    if inner.feature_code == "ADM1" and not org:
        return None
    if inner.feature_code not in ("PCLI", "PCLD", "PCLS", "ADM1", "CONT", "RGN"):
        return None
    # a national organisation ("Bank of Mexico") is the country's even in a story set in a
    # town of it; other names keep the (more precise) focus inside the area they name
    national = org and inner.feature_code in ("PCLI", "PCLD", "PCLS", "CONT")
    if not national and (focus.geonameid == inner.geonameid or contains(inner, focus)):
        return None
    return inner


def _embedded_place(gaz: Gazetteer, surface: str, skip_generic: bool = False,
                    adjectives: bool = False) -> Entry | None:
    """The most prominent place named inside an unknown name ("Colorado State University",
    "US Federal Reserve", "Russian Embassy"): a country, admin1 or a city of 100,000+."""
    words = surface.split()
    best: tuple[float, Entry] | None = None
    for n in range(min(4, len(words) - 1), 0, -1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            if not part[:1].isupper():
                continue
            key = name_key(part)
            if skip_generic and all(w in GENERIC_WORDS for w in key.split()):
                continue  # "South", "Centre", "Central": admin1 names somewhere, not here
            for e in gaz.lookup(part):
                main = name_key(e.name) == key or (e.rank >= 8 and (part.isupper() or adjectives))
                if main and (e.rank >= 6 or (e.feature_class == "P" and e.population >= 100_000)):
                    score = e.rank + math.log10(e.population + 10)
                    if best is None or score > best[0]:
                        best = (score, e)
    return best[1] if best else None


def _focus(items: list[_Item], chosen: list[tuple[Entry | None, float]],
           skip: frozenset[int] | set[int] = frozenset()) -> Entry | None:
    """The place the document is about: its most mentioned town (or admin2, admin1, country),
    leaving out `skip` (a dateline town when the story is elsewhere)."""
    counts: dict[int, float] = defaultdict(float)
    entries: dict[int, Entry] = {}
    for (e, conf) in chosen:
        if e is not None and e.geonameid not in skip:
            counts[e.geonameid] += 0.5 + conf
            entries[e.geonameid] = e
    def support(g: int) -> float:
        """Its own mentions, those of the places in its admin1, half those in its country."""
        e = entries[g]
        v = counts[g]
        for g2, e2 in entries.items():
            if g2 != g and e2.country == e.country and e.country:
                same_a1 = e.admin1_code and e2.admin1_code == e.admin1_code
                v += counts[g2] * (1.0 if same_a1 else 0.5)
        return v

    for level in (("P",), ("ADM2",), ("ADM1",), ("PCLI", "PCLD", "PCLS")):
        pool = [g for g, e in entries.items()
                if (e.feature_class in level) or (e.feature_code in level)]
        if pool:
            return entries[max(pool, key=lambda g: (round(support(g), 6), counts[g]))]
    return None


def _inside_or_near(outer: Entry, inner: Entry) -> bool:
    """Whether `inner` lies in the area `outer` or within 50 km of the town `outer`."""
    if contains(outer, inner) or outer.geonameid == inner.geonameid:
        return True
    return outer.feature_class == "P" and haversine_km(
        outer.lat, outer.lon, inner.lat, inner.lon) <= 50.0


def _softmax(scored: list[tuple[Entry, float]]) -> list[tuple[Entry, float]]:
    top = max(x[1] for x in scored)
    ws = [(e, math.exp(v - top)) for e, v in scored]
    z = sum(w for _, w in ws)
    return [(e, w / z) for e, w in ws]


def _rank(items: list[_Item]) -> list[tuple[Entry | None, float]]:
    """Pick a candidate for every item.

    Items with the same name share one reading (one sense per discourse). Each name starts
    from its candidates' priors plus the containment the text states; then, three times,
    every name's reading distribution is re-scored against the others' distributions:
    their country and admin1 mass (document focus) and their nearness.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        groups[it.key].append(i)
    keys = list(groups)
    cands = {k: items[groups[k][0]].candidates for k in keys}
    weight = {k: min(3.0, float(len(groups[k]))) for k in keys}

    contain: dict[str, dict[int, float]] = {k: defaultdict(float) for k in keys}
    for it in items:
        for j in it.containers:
            outer = items[j].candidates[:15]
            inner = it.candidates[:25]
            for e, _ in inner:
                if any(contains(c, e) for c, _ in outer):
                    contain[it.key][e.geonameid] = W_CONTAIN_COMMA if it.comma else W_CONTAIN
            for c, _ in outer:
                if any(contains(c, e) for e, _ in inner):
                    b = contain[items[j].key]
                    b[c.geonameid] = max(b[c.geonameid], W_CONTAIN / 2)

    base = {k: [(e, p + contain[k].get(e.geonameid, 0.0)) for e, p in cands[k]] for k in keys
            if cands[k]}
    dist = {k: _softmax(v) for k, v in base.items()}
    # the name a group key stands for ("paris|texas", "cambridge|brand": "paris", "cambridge")
    name_of = {k: k.split("|")[0] for k in keys}
    for _ in range(3):
        country_mass: dict[str, float] = defaultdict(float)
        admin1_mass: dict[tuple, float] = defaultdict(float)
        own_c: dict[str, dict[str, float]] = {}
        own_a: dict[str, dict[tuple, float]] = {}
        own_2: dict[str, dict[tuple, float]] = {}
        admin2_mass: dict[tuple, float] = defaultdict(float)
        for k, d in dist.items():
            oc: dict[str, float] = defaultdict(float)
            oa: dict[tuple, float] = defaultdict(float)
            o2: dict[tuple, float] = defaultdict(float)
            for e, pr in d:
                if e.admin2_code:
                    o2[(e.country, e.admin1_code, e.admin2_code)] += pr * weight[k]
                if e.country:
                    oc[e.country] += pr * weight[k]
                if e.admin1_code:
                    oa[(e.country, e.admin1_code)] += pr * weight[k]
            own_c[k], own_a[k], own_2[k] = oc, oa, o2
            for a, v in o2.items():
                admin2_mass[a] += v
            for ctry, v in oc.items():
                country_mass[ctry] += v
            for a, v in oa.items():
                admin1_mass[a] += v
        total = sum(weight[k] for k in dist)
        points: dict[str, list[tuple[Entry, float]]] = {}
        for k, d in dist.items():
            top = max(pr for _, pr in d)
            points[k] = [(e, pr / top) for e, pr in sorted(d, key=lambda x: -x[1])[:5]
                         if pr / top > 0.3 and e.feature_class in ("P", "A")
                         and e.feature_code not in ("PCLI", "PCLD", "PCLS")]
        macro: dict[str, list[tuple[Entry, float]]] = {}
        for k, d in dist.items():
            top = max(pr for _, pr in d)
            macro[k] = [(e, pr / top) for e, pr in sorted(d, key=lambda x: -x[1])[:3]
                        if pr / top > 0.3 and e.feature_code != "CONT"]
        new = {}
        for k, scored in base.items():
            rest = max(1.0, total - weight[k])
            out = []
            for e, v in scored:
                if k.endswith("|brand"):
                    out.append((e, v))  # a brand's place: the prior (see BRAND_PRIOR_ONLY)
                    continue
                cm = country_mass.get(e.country or "", 0.0) - own_c[k].get(e.country or "", 0.0)
                am = 0.0
                if e.admin1_code:
                    a = (e.country, e.admin1_code)
                    am = admin1_mass.get(a, 0.0) - own_a[k].get(a, 0.0)
                if e.admin2_code:
                    a2 = (e.country, e.admin1_code, e.admin2_code)
                    v += W_ADMIN2 * (admin2_mass.get(a2, 0.0) - own_2[k].get(a2, 0.0)) / rest
                if e.feature_code in ("PCLI", "PCLD", "PCLS"):
                    am = cm  # a country holds all its places, as an admin1 holds its own
                v += W_COUNTRY * cm / rest + W_ADMIN1 * am / rest
                if e.population >= SEEN_MIN_POP or e.feature_code == "ADM1":
                    v += W_COUNTRY_SEEN * min(1.0, cm)
                far = 0.0
                for k2, pts in macro.items():
                    if name_of[k2] == name_of[k]:
                        continue
                    for p, pr in pts:
                        far = max(far, pr * math.exp(
                            -haversine_km(e.lat, e.lon, p.lat, p.lon) / MACRO_KM))
                v += W_MACRO * far
                if e.feature_class == "P" or e.feature_code == "ADM2":
                    near = 0.0
                    for k2, pts in points.items():
                        if name_of[k2] == name_of[k]:
                            continue
                        for p, pr in pts:
                            d_km = haversine_km(e.lat, e.lon, p.lat, p.lon)
                            near = max(near, pr * math.exp(-d_km / NEAR_KM))
                    v += W_NEAR * near
                out.append((e, v))
            new[k] = _softmax(out)
        dist = new
    # a village abroad that nothing else in a document with other places points to is not
    # a reading ("Middle East" -> Middle East, Maryland in an article about Syria)
    support: dict[str, dict[str, float]] = {}
    support_a1: dict[str, dict[tuple, float]] = {}
    best_of = {k: max(d, key=lambda x: x[1]) for k, d in dist.items()}
    for k in dist:
        sup: dict[str, float] = defaultdict(float)
        sup1: dict[tuple, float] = defaultdict(float)
        for k2, (e2, pr2) in best_of.items():
            if k2 != k and e2.country:
                sup[e2.country] += weight[k2]
                if e2.admin1_code and e2.feature_code not in ("PCLI", "PCLD", "PCLS"):
                    sup1[(e2.country, e2.admin1_code)] += weight[k2]
        support[k] = sup
        support_a1[k] = sup1
    # "CAMP MURRAY, Wash." and "at home in Washington": the state an abbreviation names
    # is what the same area's full name means elsewhere in the document (not Washington,
    # DC); a mention with its own container ("Washington, D.C.") keeps its reading
    areas = {best_of[it.key][0].geonameid for it in items if ABBREV_SAME_AREA and it.abbrev
             and it.key in best_of and best_of[it.key][0].feature_code == "ADM1"}
    result: list[tuple[Entry | None, float]] = []
    for it in items:
        it_dist = dist.get(it.key)
        if not it_dist:
            result.append((None, 0.0))
            continue
        e, pr = best_of[it.key]
        if areas and not it.abbrev and not it.containers and e.geonameid not in areas:
            hit = [(a, p) for a, p in it_dist if a.geonameid in areas
                   and name_key(a.name) == name_of[it.key]]
            if hit:
                e, pr = hit[0]
        others = sum(support[it.key].values())
        if (e.feature_class == "P" and e.population < VILLAGE_POP and others >= VILLAGE_OTHERS
                and support[it.key].get(e.country or "", 0.0) == 0.0 and not contain[it.key]):
            result.append((None, 0.0))
            continue
        if (e.feature_class == "P" and e.population < VILLAGE_POP and not contain[it.key]
                and support_a1[it.key].get((e.country, e.admin1_code), 0.0) == 0.0
                and max(support_a1[it.key].values(), default=0.0) >= STATE_FOCUS_MIN
                and sum(v for (c, _), v in support_a1[it.key].items() if c == e.country)
                >= STATE_FOCUS_SHARE * sum(support_a1[it.key].values())):
            # a village in another state of the one the story is set in, nothing near it
            result.append((None, 0.0))
            continue
        if (_short_alias(it, e, name_of[it.key]) and others > 0 and not contain[it.key]
                and support[it.key].get(e.country or "", 0.0) == 0.0):
            # "Zad" in a story about Helmand is no Zadar: a town abroad reached only by a
            # name of SHORT_ALIAS_MAX letters that is not its own, nothing else there
            result.append((None, 0.0))
            continue
        owner = result[it.possessor][0] if it.possessor is not None else None
        if owner is not None and not _inside_or_near(owner, e):
            # "London's Heathrow" is not Heathrow, Florida: the unknown place in London
            result.append((None, 0.0))
            continue
        result.append((_area_named(it, e), pr))
    return result


def _short_alias(it: _Item, e: Entry, name: str) -> bool:
    """The town `e` is read from a short name (SHORT_ALIAS_MAX letters or fewer) that is one
    of its other names, not its own and not an abbreviation in the text ("Zad" for Zadar)."""
    letters = name.replace(" ", "")
    return (e.feature_class == "P" and len(letters) <= SHORT_ALIAS_MAX and not it.abbrev
            and name_key(e.name) != name)


def _area_named(it: _Item, e: Entry) -> Entry:
    """The area a following place noun names ("Kandahar province") for the town `e` of its
    name, if `e` is in it; else `e`."""
    if e.feature_class != "P":
        return e
    for area in it.areas:  # best prior first: the kind the noun names
        m = _SUFFIX_RE.match(area.name)  # "Eastland County" for Eastland
        stem, name = name_key(m.group(1) if m else area.name), name_key(e.name)
        # (or its adjective form: "Donetska oblast" for Donetsk)
        if contains(area, e) and (stem == name or (stem.startswith(name)
                                                   and len(stem) - len(name) <= 2)):
            return area
    return e
