"""The counted facets (timeline.datasette_plugin.facets) show what counting live shows.

Each page is requested twice: from the fixture database, where the facets read
the counts the build made (``facet_counts``), and from a copy without that
table, where they count the rows live. Values, counts, order, labels, links and
the selected value must be the same, for the whole table, for one value of each
counted column (including a JSON array column) and for pages the counts do not
cover (a search, two filters), which count live in both.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from timeline.serve import make_datasette
from timeline.store import COUNTED_FACETS


@pytest_asyncio.fixture
async def live(db_path: Path, tmp_path: Path) -> AsyncIterator[Any]:
    copy = tmp_path / "timeline.db"
    shutil.copy(db_path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("DROP TABLE facet_counts")
    conn.commit()
    conn.close()
    datasette = make_datasette(copy)
    await datasette.invoke_startup()
    yield datasette


def _pages(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        kind, year, status = conn.execute(
            "SELECT kind, year, status FROM events ORDER BY sort_key LIMIT 1"
        ).fetchone()
        (mapped_kind,) = conn.execute("SELECT kind FROM events_map LIMIT 1").fetchone()
        country, country_name = conn.execute(
            "SELECT country, country_name FROM events_by_country LIMIT 1"  # in key order
        ).fetchone()
    finally:
        conn.close()
    return [
        "/timeline/events.json",
        f"/timeline/events.json?kind={kind}",
        f"/timeline/events.json?kind__exact={kind}",
        f"/timeline/events.json?year={year}",
        f"/timeline/events.json?status={status}&_sort_desc=date_start",
        f"/timeline/events.json?country_names__arraycontains={country_name}",
        f"/timeline/events.json?kind={kind}&year={year}",
        "/timeline/events.json?_search=summit",
        "/timeline/events_by_country.json",
        f"/timeline/events_by_country.json?country={country}",
        f"/timeline/events_by_country.json?kind={kind}",
        "/timeline/events_map.json",
        f"/timeline/events_map.json?kind={mapped_kind}",
        "/timeline/event_actors.json",
        "/timeline/event_actors.json?role=participant",
    ]


async def _facets(ds: Any, page: str) -> dict[str, Any]:
    response = await ds.client.get(page)
    assert response.status_code == 200, page
    results = response.json()["facet_results"]  # a facet that timed out is left out
    return {name: {**facet, "type": None} for name, facet in results.items()}


@pytest.mark.asyncio
async def test_counted_facets_equal_live_counts(ds: Any, live: Any, db_path: Path) -> None:
    for page in _pages(db_path):
        counted = await _facets(ds, page)
        assert counted == await _facets(live, page), page
        table = page.split("/")[2].split(".")[0]
        assert set(counted) == set(COUNTED_FACETS[table]) - {"country"}, page
        assert all(f["results"] for f in counted.values()), page


@pytest.mark.asyncio
async def test_selected_value_is_marked_and_its_link_removes_it(ds: Any, db_path: Path) -> None:
    page = next(p for p in _pages(db_path) if "?kind=" in p)
    kind = page.split("=")[1]
    facet = (await _facets(ds, page))["kind"]
    assert [(v["value"], v["selected"]) for v in facet["results"]] == [(kind, True)]
    assert "kind=" not in facet["results"][0]["toggle_url"]


def test_counts_match_the_rows(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        counted = dict(
            conn.execute(
                "SELECT value, count FROM facet_counts WHERE table_name = 'events' "
                "AND filter_column = '' AND column_name = 'kind'"
            ).fetchall()
        )
        live = dict(conn.execute("SELECT kind, count(*) FROM events GROUP BY kind").fetchall())
        by_country = conn.execute(
            "SELECT count(*), count(DISTINCT country || ' ' || event_id) FROM events_by_country"
        ).fetchone()
    finally:
        conn.close()
    assert counted == live
    assert by_country[0] == by_country[1]


@pytest.mark.asyncio
async def test_pages_the_counts_cover_read_them(db_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "timeline.db"
    shutil.copy(db_path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE facet_counts SET count = count + 1000")
    conn.commit()
    conn.close()
    datasette = make_datasette(copy)
    pages = _pages(db_path)
    for page in pages[:6]:  # the whole table and one value of one counted column
        facets = await _facets(datasette, page)
        assert all(v["count"] > 1000 for f in facets.values() for v in f["results"]), page
    for page in pages[6:8]:  # two filters, a search: counted live
        facets = await _facets(datasette, page)
        assert all(v["count"] < 1000 for f in facets.values() for v in f["results"]), page


@pytest.mark.asyncio
async def test_a_page_too_big_to_count_live_reports_its_facets_timed_out_at_once(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # LIVE_ROWS_PER_MS = 0: every page counted live has too many rows for the time limit
    # (at 1,000,000 events, a search for a common word); pages the build counted still
    # read their counts.
    import timeline.datasette_plugin.facets as facets

    datasette = make_datasette(db_path)
    pages = _pages(db_path)
    before = {page: await _facets(datasette, page) for page in pages[6:8]}
    assert all(before.values())  # two filters, a search: counted live
    monkeypatch.setattr(facets, "LIVE_ROWS_PER_MS", 0)
    for page in pages[6:8]:
        assert await _facets(datasette, page) == {}, page
        html = (await datasette.client.get(page.replace(".json", ""))).text
        shown = re.search(r"These facets timed out: ([^<]*)<", html)
        assert shown is not None, page
        assert sorted(shown.group(1).strip().split(", ")) == sorted(before[page]), page
    counted = await _facets(datasette, pages[0])
    assert set(counted) == {"kind", "country_names", "year", "status"}


@pytest.mark.asyncio
async def test_facets_counted_in_one_pass_equal_datasettes_own(live: Any, db_path: Path) -> None:
    """A page counted live reads its rows once for every counted facet; Datasette's column
    and array facets, one query each, give the same values and counts."""
    theirs = "&_facet=kind&_facet=year&_facet=status&_facet_array=country_names"
    pages = [p for p in _pages(db_path) if p.startswith("/timeline/events.json?")]
    pages += [
        "/timeline/events.json?_search=Turkey",
        "/timeline/events.json?_search=summit OR visit",
    ]
    for page in pages:
        results = (await live.client.get(page + theirs)).json()["facet_results"].values()
        ours = {f["name"]: f for f in results if f["type"] in {"counted", "counted_array"}}
        own = {f["name"]: f for f in results if f["type"] in {"column", "array"}}
        assert set(ours) == set(own) == {"kind", "year", "status", "country_names"}, page
        for column, facet in ours.items():
            pairs = [(v["value"], v["count"], v["toggle_url"]) for v in facet["results"]]
            expected = [(v["value"], v["count"], v["toggle_url"]) for v in own[column]["results"]]
            assert pairs == expected, (page, column)
            assert pairs or column == "country_names", page
            assert facet["truncated"] == own[column]["truncated"], page
