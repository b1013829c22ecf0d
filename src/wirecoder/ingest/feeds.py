"""RSS and Atom feeds (feedparser): one document per entry.

An entry's text is its full content when the feed carries it, else its summary, with HTML
markup removed; `url` is its link, `title` its title, `published` its published (else
updated) date, `publisher` the feed's title. Origins are `path:entry N` (N from 1).
A file feedparser cannot read as a feed (or one with no entries) yields W114; an entry
without text yields W105 and the other entries go on.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..errors import InputError
from ..records import Document

_BENIGN = ("CharacterEncodingOverride", "NonXMLContentType", "CharacterEncodingUnknown")
_TAG = re.compile(r"<[^>]*>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>", re.I)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)


def html_to_text(markup: str) -> str:
    """Plain text of a small HTML fragment: blocks become line breaks, entities unescaped."""
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    text = _SCRIPT.sub(" ", markup)
    text = _BLOCK.sub("\n", text)
    text = html_lib.unescape(_TAG.sub("", text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line).strip()


def _entry_text(entry: Any) -> str:
    best = ""
    for content in entry.get("content") or []:
        value = html_to_text(content.get("value") or "")
        if len(value) > len(best):
            best = value
    summary = html_to_text(entry.get("summary") or "")
    return best if len(best) >= len(summary) else summary


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                continue
    return None


def read_feed(data: bytes, origin: str) -> Iterator[Document | InputError]:
    """Documents from an RSS/Atom feed's bytes (already size- and binary-checked)."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient, but hostile input finds corners
        yield InputError("W114", origin=origin, why=f"{type(exc).__name__}: {exc}")
        return
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not parsed.get("bozo"):
        yield InputError("W114", origin=origin, why="no RSS or Atom root element")
        return
    if not entries:
        if parsed.get("bozo"):
            why = str(parsed.get("bozo_exception") or "malformed XML")
        elif parsed.get("version"):
            why = "the feed has no entries"
        else:
            why = "no RSS or Atom root element"
        yield InputError("W114", origin=origin, why=why)
        return
    broken = parsed.get("bozo_exception")
    if broken is not None and type(broken).__name__ not in _BENIGN:
        yield InputError("W114", origin=origin,
                         why=f"{broken}; the {len(entries)} entries before it are read")
    publisher = (parsed.get("feed") or {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}:entry {number}"
        text = _entry_text(entry)
        if not text:
            yield InputError("W105", origin=where, extra="; the entry has no summary or content")
            continue
        if not _entry_date(entry) and (entry.get("published") or entry.get("updated")):
            raw = entry.get("published") or entry.get("updated")
            yield InputError("W117", origin=where, value=raw, why="unreadable feed date")
        yield Document(
            id=Document.make_id(text),
            text=text,
            title=html_to_text(entry.get("title") or "") or None,
            url=entry.get("link") or None,
            published=_entry_date(entry),
            publisher=html_to_text(publisher) if publisher else None,
            origin=where,
        )
