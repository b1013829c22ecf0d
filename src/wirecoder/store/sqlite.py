"""Everything SQLite-specific: URL parsing, connecting, pragmas, transactions, catalogue.

A PostgreSQL dialect (psycopg) would provide the same five members: `name`, `connect()`,
`sql()` (placeholder style: "?" here, "%s" there), `begin` and `tables()`; the SQL in
`base.py` and `migrations.py` is already portable (ON CONFLICT upserts, quoted "start"/"end",
lower(..) LIKE lower(..)).

URLs: `sqlite:///relative/path.db`, `sqlite:////absolute/path.db`, `sqlite://` or
`sqlite:///:memory:` (in memory), and plain file paths (`events.db`). The file is opened
in WAL mode with `synchronous=NORMAL`: a killed process never leaves a half-written
transaction behind, and readers (the web page) do not block the writer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..errors import StoreError


def sqlite_path(url: str) -> str:
    """The file path (or ":memory:") an SQLite URL names; raises W201 when it is not one."""
    if "://" not in url:
        if not url.strip():
            raise StoreError("W201", url=url)
        return url  # a plain path
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in ("sqlite", "sqlite3"):
        raise StoreError("W201", url=url)
    if rest in ("", "/", "/:memory:"):
        return ":memory:"
    if not rest.startswith("/"):
        raise StoreError("W201", url=url)  # sqlite://host/... has no meaning
    path = rest[1:]
    if "?" in path:
        raise StoreError("W201", url=url)
    return path


class SQLiteDialect:
    name = "sqlite"
    begin = "BEGIN IMMEDIATE"  # take the write lock up front: no upgrade deadlocks

    def connect(self, url: str) -> Any:
        path = sqlite_path(url)
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError("W205", url=url, why=f"the folder {parent} does not exist")
            if Path(path).is_dir():
                raise StoreError("W205", url=url, why="it is a folder")
        try:
            if path != ":memory:":
                path = str(Path(path).expanduser())
            conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            conn.execute("PRAGMA busy_timeout = 30000")
            if path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            message = str(exc)
            if "not a database" in message or "malformed" in message:
                raise StoreError("W204", url=url, why=message) from exc
            raise StoreError("W205", url=url, why=message) from exc
        return conn

    def sql(self, query: str) -> str:
        return query

    def tables(self, conn: Any) -> set[str]:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {r[0] for r in rows if not r[0].startswith("sqlite_")}
