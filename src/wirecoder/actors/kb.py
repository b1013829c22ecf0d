"""The actor knowledge base: entities with aliases, kind, country and sector, and dated
statements about them (offices held, designations, memberships) with their provenance.

Everything lives as data under `wirecoder/data/actors/` (see its README): countries.csv,
lexicon.yaml (institution templates, titles, generic actor nouns), institutions.yaml,
organizations.yaml and people.yaml, plus optional user overlay files (`kb add`). The KB is
built and validated once per process and cached as a pickle keyed by the data's hash.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..errors import KnowledgeBaseError
from ..records import stable_id

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
DATA_FILES = ("countries.csv", "lexicon.yaml", "institutions.yaml", "organizations.yaml",
              "people.yaml")
CACHE_VERSION = "3"
EXTRA_ISO3 = {"XKX"}  # Kosovo (user-assigned code in common use)
# properties whose value is another entity's id
ENTITY_VALUED = {"position", "member_of", "part_of", "leader", "designated"}

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def alias_key(text: str) -> str:
    """The form aliases are matched in: lower case, no accents, no dots or apostrophes,
    hyphens and dashes as spaces ("Hay’at Tahrir al-Sham" -> "hayat tahrir al sham")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "").replace("'", "").replace("‘", "").replace(".", "")
    text = re.sub(r"[\s\-–—_/“”\"(),]+", " ", text)
    return text.strip()


def prefixes_of(keys: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for key in keys:
        words = key.split()
        for n in range(1, len(words) + 1):
            out.add(" ".join(words[:n]))
    return out


def _to_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return date(int(text[:4]), int(text[5:7]), 1)
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise KnowledgeBaseError("W401", path="<data>", why=f"bad date {value!r}") from exc


@dataclass(frozen=True)
class Statement:
    """One dated fact with its provenance: `subject` `property` `value` from `start` to `end`."""

    subject: str
    property: str
    value: str
    start: date | None = None
    end: date | None = None
    source: str = ""
    qualifiers: tuple[tuple[str, str], ...] = ()
    document_id: str | None = None
    evidence: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        return stable_id("stmt", self.subject, self.property, self.value,
                         self.start, self.end, self.document_id or self.source)

    def qualifier(self, key: str) -> str | None:
        return dict(self.qualifiers).get(key)

    def active(self, on: date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "subject": self.subject, "property": self.property,
            "value": self.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "source": self.source,
        }
        if self.qualifiers:
            out["qualifiers"] = dict(self.qualifiers)
        if self.document_id:
            out["document_id"] = self.document_id
        if self.evidence:
            out["evidence"] = self.evidence
        return out


@dataclass(frozen=True)
class Entity:
    """An actor: a state, institution, group, organisation or person."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
                "sector": self.sector, "aliases": list(self.aliases), "source": self.source}


@dataclass(frozen=True)
class Resolved:
    """An entity's attributes on a date (a person takes those of the office held then)."""

    entity: Entity
    country: str | None
    sector: str | None
    kind: str
    role: str | None = None
    office: str | None = None  # the id of the office held on the date


@dataclass
class Lexicon:
    sectors: dict[str, str] = field(default_factory=dict)
    kinds: list[str] = field(default_factory=list)
    institutions: dict[str, dict[str, Any]] = field(default_factory=dict)
    institution_phrases: dict[str, str] = field(default_factory=dict)  # key -> INST
    titles: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> info
    generic: dict[str, dict[str, Any]] = field(default_factory=dict)
    descriptions: dict[str, list[str]] = field(default_factory=dict)
    org_keywords: dict[str, str] = field(default_factory=dict)


class KnowledgeBase:
    """Entities, their aliases and their dated statements, with lookups by alias and date."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.statements: list[Statement] = []
        self.by_subject: dict[str, list[Statement]] = {}
        self.aliases: dict[str, list[str]] = {}  # alias key -> entity ids
        self.case_sensitive: dict[str, set[str]] = {}  # alias key -> exact surface forms
        self.case_free: set[str] = set()  # keys some alias allows in any case
        self.countries: dict[str, str] = {}  # key of a name/demonym/capital -> ISO3
        self.country_forms: dict[str, str] = {}  # key -> "name" | "demonym" | "capital" | "people"
        self.lexicon = Lexicon()
        self.max_alias_tokens = 1
        self.source_hash = ""
        self.prefixes: dict[str, set[str]] = {}  # table name -> every word-prefix of its keys

    def finalize(self) -> None:
        """Index the word-prefixes of every phrase table (the linker stops early on them)."""
        lex = self.lexicon
        tables = {"aliases": self.aliases, "countries": self.countries,
                  "institution_phrases": lex.institution_phrases, "titles": lex.titles,
                  "generic": lex.generic, "descriptions": lex.descriptions}
        self.prefixes = {name: prefixes_of(t) for name, t in tables.items()}
        self.prefixes["first"] = {key.split()[0] for t in tables.values() for key in t if key}

    # ------------------------------------------------------------------ building
    def add_entity(self, entity: Entity) -> None:
        if entity.id in self.entities:
            raise KnowledgeBaseError("W401", path=entity.source or "<data>",
                                     why=f"duplicate entity id {entity.id!r}")
        self.entities[entity.id] = entity
        for alias in {entity.name, *entity.aliases}:
            self.add_alias(alias, entity.id)

    def add_alias(self, alias: str, entity_id: str) -> None:
        alias = re.sub(r"^(the|The)\s+", "", alias.strip())
        key = alias_key(alias)
        if not key:
            return
        ids = self.aliases.setdefault(key, [])
        if entity_id not in ids:
            ids.append(entity_id)
        surface = alias.replace(".", "").strip()
        letters = re.sub(r"[^A-Za-z]", "", surface)
        if letters.isupper() and len(letters) <= 5 or len(key) <= 2:
            self.case_sensitive.setdefault(key, set()).add(surface)
        else:
            self.case_free.add(key)
        self.max_alias_tokens = max(self.max_alias_tokens, len(key.split()))

    def add_statement(self, st: Statement) -> None:
        self.statements.append(st)
        self.by_subject.setdefault(st.subject, []).append(st)

    # ------------------------------------------------------------------ lookups
    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def lookup(self, text: str) -> list[Entity]:
        """Entities whose alias matches `text` (alias-key equality)."""
        return [self.entities[i] for i in self.aliases.get(alias_key(text), [])]

    def country_of(self, text: str) -> str | None:
        return self.countries.get(alias_key(text))

    def institution(self, iso3: str, key: str) -> Entity | None:
        return self.entities.get(f"{iso3}-{key}")

    def search(self, query: str, limit: int = 20) -> list[Entity]:
        """Entities by id, alias, or words of their names (best first)."""
        key = alias_key(query)
        hits: list[Entity] = []
        if query in self.entities:
            hits.append(self.entities[query])
        if query.upper() in self.entities:
            hits.append(self.entities[query.upper()])
        hits += [self.entities[i] for i in self.aliases.get(key, [])]
        iso3 = self.countries.get(key)
        if iso3 and iso3 in self.entities:
            hits.append(self.entities[iso3])
        words = key.split()
        if words and len(hits) < limit:
            for ent in self.entities.values():
                names = [alias_key(a) for a in (ent.name, *ent.aliases)]
                if any(all(w in n.split() for w in words) for n in names):
                    hits.append(ent)
                if len(hits) >= limit * 3:
                    break
        seen: set[str] = set()
        out = []
        for ent in hits:
            if ent.id not in seen:
                seen.add(ent.id)
                out.append(ent)
        return out[:limit]

    def facts(self, subject: str | None = None, on: date | None = None,
              property: str | None = None, extra: Iterable[Statement] = ()) -> list[Statement]:
        """Statements (about `subject`, holding on `on`, of `property`), KB and `extra`."""
        pool = self.by_subject.get(subject, []) if subject else self.statements
        pool = list(pool) + [s for s in extra if subject is None or s.subject == subject]
        out = []
        for st in pool:
            if property and st.property != property:
                continue
            if on is not None and not st.active(on):
                continue
            out.append(st)
        return sorted(out, key=lambda s: (s.start or date.min, s.property, s.value))

    def _dated(self, entity_id: str, prop: str, on: date | None) -> str | None:
        hits = [s for s in self.by_subject.get(entity_id, ())
                if s.property == prop and s.active(on or date.today())]
        hits.sort(key=lambda s: s.start or date.min)
        return hits[-1].value if hits else None

    def resolve(self, entity_id: str, on: date | None = None) -> Resolved | None:
        """Country, sector and kind of an entity on a date (`None`: today)."""
        ent = self.entities.get(entity_id)
        if ent is None:
            return None
        when = on or date.today()
        if ent.kind != "person":
            return Resolved(ent, self._dated(ent.id, "country", when) or ent.country,
                            self._dated(ent.id, "sector", when) or ent.sector,
                            self._dated(ent.id, "kind", when) or ent.kind)
        positions = [s for s in self.by_subject.get(ent.id, ()) if s.property == "position"]
        active = sorted((s for s in positions if s.active(when)),
                        key=lambda s: (s.start or date.min))
        if not active:
            # out of office on that date: keep the nationality, no sector
            return Resolved(ent, ent.country, None, "person")
        office = active[-1]
        held = self.resolve(office.value, when)
        country = held.country if held and held.country else ent.country
        sector = held.sector if held else None
        return Resolved(ent, country, sector, "person", office.qualifier("role"), office.value)


# ---------------------------------------------------------------------- loading
def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError("W401", path=str(path), why=f"invalid YAML: {exc}") from exc
    except OSError as exc:
        raise KnowledgeBaseError("W401", path=str(path), why=str(exc)) from exc


def _valid_iso3() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "sh", "ch", "ss", "i", "s", "Swiss")) and not demonym.endswith("i"):
        return None
    return demonym + "s"


def _build_countries(kb: KnowledgeBase, path: Path) -> dict[str, dict[str, Any]]:
    import pycountry

    info: dict[str, dict[str, Any]] = {}
    valid = _valid_iso3()
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            iso3 = (row.get("iso3") or "").strip()
            if iso3 not in valid:
                raise KnowledgeBaseError("W401", path=f"{path}:{n}", why=f"unknown ISO3 {iso3!r}")
            pc = pycountry.countries.get(alpha_3=iso3)
            names = [s.strip() for s in (row.get("names") or "").split("|") if s.strip()]
            if pc is not None:
                names += [pc.name] + [getattr(pc, a) for a in ("common_name", "official_name")
                                      if getattr(pc, a, None)]
            demonyms = [s.strip() for s in (row.get("demonyms") or "").split("|") if s.strip()]
            capitals = [s.strip() for s in (row.get("capitals") or "").split("|") if s.strip()]
            display = names[0] if names else iso3
            info[iso3] = {"name": display, "adj": demonyms[0] if demonyms else None}
            kb.add_entity(Entity(iso3, display, "state", iso3, "GOV",
                                 tuple(dict.fromkeys(names)), "countries.csv"))
            for form, values in (("name", names), ("demonym", demonyms), ("capital", capitals)):
                for v in values:
                    key = alias_key(re.sub(r"^(the|The)\s+", "", v))
                    if form != "name" and key in kb.countries and kb.country_forms[key] == "name":
                        continue
                    kb.countries.setdefault(key, iso3)
                    kb.country_forms.setdefault(key, form)
            for d in demonyms:
                plural = _plural(d)
                if plural:
                    kb.countries.setdefault(alias_key(plural), iso3)
                    kb.country_forms.setdefault(alias_key(plural), "people")
    return info


def _build_lexicon(kb: KnowledgeBase, data: dict[str, Any]) -> None:
    lex = kb.lexicon
    lex.sectors = dict(data.get("sectors") or {})
    lex.kinds = list(data.get("kinds") or [])
    lex.institutions = dict(data.get("institutions") or {})
    for inst, spec in lex.institutions.items():
        for phrase in spec.get("phrases", []):
            lex.institution_phrases.setdefault(alias_key(phrase), inst)
    lex.titles = {alias_key(k): dict(v or {}) for k, v in (data.get("titles") or {}).items()}
    lex.generic = {alias_key(k): dict(v) for k, v in (data.get("generic") or {}).items()}
    lex.descriptions = {alias_key(k): list(v) for k, v in (data.get("descriptions") or {}).items()}
    lex.org_keywords = {alias_key(k): v for k, v in (data.get("org_keywords") or {}).items()}


def _check(kb: KnowledgeBase, ent: dict[str, Any], where: str, valid: set[str]) -> None:
    for key in ("id", "name", "kind"):
        if not ent.get(key):
            raise KnowledgeBaseError("W401", path=where, why=f"entry {ent!r} has no {key!r}")
    country = ent.get("country")
    if country is not None and country not in valid:
        raise KnowledgeBaseError("W401", path=where,
                                 why=f"{ent['id']}: country {country!r} is not an ISO3 code")
    sector = ent.get("sector")
    if sector is not None and kb.lexicon.sectors and sector not in kb.lexicon.sectors:
        raise KnowledgeBaseError("W401", path=where,
                                 why=f"{ent['id']}: unknown sector {sector!r}")


def _add_entries(kb: KnowledgeBase, entries: list[dict[str, Any]], where: str,
                 valid: set[str], person: bool = False) -> None:
    if not isinstance(entries, list):
        raise KnowledgeBaseError("W401", path=where, why="expected a list of entries")
    for ent in entries:
        if not isinstance(ent, dict):
            raise KnowledgeBaseError("W401", path=where, why=f"entry {ent!r} is not a mapping")
        if person or ent.get("positions"):
            ent = {"kind": "person", **ent}
        _check(kb, ent, where, valid)
        kb.add_entity(Entity(str(ent["id"]), str(ent["name"]), str(ent["kind"]),
                             ent.get("country"), ent.get("sector"),
                             tuple(str(a) for a in ent.get("aliases") or ()), where))
        for pos in ent.get("positions") or ():
            kb.add_statement(Statement(
                str(ent["id"]), "position", str(pos["of"]), _to_date(pos.get("start")),
                _to_date(pos.get("end")), str(pos.get("source") or f"{where}: public record"),
                (("role", str(pos.get("role") or "")),)))
        for fact in ent.get("facts") or ():
            kb.add_statement(Statement(
                str(fact.get("subject") or ent["id"]), str(fact["property"]), str(fact["value"]),
                _to_date(fact.get("start")), _to_date(fact.get("end")),
                str(fact.get("source") or where),
                tuple((k, str(v)) for k, v in fact.items()
                      if k not in {"subject", "property", "value", "start", "end", "source"})))


def _build_institutions(kb: KnowledgeBase, countries: dict[str, dict[str, Any]],
                        named: dict[str, Any]) -> None:
    for iso3, info in countries.items():
        for inst, spec in kb.lexicon.institutions.items():
            label = spec["label"]
            name = f"{info['adj']} {label}" if info["adj"] else f"{label} of {info['name']}"
            if iso3 == "USA":
                name = f"US {label}"
            kb.add_entity(Entity(f"{iso3}-{inst}", name, spec["kind"], iso3, spec["sector"],
                                 (), "lexicon.yaml institutions"))
    names = named.get("names") or {}
    aliases_by_id = named.get("aliases") or {}
    for ent_id in {*names, *aliases_by_id}:
        if ent_id not in kb.entities:
            raise KnowledgeBaseError("W401", path="institutions.yaml",
                                     why=f"unknown institution id {ent_id!r}")
        old = kb.entities[ent_id]
        aliases = tuple(str(a) for a in aliases_by_id.get(ent_id) or ())
        name = str(names.get(ent_id) or old.name)
        kb.entities[ent_id] = Entity(old.id, name, old.kind, old.country, old.sector,
                                     aliases, old.source)
        for a in (name, *aliases):
            kb.add_alias(a, ent_id)


def validate(kb: KnowledgeBase) -> None:
    """Every statement's subject (and entity-valued value) must be a known entity."""
    for st in kb.statements:
        if st.subject not in kb.entities:
            raise KnowledgeBaseError("W401", path=st.source,
                                     why=f"statement about unknown entity {st.subject!r}")
        if st.property in ENTITY_VALUED and st.value not in kb.entities:
            raise KnowledgeBaseError("W401", path=st.source,
                                     why=f"{st.subject} {st.property}: unknown entity {st.value!r}")
        if st.start and st.end and st.end < st.start:
            raise KnowledgeBaseError("W401", path=st.source,
                                     why=f"{st.subject} {st.property}: ends before it starts")


def overlay_files(kb_dir: str | os.PathLike[str] | None) -> list[Path]:
    if not kb_dir:
        return []
    root = Path(kb_dir)
    return sorted(root.glob("*.yaml")) if root.is_dir() else []


def build_kb(data_dir: Path = DATA_DIR, overlays: Iterable[Path] = ()) -> KnowledgeBase:
    """Build and validate the KB from the data files (no cache)."""
    kb = KnowledgeBase()
    valid = _valid_iso3()
    _build_lexicon(kb, _read_yaml(data_dir / "lexicon.yaml") or {})
    countries = _build_countries(kb, data_dir / "countries.csv")
    _build_institutions(kb, countries, _read_yaml(data_dir / "institutions.yaml") or {})
    _add_entries(kb, _read_yaml(data_dir / "organizations.yaml") or [], "organizations.yaml",
                 valid)
    _add_entries(kb, _read_yaml(data_dir / "people.yaml") or [], "people.yaml", valid, True)
    for path in overlays:
        _add_entries(kb, _read_yaml(path) or [], str(path), valid)
    validate(kb)
    kb.finalize()
    return kb


def _hash_inputs(paths: Iterable[Path]) -> str:
    h = hashlib.sha1(CACHE_VERSION.encode())
    for p in paths:
        h.update(str(p).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    env = os.environ.get("WIRECODER_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirecoder"


def default_kb_dir() -> Path:
    """Where `kb add` writes user entries (env WIRECODER_KB_DIR, else a per-user data dir)."""
    env = os.environ.get("WIRECODER_KB_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "wirecoder" / "kb"


def load_kb(data_dir: Path = DATA_DIR, kb_dir: str | os.PathLike[str] | None = None,
            use_cache: bool = True) -> KnowledgeBase:
    """The KB from data files and overlays, through a pickle cache keyed by their hash."""
    overlays = overlay_files(kb_dir)
    inputs = [Path(__file__), *(data_dir / f for f in DATA_FILES), *overlays]
    digest = _hash_inputs(inputs)
    cache = cache_dir() / f"actors-kb-{digest}.pickle"
    if use_cache and cache.exists():
        try:
            with cache.open("rb") as fh:
                kb = pickle.load(fh)
            if isinstance(kb, KnowledgeBase) and kb.source_hash == digest and \
                    set(vars(kb)) == set(vars(KnowledgeBase())):
                return kb
        except Exception:  # noqa: BLE001 - a bad cache is rebuilt
            pass
    kb = build_kb(data_dir, overlays)
    kb.source_hash = digest
    if use_cache:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        except OSError:
            pass
    return kb


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The packaged KB plus the user's overlay (WIRECODER_KB_DIR), loaded once per process."""
    return load_kb(kb_dir=default_kb_dir())
