"""The names a document's place mentions give to resolve, and the candidate places of each
with its prior: a mention, or the head and container of "X, Y" inside one ("Andar district,
Ghazni province", "Paris in Texas", "London's Heathrow"); the readings the gazetteer has for
a name, ranked first by feature (continent > country > admin1 > capital > town), population
and main name, and by what the name itself says (a generic word, a direction, an article, a
brand, an abbreviation). `context_rank` then weighs them in context. Moved out of `resolve`
(the same code).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .containment import contains, named_for_town
from .country_town import in_told_country
from .fallback import COMPASS_PART
from .gazetteer import Entry, Gazetteer, name_key
from .namesakes import COUNTRY_CODES, dateline_city, is_dateline
from .place_context import place_noun_after, place_noun_before
from .place_words import DIRECTIONS, GENERIC_WORDS
from .recognize import Mention


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
VALLEY_MIN_POP = 20000  # an area a valley is named for is a sizeable one
_VALLEY_RE = re.compile(r"^(?:the\s+)?(.+?)\s+Valley$")
# the Arabic article as place names are written in English ("Al Qamishli", "ar-Raqqa");
# hyphenated._ARTICLE adds the forms it sees only before a hyphen ("ath-", "ad-d", "ar-r")
ARABIC_ARTICLES = ("al", "el", "ar", "as", "ad", "an", "at", "az", "ash")
_ARTICLE_RE = re.compile(r"^(?:" + "|".join(ARABIC_ARTICLES) + r")[- ](\S.*)$", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"^(?:\s+(?:state|province|region|division|governorate|prefecture|"
                             r"department|county|district))?['’]s\s+$")
# (a part of the area may be named: "the village of X in northern Y")
_CONTAIN_GAP = re.compile(r"^\s*(?:(?:district|village|town|city|area|province|county|region)"
                          r"\s*)?(?:,|,?\s*(?:in|of|near)|province\s+of)\s*(?:the\s+)?"
                          # a country's possessive the tagger read as no place ("X in
                          # Mali's central Y region", "in central Mali's Y region")
                          r"(?:" + COMPASS_PART + r"\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
                          r"(?:" + COMPASS_PART + r"\s+)?$", re.IGNORECASE)

# "X village near the Congolese border", "X, on the border with Y": across the border lies
# another country, which does not contain the name
_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:border|frontier)\b", re.IGNORECASE)

RANK_PRIOR = {"CONT": 7.0, "PCLI": 7.0, "PCLD": 5.0, "PCLS": 5.0, "ADM1": 4.5, "PPLC": 6.0,
              "RGN": 8.0, "OCN": 12.0, "SEA": 10.5, "PPLA": 1.0, "ADM2": 0.5, "PPL": 0.0}
_BIG = ("PCLI", "PCLD", "PCLS", "CONT", "OCN", "SEA", "RGN")
W_POP = 0.9
W_MAIN_NAME = 2.0
W_HINT = 3.0


W_SAME_NAME_AREA = 3.0
W_ALT_SMALL = 2.0


ALT_NAME_MIN_POP = 50_000


TOWNSHIP_MAX_POP = 50_000


W_DIRECTION = 1.0


W_REGION_TOWN = 4.0  # ...more so a small town named like a region/sea ("Middle East", Maryland)
W_ALT_OF_BIG = 4.0  # a town known by another name that is a country's/sea's own name


# a country the document names counts for its prominent places only (not "Mexico, New
# York"; `context_rank.W_COUNTRY_SEEN`)
SEEN_MIN_POP = 100_000


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
    admin1_noun: bool = False  # the noun is an admin1 word ("region", "oblast", "province")
    people: bool = False  # a people's adjective ("American advisers"): whose, not where


def _candidates(gaz: Gazetteer, surface: str,
                dateline: bool = False) -> list[tuple[Entry, float]]:
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
    suffixed = m is not None  # "X County", "X City": the name also looked up without it
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
    m = _VALLEY_RE.match(surface)
    if m:  # "the Bekaa Valley", "Swat Valley": the admin area the valley is named for
        names.append((m.group(1), "VALLEY"))
    m = _DIRECTION_RE.match(surface) if not whole else None
    if m:  # "West Surrey", "Southern California": the place, narrowed (not moved);
        # never when the whole is a name ("South Africa", "North Korea")
        names.append((m.group(2), "DIR"))
    best: dict[int, tuple[Entry, float]] = {}
    hinted_area: dict[int, str] = {}  # the division word's kind ("A1" region, "A2" district)
    # an upper-case dateline ("GWOZA, Nigeria (Reuters) -") is a place, never an acronym
    acronym = surface.isupper() and len(surface) <= 5 and surface.isalpha() and not dateline
    for name, hint in names:
        for e in gaz.lookup(name):
            if name == township and e.feature_class == "P" and e.population >= TOWNSHIP_MAX_POP:
                continue  # "Jackson Township" is a small municipality, not the city of Jackson
            if hint == "VALLEY" and (e.feature_code not in ("ADM1", "ADM2")
                                     or e.population < VALLEY_MIN_POP):
                continue  # "Jordan Valley" is neither the country nor a small municipality
            if acronym and not e.name.isupper() and e.population < SEEN_MIN_POP and (
                    e.feature_class == "P" and name_key(e.name) == name_key(name) or (
                        len(surface) <= 3 and e.feature_class in ("P", "A") and e.rank < 7)):
                # "OAS": an acronym, not the town "Oas"; of three letters or fewer ("the IG
                # said", "the DPO said") nor the commune "Ig" or a small town it is another
                # name of (an airport's code); a longer word may be a town's or area's name
                continue
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
                hinted_area[e.geonameid] = hint
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
    # "Delhi" is the Indian city of that name, not Dili (a capital, one of whose other names
    # is "Delhi"): a place known here only by another name yields to a larger one that bears
    # the name as its own
    own = [e for e, _ in best.values() if e.feature_class == "P"
           and name_key(e.name) in (name_key(surface), full_key)]
    for gid, (e, prior) in list(best.items()):
        if e.feature_class == "P" and name_key(e.name) not in (name_key(surface), full_key) \
                and any(o.population > 10 * max(e.population, 1) for o in own):
            best[gid] = (e, prior - W_ALT_OF_BIG)
    # an admin area and a town inside it share the name: the town is meant unless the text
    # says "province"/"county"...; a town that holds a quarter of the area's people wins outright
    towns = [(e, p) for e, p in best.values() if e.feature_class == "P" and e.population >= 1000]
    for gid, (e, prior) in list(best.items()):
        if e.population == 0 and hinted_area.get(gid) != "A2" \
                and any(named_for_town(e, t) for t, _ in best.values()):
            # a district with no town linked to it, named for this one: the town, or the
            # province a "region" names ("the Donetsk region"), unless "district" names it
            del best[gid]
            continue
        if e.feature_code not in ("ADM1", "ADM2") or hinted_area.get(gid):
            continue
        inside = [(t, tp) for t, tp in towns if contains(e, t) or named_for_town(e, t)]
        if not inside:
            continue
        t, tp = max(inside, key=lambda x: x[0].population)
        # ...and so does a town named like an area the text calls by another of its names
        # ("Kherson": Khersonska oblast / Kherson city)
        if t.population >= 0.25 * max(1, e.population) or name_key(e.name) != full_key:
            best[gid] = (e, min(prior - W_SAME_NAME_AREA, tp - 0.5))
        else:
            best[gid] = (e, prior - W_SAME_NAME_AREA)
    if suffixed and any(name_key(e.name) == full_key for e, _ in best.values()):
        # "Mexico City", "Kuwait City": a place bears the whole name, so the country named
        # by the name without its generic word is no reading of it
        best = {gid: v for gid, v in best.items() if v[0].feature_code not in COUNTRY_CODES
                or name_key(v[0].name) == full_key}
    return sorted(best.values(), key=lambda x: -x[1])[:40]


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_DIRECTION_BEFORE = re.compile(r"\b(?:" + "|".join(DIRECTIONS) + r")\s+$", re.IGNORECASE)


def _the_sea(text: str, m: Mention, cands: list[tuple[Entry, float]],
             ) -> list[tuple[Entry, float]]:
    """"in the Red Sea", "over the southern Red Sea": a sea's name after "the", with no place
    noun after it, is the sea, not the province named after it (Egypt's "Red Sea
    governorate", Sudan's "Red Sea State" say which they are), whatever the context."""
    key = name_key(text[m.start:m.end])
    seas = [(e, p) for e, p in cands if e.feature_code in ("SEA", "OCN")
            and name_key(e.name) == key]
    before = _DIRECTION_BEFORE.sub("", text[max(0, m.start - 40):m.start])
    if not seas or not _THE_BEFORE.search(before) or place_noun_after(text, m.start, m.end):
        return cands
    return seas


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
        item = _Item(m.start, m.end, name_key(surface), m.modifier,
                     people=m.label == "NORP")
        dateline = is_dateline(text, m.start, m.end)
        item.candidates = in_told_country(text, m.start, gaz, _the_sea(
            text, m, _candidates(gaz, surface, dateline)))
        if dateline:  # "LA PAZ (Reuters) -": the city
            item.candidates = dateline_city(item.candidates)
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
            if noun in ("town", "village", "city") and place_noun_before(text, m.start) \
                    and any(e.feature_class == "P" for e, _ in item.candidates):
                # "the town of X": a town, not the district or municipality of its name
                item.candidates = sorted(
                    [(e, p + (W_HINT if e.feature_class == "P" else 0.0))
                     for e, p in item.candidates], key=lambda x: -x[1])
            if kind in ("A1", "A2") and name_key(surface) not in GENERIC_WORDS:
                # a province may be an admin2 area (Peru, Spain), a district or county is
                # no admin1 ("Ayacucho district" is not the region of Ayacucho) unless the
                # admin1 areas are its country's finest the gazetteer holds: Kenya's
                # counties (its former districts, "Wajir district"), Liberia's counties
                item.areas = [e for e, _ in _candidates(gaz, f"{surface} {noun}")
                              if e.feature_code == "ADM2" or (e.feature_code == "ADM1" and (
                                  kind == "A1" or not gaz.has_admin2(e.country)))]
                item.admin1_noun = kind == "A1"
                if not item.areas and kind == "A1":
                    # "the Donetsk region": no entry has the noun in its name, but an admin1
                    # area has the name itself (Donetska oblast), not the city of Donetsk
                    item.areas = [e for e, _ in item.candidates if e.feature_code == "ADM1"]
        # (not a country's or a state's name: "Florida Panthers", "Georgia Environmental
        # Protection Division" is the state the story's context picks, not the country)
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
            if b.start >= a.end and _CONTAIN_GAP.match(text[a.end:b.start]) \
                    and not _BORDER_AFTER.match(text, b.end):
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
