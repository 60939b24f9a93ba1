"""Publishing exports/ on a static host, as docs/datasette.md's recipe does.

`timeline build --base-url URL` writes exports whose links to themselves and to
the calendar feeds name URL. Here the folder is served by a plain static web
server (Python's http.server) at that URL: every feed the page links to must
answer with an iCalendar file, and the Atom feed's self link must be itself.
"""

from __future__ import annotations

import functools
import re
import threading
import urllib.request
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import feedparser
import icalendar
import pytest

from timeline.build import build

ROOT = Path(__file__).resolve().parents[2]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def static_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """exports/ built for the address it is then served at, and that address."""
    folder = tmp_path_factory.mktemp("static")
    exports = folder / "site"
    exports.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(exports))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    build(ROOT / "events", ROOT / "corpus", folder / "t.db", exports, base_url=base)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, exports
    finally:
        server.shutdown()
        server.server_close()


def _get(url: str) -> tuple[str, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers["content-type"], response.read()


def test_every_feed_the_page_links_to_is_served(static_host: tuple[str, Path]) -> None:
    base, _exports = static_host
    _type, page = _get(base + "timeline.html")
    feeds = re.findall(r'href="([^"]+\.ics)"', page.decode("utf-8"))
    assert base + "timeline.ics" in feeds and base + "calendars/TR.ics" in feeds
    assert len(feeds) > 10 and all(url.startswith(base) for url in feeds)
    for url in feeds:
        _media, body = _get(url)
        calendar = icalendar.Calendar.from_ical(body)
        assert str(calendar["URL"]) == base  # RFC 7986 URL: where the calendar is published


def test_atom_self_link_is_its_public_address(static_host: tuple[str, Path]) -> None:
    base, _exports = static_host
    _type, body = _get(base + "timeline.atom")
    parsed = feedparser.parse(body)
    assert not parsed.bozo
    assert [link.href for link in parsed.feed.links if link.rel == "self"] == [
        base + "timeline.atom"
    ]


def test_without_base_url_the_page_links_relatively() -> None:
    """The committed exports/ carry no address: links work wherever the folder is copied."""
    page = (ROOT / "exports" / "timeline.html").read_text(encoding="utf-8")
    feeds = re.findall(r'href="([^"]+\.ics)"', page)
    assert "timeline.ics" in feeds and "calendars/TR.ics" in feeds
    assert not any("://" in url for url in feeds)
