"""Exports served as built files: never re-rendered, with ETag, Last-Modified and 304."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from timeline.collection import Timeline
from timeline.formats import FORMATS, write
from timeline.serve import make_datasette

pytestmark = pytest.mark.asyncio


@pytest.fixture(scope="module")
def published(
    db_path: Path, timeline_fixture: Timeline, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A database with the exports `timeline build` writes beside it."""
    folder = tmp_path_factory.mktemp("published")
    shutil.copy(db_path, folder / "timeline.db")
    write(timeline_fixture, folder / "exports", today=date(2026, 1, 2))
    return folder


@pytest_asyncio.fixture
async def served(published: Path) -> AsyncIterator[Any]:
    ds = make_datasette(published / "timeline.db")
    await ds.invoke_startup()
    yield ds


@pytest.mark.parametrize("fmt", list(FORMATS))
async def test_every_format_is_served_as_its_file(served: Any, published: Path, fmt: str) -> None:
    path = FORMATS[fmt].path
    response = await served.client.get(f"/-/exports/{path}")
    assert response.status_code == 200
    assert response.content == (published / "exports" / path).read_bytes()
    assert response.headers["content-type"] == FORMATS[fmt].media_type
    assert response.headers["etag"].startswith('"')
    assert response.headers["last-modified"].endswith(" GMT")


async def test_conditional_requests_get_304(served: Any) -> None:
    first = await served.client.get("/-/calendars/TR.ics")
    assert first.status_code == 200
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    again = await served.client.get("/-/calendars/TR.ics", headers={"if-none-match": etag})
    assert (again.status_code, again.content) == (304, b"")
    since = await served.client.get("/-/calendars/TR.ics", headers={"if-modified-since": modified})
    assert since.status_code == 304
    other = await served.client.get("/-/calendars/TR.ics", headers={"if-none-match": '"x"'})
    assert other.status_code == 200


async def test_feeds_are_the_files_not_renders(
    served: Any, published: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.datasette_plugin as plugin
    import timeline.datasette_plugin.feeds as feeds

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("rendered per request")

    monkeypatch.setattr(feeds, "render_reply", fail)
    monkeypatch.setattr(plugin, "load_timeline", fail)
    for name in ("timeline", "TR", "OTS", "kind-summit"):
        response = await served.client.get(f"/-/calendars/{name}.ics")
        assert response.status_code == 200
        sub = "timeline.ics" if name == "timeline" else f"calendars/{name}.ics"
        assert response.content == (published / "exports" / sub).read_bytes()
    page = await served.client.get("/-/calendars")
    assert page.status_code == 200 and "kind-summit.ics" in page.text


@pytest.mark.parametrize(
    "path", ["../timeline.db", "calendars/../../timeline.db", ".hidden.json", "nope.geojson"]
)
async def test_nothing_outside_the_exports(served: Any, path: str) -> None:
    response = await served.client.get(f"/-/exports/{path}")
    assert response.status_code == 404


async def test_index_lists_every_format(served: Any) -> None:
    listed = (await served.client.get("/-/exports")).json()
    assert [f["name"] for f in listed] == list(FORMATS)


async def test_table_pages_render_as_geojson(served: Any, timeline_fixture: Timeline) -> None:
    response = await served.client.get("/timeline/events.geojson?kind=summit")
    assert response.status_code == 200
    located = [
        e.id
        for e in timeline_fixture.filter(kind="summit")
        if e.location and e.location.latitude is not None
    ]
    assert [f["id"] for f in response.json()["features"]] == located
