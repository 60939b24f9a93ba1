"""URLs and text are untrusted in every page and calendar (issue #16, class 1).

The model refuses a ``javascript:`` source URL (test_hostile_events.py), but
a database written by hand or by an older version may still hold one: the
Datasette event page and the iCalendar feed must then emit no link at all,
and every value on a page is escaped.
"""

from __future__ import annotations

import doctest
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from timeline import build, urls
from timeline.curated import load_events
from timeline.ics.component import event_props
from timeline.model import Source
from timeline.serve import make_datasette

PAYLOADS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]
EVENT = "2022-03-29-visit-tr-uz"


@pytest.fixture(scope="module")
def clean_db(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    """timeline.db of the repository's events (no exports)."""
    db = tmp_path_factory.mktemp("db") / "timeline.db"
    build(repo_root / "events", repo_root / "corpus", db, None)
    return db


def _tampered(clean: Path, folder: Path, url: str) -> Path:
    """A copy of the database whose sources and documents all carry ``url``."""
    db = folder / "timeline.db"
    db.write_bytes(clean.read_bytes())
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE sources SET url = ?", [url])
        conn.execute("UPDATE documents SET url = ?", [url])
        conn.execute(
            "UPDATE events SET title = ? WHERE id = ?", ["<script>alert(2)</script>", EVENT]
        )
    return db


@pytest_asyncio.fixture(params=PAYLOADS)
async def tampered_page(
    request: pytest.FixtureRequest, clean_db: Path, tmp_path: Path
) -> AsyncIterator[tuple[str, str]]:
    datasette = make_datasette(_tampered(clean_db, tmp_path, request.param))
    await datasette.invoke_startup()
    response = await datasette.client.get(f"/timeline/events/{EVENT}")
    assert response.status_code == 200
    yield request.param, response.text


@pytest.mark.asyncio
async def test_event_page_links_no_script_url(tampered_page: tuple[str, str]) -> None:
    url, html = tampered_page
    assert "<h2>Sources</h2>" in html  # the timeline page, not Datasette's default
    lowered = html.lower()
    for scheme in ("javascript:", "data:", "vbscript:"):
        assert f'href="{scheme}' not in lowered and f"href='{scheme}" not in lowered
        assert f'href="  {scheme}' not in lowered
    assert ">article</a>" not in html
    assert f'href="{url.strip().lower()}' not in lowered


@pytest.mark.asyncio
async def test_event_page_escapes_text(tampered_page: tuple[str, str]) -> None:
    _, html = tampered_page
    assert "<script>alert(2)</script>" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html


@pytest.mark.asyncio
async def test_event_page_links_an_http_source(clean_db: Path, tmp_path: Path) -> None:
    datasette = make_datasette(_tampered(clean_db, tmp_path, "https://example.org/a?b=1&c=2"))
    await datasette.invoke_startup()
    html = (await datasette.client.get(f"/timeline/events/{EVENT}")).text
    assert (
        'href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">article'
        in html
    )


@pytest.mark.parametrize("url", PAYLOADS)
def test_ics_url_only_for_http(repo_root: Path, url: str) -> None:
    event = load_events(repo_root / "events").event(EVENT)
    # model_construct skips validation: a Source as an older database could hold it
    bad = Source.model_construct(**{**event.sources[0].model_dump(), "url": url})
    props = event_props(event.model_copy(update={"sources": [bad]}))
    assert "URL" not in [name for name, _, _ in props]
    description = next(value for name, value, _ in props if name == "DESCRIPTION")
    assert "alert" not in str(description) and "msgbox" not in str(description)


def test_ics_url_kept_for_https(repo_root: Path) -> None:
    event = load_events(repo_root / "events").event(EVENT)
    good = event.sources[0].model_copy(update={"url": "https://example.org/news"})
    props = event_props(event.model_copy(update={"sources": [good]}))
    assert [value for name, value, _ in props if name == "URL"] == ["https://example.org/news"]


@pytest.mark.parametrize("url", [*PAYLOADS, "", None, 42, "//example.org", "https://a b"])
def test_safe_url_refuses(url: Any) -> None:
    assert urls.safe_url(url) is None


def test_url_module_examples() -> None:
    assert doctest.testmod(urls).failed == 0
