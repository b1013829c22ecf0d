"""A run killed (SIGKILL) in the middle of saving a document leaves the database consistent,
and a rerun resumes: documents already saved are skipped, nothing is duplicated."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CONFTEST = Path(__file__).with_name("conftest.py")
BATCH = 5
SLOW_AT = 2  # the document whose transaction is killed

SCRIPT = f"""
import importlib.util, os, sys, time
spec = importlib.util.spec_from_file_location("store_conftest", {str(CONFTEST)!r})
sample = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sample)
from wirecoder.store import open_store

db, marker = sys.argv[1], sys.argv[2]
slow = os.environ.get("SLOW_AT")
store = open_store(db)
current = [None]
original = store._insert_event

def insert_then_stall(cur, *args):
    original(cur, *args)
    if slow is not None and current[0] == int(slow):
        with open(marker, "w") as fh:
            fh.write("inside the transaction")
        time.sleep(60)

store._insert_event = insert_then_stall
run = store.start_run("resume test")
for i in range({BATCH}):
    analysis = sample.make_analysis(tag=f" Report {{i}}.")
    if store.has_document(analysis.document.id):
        print("skip", i, flush=True)
        continue
    current[0] = i
    store.save(analysis, run)
    print("saved", i, flush=True)
store.finish_run(run, {{"documents": {BATCH}}})
store.close()
"""


def run_batch(tmp_path: Path, db: str, slow: bool) -> subprocess.Popen:
    script = tmp_path / "batch.py"
    script.write_text(SCRIPT)
    env = dict(os.environ)
    env.pop("SLOW_AT", None)
    if slow:
        env["SLOW_AT"] = str(SLOW_AT)
    return subprocess.Popen([sys.executable, str(script), db, str(tmp_path / "marker")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "evidence", "mentions", "facts",
                          "participants")}


@pytest.mark.slow
def test_kill_mid_save_then_resume(tmp_path):
    path = tmp_path / "events.db"
    db = f"sqlite:///{path}"
    proc = run_batch(tmp_path, db, slow=True)
    marker = tmp_path / "marker"
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the batch never reached the slow document"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    after_kill = table_counts(path)
    # documents 0 and 1 were committed; document 2 was mid-transaction: none of it is there
    assert after_kill["documents"] == SLOW_AT
    assert after_kill["events"] == 2 * SLOW_AT
    assert after_kill["evidence"] == 14 * SLOW_AT
    with sqlite3.connect(path) as conn:
        orphans = conn.execute("SELECT count(*) FROM events WHERE document_id NOT IN "
                               "(SELECT id FROM documents)").fetchone()[0]
        status = conn.execute("SELECT status FROM runs").fetchall()
    assert orphans == 0 and status == [("running",)]  # the killed run stays unfinished

    rerun = run_batch(tmp_path, db, slow=False)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert out.split("\n")[:BATCH] == ([f"skip {i}" for i in range(SLOW_AT)]
                                        + [f"saved {i}" for i in range(SLOW_AT, BATCH)])
    final = table_counts(path)
    assert final == {"documents": BATCH, "events": 2 * BATCH, "evidence": 14 * BATCH,
                     "mentions": 3 * BATCH, "facts": BATCH, "participants": 5 * BATCH}

    again = run_batch(tmp_path, db, slow=False)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert out.split() == [w for i in range(BATCH) for w in ("skip", str(i))]
    assert table_counts(path) == final
