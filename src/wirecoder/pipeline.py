"""Stage registry, the ordering check, and running one document or many.

A stage is a small class with `name`, `requires`, `assigns`, a constructor taking
`PipelineOptions` and `__call__(analysis)` that fills the fields it assigns. Stages are
registered by name with the dotted path of their class, so one can be swapped (rules,
classifier, LLM) without touching its neighbours.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .errors import ConfigError
from .records import Analysis, Document

# name -> "module:Class"
STAGES: dict[str, str] = {
    "language": "wirecoder.language:LanguageStage",
    "time": "wirecoder.time.stage:TimeStage",
    "places": "wirecoder.geo.stage:PlaceStage",
    "actors": "wirecoder.actors.stage:ActorStage",
    "events": "wirecoder.events.stage:EventStage",
}
DEFAULT_STAGES = ("language", "time", "places", "actors", "events")


@dataclass(frozen=True)
class PipelineOptions:
    """Run-wide settings every stage may read."""

    published: date | None = None  # --published: overrides document metadata
    today: date | None = None  # latest date an inferred anchor may take (default: today)
    extra: dict[str, Any] = field(default_factory=dict)


def register_stage(name: str, path: str) -> None:
    """Register (or replace) a stage class by dotted path `module:Class`."""
    STAGES[name] = path


def _load_stage_class(name: str) -> Any:
    if name not in STAGES:
        raise ConfigError("W002", stage=name, known=", ".join(sorted(STAGES)))
    module_name, _, class_name = STAGES[name].partition(":")
    return getattr(importlib.import_module(module_name), class_name)


def check_order(names: Iterable[str]) -> list[Any]:
    """Load the stage classes and check every `requires` is assigned by an earlier stage."""
    classes = [_load_stage_class(n) for n in names]
    have = {"document"}
    order = " -> ".join(names)
    for cls in classes:
        for need in cls.requires:
            if need not in have:
                raise ConfigError("W001", stage=cls.name, needs=need, order=order)
        have.update(cls.assigns)
    return classes


class Pipeline:
    """The configured stages, checked once, applied in order to each document."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES,
                 options: PipelineOptions | None = None) -> None:
        self.names = tuple(stages)
        self.options = options or PipelineOptions()
        self.stages = [cls(self.options) for cls in check_order(self.names)]

    def __call__(self, document: Document) -> Analysis:
        analysis = Analysis(document=document)
        for stage in self.stages:
            stage(analysis)
        return analysis

    def run_many(self, documents: Iterable[Document], workers: int | None = None,
                 ) -> Iterator[Analysis]:
        """Analyse documents, in worker processes when `workers` > 1; order is kept."""
        workers = workers or 1
        if workers <= 1:
            for doc in documents:
                yield self(doc)
            return
        import multiprocessing as mp

        global _WORKER
        if "fork" in mp.get_all_start_methods():
            # Workers inherit the loaded models (copy-on-write) instead of loading their own.
            _WORKER = self
            pool = mp.get_context("fork").Pool(workers)
        else:  # pragma: no cover - Windows/macOS spawn
            pool = mp.get_context("spawn").Pool(
                workers, initializer=_init_worker, initargs=(self.names, self.options))
        with pool:
            yield from pool.imap(_run_in_worker, documents, chunksize=1)


_WORKER: Pipeline | None = None


def _init_worker(names: tuple[str, ...], options: PipelineOptions) -> None:
    global _WORKER
    _WORKER = Pipeline(names, options)


def _run_in_worker(document: Document) -> Analysis:
    assert _WORKER is not None
    analysis = _WORKER(document)
    analysis.doc = None  # spaCy Docs are heavy to send back; records keep their spans
    return analysis
