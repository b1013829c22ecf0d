"""Numbered schema migrations, applied in order, each in its own transaction.

The database records every applied migration in `schema_version` (version, name,
applied_at); its schema version is the highest one. A database newer than this code is
refused (W203), never downgraded. To change the schema, append a `Migration` with the next
number; never edit one that has shipped.

The SQL is portable between SQLite and PostgreSQL (TEXT, INTEGER, DOUBLE PRECISION; quoted
"start"/"end"; no autoincrement), so one list serves both dialects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import StoreError


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        return [s.strip() for s in self.sql.split(";") if s.strip()]


INITIAL = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    title TEXT,
    url TEXT,
    published TEXT,
    publisher TEXT,
    origin TEXT,
    anchor_date TEXT,
    anchor_source TEXT,
    run_id TEXT,
    saved_at TEXT NOT NULL
);
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    kb_id TEXT UNIQUE,
    name TEXT NOT NULL,
    kind TEXT,
    country TEXT,
    sector TEXT
);
CREATE INDEX entities_name ON entities (name);
CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id),
    entity_id TEXT REFERENCES entities (id),
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    score DOUBLE PRECISION,
    via TEXT
);
CREATE INDEX mentions_document ON mentions (document_id);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id),
    plover TEXT,
    plover_mode TEXT,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    start_date TEXT,
    end_date TEXT,
    time_precision TEXT,
    place_name TEXT,
    country TEXT,
    admin1 TEXT,
    geonameid INTEGER,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    modality TEXT,
    confidence DOUBLE PRECISION,
    summary TEXT,
    json TEXT NOT NULL
);
CREATE INDEX events_document ON events (document_id);
CREATE INDEX events_plover ON events (plover);
CREATE INDEX events_dates ON events (start_date, end_date);
CREATE INDEX events_country ON events (country);
CREATE TABLE participants (
    event_id TEXT NOT NULL REFERENCES events (id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    entity_id TEXT REFERENCES entities (id),
    name TEXT NOT NULL,
    kb_id TEXT,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX participants_entity ON participants (entity_id);
CREATE TABLE evidence (
    event_id TEXT NOT NULL REFERENCES events (id),
    field TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (event_id, field, "start", "end")
);
CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    property TEXT NOT NULL,
    value TEXT,
    "start" TEXT,
    "end" TEXT,
    document_id TEXT REFERENCES documents (id),
    evidence_start INTEGER,
    evidence_end INTEGER,
    evidence_text TEXT,
    stage TEXT,
    version TEXT
);
CREATE INDEX facts_subject ON facts (subject, property);
CREATE INDEX facts_document ON facts (document_id);
CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    command TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    counts TEXT,
    version TEXT
);
CREATE TABLE problems (
    id TEXT PRIMARY KEY,
    run_id TEXT NOT NULL,
    origin TEXT,
    code TEXT,
    message TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX problems_run ON problems (run_id)
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, entities, mentions, events, participants, evidence, facts, "
                 "runs, problems", INITIAL),
    Migration(2, "facts.extra: a fact's other keys as JSON (subject_name, precision, rule ...)",
              "ALTER TABLE facts ADD COLUMN extra TEXT"),
    Migration(3, "documents.version: the wirecoder version whose analysis is stored",
              "ALTER TABLE documents ADD COLUMN version TEXT; "
              "UPDATE documents SET version = "
              "(SELECT runs.version FROM runs WHERE runs.id = documents.run_id)"),
)
LATEST = MIGRATIONS[-1].version

VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""


def pending(current: int) -> list[Migration]:
    """The migrations a database at version `current` still needs, in order."""
    return [m for m in MIGRATIONS if m.version > current]


def apply(store: Any, current: int) -> int:
    """Apply every pending migration through `store.transaction()`; returns the new version."""
    for migration in pending(current):
        try:
            with store.transaction() as cur:
                cur.execute(VERSION_TABLE)
                for statement in migration.statements():
                    cur.execute(statement)
                cur.execute(store.sql("INSERT INTO schema_version (version, name, applied_at) "
                                      "VALUES (?, ?, ?)"),
                            (migration.version, migration.name,
                             datetime.now(UTC).isoformat(timespec="seconds")))
        except Exception as exc:
            if isinstance(exc, StoreError):
                raise
            raise StoreError("W207", url=store.url, version=migration.version,
                             name=migration.name, why=f"{type(exc).__name__}: {exc}",
                             found=current) from exc
        current = migration.version
    return current
