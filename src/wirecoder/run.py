"""The main job: documents in, event records out (JSON Lines and the database).

`extract()` is the one-article Python API; `extract_paths()` is what `wirecoder extract` runs:
read every input (bad files/rows become problems, the batch goes on), skip documents the
database already holds (so a killed run resumes without duplicates), analyse the rest on
every core with a progress bar, save each document in one transaction, and write JSON Lines.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .pipeline import Pipeline, PipelineOptions
from .records import Document, Event

PROGRESS_MIN_DOCUMENTS = 5
_PIPELINES: dict[tuple[Any, ...], Pipeline] = {}


def _pipeline(options: PipelineOptions) -> Pipeline:
    key = (options.published, options.today)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(options=options)
    return _PIPELINES[key]


def parse_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def extract(text: str, published: str | date | None = None, *, title: str | None = None,
            url: str | None = None, publisher: str | None = None) -> list[Event]:
    """Events in one article: `wirecoder.extract(text, published="2025-11-30")`."""
    options = PipelineOptions(published=parse_date(published))
    document = Document(id=Document.make_id(text), text=text, title=title, url=url,
                        publisher=publisher)
    return _pipeline(options)(document).events


@dataclass
class RunReport:
    """What one `extract_paths` call did."""

    documents: int = 0
    analysed: int = 0
    resumed: int = 0  # already in the database: not analysed again
    events: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.documents} documents: {self.analysed} analysed, {self.resumed} already "
                f"in the database, {self.events} events written, {len(self.problems)} problems")


def extract_paths(
    paths: Iterable[str],
    *,
    out: Path | None = None,
    db_url: str | None = "sqlite:///wirecoder.db",
    published: date | None = None,
    workers: int | None = None,
    progress: bool | None = None,
    on_problem: Callable[[str], None] | None = None,
    max_bytes: int = 20_000_000,
    allow_private: bool = False,
) -> RunReport:
    """Run the pipeline over files, directories and URLs; see the module docstring."""
    from .ingest import read_inputs

    report = RunReport()
    say = on_problem or (lambda message: print(message, file=sys.stderr))
    options = PipelineOptions(published=published)
    store = None
    run_id = None
    if db_url:
        from .store import open_store

        store = open_store(db_url)
        run_id = store.start_run("extract " + " ".join(str(p) for p in paths))

    documents: list[Document] = []
    for item in read_inputs(paths, published=published, max_bytes=max_bytes,
                            allow_private=allow_private):
        if isinstance(item, InputError):
            report.problems.append(str(item))
            say(str(item))
            if store is not None:
                store.record_problem(run_id, str(item.fields.get("origin", "?")), str(item))
            continue
        documents.append(item)
    report.documents = len(documents)

    todo: list[Document] = []
    done_ids: list[str] = []
    for document in documents:
        if store is not None and store.has_document(document.id):
            done_ids.append(document.id)
        else:
            todo.append(document)
    report.resumed = len(done_ids)

    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
    sink: IO[str] | None = out.open("w", encoding="utf-8") if out else None
    try:
        if store is not None and sink is not None:
            for doc_id in done_ids:
                for record in store.iter_events(document_id=doc_id):
                    sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                    report.events += 1
        if todo:
            workers = workers or (min(os.cpu_count() or 1, len(todo)) if len(todo) >= 4 else 1)
            pipeline = _pipeline(options)
            bar = _progress(len(todo), progress)
            for analysis in pipeline.run_many(todo, workers=workers):
                for problem in analysis.problems:  # the store records them with the document
                    message = f"{analysis.document.origin}: {problem}"
                    report.problems.append(message)
                    say(message)
                if store is not None:
                    store.save(analysis, run_id)
                if sink is not None:
                    for event in analysis.events:
                        sink.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
                    sink.flush()
                report.events += len(analysis.events)
                report.analysed += 1
                if bar is not None:
                    bar.update(1)
            if bar is not None:
                bar.close()
    finally:
        if sink is not None:
            sink.close()
        if store is not None:
            store.finish_run(run_id, {"documents": report.documents, "analysed": report.analysed,
                                      "resumed": report.resumed, "events": report.events,
                                      "problems": len(report.problems)})
            store.close()
    return report


def _progress(total: int, wanted: bool | None) -> Any:
    """A tqdm bar (rate, ETA) on stderr for more than a handful of documents on a terminal."""
    if wanted is False or (wanted is None and (total < PROGRESS_MIN_DOCUMENTS
                                               or not sys.stderr.isatty())):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, desc="extract", dynamic_ncols=True)
