"""HTML pages: boilerplate removed by trafilatura, keeping title, date, URL and site name.

`read_html(data, origin, url=None)` yields one Document (text = the article body trafilatura
recovers, without navigation, ads or footers) or W108 when no body text of at least
`MIN_WORDS` words can be recovered.
Metadata: `title`; `url` (the page's canonical URL, else the URL it was fetched from);
`published` (the page's publication date, from its meta tags or JSON-LD — never from dates
in the body text); `publisher` (og:site_name or the host name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..records import Document
from .dates import published_or_note
from .text import decode

MIN_WORDS = 5
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 2 kB, if any."""
    match = _CHARSET.search(data[:2048])
    return match.group(1).decode("ascii") if match else None


def extract_html(markup: str, url: str | None = None) -> dict[str, Any] | None:
    """trafilatura's body text and metadata for `markup`, or None when nothing is recovered."""
    import trafilatura

    result = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return None
    found = result if isinstance(result, dict) else result.as_dict()
    if len((found.get("text") or "").split()) < MIN_WORDS:
        return None  # a menu item or a button label is not an article
    return found


def read_html(data: bytes, origin: str, url: str | None = None, charset: str | None = None,
              ) -> Iterator[Document | InputError]:
    """One document from an HTML page's bytes (already size- and binary-checked)."""
    try:
        markup, note = decode(data, origin, charset or html_charset(data))
    except InputError as error:
        yield error
        return
    if note is not None:
        yield note
    if not markup.strip():
        yield InputError("W102", origin=origin)
        return
    try:
        found = extract_html(markup, url)
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup
        yield InputError("W108", origin=origin + f" ({type(exc).__name__}: {exc})")
        return
    if found is None:
        yield InputError("W108", origin=origin)
        return
    text = found["text"].strip()
    published, note = published_or_note(found.get("date") or None, origin)
    if note is not None:
        yield note
    yield Document(
        id=Document.make_id(text),
        text=text,
        title=(found.get("title") or None),
        url=found.get("url") or url,
        published=published,
        publisher=found.get("sitename") or found.get("hostname") or None,
        origin=origin,
    )
