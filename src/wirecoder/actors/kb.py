"""The actor knowledge base: entities with aliases, kind, country and sector, and dated
statements about them (offices held, designations, memberships) with their provenance.

Everything lives as data under `wirecoder/data/actors/` (see its README): countries.csv,
lexicon.yaml (institution templates, titles, generic actor nouns), institutions.yaml,
organizations.yaml and people.yaml, plus optional user overlay files (`kb add`). The KB is
built and validated once per process (build.py) and cached as a pickle keyed by the data's
hash. This module holds the record types and the lookups.
"""

from __future__ import annotations

import builtins
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError
from ..records import stable_id

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
DATA_FILES = ("countries.csv", "lexicon.yaml", "institutions.yaml", "organizations.yaml",
              "people.yaml")
CACHE_VERSION = "3"
EXTRA_ISO3 = {"XKX"}  # Kosovo (user-assigned code in common use)
# properties whose value is another entity's id
ENTITY_VALUED = {"position", "member_of", "part_of", "leader", "designated"}


def alias_key(text: str) -> str:
    """The form aliases are matched in: lower case, no accents, no dots or apostrophes,
    hyphens and dashes as spaces ("Hay’at Tahrir al-Sham" -> "hayat tahrir al sham")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "").replace("'", "").replace("‘", "").replace(".", "")
    text = re.sub(r"[\s\-–—_/“”\"(),]+", " ", text)
    return text.strip()


# an organisation's name opens with its parent's short or full name: "UN Support Mission in
# Libya" is also written "United Nations Support Mission in Libya"
PARENT_NAMES = {"UN": "United Nations", "U.N.": "United Nations", "AU": "African Union",
                "EU": "European Union"}


def spelled_forms(alias: str) -> set[str]:
    """The alias and, when it opens with a parent organisation's short or full name followed
    by more words, the same name with the other form."""
    forms = {alias}
    for short, full in PARENT_NAMES.items():
        for a, b in ((short, full), (full, short)):
            if alias.startswith(a + " ") and len(alias.split()) > len(a.split()) + 1:
                forms.add(b + alias[len(a):])
    return forms


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

    @builtins.property  # the `property` field above shadows the builtin for type checkers
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
    country_only: set[str] = field(default_factory=set)  # phrases that need a country
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
        # one-word names written with a capital ("Dawn", "Hamas"): in mixed-case text a
        # lower-case word is the common noun ("before dawn"), not the name
        self.capitalised: set[str] = set()
        self.countries: dict[str, str] = {}  # key of a name/demonym/capital -> ISO3
        self.country_forms: dict[str, str] = {}  # key -> "name" | "demonym" | "capital" | "people"
        self.lexicon = Lexicon()
        self.max_alias_tokens = 1
        self.source_hash = ""
        self.prefixes: dict[str, set[str]] = {}  # table name -> every word-prefix of its keys

    def finalize(self) -> None:
        """Index the word-prefixes of every phrase table (the linker stops early on them)."""
        lex = self.lexicon
        tables: dict[str, Iterable[str]] = {
            "aliases": self.aliases, "countries": self.countries,
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
            for form in spelled_forms(alias):
                self.add_alias(form, entity.id)

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
        capitals = sum(ch.isupper() for ch in letters)
        if len(letters) <= 5 and (letters.isupper() or capitals >= 2 and " " not in surface) \
                or len(key) <= 2:
            # "LeT", "JeM", "MoD" are acronyms too: "Let Yet Kone" is a village, not LeT
            self.case_sensitive.setdefault(key, set()).add(surface)
        else:
            self.case_free.add(key)
            if " " not in surface and surface[:1].isupper() and surface[1:].islower():
                self.capitalised.add(key)
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

    def resolve(self, entity_id: str, on: date | None = None,
                latest: bool = False) -> Resolved | None:
        """Country, sector and kind of an entity on a date (`None`: today). With `latest`,
        a person out of office on that date takes their most recent office (for undated
        text, where "today" says nothing about the story's time)."""
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
        if not active and latest and positions:
            last = max(positions, key=lambda s: s.start or date.min)
            if last.start is not None:
                return self.resolve(entity_id, last.start)
        if not active:
            # out of office on that date: keep the nationality, no sector
            return Resolved(ent, ent.country, None, "person")
        office = active[-1]
        held = self.resolve(office.value, when)
        country = held.country if held and held.country else ent.country
        if held is not None and held.sector in {"IGO"} and not held.country:
            country = None  # a UN or NATO official acts for the organisation, not a country
        sector = held.sector if held else None
        return Resolved(ent, country, sector, "person", office.qualifier("role"), office.value)


def __getattr__(name: str) -> Any:
    """`kb.default_kb`, `kb.load_kb`, `kb.build_kb` ... live in build.py (imported lazily)."""
    if name in {"default_kb", "load_kb", "build_kb", "default_kb_dir", "cache_dir",
                "overlay_files", "validate"}:
        from . import build

        return getattr(build, name)
    raise AttributeError(name)
