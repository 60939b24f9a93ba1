"""A search of the events table with column filters: what Datasette's own search shows.

:mod:`timeline.datasette_plugin.filtered_search` reads the page, the count and the facets of
``?_search=...&kind=...`` from the filter's index, and of a country as the facets link it
from the matches. Every page of each search and filter (kind, status, a date range, two
filters, ``_sort`` by the table's order, a common and a rare country, a filter no index
reads) is compared with Datasette's own answer (our hooks stepping aside): rows,
next key, count and facets, at page sizes that cut through events sharing a start date,
on a full build and after an update in place that appends rows out of order; and the
HTML page's count and the CSV.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import pytest

from timeline.collection import Timeline
from timeline.datasette_plugin import filtered_search
from timeline.datasette_plugin.filtered_search import exists_form
from timeline.serve import make_datasette
from timeline.store import build_database

from .conftest import fixture_documents
from .test_datasette_search import _digests, _generated, _updated
from .test_datasette_table_search import COUNTED, _facets, _get, same_count_and_csv, theirs

SIZES = ["1", "2", "5", "13", "max"]

#: Time limits no query of the fixture reaches, even on a loaded machine: Datasette's own
#: facets, stopped after its 200 ms default, would be reported timed out where ours count.
LIMITS = {"facet_time_limit_ms": 60_000, "sql_time_limit_ms": 60_000}

#: Searches with filters: SQLite reads the first five filters from an index; the array
#: filters (a country, common or rare, by code and by name as the facets link it) are
#: tested on the matches one by one; ``title__contains`` is Datasette's own.
FILTERED = [
    "_search=alpha&kind={kind}",
    "_search=alpha&status=occurred",
    "_search=alpha OR beta&date_start__gte={date}",
    "_search=alpha&kind={kind}&status=occurred&_sort=date_start",
    "_search=beta&kind__in={kind},{other}",
    "_search=alpha&countries__arraycontains={country}",
    "_search=alpha OR beta&country_names__arraycontains={name}&_sort=date_start",
    "_search=alpha&countries__arraycontains={rare}",
    "_search=alpha&title__contains=Summit",
]


@pytest.fixture(scope="module")
def generated(timeline_fixture: Timeline) -> Timeline:
    return _generated(timeline_fixture, 12)  # 96 events, twelve to a start date


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, generated: Timeline) -> Path:
    path = tmp_path_factory.mktemp("filtered-search") / "timeline.db"
    return build_database(generated, fixture_documents(), path, digests=_digests(generated))


async def _filters(ds: Any) -> list[str]:
    """:data:`FILTERED` with a kind, another kind, a date, the commonest and the rarest
    country (code) and the commonest country's name of the fixture's events."""
    rows = await _get(ds, "/timeline/events.json?_search=alpha&_size=max&_shape=array")
    kinds = sorted({row["kind"] for row in rows})
    dates = sorted(row["date_start"] for row in rows)
    codes = Counter(c for row in rows for c in json.loads(row["countries"]))
    names = Counter(n for row in rows for n in json.loads(row["country_names"]))
    values = {
        "kind": kinds[0],
        "other": kinds[-1],
        "date": dates[len(dates) // 2],
        "country": codes.most_common()[0][0],
        "rare": codes.most_common()[-1][0],
        "name": quote(names.most_common()[0][0]),
    }
    assert codes.most_common()[0][1] > codes.most_common()[-1][1]
    return [f.format(**values).replace(" ", "%20") for f in FILTERED]


async def _same_as_datasette(ds: Any, path: str) -> tuple[bool, str | None]:
    """Compare our answer for ``path`` with Datasette's own; whether ours read the page
    from our rowids, and the next page's URL (Datasette's, with its ``_sort``)."""
    ours = await _get(ds, path)
    own = await _get(ds, path, own=True)
    assert ours["rows"] == own["rows"], path
    assert ours["next"] == own["next"], path
    assert ours["filtered_table_rows_count"] == own["filtered_table_rows_count"], path
    assert ours["filtered_table_rows_count"] is not None, path
    assert _facets(ours) == _facets(own), path
    assert "timeline_rows" not in own["query"]["sql"]
    next_url = ours["next_url"]
    if next_url is not None:
        parts = urlsplit(next_url)
        assert dict(parse_qsl(parts.query))["_sort"] == "date_start"  # Datasette's link
        next_url = f"{parts.path}?{parts.query}"
    return "timeline_rows" in ours["query"]["sql"], next_url


async def _every_page(ds: Any, args: str, size: str) -> list[bool]:
    """Page through a search by its next links, each page compared with Datasette's."""
    from_rows: list[bool] = []
    path: str | None = f"/timeline/events.json?{args}&_size={size}"
    while path is not None:
        read, path = await _same_as_datasette(ds, path)
        from_rows.append(read)
    return from_rows


@pytest.mark.asyncio
@pytest.mark.parametrize("scan_first", [filtered_search.SCAN_FIRST, 1, 3])
async def test_every_page_of_a_filtered_search_is_datasettes(
    built: Path, scan_first: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a page filled from the first matches read one by one, or from the filter's index
    monkeypatch.setattr(filtered_search, "SCAN_FIRST", scan_first)
    ds = make_datasette(built, settings=LIMITS)
    for args in await _filters(ds):
        from_rows = [await _every_page(ds, args, size) for size in SIZES]
        if "title__contains" in args:  # no index reads it: Datasette's own page and count
            assert not any(any(pages) for pages in from_rows)
        else:
            assert all(pages[0] for pages in from_rows), args
            assert any(any(pages[1:]) for pages in from_rows), args  # and _next pages


@pytest.mark.asyncio
async def test_a_plain_searchs_next_links_are_read_from_the_index(built: Path) -> None:
    ds = make_datasette(built, settings=LIMITS)
    path: str | None = "/timeline/events.json?_search=alpha&_size=5"
    pages = 0
    while path is not None:
        ours = await _get(ds, path)
        own = await _get(ds, path, own=True)
        assert (ours["rows"], ours["next"]) == (own["rows"], own["next"])
        assert ours["filtered_table_rows_count"] == own["filtered_table_rows_count"]
        if pages:  # Datasette's link: _sort=date_start, read from the index all the same
            assert "_sort=date_start" in path and "timeline_page_last" in ours["query"]["sql"]
        path = ours["next_url"] and urlsplit(ours["next_url"])._replace(scheme="", netloc="")
        path = path.geturl() if path else None
        pages += 1
    assert pages > 2


@pytest.mark.asyncio
async def test_filtered_searches_after_an_update_in_place_are_datasettes(
    built: Path, generated: Timeline, tmp_path: Path
) -> None:
    updated = _updated(built, generated, tmp_path, "retitle drop-last add")
    ds = make_datasette(updated.rename(updated.with_name("timeline.db")), settings=LIMITS)
    for args in await _filters(ds):
        for size in ["1", "5", "max"]:
            await _every_page(ds, args, size)


@pytest.mark.asyncio
async def test_the_html_page_and_the_csv_are_datasettes(built: Path) -> None:
    ds = make_datasette(built, settings=LIMITS)
    for args in await _filters(ds):
        await same_count_and_csv(ds, args)


@pytest.mark.asyncio
async def test_a_filtered_search_with_no_match_or_a_bad_filter_is_datasettes(
    built: Path,
) -> None:
    ds = make_datasette(built, settings=LIMITS)
    for args in [
        "_search=alpha&kind=nosuchkind",
        "_search=nomatchwordanywhere&status=occurred",
        "_search=alpha&nosuchcolumn=1",
        '_search="unclosed&kind=summit',
    ]:
        path = f"/timeline/events.json?{quote(args, safe='=&')}"
        ours = await ds.client.get(path)
        own = await theirs(ds, path)
        assert ours.status_code == own.status_code, args
        if own.status_code == 200:
            assert ours.json()["rows"] == own.json()["rows"] == []
            assert ours.json()["filtered_table_rows_count"] == 0
        else:
            assert ours.json()["error"] == own.json()["error"]


@pytest.mark.asyncio
async def test_a_searchs_count_is_read_once_per_served_file(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every page of a search shows the count of all its matches: the next pages (and the
    # same page asked again) take it from the first, the file being immutable; the count
    # stays Datasette's own on each page.
    from timeline.datasette_plugin import table_view

    counted: list[str] = []
    for name in ("filtered_count", "fts_count"):
        real = getattr(table_view, name)

        def counting(*args: Any, _real: Any = real, _name: str = name) -> Any:
            counted.append(_name)
            return _real(*args)

        monkeypatch.setattr(table_view, name, counting)
    ds = make_datasette(built, settings=LIMITS)
    kind = (await _filters(ds))[0]
    for args in [kind, "_search=beta"]:  # neither asked before of this server
        counted.clear()
        path: str | None = f"/timeline/events.json?{args}&_size=2"
        pages = 0
        while path is not None:
            ours = await _get(ds, path)
            own = await _get(ds, path, own=True)
            assert ours["filtered_table_rows_count"] == own["filtered_table_rows_count"], path
            assert ours["rows"] == own["rows"], path
            next_url = ours["next_url"]
            path = None if next_url is None else next_url.split("localhost", 1)[-1]
            pages += 1
        await _get(ds, f"/timeline/events.json?{args}&_size=2")
        assert pages > 2 and len(counted) == 1, (args, counted)


#: Texts of an array column for :func:`exists_form`: escaped and unescaped strings, a
#: value inside another, quotes, nested arrays, objects, numbers, null, a bare string.
ARRAYS = [
    '["TR","UZ"]',
    '["T\\u0052"]',
    '["XTR"]',
    '["TRX"]',
    '[["TR"]]',
    '{"a":"TR"}',
    '{"TR":1}',
    '["a\\"TR\\""]',
    '[1,"TR"]',
    "[1]",
    "[]",
    "null",
    '"TR"',
    None,
    '["Türkiye"]',
    '["T\\u00fcrkiye"]',
    '["\\\\"]',
    '["a/b"]',
    '["a\\/b"]',
    '[ "TR" ]',
]


def test_the_array_test_keeps_datasettes_rows_and_errors() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("create table events (countries)")
    conn.executemany("insert into events values (?)", [(text,) for text in ARRAYS])
    theirs = ':p0 in (select value from json_each("events"."countries"))'
    ours = exists_form(theirs)
    assert ours != theirs
    found = 0
    for value in ["TR", "Türkiye", 'a"TR"', "\\", "a/b", "1", "UZ", "X", ""]:
        rows = [
            conn.execute(f"select rowid from events where {where}", {"p0": value}).fetchall()
            for where in (theirs, ours)
        ]
        assert rows[0] == rows[1], value
        found += len(rows[0])
    assert found > 10
    conn.execute("insert into events values ('[TR')")  # not JSON: the same error
    for where in (theirs, ours):
        with pytest.raises(sqlite3.OperationalError, match="malformed JSON"):
            conn.execute(f"select rowid from events where {where}", {"p0": "X"}).fetchall()


#: The bounded count an HTML page writes above its rows.
BOUNDED = re.compile(r"<h3>\s*more than ([\d,]+) rows")


@pytest.mark.asyncio
@pytest.mark.parametrize("bound", [3, 10_000])
async def test_the_html_page_shows_a_bounded_count_and_the_json_the_exact_one(
    built: Path, bound: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The HTML page of a filtered search not counted before counts to the bound only:
    # above it, "more than 3 rows" in its title and above its rows, the page otherwise
    # the page of the exact count (rows, links, next link, facets), which it shows once
    # the JSON has counted every match; the JSON's count, rows, next key and facets and
    # the CSV stay Datasette's own.
    monkeypatch.setattr(filtered_search, "COUNT_BOUND", bound)
    ds = make_datasette(built, settings=LIMITS)
    bounded = 0
    for args in await _filters(ds):
        for size in ["2", "max"]:
            bounded += await bounded_then_exact(ds, f"{args}&_size={size}", bound)
        await same_count_and_csv(ds, args)
    assert bounded > 0 if bound == 3 else bounded == 0


async def bounded_then_exact(ds: Any, args: str, bound: int) -> bool:
    """The events page with ``args`` asked first as HTML, then as JSON, then as HTML again:
    the JSON's count, rows, next key and facets are Datasette's own; the second page shows
    the exact count; the first is that page with "more than ``bound`` rows" (then True)
    or the same page (at most the bound, or a count already known)."""
    path = f"/timeline/events?{args}"
    ours = _untimed((await ds.client.get(path)).text)
    data = await _get(ds, f"/timeline/events.json?{args}")
    own_data = await _get(ds, f"/timeline/events.json?{args}", own=True)
    exact = own_data["filtered_table_rows_count"]
    assert data["filtered_table_rows_count"] == exact, args
    assert data["rows"] == own_data["rows"] and data["next"] == own_data["next"], args
    assert _facets(data) == _facets(own_data), args
    exact_page = _untimed((await ds.client.get(path)).text)  # counted by the JSON
    assert COUNTED.findall(exact_page) == [f"{exact:,} rows"[:-5]], args
    if BOUNDED.search(ours):
        assert exact > bound and BOUNDED.findall(ours) == [f"{bound:,}"], args
        assert f"events: more than {bound:,} rows" in ours, args  # the <title>
        written = f"{exact:,} row" + ("" if exact == 1 else "s")
        assert ours == exact_page.replace(written, f"more than {bound:,} rows"), args
        return True
    assert ours == exact_page, args  # at most the bound, or Datasette's own
    return False


def _untimed(html: str) -> str:
    """A page without the time its queries took (Datasette's footer)."""
    return re.sub(r"took [\d.]+ms", "took ms", html)
