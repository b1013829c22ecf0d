"""KB data validation and dated lookups."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest

from wirecoder.actors.build import build_kb, load_kb
from wirecoder.actors.kb import EXTRA_ISO3, Statement, alias_key
from wirecoder.errors import KnowledgeBaseError

VALID = {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3


def test_every_entity_has_required_fields(kb):
    sectors = set(kb.lexicon.sectors)
    kinds = set(kb.lexicon.kinds) | {"designation list"}
    for ent in kb.entities.values():
        assert ent.id and ent.name and ent.kind, ent
        assert ent.kind in kinds, ent
        assert ent.country is None or ent.country in VALID, ent
        assert ent.sector is None or ent.sector in sectors, ent


def test_every_country_with_standard_institutions(kb):
    states = {e.id for e in kb.entities.values() if e.kind == "state"}
    assert {c.alpha_3 for c in pycountry.countries} <= states
    for iso3 in ("SYR", "USA", "UKR", "SDN", "PAK"):
        for inst in ("GOV", "MIL", "COP", "MOI", "MOD", "MFA", "INT"):
            ent = kb.get(f"{iso3}-{inst}")
            assert ent is not None and ent.country == iso3


def test_statements_reference_known_entities(kb):
    for st in kb.statements:
        assert st.subject in kb.entities
        if st.property in {"position", "member_of", "part_of", "designated", "leader"}:
            assert st.value in kb.entities, st
        assert st.source, st


def test_demonyms_and_designated_groups(kb):
    assert kb.country_of("Syrian") == "SYR"
    assert kb.country_of("American") == "USA"
    for name, kb_id in [("Daesh", "ISIS"), ("ISIL", "ISIS"), ("Islamic State", "ISIS"),
                        ("Hay'at Tahrir al-Sham", "HTS"), ("al-Shabab", "AL-SHABAAB"),
                        ("Ansar Allah", "HOUTHIS"), ("Africa Corps", "WAGNER"),
                        ("JNIM", "JNIM"), ("ISWAP", "ISWAP"), ("TTP", "TTP"), ("M23", "M23"),
                        ("RSF", "RSF"), ("CENTCOM", "CENTCOM"), ("ICRC", "ICRC"),
                        ("Global Coalition to Defeat ISIS", "GC-DEFEAT-ISIS")]:
        assert kb_id in [e.id for e in kb.lookup(name)], name


def test_dated_roles_resolve_on_the_date(kb):
    before = kb.resolve("ahmed-al-sharaa", date(2024, 6, 1))
    after = kb.resolve("ahmed-al-sharaa", date(2025, 11, 30))
    assert (before.sector, before.office) == ("REB", "HTS")
    assert (after.country, after.sector, after.office) == ("SYR", "GOV", "SYR-GOV")
    assert kb.resolve("joe-biden", date(2025, 6, 1)).sector is None  # out of office
    assert kb.resolve("joe-biden", date(2023, 6, 1)).sector == "GOV"


def test_designations_on_a_date(kb):
    on = [s.value for s in kb.facts("HTS", date(2025, 6, 1), "designated")]
    assert "USA-FTO" in on
    assert "USA-FTO" not in [s.value for s in kb.facts("HTS", date(2025, 8, 1), "designated")]


def test_alias_key():
    assert alias_key("Hay’at Tahrir al-Sham") == alias_key("Hayat Tahrir al Sham")
    assert alias_key("U.S.") == "us"


def test_statement_active_is_end_exclusive():
    st = Statement("X", "position", "Y", date(2020, 1, 1), date(2021, 1, 1))
    assert st.active(date(2020, 6, 1)) and not st.active(date(2021, 1, 1))


def test_duplicate_ids_and_bad_country_rejected(tmp_path):
    bad = tmp_path / "dup.yaml"
    bad.write_text("- {id: ISIS, name: Dup, kind: armed group}\n")
    with pytest.raises(KnowledgeBaseError, match="W401.*duplicate"):
        build_kb(overlays=[bad])
    bad.write_text("- {id: NEW-X, name: X, kind: armed group, country: XXX}\n")
    with pytest.raises(KnowledgeBaseError, match="ISO3"):
        build_kb(overlays=[bad])


def test_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(tmp_path))
    first = load_kb()
    assert list(tmp_path.glob("actors-kb-*.pickle"))
    second = load_kb()
    assert second.source_hash == first.source_hash
    assert len(second.entities) == len(first.entities)
