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

The names and their candidates are `name_candidates`', the ranking in context
`context_rank`', distance and containment `containment`'.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import defaultdict

from ..records import Place, Span, Toponym
from .containment import contains
from .context_rank import _rank
from .fallback import container_entry, dateline_towns, distance_reference, sentence_area
from .gazetteer import Entry, Gazetteer, ascii_fold, name_key
from .name_candidates import _DIRECTION_RE, _LEGISLATURES, SEEN_MIN_POP, _Item, _items
from .place_context import place_noun_after
from .place_words import GENERIC_WORDS
from .recognize import Mention
from .told_near import near_reference, told_near

# the second-level division nouns a name may carry ("X district")
_DIVISIONS = frozenset(("district", "county", "municipality", "prefecture"))

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
# direction words that say which part of an area is meant: the area's point stays, its
# precision becomes "region" (a part of the named country/admin area)
PART_WORDS = frozenset("""north south east west northern southern eastern western central
northeastern northwestern southeastern southwestern north-eastern north-western
south-eastern south-western northeast northwest southeast southwest upper lower""".split())


def _precision(e: Entry, modifier: str | None) -> str:
    """The entry's precision; a direction word on an area ("southern Syria", "northern
    Kaduna State") says a part of it is meant: precision "region", the point unchanged."""
    words = set((modifier or "").split())
    if words & PART_WORDS and e.feature_code in ("PCLI", "PCLD", "PCLS", "ADM1", "ADM2"):
        return "region"
    return e.precision


# the word for a kind of division that opens a division's official name ("Amphoe Bannang
# Sata", "Municipio de Morales", "Arrondissement de Cayes"): the text writes the name bare
ADMIN_TERMS = frozenset("""amphoe changwat khet tambon municipio municipality gemeente kabupaten
kota kecamatan arrondissement departamento provincia distrito partido canton comune district
county""".split())
_JOINING_WORDS = frozenset(("and", "va", "y", "et"))
_TERM_LINKS = frozenset("de del di d of da do du".split())


def _without_admin_term(name: str, written: str) -> str:
    """The division's name as the text writes it, when the gazetteer's differs only by a
    division term before it."""
    full, bare = name_key(name).split(), name_key(written).split()
    if not bare or len(full) <= len(bare) or full[-len(bare):] != bare:
        return name
    extra = full[:-len(bare)]
    if extra[0] in ADMIN_TERMS and all(w in _TERM_LINKS for w in extra[1:]) \
            and not written.isupper():
        return written.strip()
    return name


def _entry_place(e: Entry, span: Span, modifier: str | None = None) -> Place:
    # an admin area by its ASCII admin name when that is the same name ("Ghaznī": Ghazni)
    area = {"ADM1": e.admin1_name, "ADM2": e.admin2_name}.get(e.feature_code)
    name = area if area and name_key(area) == name_key(e.name) else e.name
    # the text's spelling of the same name without the transliteration's apostrophe
    # ("Debre Markos" for "Debre Mark’os")
    if any(c in name for c in "'’ʼ‘`") and not span.text.isupper() \
            and name_key(span.text) == name_key(name) and ascii_fold(span.text).lower() \
            == "".join(c for c in ascii_fold(name) if c not in "'’ʼ‘`").lower():
        name = span.text
    name = _without_admin_term(name, span.text) if e.feature_class == "A" else name
    # "Sistan-Baluchestan" for "Sistan va Baluchestan": the text's hyphenated spelling
    if e.feature_class == "A" and "-" in span.text and not span.text.isupper() \
            and set(name_key(name).split()) & _JOINING_WORDS \
            and not set(name_key(span.text).split()) & _JOINING_WORDS:
        name = span.text.strip()
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
    chosen = told_near(text, items, _named_states(text, items, _rank(items), gazetteer))
    chosen = _no_namesake_of_stated(items, chosen, text)
    focus = _focus(items, chosen, dateline_towns(text, items, chosen)) if fallback else None
    out: list[Toponym] = []
    stated: dict[str, Place] = {}  # an unknown name's place in an area the text states
    for index, (it, (entry, conf)) in enumerate(zip(items, chosen)):
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
            beside = None if area is not None or inner is not None else near_reference(
                text, items, chosen, it)  # "X, on the outskirts of Y": in Y's province
            told = None if area is not None or inner is not None else (
                distance_reference(text, items, chosen, it) or beside or sentence_area(
                    text, items, chosen, index, focus))
            if area is not None and area.precision in ("country", "region"):
                told, area = area, None  # "the village of X in northern Y": a town of Y
            where, conf = ((inner, 0.2) if inner is not None else (area, 0.15)
                           if area is not None else (told, 0.1) if told is not None
                           else (focus, 0.1) if focus else (None, conf))
            place = None if where is None else Place(
                name=span.text, country=where.country, precision=where.precision,
                admin1=where.admin1_name, admin2=where.admin2_name, lat=where.lat,
                lon=where.lon, evidence=(span,))
            if area is not None and place is not None and area.feature_code == "ADM1" \
                    and place_noun_after(text, it.start, it.end) not in _DIVISIONS \
                    and span.text.split()[-1].lower() not in _DIVISIONS:
                # "outside X in the Y region": a town inside the province, not the province
                # (an unknown "X district, Y province" stays at the province's precision)
                place = dataclasses.replace(place, precision="city")
            if told is not None and place is not None:
                # a town of that area: its own name, the area's country and province
                place = dataclasses.replace(place, precision="city", admin1=(
                    told.admin1_name if told.feature_code in ("ADM1", "ADM2")
                    or told is beside else None),
                    admin2=told.admin2_name if told.feature_code == "ADM2" else None)
        out.append(Toponym(span=span, place=place, score=round(conf, 3), modifier=it.modifier))
        if entry is None and place is not None and (area is not None or told is not None):
            stated.setdefault(_bare_key(span.text), place)
    return _stated_sense(out, stated)


def _bare_key(name: str) -> str:
    """The lookup key of a name without a division noun after it ("Nasir county": "nasir")."""
    words = name_key(name).split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in _DIVISIONS else words)


def _no_namesake_of_stated(items: list[_Item], chosen: list[tuple[Entry | None, float]],
                           text: str) -> list[tuple[Entry | None, float]]:
    """"Nasir, in South Sudan's Upper Nile state ... Nasir county ... in Nasir": a name the
    text places in an area it states (`container_entry`), where the gazetteer has no such
    town there, is that unknown place in its other mentions too, not a namesake of another
    country the gazetteer knows by that name (a village in Turkey called Nasir by another
    name); `_stated_sense` gives them the stated mention's place."""
    areas = {}
    for it, (entry, _conf) in zip(items, chosen):
        if entry is None and not it.context_only:
            area = container_entry(items, chosen, it)
            if area is not None and area.country:
                areas.setdefault(_bare_key(text[it.start:it.end]), area.country)
    if not areas:
        return chosen
    return [(None, conf) if entry is not None and entry.precision not in ("country", "region")
            and areas.get(_bare_key(text[it.start:it.end]), entry.country) != entry.country
            else (entry, conf) for it, (entry, conf) in zip(items, chosen)]


def _stated_sense(out: list[Toponym], stated: dict[str, Place]) -> list[Toponym]:
    """The other mentions of a name left unknown by `_no_namesake_of_stated` take the place
    of the mention the text placed."""
    for n, t in enumerate(out):
        where = stated.get(_bare_key(t.span.text))
        if where is None or t.place is None or t.place.geonameid is not None \
                or t.place == where or t.place.evidence == where.evidence:
            continue
        out[n] = dataclasses.replace(t, place=dataclasses.replace(
            where, name=t.span.text, evidence=(t.span,)), score=0.15)
    return out


def _named_states(text: str, items: list[_Item], chosen: list[tuple[Entry | None, float]],
                  gazetteer: Gazetteer) -> list[tuple[Entry | None, float]]:
    """"Bandits free villagers in Katsina" over "... of Katsina State": a town read from a
    name the document also writes as "<Name> State" is that state (the state's namesake
    capital is not meant), as an abbreviation's state is ("CAMP MURRAY, Wash.")."""
    states: dict[str, Entry] = {}
    for it, (e, _) in zip(items, chosen):
        if e is None or not e.admin1_code or not re.match(r"\s+State\b", text[it.end:it.end + 7]
                                                          ) and not it.key.endswith(" state"):
            continue
        area = e if e.feature_code == "ADM1" else gazetteer.admin1(e.country, e.admin1_code)
        if area is not None:
            states[name_key(area.name)] = area
    if not states:
        return chosen
    out = []
    for it, (e, conf) in zip(items, chosen):
        area = states.get(it.key)
        if e is not None and area is not None and e.feature_class == "P" \
                and (e.country, e.admin1_code) == (area.country, area.admin1_code):
            e = area
        out.append((e, conf))
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

