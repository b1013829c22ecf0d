"""Reading articles: files, directories, corpora, feeds and URLs into `Document`s.

The one entry point the batch runner calls::

    read_inputs(paths, published=None, max_bytes=20_000_000, allow_private=False,
                *, client=None, resolve=None, dedupe=True, threshold=0.9)
        -> Iterator[Document | InputError]

For each path, in the order given:

* a directory: every file below it, recursively, in sorted order; hidden files and hidden
  directories (names starting with ".") are skipped; other unsupported files get W109;
* ``.txt``/``.text``: one document (text.py);
* ``.html``/``.htm``/``.xhtml``: the article body, title, date, canonical URL and site name
  recovered by trafilatura (html.py);
* ``.jsonl``/``.ndjson``, ``.json`` (array, object or JSON Lines), ``.csv``, ``.tsv``: one
  document per row/line; fields text, url, title, published, publisher, case-insensitive,
  extra fields ignored (tabular.py);
* ``.xml``/``.rss``/``.atom``: one document per feed entry (feeds.py);
* ``http://``/``https://`` URLs: fetched with httpx, time- and size-limited, refusing
  non-public addresses unless ``allow_private`` (url.py; ``client``/``resolve`` are for tests);
* ``-``: standard input (origin ``<stdin>``), read as a feed, HTML, JSON Lines or plain text
  by its first characters.

What is yielded:

* `Document`s with ``id = Document.make_id(text)`` and ``origin`` = ``path``,
  ``path:line N`` (JSON Lines), ``path:row N`` (CSV data rows, JSON array items),
  ``path:entry N`` (feed entries) or the URL.
* `InputError`s, one line each, naming the file/row, what is wrong and what to do. Most mean
  the file or row was skipped (W101-W114, W118, W119). Three are notes about a document
  that is still read, and are yielded just before it:
  W115 (not UTF-8: decoded as cp1252/latin-1), W117 (invalid published date such as
  "February 30th": the document is kept without a date, the time stage infers an anchor).
  W116 means a document was skipped as an identical or near-identical copy (estimated
  Jaccard >= ``threshold`` over 5-word shingles) of an earlier one in the same call.
  `SKIPPED_CODES` and `NOTE_CODES` tell them apart; ``error.fields["origin"]`` is the origin.

``published`` fills the published date of documents whose metadata has none; it does not
replace a date the source gives (the time stage's ``--published`` override is separate).
Nothing is raised for bad input: the batch goes on with the rest.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import httpx

from ..errors import InputError
from ..records import Document
from .dedupe import Deduplicator
from .feeds import read_feed
from .html import read_html
from .tabular import read_csv, read_json, read_jsonl
from .text import read_text, unreadable
from .url import Resolver, fetch_url

__all__ = ["NOTE_CODES", "SKIPPED_CODES", "SUFFIXES", "Deduplicator", "fetch_url",
           "read_file", "read_inputs", "read_stdin", "sniff"]

SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
NOTE_CODES = frozenset({"W115", "W117"})  # the document is still read
SKIPPED_CODES = frozenset({"W116"})  # a duplicate: skipped on purpose


def read_file(path: str, max_bytes: int = 20_000_000) -> Iterator[Document | InputError]:
    """The documents in one file (no deduplication), or the errors that stopped them."""
    origin = path
    kind = SUFFIXES.get(Path(path).suffix.lower())
    if kind is None:
        yield InputError("W109", origin=origin, suffix=Path(path).suffix or "(none)")
        return
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            yield InputError("W106", origin=origin, size=size, limit=max_bytes)
            return
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        yield InputError("W101", origin=origin)
        return
    except OSError as exc:
        yield InputError("W119", origin=origin, why=exc.strerror or str(exc))
        return
    if len(data) > max_bytes:  # grew while we looked
        yield InputError("W106", origin=origin, size=f"more than {max_bytes}", limit=max_bytes)
        return
    yield from _read_bytes(data, origin, kind)


def sniff(data: bytes) -> str:
    """The reader for bytes with no file name: feed, html, jsonl or text."""
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<rss", b"<feed", b"<rdf")) or (
            head.startswith(b"<?xml") and any(t in head for t in (b"<rss", b"<feed", b"<rdf"))):
        return "feed"
    if head.startswith(b"<"):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def read_stdin(max_bytes: int = 20_000_000) -> Iterator[Document | InputError]:
    """The documents on standard input (see `sniff`)."""
    import sys

    origin = "<stdin>"
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield InputError("W106", origin=origin, size=f"more than {max_bytes}", limit=max_bytes)
        return
    yield from _read_bytes(data, origin, sniff(data))


def _read_bytes(data: bytes, origin: str, kind: str) -> Iterator[Document | InputError]:
    problem = unreadable(data, origin)
    if problem is not None:
        yield problem
        return
    if kind == "text":
        yield from read_text(data, origin)
    elif kind == "html":
        yield from read_html(data, origin)
    elif kind == "jsonl":
        yield from read_jsonl(data, origin)
    elif kind == "json":
        yield from read_json(data, origin)
    elif kind == "csv":
        yield from read_csv(data, origin)
    elif kind == "tsv":
        yield from read_csv(data, origin, delimiter="\t")
    else:
        yield from read_feed(data, origin)


def _walk(directory: str) -> Iterator[str]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def _read_path(path: str, max_bytes: int, allow_private: bool, client: httpx.Client | None,
               resolve: Resolver | None) -> Iterator[Document | InputError]:
    if path == "-":
        yield from read_stdin(max_bytes)
        return
    if "://" in path[:12]:
        yield from fetch_url(path, max_bytes=max_bytes, allow_private=allow_private,
                             client=client, resolve=resolve)
        return
    if os.path.isdir(path):
        for name in _walk(path):
            yield from read_file(name, max_bytes)
        return
    if not os.path.exists(path):
        yield InputError("W101", origin=path)
        return
    yield from read_file(path, max_bytes)


def read_inputs(
    paths: Iterable[str],
    published: date | None = None,
    max_bytes: int = 20_000_000,
    allow_private: bool = False,
    *,
    client: httpx.Client | None = None,
    resolve: Resolver | None = None,
    dedupe: bool = True,
    threshold: float = 0.9,
) -> Iterator[Document | InputError]:
    """Documents from files, directories and URLs, with coded errors for bad input.

    See the module docstring for what each kind of input gives and what each error means.
    """
    seen = Deduplicator(threshold) if dedupe else None
    for path in paths:
        for item in _read_path(str(path), max_bytes, allow_private, client, resolve):
            if isinstance(item, Document):
                if published is not None and item.published is None:
                    item = replace(item, published=published)
                if seen is not None:
                    duplicate = seen.check(item)
                    if duplicate is not None:
                        why = ("" if duplicate.kind == "identical copy"
                               else f" (estimated similarity {duplicate.similarity:.2f})")
                        yield InputError("W116", origin=item.origin, kind=duplicate.kind,
                                         other=duplicate.of.origin, why=why)
                        continue
            yield item
