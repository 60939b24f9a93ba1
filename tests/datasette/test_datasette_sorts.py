"""The sorts a table page offers: only the columns an index reads in order, at any size.

Datasette links every column's header to ``?_sort=`` and ``?_sort_desc=``. At 1,000,000
events a column no index orders is sorted row by row: seconds of CPU, then HTTP 400
("SQL Interrupted") at the 1 s limit (docs/history/scale-log.md, fourteenth session of Datasette).
The
tables that grow with the events therefore name their ``sortable_columns`` in the
metadata (docs/datasette.md says which and why); Datasette then links only those and
answers any other ``_sort`` at once with its own "Cannot sort table by" error.
"""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import pytest

from timeline.datasette_plugin import sorts
from timeline.serve import DATABASE_NAME, load_metadata

#: The tables with a row (or more) per event: their size is the events'.
GROWING = ("events", "events_by_country", "event_actors", "sources", "events_map")

#: The tables' pages as a link reaches them (the events' headers are on "all columns").
PAGES = {
    "events": "/timeline/events?_view=all",
    "events_by_country": "/timeline/events_by_country",
    "event_actors": "/timeline/event_actors",
    "sources": "/timeline/sources",
    "events_map": "/timeline/events_map",
}

_HREF = re.compile(r'href="([^"]+)"')
_SORT_MENU = re.compile(r'<option value="([^"]*)"[^>]*>Sort by ')


def _tables() -> dict[str, Any]:
    tables: dict[str, Any] = load_metadata()["databases"][DATABASE_NAME]["tables"]
    return tables


def _sorts_linked(page: str) -> set[tuple[str, str]]:
    """The (``_sort`` or ``_sort_desc``, column) pairs a page's links and sort menu ask for."""
    found = {("_sort", column) for column in _SORT_MENU.findall(page)}
    for href in _HREF.findall(page):
        for key, value in parse_qsl(urlsplit(html.unescape(href)).query):
            if key in ("_sort", "_sort_desc"):
                found.add((key, value))
    return found


def _leading_columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """The first column of each index of ``table`` (its key's included)."""
    firsts = set()
    for index in conn.execute(f"pragma index_list([{table}])").fetchall():
        columns = conn.execute(f"pragma index_info([{index[1]}])").fetchall()
        if columns:
            firsts.add(columns[0][2])
    return firsts


def test_every_growing_table_names_its_sorts() -> None:
    tables = _tables()
    for table in GROWING:
        sortable = tables[table].get("sortable_columns")
        assert isinstance(sortable, list), f"{table} offers every column as a sort"
        for key in ("sort", "sort_desc"):
            assert tables[table].get(key, sortable[0] if sortable else None) in [*sortable, None]


def test_each_sort_offered_leads_an_index(db_path: Path) -> None:
    tables = _tables()
    conn = sqlite3.connect(db_path)
    try:
        for table in GROWING:
            leading = _leading_columns(conn, table)
            for column in tables[table]["sortable_columns"]:
                assert column in leading, f"{table}.{column} is sorted row by row"
    finally:
        conn.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("table", GROWING)
async def test_pages_link_only_the_sorts_offered(ds: Any, table: str) -> None:
    sortable = set(_tables()[table]["sortable_columns"])
    page = await ds.client.get(PAGES[table])
    assert page.status_code == 200
    linked = _sorts_linked(page.text)
    assert {column for _, column in linked} <= sortable, table
    for key, column in sorted(linked):  # each link answers
        answer = await ds.client.get(f"/timeline/{table}?{key}={column}")
        assert answer.status_code == 200, (table, key, column)


@pytest.mark.asyncio
async def test_the_events_headers_offer_the_date_both_ways(ds: Any) -> None:
    page = await ds.client.get(PAGES["events"])
    assert ("_sort_desc", "date_start") in _sorts_linked(page.text)
    sorted_page = await ds.client.get("/timeline/events?_view=all&_sort_desc=date_start")
    assert ("_sort", "date_start") in _sorts_linked(sorted_page.text)


@pytest.mark.asyncio
async def test_a_sort_not_offered_is_refused_at_once_with_its_reason(ds: Any) -> None:
    for path in ("/timeline/events?_sort=title", "/timeline/sources.csv?_sort_desc=quote"):
        answer = await ds.client.get(path)
        assert answer.status_code == 400, path
        assert "Cannot sort table by" in answer.text, path
    answer = await ds.client.get("/timeline/events.json?_view=all&_sort_desc=summary")
    assert answer.status_code == 400
    assert answer.json() == {
        "ok": False,
        "error": "Cannot sort table by summary",
        "status": 400,
        "title": None,
    }


@pytest.mark.asyncio
async def test_a_refused_sort_of_markup_is_shown_as_text(ds: Any) -> None:
    """The column named in the refusal is the request's own text: escaped in the page."""
    answer = await ds.client.get("/timeline/events?_sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert answer.status_code == 400
    assert "<script>alert(1)" not in answer.text
    assert "&lt;script&gt;alert(1)" in answer.text


@pytest.mark.asyncio
async def test_datasettes_own_refusal_is_a_bad_request_too(ds: Any, monkeypatch: Any) -> None:
    async def let_through(datasette: Any, scope: Any) -> None:
        return None

    monkeypatch.setattr(sorts, "refused_sort", let_through)
    answer = await ds.client.get("/timeline/events.json?_sort=title")
    assert answer.status_code == 400
    assert answer.json()["error"] == "Cannot sort table by title"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ("/timeline/events?_sort=title", "title"),
        ("/timeline/events.csv?_sort_desc=id&_size=5", "id"),
        ("/timeline/events?_sort=rowid", "rowid"),  # a keyed table has no rowid sort
        ("/timeline/events?_sort=date_start", None),
        ("/timeline/events?_sort_desc=date_start&_sort=title", None),  # Datasette's error
        ("/timeline/events?_sort=", None),
        ("/timeline/actors?_sort=name", None),  # a table offering every column
        ("/timeline/nosuchtable?_sort=title", None),
        ("/timeline/upcoming_events?_sort=title", None),  # a view
        ("/timeline?_sort=title", None),
    ],
)
async def test_which_sorts_are_refused_before_datasette(
    ds: Any, path: str, refused: str | None
) -> None:
    parts = urlsplit(path)
    scope = {"type": "http", "path": parts.path, "query_string": parts.query.encode()}
    assert await sorts.refused_sort(ds, scope) == refused


@pytest.mark.asyncio
@pytest.mark.parametrize("table", GROWING)
async def test_each_sort_offered_pages_through_every_row_in_order(
    ds: Any, db_path: Path, table: str
) -> None:
    """Page by page (two rows a page, Datasette's ``_next``), asc and desc: every row once,
    in the column's order."""
    conn = sqlite3.connect(db_path)
    try:
        count = conn.execute(f"select count(*) from [{table}]").fetchone()[0]
    finally:
        conn.close()
    for column in _tables()[table]["sortable_columns"]:
        for key, descending in (("_sort", False), ("_sort_desc", True)):
            values: list[Any] = []
            path = f"/timeline/{table}.json?{key}={column}&_size=2&_shape=objects"
            while path:
                answer = await ds.client.get(path)
                assert answer.status_code == 200, path
                body = answer.json()
                values.extend(row[column] for row in body["rows"])
                following = body.get("next")
                path = (
                    f"/timeline/{table}.json?{key}={column}&_size=2&_shape=objects"
                    f"&_next={quote(str(following))}"
                    if following
                    else ""
                )
            assert len(values) == count, (table, key, column)
            assert values == sorted(values, reverse=descending), (table, key, column)


@pytest.mark.asyncio
async def test_a_small_table_still_offers_every_column(ds: Any) -> None:
    page = await ds.client.get("/timeline/actors")
    linked = _sorts_linked(page.text)
    assert {("_sort", "name"), ("_sort", "type"), ("_sort", "id")} <= linked
