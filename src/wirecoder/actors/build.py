"""Building the knowledge base from its data files, validating it, and caching it.

`build_kb()` reads `data/actors/` (plus overlay files) and checks every entry; `load_kb()`
goes through a pickle cache keyed by the hash of the data and of this code; `default_kb()`
is the per-process KB every stage uses (packaged data plus the user's overlay directory).
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeBaseError
from .kb import (CACHE_VERSION, DATA_DIR, DATA_FILES, ENTITY_VALUED, EXTRA_ISO3, Entity,
                 KnowledgeBase, Statement, _to_date, alias_key)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        for phrase in spec.get("country_only", []):
            lex.institution_phrases.setdefault(alias_key(phrase), inst)
            lex.country_only.add(alias_key(phrase))
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
                _to_date(pos.get("end")), str(pos.get("source") or where),
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
    inputs = [Path(__file__), Path(__file__).with_name("kb.py"),
              *(data_dir / f for f in DATA_FILES), *overlays]
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
