"""Context ranking of the candidate places of a document's names (`name_candidates`):
containment written in the text, the document's focus countries and admin1 areas, nearness
to the other places named, one sense per name, and a short alias or an area named like its
town. Moved out of `resolve` (the same code).
"""

from __future__ import annotations

import math
from collections import defaultdict

from .containment import contains, haversine_km
from .gazetteer import Entry, name_key
from .name_candidates import SEEN_MIN_POP, _SUFFIX_RE, _Item
from .namesakes import country_over_namesake


W_CONTAIN = 6.0
W_CONTAIN_COMMA = 14.0
W_COUNTRY = 7.0
W_ADMIN1 = 7.0
W_NEAR = 5.0
NEAR_KM = 150.0
# a town abroad that a name this short reaches only as one of its other names ("Zad":
# Zadar) is no reading unless the document's other places lie in its country
SHORT_ALIAS_MAX = 3
W_ADMIN2 = 4.0
VILLAGE_POP = 20000
# a village (< VILLAGE_POP) in an admin1 nothing else names, when the story's places lie in
# other admin1 areas of the same country (one named by STATE_FOCUS_MIN+ mentions, and that
# country holds STATE_FOCUS_SHARE of the admin1 mentions), is dropped: the name falls back
# to the document's focus (Gratis, Ohio in a Walton County, Georgia story)
STATE_FOCUS_MIN = 3.0
STATE_FOCUS_SHARE = 0.8
VILLAGE_OTHERS = 1


W_COUNTRY_SEEN = 4.0  # the document names this country (or a place in it) elsewhere
W_MACRO = 2.0  # within about 1,000 km of the other places the document names
MACRO_KM = 1000.0


# an admin1 area named by an abbreviation in the document ("Wash.", "Calif.") is what the
# same area's full name means elsewhere in it ("Washington": the state, not DC)
ABBREV_SAME_AREA = True


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
    # a people's adjective ("American advisers", "Australian aid") says whose, not where: it
    # does not place a village of that country in a story set elsewhere
    people_only = {k for k in keys if all(items[i].people for i in groups[k])}
    for k in dist:
        sup: dict[str, float] = defaultdict(float)
        sup1: dict[tuple, float] = defaultdict(float)
        for k2, (e2, pr2) in best_of.items():
            if k2 != k and e2.country and k2 not in people_only:
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
        if _outside_stated_area(it, e, items, contain[it.key]):
            # "the town of Boni in central Mali" is no Bonn (one of whose other names is
            # "Boni"): the text says which country holds the name; a place the gazetteer
            # lacks there (`fallback.container_entry`)
            result.append((None, 0.0))
            continue
        owner = result[it.possessor][0] if it.possessor is not None else None
        if owner is not None and not _inside_or_near(owner, e):
            # "London's Heathrow" is not Heathrow, Florida: the unknown place in London
            result.append((None, 0.0))
            continue
        e, pr = country_over_namesake(it, e, pr, it_dist, name_of[it.key], support_a1[it.key])
        result.append((_area_named(it, e), pr))
    return result


def _outside_stated_area(it: _Item, e: Entry, items: list[_Item],
                         contained: dict[int, float]) -> bool:
    """The text writes an area around the name ("X in central Mali", "X of Khyber
    district"; not a comma, which also lists towns, nor "near" a town), no reading of the
    name lies in any reading of that area, and `e` lies in another country than the area's
    best reading: the gazetteer lacks the place the text means."""
    if it.comma or contained or not it.containers:
        return False
    areas = [items[j].candidates[0][0] for j in it.containers if items[j].candidates]
    if not areas or any(c.feature_class != "A" for c in areas):
        return False  # "X near Y", or a container read as a town: no stated area
    return all(c.country and c.country != e.country for c in areas)


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
    if it.admin1_noun and it.areas and e.feature_class == "P":
        # "the Donetsk region" in a story that also names Russia: the word says a province
        # is meant, and no town (Donetsk, Rostov oblast) is one; the area of the name, in
        # the town's country where there is one there
        return next((a for a in it.areas if a.country == e.country), it.areas[0])
    return e
