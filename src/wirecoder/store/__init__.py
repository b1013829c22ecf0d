"""Storage chosen by URL: SQLite by default, a small interface PostgreSQL can implement.

    store = open_store("sqlite:///wirecoder.db")   # or a plain path, or "sqlite://" (memory)
    run_id = store.start_run("extract corpus/")
    if not store.has_document(doc.id):
        store.save(analysis, run_id)               # one transaction per document
    store.record_problem(run_id, origin, message)
    store.finish_run(run_id, {"documents": 10})
    for record in store.iter_events(plover_type="ASSAULT", country="SY",
                                    since=date(2025, 11, 1), until="2025-11-30",
                                    actor="ISIS", text="launchers"):
        ...                                        # Event.to_json() dicts
    store.stats(); store.close()

Store methods (store/base.py): `has_document(doc_id) -> bool`; `document_version(doc_id)`
(the wirecoder version whose analysis is stored); `get_document(doc_id)`;
`save(analysis, run_id=None)`; `start_run(command) -> run_id`; `finish_run(run_id, counts)`;
`record_problem(run_id, origin, message)`; `iter_events(plover_type, actor, country, since,
until, text, document_id, limit) -> Iterator[dict]`; `iter_problems(run_id)`; `iter_runs()`;
`stats() -> dict`; `close()` (also a context manager).

Tables: documents (with text, the anchor used, and the run and wirecoder version whose
analysis is stored), mentions, entities (keyed by kb_id, else by case-folded name), events
(full JSON plus indexed plover, start/end date, country, admin1, lat/lon, confidence ...),
participants (event, role, position, entity), evidence (event_id, field, start, end, text:
one row per span of every field, field names like "event", "trigger", "time", "location",
"actors[0]", "quantities[1]", "claims[0].claimant"), facts (subject, property, value, start,
end, document_id, evidence_start/end/text, stage, version), runs, problems, schema_version.

Guarantees: `save` writes a document and everything derived from it in one transaction, so a
process killed mid-save leaves either all of it or none; a document row therefore means the
document is done, and a re-run resumes by skipping `has_document` ids. Saving the same
analysis twice adds no rows (deterministic ids, upserts). Saving a new analysis of a stored
document (`extract --reanalyse`) deletes the old one and writes the new one in that same
transaction: a failure half way keeps the old analysis, never a mix or nothing. Errors: W201
(not a database URL this version supports), W202/W203 (schema older with migrate=False /
newer than this code), W204 (not a wirecoder database), W205 (cannot open the file). Older
schemas are migrated on open (numbered migrations, store/migrations.py).
"""

from __future__ import annotations

from ..errors import StoreError
from .base import Store, entity_id, evidence_fields
from .migrations import LATEST as SCHEMA_VERSION
from .sqlite import SQLiteDialect

__all__ = ["SCHEMA_VERSION", "Store", "entity_id", "evidence_fields", "open_store"]

DEFAULT_URL = "sqlite:///wirecoder.db"


def open_store(url: str = DEFAULT_URL, migrate: bool = True) -> Store:
    """Open (creating and migrating as needed) the database at `url`."""
    scheme = url.partition("://")[0].lower() if "://" in url else "sqlite"
    if scheme in ("sqlite", "sqlite3"):
        return Store(SQLiteDialect(), url, migrate=migrate)
    raise StoreError("W201", url=url)
