"""Corpora with one article a row: JSON Lines, JSON and CSV/TSV.

Fields (JSON keys or CSV header names, case-insensitive, surrounding spaces ignored; extra
fields are ignored): `text` (required; `body` or `content` are accepted when `text` is
absent), `url`, `title`, `published`, `publisher`.

Origins: `path:line N` for JSON Lines (N counts physical lines from 1), `path:row N` for CSV
rows (N counts data rows from 1, the header excluded) and for the items of a JSON array.
A bad line or row yields its error and the rest of the file goes on; a CSV file whose quoting
breaks cannot be resynchronised, so W111 names the line where it broke and the rows read
before it are kept. An invalid `published` value keeps the row without a date (W117).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from ..errors import InputError
from ..records import Document
from .dates import published_or_note
from .text import decode_reporting

TEXT_FIELDS = ("text", "body", "content")
META_FIELDS = ("url", "title", "published", "publisher")


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def document_from_row(row: Mapping[Any, Any], origin: str) -> Iterator[Document | InputError]:
    """A Document (and W117 notes) from one row/object, or W105 when it has no text."""
    fields = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    raw = next((fields[k] for k in TEXT_FIELDS if fields.get(k) not in (None, "")), None)
    if raw is not None and not isinstance(raw, str):
        yield InputError("W105", origin=origin,
                         extra=f"; found a {type(raw).__name__}, not a string")
        return
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        present = ", ".join(sorted(fields)) or "none"
        yield InputError("W105", origin=origin, extra=f"; fields present: {present}")
        return
    published, note = published_or_note(fields.get("published"), origin)
    if note is not None:
        yield note
    yield Document(
        id=Document.make_id(text),
        text=text,
        title=_clean(fields.get("title")),
        url=_clean(fields.get("url")),
        published=published,
        publisher=_clean(fields.get("publisher")),
        origin=origin,
    )


def read_jsonl(data: bytes, origin: str) -> Iterator[Document | InputError]:
    """One document per non-blank line, each a JSON object with a `text` field."""
    text, notes = decode_reporting(data, origin)
    yield from notes
    if text is None:
        return
    found = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        found = True
        where = f"{origin}:line {number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError("W104", origin=where, why=f"{exc.msg} at column {exc.colno}")
            continue
        except RecursionError:
            yield InputError("W104", origin=where, why="nested too deeply")
            continue
        if not isinstance(value, dict):
            yield InputError("W104", origin=where,
                             why=f"a JSON {type(value).__name__}, not an object")
            continue
        yield from document_from_row(value, where)
    if not found:
        yield InputError("W102", origin=origin)


def read_json(data: bytes, origin: str) -> Iterator[Document | InputError]:
    """A `.json` file: an array of objects, one object, or (often) JSON Lines."""
    text, notes = decode_reporting(data, origin)
    if text is None or text.lstrip()[:1] not in ("[", "{"):
        yield from notes
        if text is not None and text.strip():
            yield InputError("W104", origin=origin, why="expected an array or objects")
        elif text is not None:
            yield InputError("W102", origin=origin)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from read_jsonl(data, origin)  # JSON Lines saved as .json
            return
        yield from notes
        yield InputError("W104", origin=origin,
                         why=f"{exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    except RecursionError:
        yield from notes
        yield InputError("W104", origin=origin, why="nested too deeply")
        return
    yield from notes
    if isinstance(value, dict):
        yield from document_from_row(value, origin)
        return
    if not value:
        yield InputError("W102", origin=origin)
    for number, item in enumerate(value, start=1):
        where = f"{origin}:row {number}"
        if not isinstance(item, dict):
            yield InputError("W104", origin=where,
                             why=f"a JSON {type(item).__name__}, not an object")
            continue
        yield from document_from_row(item, where)


def read_csv(data: bytes, origin: str, delimiter: str = ",") -> Iterator[Document | InputError]:
    """One document per data row; the header row names the fields."""
    text, notes = decode_reporting(data, origin)
    yield from notes
    if text is None:
        return
    if not text.strip():
        yield InputError("W102", origin=origin)
        return
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        yield InputError("W111", origin=origin, why=f"header: {exc}")
        return
    names = [h.strip().lower() for h in header]
    if not any(n in TEXT_FIELDS for n in names):
        shown = ", ".join(repr(h) for h in header[:8]) + (" ..." if len(header) > 8 else "")
        yield InputError("W105", origin=origin, extra=f"; the header row has {shown}")
        return
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield InputError("W111", origin=f"{origin}:line {reader.line_num}",
                             why=f"{exc}; rows after this line were not read")
            return
        if not any(c.strip() for c in cells):
            continue
        number += 1
        where = f"{origin}:row {number}"
        yield from document_from_row(dict(zip(names, cells, strict=False)), where)
    if number == 0:
        yield InputError("W102", origin=origin)
