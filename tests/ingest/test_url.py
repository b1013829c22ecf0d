"""Fetching URLs: documents from HTML, feeds and text; refusals for unsafe or oversized ones.

No network and no DNS: an httpx.MockTransport answers, and a fake resolver maps names.
"""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import httpx
import pytest

from wirecoder.errors import InputError
from wirecoder.ingest import read_inputs
from wirecoder.ingest.url import check_url, forbidden_reason
from wirecoder.records import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PUBLIC = "93.184.216.34"
DNS = {
    "news.example": [PUBLIC],
    "feeds.example": [PUBLIC],
    "internal.example": ["10.0.0.5"],
    "mixed.example": [PUBLIC, "127.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "v6local.example": ["::1"],
    "mapped.example": ["::ffff:192.168.1.1"],
}


def resolve(host: str) -> list[str]:
    if host not in DNS:
        raise OSError(f"Name or service not known: {host}")
    return DNS[host]


def fetch(url: str, handler, **kwargs) -> list[Document | InputError]:
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return list(read_inputs([url], client=client, resolve=resolve, **kwargs))


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"must not be requested: {request.url}")


def test_html_page_is_fetched_and_keeps_its_metadata():
    page = (FIXTURES / "article.html").read_bytes()

    def handler(request):
        assert request.url.host == "news.example"
        return httpx.Response(200, content=page, headers={"content-type": "text/html"})

    [doc] = fetch("https://news.example/congo", handler)
    assert "ceasefire in North Kivu" in doc.text
    assert doc.origin == "https://news.example/congo"
    assert doc.url == "https://lakeside.example/news/ceasefire-eastern-congo"  # canonical
    assert doc.published == date(2025, 10, 14)


def test_plain_text_gets_the_final_url_after_a_checked_redirect():
    def handler(request):
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        return httpx.Response(200, text="Troops left the town.", headers={
            "content-type": "text/plain; charset=utf-8"})

    [doc] = fetch("http://news.example/old", handler)
    assert doc.text == "Troops left the town." and doc.url == "http://news.example/new"


def test_feed_by_content_type():
    feed = (FIXTURES / "feed.rss").read_bytes()
    items = fetch("https://feeds.example/rss", lambda r: httpx.Response(
        200, content=feed, headers={"content-type": "application/rss+xml"}))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 2 and docs[0].origin == "https://feeds.example/rss:entry 1"


@pytest.mark.parametrize("url, why", [
    ("http://127.0.0.1/admin", "loopback"),
    ("http://[::1]:8080/", "loopback"),
    ("http://10.1.2.3/", "private"),
    ("http://192.168.0.1/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://100.64.0.1/", "not a public"),
    ("http://internal.example/", "10.0.0.5"),
    ("http://metadata.example/", "link-local"),
    ("http://v6local.example/", "loopback"),
    ("http://mapped.example/", "192.168.1.1"),
    ("http://mixed.example/", "127.0.0.1"),  # every resolved address is checked
])
def test_private_loopback_and_link_local_addresses_are_refused(url, why):
    [error] = fetch(url, never)
    assert error.code == "W113" and why in str(error) and url in str(error)


def test_allow_private_fetches_them():
    [doc] = fetch("http://127.0.0.1/x", lambda r: httpx.Response(
        200, text="Local report text.", headers={"content-type": "text/plain"}),
        allow_private=True)
    assert doc.text == "Local report text."


def test_redirect_to_a_private_address_is_refused_before_following_it():
    seen = []

    def handler(request):
        seen.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://169.254.169.254/secret"})

    [error] = fetch("https://news.example/a", handler)
    assert error.code == "W113" and seen == ["https://news.example/a"]


def test_redirect_loop_is_w112():
    [error] = fetch("https://news.example/a", lambda r: httpx.Response(
        302, headers={"location": "/a"}))
    assert error.code == "W112" and "redirects" in str(error)


@pytest.mark.parametrize("url", ["ftp://news.example/a", "file:///etc/passwd",
                                 "gopher://news.example/"])
def test_other_schemes_are_w118(url):
    [error] = fetch(url, never)
    assert error.code == "W118"


def test_unresolvable_host_is_w112():
    [error] = fetch("https://nowhere.example/", never)
    assert error.code == "W112" and "resolve" in str(error)


def test_http_error_status_is_w112():
    [error] = fetch("https://news.example/gone", lambda r: httpx.Response(404))
    assert error.code == "W112" and "404" in str(error)


def test_timeout_is_w112():
    def handler(request):
        raise httpx.ReadTimeout("read timed out", request=request)

    [error] = fetch("https://news.example/slow", handler)
    assert error.code == "W112" and "timed out" in str(error)


def test_declared_size_over_the_limit_is_refused():
    [error] = fetch("https://news.example/big", lambda r: httpx.Response(
        200, content=b"x" * 2000, headers={"content-type": "text/plain"}), max_bytes=1000)
    assert error.code == "W106"


def test_streamed_size_over_the_limit_is_refused_without_content_length():
    def chunks():
        for _ in range(100):
            yield b"word " * 100

    [error] = fetch("https://news.example/stream", lambda r: httpx.Response(
        200, content=chunks(), headers={"content-type": "text/plain"}), max_bytes=10_000)
    assert error.code == "W106" and "more than 10000" in str(error)


def test_gzip_bomb_is_refused():
    bomb = gzip.compress(b"a" * 5_000_000)

    [error] = fetch("https://news.example/bomb", lambda r: httpx.Response(
        200, content=bomb, headers={"content-type": "text/plain",
                                    "content-encoding": "gzip"}), max_bytes=100_000)
    assert error.code == "W106"


def test_gzip_body_is_decoded():
    body = gzip.compress(b"Gzipped report of a protest.")
    [doc] = fetch("https://news.example/gz", lambda r: httpx.Response(
        200, content=body, headers={"content-type": "text/plain", "content-encoding": "gzip"}))
    assert doc.text == "Gzipped report of a protest."


def test_binary_content_type_is_w103():
    [error] = fetch("https://news.example/file.pdf", lambda r: httpx.Response(
        200, content=b"%PDF-1.7", headers={"content-type": "application/pdf"}))
    assert error.code == "W103"


def test_forbidden_reason_lets_public_addresses_through():
    assert forbidden_reason(PUBLIC) is None
    assert forbidden_reason("2606:4700:4700::1111") is None
    assert "loopback" in forbidden_reason("2002:7f00:1::")  # 6to4 around 127.0.0.1


def test_check_url_rejects_a_bad_port():
    with pytest.raises(InputError) as info:
        check_url("http://news.example:99999/", resolve=resolve)
    assert info.value.code == "W118"


class _Stream:
    def __init__(self, address: str) -> None:
        self.address = address

    def get_extra_info(self, name: str):
        return (self.address, 80) if name == "server_addr" else None


def test_the_connected_address_is_checked_too(monkeypatch):
    """DNS rebinding: the name resolved to a public address when checked, but the connection
    went to a private one; the body is not read."""

    def handler(request):
        return httpx.Response(200, text="internal secrets", extensions={
            "network_stream": _Stream("10.0.0.7")})

    [error] = fetch("http://news.example/", handler)
    assert error.code == "W113" and "connected to 10.0.0.7" in str(error)
