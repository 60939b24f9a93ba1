"""A public deployment: behind a proxy at a public address, and robots.txt.

``timeline serve --base-url https://events.example.org/tl/`` runs behind a
proxy that maps that address to Datasette (stripping ``/tl``, as Datasette's
own proxy demo does, and passing the Host). Every link our pages make must
then name the public address: relative links start with ``/tl/``, absolute
ones with ``https://events.example.org/tl/``, and the calendar feed URLs a
reader copies work from outside.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import icalendar
import pytest
import pytest_asyncio
from click.testing import CliRunner
from protego import Protego

from timeline.cli import main
from timeline.errors import UsageError
from timeline.serve import datasette_args, make_datasette
from timeline.urls import public_base_url

PUBLIC = "https://events.example.org/tl/"
#: Links that are neither ours nor relative: Datasette's footer credits.
EXTERNAL = ("https://datasette.io/", "https://www.apache.org/", "https://news.example/")
LINK = re.compile(r'(?:href|src|action)="([^"]+)"')


@pytest_asyncio.fixture
async def proxied(db_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """Datasette with a public base URL, reached as the proxy reaches it."""
    datasette = make_datasette(db_path, base_url=PUBLIC)
    await datasette.invoke_startup()
    transport = httpx.ASGITransport(app=datasette.app())
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://127.0.0.1:8001",
        headers={"host": "events.example.org"},
    ) as client:
        yield client


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://events.example.org/tl", "https://events.example.org/tl/"),
        ("http://localhost:8080/", "http://localhost:8080/"),
        ("https://example.org", "https://example.org/"),
    ],
)
def test_public_base_url_ends_with_a_slash(given: str, expected: str) -> None:
    assert public_base_url(given) == expected


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("events.example.org", "not an absolute http(s) URL"),
        ("ftp://example.org/", "its scheme is ftp:"),
        ("javascript:alert(1)//", "its scheme is javascript:"),
        ("https://example.org/?a=1", "has a query or fragment"),
        ("https://example.org/#top", "has a query or fragment"),
        ('https://example.org/"><script>', "contains the character"),
    ],
)
def test_public_base_url_refuses(given: str, says: str) -> None:
    with pytest.raises(UsageError, match=re.escape(says)):
        public_base_url(given)


def test_serve_and_build_refuse_a_bad_base_url(tmp_path: Path) -> None:
    """A usage error (exit 2) naming the value, before anything is written."""
    runner = CliRunner()
    served = runner.invoke(main, ["serve", "--db", str(tmp_path / "no.db"), "--base-url", "x"])
    assert served.exit_code != 0
    built = runner.invoke(
        main,
        [
            *("build", "--db", str(tmp_path / "t.db"), "--exports", str(tmp_path / "exports")),
            *("--base-url", "ftp://example.org/"),
        ],
    )
    assert built.exit_code == 2, built.output
    assert "--base-url: 'ftp://example.org/' is not an absolute http(s) URL" in built.output
    assert not (tmp_path / "t.db").exists() and not (tmp_path / "exports").exists()


def test_serve_passes_the_path_to_datasette(tmp_path: Path) -> None:
    args = datasette_args(tmp_path / "t.db", tmp_path / "m.json", base_url=PUBLIC)
    assert args[args.index("base_url") - 1 :][:3] == ["--setting", "base_url", "/tl/"]
    https = args[args.index("force_https_urls") - 1 :][:3]
    assert https == ["--setting", "force_https_urls", "on"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "path",
    ["/", "/timeline", "/timeline/events", "/timeline/events/2022-05-visit-kz-tr", "/-/calendars"],
)
async def test_every_link_names_the_public_address(proxied: httpx.AsyncClient, path: str) -> None:
    response = await proxied.get(path)
    assert response.status_code == 200
    links = LINK.findall(response.text)
    assert links
    wrong = [
        link
        for link in links
        if not link.startswith(("/tl/", PUBLIC, "#", "?", "webcal://events.example.org/tl/"))
        and not link.startswith(EXTERNAL)
    ]
    assert wrong == []


@pytest.mark.asyncio
async def test_calendars_page_lists_public_feed_urls(proxied: httpx.AsyncClient) -> None:
    html = (await proxied.get("/-/calendars")).text
    urls = re.findall(r'<code class="timeline-feed-url">([^<]+)</code>', html)
    assert f"{PUBLIC}-/calendars/timeline.ics" in urls
    assert f"{PUBLIC}-/calendars/TR.ics" in urls
    assert all(url.startswith(f"{PUBLIC}-/calendars/") for url in urls)
    assert 'href="webcal://events.example.org/tl/-/calendars/TR.ics"' in html
    # what the proxy forwards for a copied URL is served
    feed = await proxied.get(urls[-1].removeprefix(PUBLIC.rstrip("/").rsplit("/", 1)[0] + "/tl"))
    assert feed.status_code == 200
    assert icalendar.Calendar.from_ical(feed.content).walk("VEVENT")


@pytest.mark.asyncio
async def test_exports_listing_and_rendered_feeds_use_the_public_address(
    proxied: httpx.AsyncClient,
) -> None:
    listing = (await proxied.get("/-/exports")).json()
    assert listing and all(entry["url"].startswith(f"{PUBLIC}-/exports/") for entry in listing)
    rendered = await proxied.get("/timeline/events.ics?kind=summit")
    calendar = icalendar.Calendar.from_ical(rendered.content)
    assert str(calendar["URL"]).startswith(f"{PUBLIC}timeline/events")


@pytest.mark.asyncio
async def test_calendars_page_says_the_shared_text_once(ds: Any) -> None:
    html = (await ds.client.get("/-/calendars")).text
    assert html.count("each event quotes the text that reports it") == 1
    headings = re.findall(r'<h2 class="timeline-feed-group">([^<]+)</h2>', html)
    assert headings == ["Every event", "By country", "By organization", "By kind of event"]
    assert html.count('class="timeline-copy"') == html.count('class="timeline-feed-url"') > 10


@pytest.mark.asyncio
async def test_robots_txt_lets_crawlers_read_pages_not_query_variants(ds: Any) -> None:
    response = await ds.client.get("/robots.txt")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    robots = Protego.parse(response.text)
    site = "http://localhost"
    readable = [
        "/",
        "/timeline",
        "/timeline/events",
        "/timeline/events/2022-05-visit-kz-tr",
        "/timeline/events?_next=20",
        "/-/calendars",
        "/-/calendars/TR.ics",
        "/-/exports/timeline.geojson",
        "/-/static/app.css",
        "/-/static-plugins/datasette_cluster_map/datasette-cluster-map.js",
    ]
    closed = [
        "/timeline/events?_facet=kind",
        "/timeline/events?_sort=title",
        "/timeline?sql=select+1",
        "/timeline/events.json",
        "/timeline/events.csv",
        "/timeline.db",
        "/-/versions",
    ]
    assert [p for p in readable if not robots.can_fetch(site + p, "Googlebot")] == []
    assert [p for p in closed if robots.can_fetch(site + p, "Googlebot")] == []


@pytest.mark.asyncio
async def test_robots_txt_follows_the_path_and_the_metadata(db_path: Path) -> None:
    prefixed = make_datasette(db_path, base_url=PUBLIC)
    text = (await prefixed.client.get("/robots.txt")).text
    assert "Disallow: /tl/*?" in text and "Allow: /tl/-/calendars" in text
    custom = make_datasette(
        db_path, metadata={"plugins": {"timeline": {"robots_txt": "User-agent: *\nDisallow: /\n"}}}
    )
    assert (await custom.client.get("/robots.txt")).text == "User-agent: *\nDisallow: /\n"
