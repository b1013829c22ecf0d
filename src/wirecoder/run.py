"""The main job: documents in, event records out (JSON Lines and the database).

`extract()` is the one-article Python API; `extract_paths()` is what `wirecoder extract` runs:
read every input (bad files/rows become problems, the batch goes on), skip documents the
database already holds (so a killed run resumes without duplicates), analyse the rest on
every core with a progress bar, save each document in one transaction, and write JSON Lines.
With `reanalyse=True` stored documents are analysed again and their stored analysis replaced
(one transaction each); without it, skipped documents that another wirecoder version analysed
are counted in `RunReport.stale` and `stale_note()` says how to refresh them (W208).
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

from .errors import Errors, InputError
from .pipeline import Pipeline, PipelineOptions
from .records import PIPELINE_VERSION, Document, Event

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
    reanalysed: int = 0  # already in the database, analysed again and replaced (--reanalyse)
    events: int = 0
    problems: list[str] = field(default_factory=list)
    # resumed documents whose stored analysis another wirecoder made: version -> count
    # (None: a version the database did not record)
    stale: dict[str | None, int] = field(default_factory=dict)

    def summary(self) -> str:
        again = f" ({self.reanalysed} of them again)" if self.reanalysed else ""
        return (f"{self.documents} documents: {self.analysed} analysed{again}, {self.resumed} "
                f"already in the database, {self.events} events written, "
                f"{len(self.problems)} problems")

    def stale_note(self) -> str | None:
        """One line (W208) when skipped documents were analysed by another wirecoder version."""
        if not self.stale:
            return None
        names = {v: v if v else "an unrecorded version" for v in self.stale}
        order = sorted(self.stale, key=lambda v: names[v])
        versions = (names[order[0]] if len(order) == 1 else
                    ", ".join(f"{names[v]} ({self.stale[v]})" for v in order))
        return "[W208] " + Errors.W208.format(count=sum(self.stale.values()),
                                              versions=versions, current=PIPELINE_VERSION)


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
    reanalyse: bool = False,
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
        if store is None or not store.has_document(document.id):
            todo.append(document)
        elif reanalyse:
            todo.append(document)  # save() replaces the stored analysis in one transaction
            report.reanalysed += 1
        else:
            done_ids.append(document.id)
            version = store.document_version(document.id)
            if version != PIPELINE_VERSION:
                report.stale[version] = report.stale.get(version, 0) + 1
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
                                      "resumed": report.resumed,
                                      "reanalysed": report.reanalysed, "events": report.events,
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
