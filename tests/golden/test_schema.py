"""Every record the pipeline emits for the golden articles and the seed honours the contract.

- validates against the event schema (src/wirecoder/schema/event.schema.json),
- every evidence span anywhere in the record has `text == document.text[start:end]`,
- the record belongs to the document, and ids are stable across two runs (and two pipelines).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def _load_rows() -> list[dict[str, Any]]:
    with (HERE / "articles.gold.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _seed_text() -> str:
    for p in (REPO / "examples" / "seed-article.txt", REPO.parent / "shared" / "seed" / "article.txt"):
        if p.exists():
            return p.read_text(encoding="utf-8")
    raise FileNotFoundError("examples/seed-article.txt")


def _schema_path() -> Path:
    for p in (REPO / "src" / "wirecoder" / "schema" / "event.schema.json",
              REPO.parent / "shared" / "schema" / "event.schema.json"):
        if p.exists():
            return p
    raise FileNotFoundError("src/wirecoder/schema/event.schema.json")


CASES = [(r["id"], r["text"], r["published"]) for r in _load_rows()]
CASES.append(("seed", _seed_text(), None))


@pytest.fixture(scope="module")
def validator():
    import jsonschema

    schema = json.loads(_schema_path().read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def pipelines():
    from wirecoder.pipeline import Pipeline

    return Pipeline(), Pipeline()


def _document(doc_id_text: str, published: str | None):
    from wirecoder.records import Document

    return Document(id=Document.make_id(doc_id_text), text=doc_id_text,
                    published=date.fromisoformat(published) if published else None)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_records_validate_and_spans_match(case, validator, pipelines, record_spans):
    name, text, published = case
    document = _document(text, published)
    analysis = pipelines[0](document)
    records = [e.to_json() for e in analysis.events]
    assert records, f"{name}: no events at all"
    for rec in records:
        errors = sorted(validator.iter_errors(rec), key=lambda e: list(e.path))
        assert not errors, f"{name} {rec.get('id')}: " + "; ".join(
            f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5])
        assert rec["document_id"] == document.id
        assert any(s["document_id"] == document.id for s in rec["sources"])
        json.dumps(rec)  # plain JSON, nothing exotic
        n = 0
        for path, span in record_spans(rec):
            n += 1
            assert 0 <= span["start"] <= span["end"] <= len(text), f"{name} {path}: {span}"
            assert text[span["start"]:span["end"]] == span["text"], (
                f"{name} {rec['id']} {path}: span text {span['text']!r} != document text "
                f"{text[span['start']:span['end']]!r}")
            if "document_id" in span:
                assert span["document_id"] == document.id, f"{name} {path}"
        assert n >= 1, f"{name} {rec['id']}: no evidence spans"


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_ids_are_stable_across_runs(case, pipelines):
    name, text, published = case
    first = [e.to_json() for e in pipelines[0](_document(text, published)).events]
    again = [e.to_json() for e in pipelines[0](_document(text, published)).events]
    other = [e.to_json() for e in pipelines[1](_document(text, published)).events]
    ids = [r["id"] for r in first]
    assert len(set(ids)) == len(ids), f"{name}: duplicate event ids {ids}"
    assert ids == [r["id"] for r in again], f"{name}: ids change between runs"
    assert ids == [r["id"] for r in other], f"{name}: ids change between pipelines"
    assert first == again == other, f"{name}: records differ between runs"
