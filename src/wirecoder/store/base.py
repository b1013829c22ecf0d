"""The Store: documents, mentions, entities, events, evidence, facts, runs and problems.

Portable SQL over a DB-API connection; the dialect (sqlite.py) supplies what differs.
See the package docstring (`wirecoder.store`) for the public methods.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from ..errors import Errors, StoreError
from ..records import PIPELINE_VERSION, Analysis, Event, Participant, stable_id
from . import migrations

TABLES = ("documents", "mentions", "entities", "events", "participants", "evidence", "facts",
          "runs", "problems")
_CODE = re.compile(r"\[(W\d{3})\]")
_ROLES = ("actors", "targets", "weapons")
_FACT_COLUMNS = frozenset({"id", "subject", "property", "value", "start", "end", "document_id",
                           "evidence", "evidence_start", "evidence_end", "evidence_text",
                           "stage", "version"})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _span_dict(value: Any) -> dict[str, Any]:
    """A fact's evidence as {start, end, text}: from a dict, a Span, or the first of a list."""
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    return {"start": value.start, "end": value.end, "text": value.text}


def entity_id(participant: Participant) -> str:
    """Entities are keyed by knowledge-base id when linked, else by case-folded name."""
    if participant.kb_id:
        return stable_id("ent", "kb", participant.kb_id)
    return stable_id("ent", "name", " ".join(participant.name.casefold().split()))


def evidence_fields(record: dict[str, Any], path: str = "") -> Iterator[tuple[str, dict]]:
    """(field, span) for every evidence span in an event's JSON: "event" for the event's
    own evidence, "trigger", "time", "location", "actors[0]", "claims[1].claimant" ..."""
    for key, value in record.items():
        here = f"{path}.{key}" if path else key
        if key == "evidence" and isinstance(value, list):
            for span in value:
                if isinstance(span, dict) and "start" in span:
                    yield (path or "event"), span
        elif key == "trigger" and isinstance(value, dict) and "start" in value:
            yield here, value
        elif isinstance(value, dict):
            yield from evidence_fields(value, here)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    yield from evidence_fields(item, f"{here}[{i}]")


class Store:
    """One database. Not thread-safe: one Store per thread or process."""

    def __init__(self, dialect: Any, url: str, migrate: bool = True) -> None:
        self.dialect = dialect
        self.url = url
        self.conn = dialect.connect(url)
        self._country_codes: dict[str, str] | None = None
        try:
            self.version = self._check_schema(migrate)
        except BaseException:
            self.close()
            raise

    # -- plumbing ---------------------------------------------------------------------
    def sql(self, query: str) -> str:
        return self.dialect.sql(query)

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        cur = self.conn.cursor()
        cur.execute(self.dialect.begin)
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")
        finally:
            cur.close()

    def _query(self, query: str, params: tuple[Any, ...] | list[Any] = ()) -> list[Any]:
        cur = self.conn.cursor()
        try:
            cur.execute(self.sql(query), tuple(params))
            return cur.fetchall()
        finally:
            cur.close()

    def _check_schema(self, migrate: bool) -> int:
        tables = self.dialect.tables(self.conn)
        if "schema_version" in tables:
            found = self._query("SELECT max(version) FROM schema_version")[0][0] or 0
        elif tables:
            raise StoreError("W204", url=self.url,
                             why=f"it has tables ({', '.join(sorted(tables)[:5])}) but no "
                                 "schema_version")
        else:
            found = 0
        if found > migrations.LATEST:
            raise StoreError("W203", url=self.url, found=found, expected=migrations.LATEST)
        if found < migrations.LATEST:
            if not migrate and found:
                raise StoreError("W202", url=self.url, found=found, expected=migrations.LATEST)
            found = migrations.apply(self, found)
        return found

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents --------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        """True when `doc_id` was saved (with everything derived from it: one transaction)."""
        return bool(self._query("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    def document_version(self, doc_id: str) -> str | None:
        """The wirecoder version whose analysis of `doc_id` is stored; None when the document
        is not stored, or was saved without a run before schema 3 recorded versions."""
        rows = self._query("SELECT version FROM documents WHERE id = ?", (doc_id,))
        return rows[0][0] if rows else None

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """The stored document (with its text) as a dict, or None."""
        cur = self.conn.cursor()
        try:
            cur.execute(self.sql("SELECT * FROM documents WHERE id = ?"), (doc_id,))
            row = cur.fetchone()
            names = [d[0] for d in cur.description]
        finally:
            cur.close()
        return dict(zip(names, row, strict=True)) if row else None

    def save(self, analysis: Analysis, run_id: str | None = None) -> None:
        """Store one analysed document and everything derived from it, in one transaction.

        Saving the same analysis again adds no rows (deterministic ids, upserts). Saving a
        new analysis of a stored document replaces its mentions, events, participants,
        evidence and facts, all or nothing (entities that only the old analysis named go
        too), and records this run and wirecoder version on the document
        (`extract --reanalyse`). Evidence whose text does not equal the
        document text at its offsets is not stored and becomes a W206 problem on the run.
        """
        doc = analysis.document
        run = run_id or ""
        events = [e.to_json() if isinstance(e, Event) else dict(e) for e in analysis.events]
        problems = list(analysis.problems)
        evidence_rows: list[tuple[Any, ...]] = []
        for event in events:
            for field, span in evidence_fields(event):
                start, end, text = int(span["start"]), int(span["end"]), str(span["text"])
                other_doc = span.get("document_id") not in (None, doc.id)
                if not other_doc and doc.text[start:end] != text:
                    problems.append("[W206] " + Errors.W206.format(
                        origin=doc.origin or "?", what=f"{field} of event {event['id']}",
                        text=text[:60], start=start, end=end,
                        actual=doc.text[start:end][:60]))
                    continue
                evidence_rows.append((event["id"], field, start, end, text))
        facts, fact_problems = self._fact_problems(analysis)
        problems += fact_problems
        with self.transaction() as cur:
            q = self.sql
            # the entities the old analysis named: those it alone named go with it
            cur.execute(q("SELECT entity_id FROM mentions WHERE document_id = ? UNION "
                          "SELECT entity_id FROM participants WHERE event_id IN "
                          "(SELECT id FROM events WHERE document_id = ?)"), (doc.id, doc.id))
            named_before = [row[0] for row in cur.fetchall() if row[0] is not None]
            cur.execute(q("DELETE FROM evidence WHERE event_id IN "
                          "(SELECT id FROM events WHERE document_id = ?)"), (doc.id,))
            cur.execute(q("DELETE FROM participants WHERE event_id IN "
                          "(SELECT id FROM events WHERE document_id = ?)"), (doc.id,))
            for table in ("events", "mentions", "facts"):
                cur.execute(q(f"DELETE FROM {table} WHERE document_id = ?"), (doc.id,))
            anchor = analysis.anchor
            cur.execute(q(
                "INSERT INTO documents (id, text, title, url, published, publisher, origin, "
                "anchor_date, anchor_source, run_id, saved_at, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "title = excluded.title, url = excluded.url, published = excluded.published, "
                "publisher = excluded.publisher, anchor_date = excluded.anchor_date, "
                "anchor_source = excluded.anchor_source, "
                "run_id = COALESCE(excluded.run_id, documents.run_id), "
                "saved_at = excluded.saved_at, version = excluded.version"),
                (doc.id, doc.text, doc.title, doc.url, _iso(doc.published), doc.publisher,
                 doc.origin, _iso(anchor.date) if anchor else None,
                 anchor.source if anchor else None, run_id, _now(), PIPELINE_VERSION))
            for mention in analysis.mentions:
                ent = self._upsert_entity(cur, mention.entity)
                ms = mention.span
                cur.execute(q(
                    "INSERT INTO mentions (id, document_id, entity_id, \"start\", \"end\", "
                    "text, score, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO NOTHING"),
                    (stable_id("men", doc.id, ms.start, ms.end, ent), doc.id, ent,
                     ms.start, ms.end, ms.text, mention.score, mention.via))
            for event_obj, event in zip(analysis.events, events, strict=True):
                self._insert_event(cur, doc.id, event_obj, event)
            cur.executemany(q(
                "INSERT INTO evidence (event_id, field, \"start\", \"end\", text) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"), evidence_rows)
            for fact in facts:
                self._insert_fact(cur, doc.id, fact)
            for problem in problems:
                self._insert_problem(cur, run, doc.origin or "?", problem)
            for ent in named_before:
                cur.execute(q(
                    "DELETE FROM entities WHERE id = ? "
                    "AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?) "
                    "AND NOT EXISTS (SELECT 1 FROM participants WHERE entity_id = ?)"),
                    (ent, ent, ent))

    def _upsert_entity(self, cur: Any, participant: Participant) -> str:
        ent = entity_id(participant)
        cur.execute(self.sql(
            "INSERT INTO entities (id, kb_id, name, kind, country, sector) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "kind = COALESCE(entities.kind, excluded.kind), "
            "country = COALESCE(entities.country, excluded.country), "
            "sector = COALESCE(entities.sector, excluded.sector)"),
            (ent, participant.kb_id, participant.name, participant.kind, participant.country,
             participant.sector))
        return ent

    def _insert_event(self, cur: Any, doc_id: str, obj: Any, event: dict[str, Any]) -> None:
        kind = event.get("type") or {}
        when = event.get("time") or {}
        where = event.get("location") or {}
        cur.execute(self.sql(
            "INSERT INTO events (id, document_id, plover, plover_mode, acled_event_type, "
            "acled_sub_event_type, start_date, end_date, time_precision, place_name, country, "
            "admin1, geonameid, lat, lon, modality, confidence, summary, json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, "
            "json = excluded.json"),
            (event["id"], doc_id, kind.get("plover"), kind.get("plover_mode"),
             kind.get("acled_event_type"), kind.get("acled_sub_event_type"),
             when.get("start"), when.get("end"), when.get("precision"), where.get("name"),
             (where.get("country") or None) and str(where["country"]).upper(),
             where.get("admin1"), where.get("geonameid"), where.get("lat"), where.get("lon"),
             event.get("modality"), event.get("confidence"), event.get("summary"),
             json.dumps(event, ensure_ascii=False, sort_keys=True)))
        people: list[tuple[str, Participant]] = []
        if isinstance(obj, Event):
            for role in _ROLES:
                people += [(role, p) for p in getattr(obj, role)]
            people += [("claimants", c.claimant) for c in obj.claims]
        else:  # a plain dict: rebuild the participants it names
            for role in _ROLES:
                people += [(role, Participant(name=p["name"], kb_id=p.get("kb_id"),
                                              kind=p.get("kind"), country=p.get("country"),
                                              sector=p.get("sector")))
                           for p in event.get(role) or []]
        positions: dict[str, int] = {}
        for role, person in people:
            ent = self._upsert_entity(cur, person)
            position = positions.get(role, 0)
            positions[role] = position + 1
            cur.execute(self.sql(
                "INSERT INTO participants (event_id, role, position, entity_id, name, kb_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                (event["id"], role, position, ent, person.name, person.kb_id))

    def _insert_fact(self, cur: Any, doc_id: str, fact: dict[str, Any]) -> None:
        evidence = _span_dict(fact.get("evidence"))
        if not evidence and fact.get("evidence_start") is not None:
            evidence = {"start": fact["evidence_start"], "end": fact.get("evidence_end"),
                        "text": fact.get("evidence_text")}
        row = (
            _text(fact.get("subject")), _text(fact.get("property")), _text(fact.get("value")),
            _iso(fact.get("start")), _iso(fact.get("end")), doc_id,
            evidence.get("start"), evidence.get("end"), evidence.get("text"),
            fact.get("stage") or "actors", fact.get("version") or PIPELINE_VERSION,
        )
        fact_id = str(fact.get("id") or stable_id("fact", *row[:8]))
        extra = {k: v for k, v in fact.items() if k not in _FACT_COLUMNS}
        cur.execute(self.sql(
            "INSERT INTO facts (id, subject, property, value, \"start\", \"end\", document_id, "
            "evidence_start, evidence_end, evidence_text, stage, version, extra) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
            (fact_id, *row, _text(extra) if extra else None))

    def _fact_problems(self, analysis: Analysis) -> tuple[list[dict[str, Any]], list[str]]:
        """The facts whose evidence matches the document text, and W206 lines for the rest."""
        doc = analysis.document
        good: list[dict[str, Any]] = []
        problems: list[str] = []
        for fact in analysis.facts:
            ev = _span_dict(fact.get("evidence"))
            if ev.get("start") is not None and ev.get("text") is not None:
                start, end, text = int(ev["start"]), int(ev["end"]), str(ev["text"])
                if doc.text[start:end] != text:
                    problems.append("[W206] " + Errors.W206.format(
                        origin=doc.origin or "?",
                        what=f"the fact {fact.get('subject')} {fact.get('property')}",
                        text=text[:60], start=start, end=end,
                        actual=doc.text[start:end][:60]))
                    continue
            good.append(fact)
        return good, problems

    # -- runs and problems ------------------------------------------------------------
    def start_run(self, command: str) -> str:
        """Record a new run and return its id."""
        run_id = f"run-{datetime.now(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"
        with self.transaction() as cur:
            cur.execute(self.sql(
                "INSERT INTO runs (id, command, started_at, status, version) "
                "VALUES (?, ?, ?, 'running', ?)"), (run_id, command, _now(), PIPELINE_VERSION))
        return run_id

    def finish_run(self, run_id: str | None, counts: dict[str, Any] | None = None) -> None:
        """Mark a run finished with its counts (a run left 'running' was interrupted)."""
        if run_id is None:
            return
        with self.transaction() as cur:
            cur.execute(self.sql(
                "UPDATE runs SET finished_at = ?, status = 'finished', counts = ? WHERE id = ?"),
                (_now(), json.dumps(counts or {}, sort_keys=True, default=str), run_id))

    def record_problem(self, run_id: str | None, origin: str, message: str) -> None:
        """Record a data-quality problem (an InputError line, a stage's note) on a run.
        Recording the same (run, origin, message) twice keeps one row."""
        with self.transaction() as cur:
            self._insert_problem(cur, run_id or "", origin, message)

    def _insert_problem(self, cur: Any, run_id: str, origin: str, message: str) -> None:
        found = _CODE.search(message)
        cur.execute(self.sql(
            "INSERT INTO problems (id, run_id, origin, code, message, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
            (stable_id("prob", run_id, origin, message), run_id, origin,
             found.group(1) if found else None, message, _now()))

    def iter_problems(self, run_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Recorded problems (all, or one run's), oldest first."""
        where, params = ("WHERE run_id = ?", (run_id,)) if run_id else ("", ())
        rows = self._query(f"SELECT run_id, origin, code, message, created_at FROM problems "
                           f"{where} ORDER BY created_at, id", params)
        for r in rows:
            yield {"run_id": r[0], "origin": r[1], "code": r[2], "message": r[3],
                   "created_at": r[4]}

    def iter_runs(self) -> Iterator[dict[str, Any]]:
        """Every run, oldest first, with its status and counts."""
        rows = self._query("SELECT id, command, started_at, finished_at, status, counts "
                           "FROM runs ORDER BY started_at, id")
        for r in rows:
            yield {"id": r[0], "command": r[1], "started_at": r[2], "finished_at": r[3],
                   "status": r[4], "counts": json.loads(r[5]) if r[5] else None}

    # -- queries ----------------------------------------------------------------------
    def _country(self, value: str) -> str:
        value = value.strip().upper()
        if len(value) != 3:
            return value
        if self._country_codes is None:
            try:
                import pycountry

                self._country_codes = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
            except ImportError:  # pragma: no cover - a declared dependency
                self._country_codes = {}
        return self._country_codes.get(value, value)

    def iter_events(
        self,
        plover_type: str | None = None,
        actor: str | None = None,
        country: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        text: str | None = None,
        document_id: str | None = None,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Stored events (their full JSON, as `Event.to_json()` gave it), oldest first.

        plover_type: PLOVER type (case-insensitive). actor: a name substring
        (case-insensitive) or exact kb_id of an actor, target or claimant. country: the
        event location's ISO 3166-1 alpha-2 (alpha-3 accepted). since/until: events whose
        dates overlap [since, until] (events without a date are left out). text: words in
        the summary or in any evidence span. document_id: one document's events.
        """
        where: list[str] = []
        params: list[Any] = []
        if plover_type:
            where.append("upper(e.plover) = ?")
            params.append(plover_type.strip().upper())
        if actor:
            where.append("EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND "
                         "p.role <> 'weapons' AND (lower(p.name) LIKE ? OR p.kb_id = ?))")
            params += [f"%{actor.strip().lower()}%", actor.strip()]
        if country:
            where.append("e.country = ?")
            params.append(self._country(country))
        if since:
            where.append("COALESCE(e.end_date, e.start_date) >= ?")
            params.append(_iso(since))
        if until:
            where.append("COALESCE(e.start_date, e.end_date) <= ?")
            params.append(_iso(until))
        if text:
            needle = f"%{text.strip().lower()}%"
            where.append("(lower(e.summary) LIKE ? OR EXISTS (SELECT 1 FROM evidence v WHERE "
                         "v.event_id = e.id AND lower(v.text) LIKE ?))")
            params += [needle, needle]
        if document_id:
            where.append("e.document_id = ?")
            params.append(document_id)
        query = "SELECT e.json FROM events e"
        if where:
            query += " WHERE " + " AND ".join(where)
        query += " ORDER BY e.start_date IS NULL, e.start_date, e.document_id, e.id"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        for (payload,) in self._query(query, params):
            yield json.loads(payload)

    def stats(self) -> dict[str, Any]:
        """Row counts per table, the schema version and the database URL."""
        out: dict[str, Any] = {"database": self.url, "schema_version": self.version}
        for table in TABLES:
            out[table] = self._query(f"SELECT count(*) FROM {table}")[0][0]
        out["unfinished_runs"] = self._query(
            "SELECT count(*) FROM runs WHERE status = 'running'")[0][0]
        return out
