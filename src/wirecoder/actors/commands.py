"""`wirecoder kb`: inspect and extend the actor knowledge base (thin commands over kb.py)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import click
import yaml

from ..cli_support import ErrorsAsExitCodes, date_option
from ..errors import KnowledgeBaseError, StoreError
from .build import _read_yaml, build_kb, default_kb, default_kb_dir, load_kb, overlay_files
from .kb import DATA_DIR, KnowledgeBase, Statement

OVERLAY_FILE = "user.yaml"


def _kb(ctx: click.Context) -> KnowledgeBase:
    kb_dir = ctx.obj.get("kb_dir") if ctx.obj else None
    if kb_dir is None:
        return default_kb()
    return load_kb(kb_dir=kb_dir)


def _resolve_entity(kb: KnowledgeBase, query: str) -> str:
    if query in kb.entities:
        return query
    hits = kb.search(query, limit=1)
    if not hits:
        raise KnowledgeBaseError("W402", query=query)
    return hits[0].id


@click.group(cls=ErrorsAsExitCodes)
@click.option("--kb-dir", type=click.Path(file_okay=False, path_type=Path),
              envvar="WIRECODER_KB_DIR", default=None,
              help="Directory of user overlay YAML files (default: $WIRECODER_KB_DIR or "
                   "~/.local/share/wirecoder/kb).")
@click.pass_context
def kb(ctx: click.Context, kb_dir: Path | None) -> None:
    """Inspect and extend the actor knowledge base (entities, aliases, dated facts)."""
    ctx.ensure_object(dict)
    ctx.obj["kb_dir"] = kb_dir


@kb.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True, help="At most this many entities.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@click.pass_context
def search(ctx: click.Context, query: str, limit: int, fmt: str) -> None:
    """Entities whose id, alias or name words match QUERY."""
    hits = _kb(ctx).search(query, limit=limit)
    if fmt == "json":
        click.echo(json.dumps([e.to_json() for e in hits], ensure_ascii=False, indent=1))
        return
    if not hits:
        click.echo(f"no entity matches {query!r}", err=True)
    for e in hits:
        click.echo(f"{e.id}\t{e.name}\t{e.kind}\t{e.country or '-'}\t{e.sector or '-'}")


@kb.command()
@click.argument("entity")
@click.option("--on", "on", callback=date_option, help="Resolve roles on this date (YYYY-MM-DD).")
@click.pass_context
def show(ctx: click.Context, entity: str, on: date | None) -> None:
    """One entity (by id or alias) with its attributes on a date and all its facts."""
    base = _kb(ctx)
    ent_id = _resolve_entity(base, entity)
    res = base.resolve(ent_id, on)
    assert res is not None
    out = res.entity.to_json()
    out["on"] = (on or date.today()).isoformat()
    out["resolved"] = {"country": res.country, "sector": res.sector, "kind": res.kind,
                       "role": res.role, "office": res.office}
    out["facts"] = [s.to_json() for s in base.facts(ent_id)]
    click.echo(json.dumps(out, ensure_ascii=False, indent=1))


@kb.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def add(ctx: click.Context, file: Path) -> None:
    """Validate FILE.yaml (a list of entities, as in organizations.yaml or people.yaml) and
    add it to the user overlay."""
    kb_dir: Path = ctx.obj.get("kb_dir") or default_kb_dir()
    new = _read_yaml(file)
    if not isinstance(new, list) or not new:
        raise KnowledgeBaseError("W401", path=str(file), why="expected a non-empty list of entities")
    target = kb_dir / OVERLAY_FILE
    old = (_read_yaml(target) or []) if target.exists() else []
    merged = list(old) + list(new)
    kb_dir.mkdir(parents=True, exist_ok=True)
    tmp = kb_dir / f".{OVERLAY_FILE}.check"
    tmp.write_text(yaml.safe_dump(merged, sort_keys=False, allow_unicode=True), encoding="utf-8")
    try:
        others = [p for p in overlay_files(kb_dir) if p.name != OVERLAY_FILE]
        try:
            build_kb(DATA_DIR, [*others, tmp])  # raises W401 if anything is wrong
        except KnowledgeBaseError as exc:
            why = str(exc.fields.get("why", exc))
            raise KnowledgeBaseError("W401", path=str(file), why=why) from None
        tmp.replace(target)
    finally:
        if tmp.exists():
            tmp.unlink()
    default_kb.cache_clear()
    click.echo(f"added {len(new)} entit{'y' if len(new) == 1 else 'ies'} to {target}")


@kb.command()
@click.option("--format", "fmt", type=click.Choice(["yaml", "jsonl"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here instead of stdout.")
@click.pass_context
def export(ctx: click.Context, fmt: str, out: Path | None) -> None:
    """Every entity with its facts."""
    base = _kb(ctx)
    rows = []
    for ent in base.entities.values():
        row = ent.to_json()
        row["facts"] = [s.to_json() for s in base.by_subject.get(ent.id, ())]
        rows.append(row)
    if fmt == "yaml":
        text = yaml.safe_dump(rows, sort_keys=False, allow_unicode=True)
    else:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(f"{len(rows)} entities -> {out}", err=True)


def read_db_facts(url: str, subject: str | None = None) -> list[Statement]:
    """Facts learned from text and stored by `wirecoder extract --db` (table `facts`)."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
    elif "://" not in url:
        path = url
    else:
        raise StoreError("W201", url=url)
    if not Path(path).exists():
        return []
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        cols = {r[1] for r in con.execute("PRAGMA table_info(facts)")}
        if not {"subject", "property", "value"} <= cols:
            return []
        want = [c for c in ("subject", "property", "value", "start", "end", "document_id",
                            "evidence_start", "evidence_end", "evidence_text") if c in cols]
        sql = "SELECT " + ", ".join(f'"{c}"' for c in want) + " FROM facts"
        args: tuple[Any, ...] = ()
        if subject:
            sql += " WHERE subject = ?"
            args = (subject,)
        rows = [dict(zip(want, r, strict=True)) for r in con.execute(sql, args)]
    finally:
        con.close()
    out = []
    for r in rows:
        ev = None
        if r.get("evidence_text") is not None:
            ev = {"start": r.get("evidence_start"), "end": r.get("evidence_end"),
                  "text": r.get("evidence_text")}
        out.append(Statement(
            str(r["subject"]), str(r["property"]), str(r["value"]),
            _iso_date(r.get("start")), _iso_date(r.get("end")),
            f"text:{r.get('document_id')}", (), r.get("document_id"), ev))
    return out


def _iso_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@kb.command()
@click.option("--entity", "entity", default=None, help="Id or alias (e.g. HTS).")
@click.option("--on", "on", callback=date_option, help="Only facts holding on this date (YYYY-MM-DD).")
@click.option("--property", "prop", default=None,
              help="Only this property (designated, member_of, position, leader ...).")
@click.option("--db", default=None, help="Also read facts learned from text in this database "
              "(sqlite:///wirecoder.db).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@click.pass_context
def facts(ctx: click.Context, entity: str | None, on: date | None, prop: str | None,
          db: str | None, fmt: str) -> None:
    """Dated facts (KB and, with --db, learned from articles), optionally on one date."""
    base = _kb(ctx)
    subject = _resolve_entity(base, entity) if entity else None
    extra = read_db_facts(db, subject) if db else []
    found = base.facts(subject, on, prop, extra)
    if fmt == "json":
        click.echo(json.dumps([s.to_json() for s in found], ensure_ascii=False, indent=1))
        return
    for s in found:
        start = s.start.isoformat() if s.start else "?"
        end = s.end.isoformat() if s.end else "-"
        src = s.document_id and f"doc {s.document_id}" or s.source
        click.echo(f"{s.subject}\t{s.property}\t{s.value}\t{start}\t{end}\t{src}")
    if not found:
        click.echo("no facts", err=True)
