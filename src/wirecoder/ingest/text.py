"""Bytes to text: binary sniffing, encoding fallbacks, and plain ``.txt`` files.

`decode()` tries UTF-8 (a byte-order mark is dropped), UTF-16 when a UTF-16 byte-order mark
says so, then Windows-1252 and finally Latin-1; anything but UTF-8 is reported as a W115 note
so a user can check accented characters. Binary data (NUL bytes, known file signatures, many
control characters) is refused with W103 before any decoding.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator

from ..errors import InputError
from ..records import Document

# File signatures of formats people drop into a corpus folder by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (docx/xlsx/odt are ZIP files too)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13, 27}


def binary_reason(data: bytes) -> str | None:
    """Why `data` looks binary, or None when it looks like text."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            return f"it starts like {what}"
    if b"\x00" in head:
        return "it contains NUL bytes"
    if head:
        controls = sum(1 for b in head if b in _CONTROL)
        if controls / len(head) > 0.05:
            return f"{controls} control characters in the first {len(head)} bytes"
    return None


def decode(data: bytes, origin: str, charset: str | None = None,
           ) -> tuple[str, InputError | None]:
    """Text of `data` and a W115 note when it was not UTF-8 (raises InputError W107).

    `charset` (from an HTTP header or an XML/HTML declaration) is tried first when given.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise InputError("W107", origin=origin) from exc
    if charset:
        try:
            codecs.lookup(charset)
            text = data.decode(charset)
            if codecs.lookup(charset).name not in ("utf-8", "utf-8-sig", "ascii"):
                return text, None  # declared by the source: not worth a note
            return text.removeprefix("\ufeff"), None
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to guessing
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, InputError("W115", origin=origin, encoding=encoding)
    raise InputError("W107", origin=origin)  # pragma: no cover - latin-1 decodes any bytes


def unreadable(data: bytes, origin: str) -> InputError | None:
    """W102 for empty bytes, W103 for binary ones; None when they may be text."""
    if not data.strip():
        return InputError("W102", origin=origin)
    reason = binary_reason(data)
    if reason:
        return InputError("W103", origin=origin, why=reason)
    return None


def decode_reporting(data: bytes, origin: str) -> tuple[str | None, list[InputError]]:
    """`decode`, with its note (W115) or its failure (W107) as errors to report."""
    try:
        text, note = decode(data, origin)
    except InputError as error:
        return None, [error]
    return text, [note] if note is not None else []


def read_text(data: bytes, origin: str) -> Iterator[Document | InputError]:
    """One document from a plain-text file's bytes (already size- and binary-checked)."""
    text, notes = decode_reporting(data, origin)
    yield from notes
    if text is None:
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        yield InputError("W102", origin=origin)
        return
    yield Document(id=Document.make_id(text), text=text, origin=origin)
