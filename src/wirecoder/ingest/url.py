"""Fetching http(s) URLs safely (httpx).

`fetch_url(url, max_bytes=..., allow_private=False, client=None, resolve=None)` yields the
documents behind a URL (an HTML page, a feed, or plain text) or coded errors:

* W118: not an http(s) URL.
* W113: the host is, or resolves to, an address that is not public (loopback, private,
  link-local, multicast, reserved, carrier-grade NAT, unspecified; IPv4-mapped IPv6 included).
  Every address the name resolves to is checked, every redirect hop is checked again, and
  when the transport reports the address it actually connected to, that one is checked
  before the body is read. `allow_private=True` turns this off.
* W106: the body is over `max_bytes` (from Content-Length, or counted while streaming the
  decompressed body: only gzip and deflate are accepted, so a compression bomb stops within
  one network chunk of the limit).
* W112: DNS failure, connection error, timeout (5 s connect, 10 s between bytes, 30 s in all),
  HTTP error status, too many redirects.
* W103: a binary content type or body.

Tests inject `client=httpx.Client(transport=httpx.MockTransport(handler))` and
`resolve=lambda host: ["93.184.216.34"]`, so no network and no DNS are used.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterator
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import InputError
from ..records import Document
from .feeds import read_feed
from .html import read_html
from .text import read_text, unreadable

Resolver = Callable[[str], list[str]]
USER_AGENT = "wirecoder/0.1 (+https://github.com/wirecoder)"
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
TOTAL_SECONDS = 30.0
MAX_REDIRECTS = 5
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
               "application/rdf+xml")
_BINARY_TYPES = ("image/", "audio/", "video/", "application/pdf", "application/zip",
                 "application/octet-stream", "application/gzip", "font/")


def system_resolve(host: str) -> list[str]:
    """Every address `host` resolves to (raises OSError when it does not resolve)."""
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})


def forbidden_reason(address: str) -> str | None:
    """Why `address` must not be fetched on a user's behalf, or None when it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            reason = forbidden_reason(str(embedded))
            return f"{ip} embeds {reason}" if reason else None
    for attr, what in (("is_loopback", "a loopback"), ("is_link_local", "a link-local"),
                       ("is_multicast", "a multicast"), ("is_unspecified", "an unspecified"),
                       ("is_private", "a private"), ("is_reserved", "a reserved")):
        if getattr(ip, attr):
            return f"{ip} is {what} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def check_url(url: str, allow_private: bool = False, resolve: Resolver | None = None,
              origin: str | None = None) -> None:
    """Raise W118/W113/W112 unless `url` is an http(s) URL whose host is public."""
    origin = origin or url
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise InputError("W118", origin=origin, why=str(exc)) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError("W118", origin=origin, why=f"scheme {parts.scheme or 'missing'!r}")
    if not host:
        raise InputError("W118", origin=origin, why="no host name")
    if allow_private:
        return
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = (resolve or system_resolve)(host.rstrip("."))
        except (OSError, UnicodeError) as exc:
            raise InputError("W112", origin=origin, why=f"cannot resolve {host}: {exc}") from exc
        if not addresses:
            raise InputError("W112", origin=origin,
                             why=f"{host} resolves to no address") from None
    for address in addresses:
        reason = forbidden_reason(address)
        if reason:
            why = reason if address == host.strip("[]") else f"{host} resolves to {reason}"
            raise InputError("W113", origin=origin, why=why)


def _peer_address(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    try:
        peer = stream.get_extra_info("server_addr")
    except Exception:  # transports differ; no address is no extra check
        return None
    return str(peer[0]) if peer else None


def _download(url: str, client: httpx.Client, max_bytes: int, allow_private: bool,
              resolve: Resolver | None, origin: str) -> tuple[bytes, str, str, str | None]:
    """(body, final URL, content type, charset) after checked redirects; raises InputError."""
    deadline = time.monotonic() + TOTAL_SECONDS
    for _hop in range(MAX_REDIRECTS + 1):
        check_url(url, allow_private, resolve, origin)
        try:
            with client.stream("GET", url, follow_redirects=False,
                               headers={"Accept-Encoding": "gzip, deflate"}) as response:
                peer = _peer_address(response)
                if peer and not allow_private:
                    reason = forbidden_reason(peer)
                    if reason:
                        raise InputError("W113", origin=origin, why=f"connected to {reason}")
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise InputError("W112", origin=origin,
                                         why=f"HTTP {response.status_code} without a Location")
                    url = urljoin(url, location)
                    continue
                if response.status_code >= 400:
                    raise InputError("W112", origin=origin,
                                     why=f"HTTP {response.status_code} {response.reason_phrase}")
                content_type = response.headers.get("content-type", "").split(";")[0]
                content_type = content_type.strip().lower()
                if content_type.startswith(_BINARY_TYPES):
                    raise InputError("W103", origin=origin, why=f"content type {content_type}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise InputError("W106", origin=origin, size=int(declared), limit=max_bytes)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():  # decompressed as it streams
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputError("W106", origin=origin, size=f"more than {max_bytes}",
                                         limit=max_bytes)
                    if time.monotonic() > deadline:
                        raise InputError("W112", origin=origin,
                                         why=f"took over {TOTAL_SECONDS:.0f} s")
                    chunks.append(chunk)
                body = b"".join(chunks)
                return body, str(response.url), content_type, response.charset_encoding
        except httpx.TimeoutException as exc:
            raise InputError("W112", origin=origin,
                             why=f"timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise InputError("W112", origin=origin, why=f"{type(exc).__name__}: {exc}") from exc
    raise InputError("W112", origin=origin, why=f"more than {MAX_REDIRECTS} redirects")


def fetch_url(url: str, max_bytes: int = 20_000_000, allow_private: bool = False,
              client: httpx.Client | None = None, resolve: Resolver | None = None,
              ) -> Iterator[Document | InputError]:
    """The documents at `url` (see the module docstring), or the coded error that stopped it."""
    own = client is None
    if client is None:
        client = httpx.Client(timeout=TIMEOUT, headers={"User-Agent": USER_AGENT})
    try:
        body, final_url, content_type, charset = _download(url, client, max_bytes,
                                                           allow_private, resolve, url)
    except InputError as error:
        yield error
        return
    finally:
        if own:
            client.close()
    problem = unreadable(body, url)
    if problem is not None:
        yield problem
        return
    head = body[:512].lstrip().lower()
    is_feed = content_type in _FEED_TYPES or head.startswith((b"<rss", b"<feed", b"<rdf")) or (
        head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head))
    if is_feed:
        yield from read_feed(body, url)
    elif content_type in ("text/html", "application/xhtml+xml") or head.startswith(b"<"):
        for item in read_html(body, url, url=final_url, charset=charset):
            if isinstance(item, Document) and item.url is None:
                item = Document(item.id, item.text, item.title, final_url, item.published,
                                item.publisher, item.origin)
            yield item
    else:
        for item in read_text(body, url):
            if isinstance(item, Document):
                item = Document(item.id, item.text, item.title, final_url, item.published,
                                item.publisher, item.origin)
            yield item
