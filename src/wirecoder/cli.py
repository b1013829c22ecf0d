"""`wirecoder` command line: thin click commands over the library; errors become exit codes here."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from . import __version__
from .cli_support import ErrorsAsExitCodes, date_option

DEFAULT_DB = "sqlite:///wirecoder.db"


@click.group(cls=ErrorsAsExitCodes, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirecoder")
def main() -> None:
    """Turn news reports into sourced, geocoded, dated event records."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write event records as JSON Lines to this file ('-' for standard output).")
@click.option("--db", "db_url", default=DEFAULT_DB, show_default=True,
              help="Database URL to store documents, mentions, entities, events, evidence.")
@click.option("--no-db", is_flag=True, help="Do not store anything; only write --out.")
@click.option("--published", callback=date_option,
              help="Publication date (YYYY-MM-DD) for every input; overrides metadata.")
@click.option("--workers", type=int, default=None,
              help="Worker processes (default: every core for 4 or more documents).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal, for 5+ documents).")
@click.option("--max-bytes", type=int, default=20_000_000, show_default=True,
              help="Refuse input files or downloads larger than this.")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching URLs on private or loopback addresses.")
@click.option("--reanalyse", is_flag=True,
              help="Analyse documents already in the database again and replace their stored "
                   "analysis (after upgrading wirecoder).")
def extract(inputs: tuple[str, ...], out: Path | None, db_url: str, no_db: bool,
            published: date | None, workers: int | None, progress: bool | None,
            max_bytes: int, allow_private: bool, reanalyse: bool) -> None:
    """Extract events from INPUTS: .txt, .html, .jsonl, .csv, feeds, URLs or directories.

    Bad files or rows are reported on stderr, one line each, and the batch goes on. A run
    stopped half way resumes: documents already in the database are not analysed again,
    unless --reanalyse asks for it (each document's old analysis is then replaced in one
    transaction). Skipped documents analysed by another wirecoder version are counted on
    stderr at the end.
    """
    from .run import extract_paths

    to_stdout = out is not None and str(out) == "-"
    sink = None if to_stdout else out
    tmp = None
    if to_stdout:
        import tempfile

        tmp = Path(tempfile.mkstemp(suffix=".jsonl")[1])
        sink = tmp
    report = extract_paths(list(inputs), out=sink, db_url=None if no_db else db_url,
                           published=published, workers=workers, progress=progress,
                           max_bytes=max_bytes, allow_private=allow_private,
                           reanalyse=reanalyse)
    if tmp is not None:
        sys.stdout.write(tmp.read_text(encoding="utf-8"))
        tmp.unlink()
    click.echo(report.summary(), err=True)
    note = report.stale_note()
    if note:
        click.echo(note, err=True)
    if report.documents == 0:
        sys.exit(1)


@main.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Write predictions here: the gold file's format and ids, gold replaced.")
@click.option("--limit", type=int, default=None, help="Score only the first N rows.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
def eval_command(gold: Path, predictions: Path | None, limit: int | None, as_json: bool) -> None:
    """Score the pipeline on a gold file of shared/gold (timex, toponyms, events, snippets)."""
    from .evaluate import evaluate_file

    fmt, rows, metrics = evaluate_file(gold, limit=limit)
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if as_json:
        click.echo(json.dumps({"file": str(gold), "format": fmt, "metrics": metrics}, indent=2))
    else:
        click.echo(f"{gold} ({fmt}, {len(rows)} rows)")
        _print_metrics(metrics)


def _print_metrics(metrics: dict[str, Any], indent: str = "  ") -> None:
    for key, value in metrics.items():
        if isinstance(value, dict):
            click.echo(f"{indent}{key}:")
            _print_metrics(value, indent + "  ")
        elif isinstance(value, float):
            click.echo(f"{indent}{key}: {value:.4f}")
        else:
            click.echo(f"{indent}{key}: {value}")


@main.group()
def db() -> None:
    """Create the database or show what it holds."""


@db.command("init")
@click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, help="Database URL.")
def db_init(db_url: str) -> None:
    """Create the tables (or migrate them to this version)."""
    from .store import open_store

    open_store(db_url).close()
    click.echo(f"ready: {db_url}")


@db.command("migrate")
@click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, help="Database URL.")
def db_migrate(db_url: str) -> None:
    """Bring an existing database's tables up to this version's schema."""
    from .store import open_store

    open_store(db_url, migrate=True).close()
    click.echo(f"migrated: {db_url}")


@db.command("stats")
@click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, help="Database URL.")
def db_stats(db_url: str) -> None:
    """Count documents, mentions, entities, events, evidence, facts, runs and problems."""
    from .store import open_store

    store = open_store(db_url)
    for key, value in store.stats().items():
        click.echo(f"{key}: {value}")
    store.close()


@main.command()
@click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, help="Database URL.")
@click.option("--type", "plover_type", help="PLOVER type, e.g. ASSAULT.")
@click.option("--actor", help="Actor or target name (substring, case-insensitive).")
@click.option("--country", help="ISO 3166-1 alpha-2 country of the event location.")
@click.option("--since", callback=date_option, help="Events ending on or after this date.")
@click.option("--until", callback=date_option, help="Events starting on or before this date.")
@click.option("--text", help="Words that must appear in the event's evidence.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
def query(db_url: str, plover_type: str | None, actor: str | None, country: str | None,
          since: date | None, until: date | None, text: str | None, fmt: str) -> None:
    """List stored events matching the filters."""
    from .export import write_events
    from .store import open_store

    store = open_store(db_url)
    records = list(store.iter_events(plover_type=plover_type, actor=actor, country=country,
                                     since=since, until=until, text=text))
    store.close()
    write_events(records, fmt, sys.stdout)


@main.command()
@click.option("--db", "db_url", default=DEFAULT_DB, show_default=True, help="Database URL.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
def export(db_url: str, fmt: str, out: Path) -> None:
    """Write every stored event: JSON Lines, CSV with ACLED-style columns, or GeoJSON."""
    from .export import write_events
    from .store import open_store

    store = open_store(db_url)
    records = list(store.iter_events())
    store.close()
    with out.open("w", encoding="utf-8", newline="") as fh:
        write_events(records, fmt, fh)
    click.echo(f"{len(records)} events -> {out}", err=True)


def _mount_kb() -> None:
    try:
        from .actors.commands import kb
    except ImportError:  # pragma: no cover - the actors package is always shipped
        return
    main.add_command(kb)


_mount_kb()

if __name__ == "__main__":  # pragma: no cover
    main()
