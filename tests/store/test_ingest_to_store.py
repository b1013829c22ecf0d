"""read_inputs -> store.save, twice: the second pass skips every document it already holds."""

from __future__ import annotations

from pathlib import Path

from wirecoder.errors import InputError
from wirecoder.ingest import read_inputs
from wirecoder.records import Analysis, Document
from wirecoder.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
INPUTS = [str(FIXTURES / n) for n in ("corpus", "corpus.csv", "corpus.jsonl", "feed.rss",
                                      "article.html", "binary.txt")]


def one_pass(db: str) -> tuple[int, int, int]:
    saved = skipped = problems = 0
    with open_store(db) as store:
        run = store.start_run("extract fixtures")
        for item in read_inputs(INPUTS):
            if isinstance(item, InputError):
                store.record_problem(run, item.fields["origin"], str(item))
                problems += 1
            elif store.has_document(item.id):
                skipped += 1
            else:
                store.save(Analysis(document=item), run)
                saved += 1
        store.finish_run(run, {"saved": saved})
    return saved, skipped, problems


def test_second_pass_saves_nothing_new(tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    saved, skipped, problems = one_pass(db)
    assert saved == 12 and skipped == 0 and problems > 5
    assert one_pass(db) == (0, 12, problems)
    with open_store(db) as store:
        stats = store.stats()
        assert stats["documents"] == 12 and stats["runs"] == 2
        assert stats["problems"] == 2 * problems  # each run keeps its own problem lines
        csv_doc = next(d for d in read_inputs([str(FIXTURES / "corpus.csv")])
                       if isinstance(d, Document))
        stored = store.get_document(csv_doc.id)
        assert stored["text"] == csv_doc.text and stored["title"] == "Talks resume"
        assert stored["published"] == "2025-11-24" and stored["origin"].endswith(":row 1")
