"""The events table's ``?_search=`` read from the index: what Datasette's own search shows.

:mod:`timeline.datasette_plugin.table_search` answers the first page of a search with no
other parameter with the count from the FTS5 index and the page read from the first
matches in rowid order. Each page here is compared with the same search that
Datasette answers alone (:func:`datasettes_own`: our plugin's search hooks step
aside): rows, count, facets and the next page's key, for page sizes that cut through
events sharing a start date, on a full build and after an update in place that
appends rows out of order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from timeline.collection import Timeline
from timeline.datasette_plugin import table_view
from timeline.datasette_plugin.table_search import NOCOUNT_MARK
from timeline.serve import make_datasette
from timeline.store import build_database

from .conftest import fixture_documents
from .test_datasette_search import QUERIES, _digests, _generated, _updated

SIZES = ["1", "2", "5", "13", "max"]


@pytest.fixture(scope="module")
def generated(timeline_fixture: Timeline) -> Timeline:
    return _generated(timeline_fixture, 12)  # 96 events, twelve to a start date


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, generated: Timeline) -> Path:
    path = tmp_path_factory.mktemp("table-search") / "timeline.db"
    return build_database(generated, fixture_documents(), path, digests=_digests(generated))


@contextmanager
def datasettes_own() -> Iterator[None]:
    """Within this block our plugin leaves every search of the events table to Datasette
    (no mark, no clause, no count of ours), and the pages of a country and of an actor
    through ``event_actors`` too: Datasette's own answer, to compare with."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(table_view, "search_filters", lambda pairs: None)
        patch.setattr(table_view, "counted_form", lambda pairs, table="events": None)
        patch.setattr(table_view, "through_clause", lambda clause: None)
        yield


async def theirs(ds: Any, path: str) -> Any:
    """Datasette's own response to ``path`` (:func:`datasettes_own`)."""
    with datasettes_own():
        return await ds.client.get(path)


#: The row count Datasette writes above a table page.
COUNTED = re.compile(r"<h3>\s*([\d,]+) rows?")


async def same_count_and_csv(ds: Any, args: str) -> None:
    """The events page with ``args`` counts as Datasette's own page does, and its CSV (two
    rows, and every row) is Datasette's own, byte for byte."""
    ours = (await ds.client.get(f"/timeline/events?{args}&_size=2")).text
    own = (await theirs(ds, f"/timeline/events?{args}&_size=2")).text
    assert COUNTED.search(own) is not None, args
    assert COUNTED.findall(ours) == COUNTED.findall(own), args
    for size in ["2", "max"]:
        csv = await ds.client.get(f"/timeline/events.csv?{args}&_size={size}")
        own_csv = await theirs(ds, f"/timeline/events.csv?{args}&_size={size}")
        assert csv.status_code == own_csv.status_code == 200
        assert csv.text == own_csv.text, args


def _facets(data: dict[str, Any]) -> dict[str, list[tuple[Any, int]]]:
    return {
        name: [(v["value"], v["count"]) for v in facet["results"]]
        for name, facet in data["facet_results"].items()
    }


async def _get(ds: Any, path: str, own: bool = False) -> dict[str, Any]:
    response = await (theirs(ds, path) if own else ds.client.get(path))
    assert response.status_code == 200, (path, response.text[:500])
    data: dict[str, Any] = response.json()
    return data


async def _same_as_datasette(
    ds: Any, query: str, size: str, mode: str = "", cursor: str | None = None
) -> tuple[bool, str | None]:
    """Compare our answer for one search, page size and ``_next`` cursor with Datasette's;
    whether ours read the page from the index (the search had more matches than the
    page), and the next page's cursor."""
    args = f"_search={query}&_size={size}{mode}"
    if cursor is not None:
        args += f"&_next={quote(cursor, safe='')}"
    ours = await _get(ds, f"/timeline/events.json?{args}")
    own = await _get(ds, f"/timeline/events.json?{args}", own=True)
    where = (query, size, cursor)
    assert ours["rows"] == own["rows"], where
    assert ours["next"] == own["next"], where
    assert ours["filtered_table_rows_count"] == own["filtered_table_rows_count"], where
    assert ours["filtered_table_rows_count"] is not None
    assert _facets(ours) == _facets(own), where
    assert "timeline_page_last" not in own["query"]["sql"]
    return "timeline_page_last" in ours["query"]["sql"], ours["next"]


async def _every_page_same_as_datasette(
    ds: Any, query: str, size: str, mode: str = ""
) -> list[bool]:
    """Page through a search by its ``next`` cursors, each page compared with Datasette's;
    for each page, whether ours read it from the index."""
    from_index, cursor = [], None
    while True:
        read, cursor = await _same_as_datasette(ds, query, size, mode, cursor)
        from_index.append(read)
        if cursor is None:
            return from_index


@pytest.mark.asyncio
@pytest.mark.parametrize("query", QUERIES)
async def test_every_page_size_of_a_full_build_is_datasettes(built: Path, query: str) -> None:
    ds = make_datasette(built)
    from_index = [await _every_page_same_as_datasette(ds, query, size) for size in SIZES]
    if query in {"alpha", "summit"}:  # many matches sharing dates: the page read from the index
        assert any(pages[0] for pages in from_index)
        assert any(any(pages[1:]) for pages in from_index)  # and a _next page


@pytest.mark.asyncio
async def test_an_update_in_place_appending_rows_gives_datasettes_pages(
    built: Path, generated: Timeline, tmp_path: Path
) -> None:
    updated = _updated(built, generated, tmp_path, "retitle drop-last add")
    ds = make_datasette(updated.rename(updated.with_name("timeline.db")))
    for query in QUERIES:
        for size in SIZES:
            await _every_page_same_as_datasette(ds, query, size)


@pytest.mark.asyncio
async def test_escaped_mode_and_accents_are_datasettes(built: Path) -> None:
    ds = make_datasette(built)
    for query in ["alpha", "alpha beta", "Erdoğan", "Erdogan's"]:
        for size in ["1", "3"]:
            await _every_page_same_as_datasette(ds, query, size, "&_searchmode=escaped")


@pytest.mark.asyncio
async def test_the_html_page_shows_datasettes_count(built: Path) -> None:
    ds = make_datasette(built)
    ours = (await ds.client.get("/timeline/events?_search=alpha&_size=2")).text
    own = (await theirs(ds, "/timeline/events?_search=alpha&_size=2")).text
    counted = re.compile(r"<h3>\s*([\d,]+) rows?")
    assert counted.search(own) is not None
    assert counted.findall(ours) == counted.findall(own)
    # the page's links carry the mark that keeps Datasette from counting again
    assert f"_nocount={NOCOUNT_MARK}" in ours


@pytest.mark.asyncio
async def test_a_link_from_a_searched_page_with_a_filter_added_is_counted_as_datasette(
    built: Path,
) -> None:
    ds = make_datasette(built)
    kind = (await _get(ds, "/timeline/events.json?_search=alpha&_size=1"))["rows"][0][1]
    # a link from a searched page (marked), a filter added: counted by the filter's index
    marked = await _get(
        ds, f"/timeline/events.json?_search=alpha&_nocount={NOCOUNT_MARK}&kind={kind}"
    )
    own = await _get(ds, f"/timeline/events.json?_search=alpha&kind={kind}", own=True)
    assert marked["filtered_table_rows_count"] == own["filtered_table_rows_count"] > 0
    assert marked["rows"] == own["rows"]
    assert "timeline_rows" in marked["query"]["sql"]


@pytest.mark.asyncio
async def test_a_query_fts5_cannot_read_is_reported_as_before(built: Path) -> None:
    ds = make_datasette(built)
    ours = await ds.client.get('/timeline/events.json?_search="unclosed')
    own = await theirs(ds, '/timeline/events.json?_search="unclosed')
    assert ours.status_code == own.status_code
    assert ours.json()["error"] == own.json()["error"]


@pytest.mark.asyncio
async def test_a_user_nocount_is_kept(built: Path) -> None:
    ds = make_datasette(built)
    data = await _get(ds, "/timeline/events.json?_search=alpha&_nocount=1&_size=1")
    assert data["filtered_table_rows_count"] is not None  # the index's count, given anyway
    assert "_nocount=1" in data["next_url"] and NOCOUNT_MARK not in data["next_url"]


@pytest.mark.asyncio
async def test_csv_exports_of_a_search_are_datasettes(built: Path) -> None:
    ds = make_datasette(built)
    for args in ["_search=alpha&_size=2", "_search=alpha&_stream=on&_size=2", "_search=summit"]:
        ours = await ds.client.get(f"/timeline/events.csv?{args}")
        own = await theirs(ds, f"/timeline/events.csv?{args}")
        assert ours.status_code == own.status_code == 200
        assert ours.text == own.text, args
        assert ours.text.count("\n") > 2


@pytest.mark.asyncio
async def test_cursors_datasette_reads_otherwise_are_datasettes(built: Path) -> None:
    ds = make_datasette(built)
    first = await _get(ds, "/timeline/events.json?_search=alpha&_size=2")
    date, _, event_id = first["next"].partition(",")
    for cursor in [event_id, f"$null,{event_id}", "0000-01-01,a", f"{date}~2C,{event_id}"]:
        await _same_as_datasette(ds, "alpha", "2", cursor=cursor)


@pytest.mark.asyncio
async def test_csv_of_a_next_page_is_datasettes(built: Path) -> None:
    ds = make_datasette(built)
    cursor = (await _get(ds, "/timeline/events.json?_search=alpha&_size=3"))["next"]
    args = f"_search=alpha&_size=3&_next={quote(cursor, safe='')}"
    ours = await ds.client.get(f"/timeline/events.csv?{args}")
    own = await theirs(ds, f"/timeline/events.csv?{args}")
    assert ours.status_code == own.status_code == 200
    assert ours.text == own.text
    assert ours.text.count("\n") == 4
