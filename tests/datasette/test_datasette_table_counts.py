"""A country as the facets link it, and the events of an actor through ``event_actors``:
what Datasette's own table view shows.

:mod:`timeline.datasette_plugin.table_counts` counts ``?country_names__arraycontains=...``
(alone, or with ``kind`` or ``status``) from ``facet_counts`` and writes Datasette's
``_through`` clause as a correlated ``exists``, its count Datasette's own statement run
once. Every page of each (a common, a rare and an absent value; an actor with many rows
and one with few, read both ways) is compared with Datasette's answer, our hooks stepping
aside (:func:`tests.datasette.test_datasette_table_search.datasettes_own`): rows, next
key, count and facets at page sizes that cut through events sharing a start date, on a
full build and after an update in place; and the HTML page's count and the CSV.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest

from timeline.collection import Timeline
from timeline.datasette_plugin import filtered_search, table_counts, table_view
from timeline.serve import make_datasette
from timeline.store import build_database

from .conftest import fixture_documents
from .test_datasette_filtered_search import BOUNDED, bounded_then_exact
from .test_datasette_search import _digests, _generated, _updated
from .test_datasette_table_search import COUNTED, _facets, _get, same_count_and_csv, theirs

SIZES = ["1", "2", "5", "13", "max"]

#: Time limits no query of the fixture reaches, even on a loaded machine.
LIMITS = {"facet_time_limit_ms": 60_000, "sql_time_limit_ms": 60_000}

#: The ``exists`` clause our hook writes for an actor with many rows.
CORRELATED = "exists (select 1 from event_actors where "


@pytest.fixture(scope="module")
def generated(timeline_fixture: Timeline) -> Timeline:
    return _generated(timeline_fixture, 12)  # 96 events, twelve to a start date


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, generated: Timeline) -> Path:
    path = tmp_path_factory.mktemp("table-counts") / "timeline.db"
    return build_database(generated, fixture_documents(), path, digests=_digests(generated))


def _through(actor: str, column: str = "actor_id") -> str:
    value = json.dumps({"table": "event_actors", "column": column, "value": actor})
    return "_through=" + quote(value, safe="")


def _pages(db: Path) -> list[str]:
    """The pages compared: the commonest and rarest actor and country, an absent one, a
    country with a kind, with a status and with a year, an actor through another column."""
    conn = sqlite3.connect(db)
    actors = [
        a
        for (a,) in conn.execute(
            "select actor_id from event_actors group by actor_id order by count(*) desc, actor_id"
        )
    ]
    names = [
        n
        for (n,) in conn.execute(
            "select value from facet_counts where table_name = 'events' and filter_column = '' "
            "and column_name = 'country_names' order by count desc, value"
        )
    ]
    kind, status, year = conn.execute(
        "select kind, status, year from events order by rowid limit 1"
    ).fetchone()
    conn.close()
    assert len(actors) > 2 and len(names) > 2
    return [
        _through(actors[0]),
        _through(actors[-1]),
        _through("nobody"),
        _through("host", "role"),
        "country_names__arraycontains=" + quote(names[0]),
        "country_names__arraycontains=" + quote(names[-1]),
        "country_names__arraycontains=Nowhere",
        f"country_names__arraycontains={quote(names[0])}&kind={kind}",
        f"status={status}&country_names__arraycontains={quote(names[-1])}",
        f"country_names__arraycontains={quote(names[0])}&kind__exact=nosuchkind",
        f"year={year}&country_names__arraycontains={quote(names[0])}",
        f"country_names__arraycontains={quote(names[-1])}&year__exact={year}",
        f"country_names__arraycontains={quote(names[0])}&year=1000",  # no event that year
        f"country_names__arraycontains={quote(names[0])}&year=0{year}",  # Datasette's count
    ]


async def _same_as_datasette(ds: Any, path: str) -> tuple[str, str | None]:
    """Compare our answer for ``path`` with Datasette's own; our page's SQL and the next
    page's URL."""
    ours = await _get(ds, path)
    own = await _get(ds, path, own=True)
    assert ours["rows"] == own["rows"], path
    assert ours["next"] == own["next"], path
    assert ours["filtered_table_rows_count"] == own["filtered_table_rows_count"], path
    assert own["filtered_table_rows_count"] is not None, path
    assert _facets(ours) == _facets(own), path
    assert ours.get("facets_timed_out") == own.get("facets_timed_out"), path
    assert CORRELATED not in own["query"]["sql"]
    next_url = ours["next_url"]
    if next_url is not None:
        parts = urlsplit(next_url)
        next_url = f"{parts.path}?{parts.query}"
    return str(ours["query"]["sql"]), next_url


async def _every_page(ds: Any, args: str, size: str, table: str = "events") -> list[str]:
    """Page through a table page by its next links, each compared with Datasette's."""
    sqls: list[str] = []
    path: str | None = f"/timeline/{table}.json?{args}&_size={size}"
    while path is not None:
        sql, path = await _same_as_datasette(ds, path)
        sqls.append(sql)
    return sqls


@pytest.mark.asyncio
@pytest.mark.parametrize("few", [table_counts.FEW_THROUGH_ROWS, 0])
async def test_every_page_is_datasettes(
    built: Path, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with FEW_THROUGH_ROWS 0 every actor of the small fixture has "many" rows
    monkeypatch.setattr(table_view, "FEW_THROUGH_ROWS", few)
    ds = make_datasette(built, settings=LIMITS)
    for args in _pages(built):
        for size in SIZES:
            sqls = await _every_page(ds, args, size)
            correlated = all(CORRELATED in sql for sql in sqls)
            if "_through" in args and "nobody" not in args:
                assert correlated == (few == 0), (args, size)
            else:
                assert not correlated


@pytest.mark.asyncio
async def test_pages_after_an_update_in_place_are_datasettes(
    built: Path, generated: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_view, "FEW_THROUGH_ROWS", 0)
    updated = _updated(built, generated, tmp_path, "retitle drop-last add")
    db = updated.rename(updated.with_name("timeline.db"))
    ds = make_datasette(db, settings=LIMITS)
    for args in _pages(db):
        for size in ["1", "5", "max"]:
            await _every_page(ds, args, size)


@pytest.mark.asyncio
async def test_the_html_page_and_the_csv_are_datasettes(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_view, "FEW_THROUGH_ROWS", 0)
    ds = make_datasette(built, settings=LIMITS)
    for args in _pages(built):
        await same_count_and_csv(ds, args)


@pytest.mark.asyncio
async def test_the_counts_are_the_builds_or_datasettes_once(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ds = make_datasette(built, settings=LIMITS)
    through, _, _, _, country, *_ = _pages(built)
    counts: list[str] = []
    real = table_view._scalar

    def scalar(sql: str, params: dict[str, Any]) -> Any:
        count = real(sql, params)

        def counting(conn: sqlite3.Connection) -> int:
            if sql.startswith("select count(*) from events"):
                counts.append(sql)
            return int(count(conn))

        return counting

    monkeypatch.setattr(table_view, "_scalar", scalar)
    for _ in range(3):
        for args in (through, country):
            await _get(ds, f"/timeline/events.json?{args}")
            await _get(ds, f"/timeline/events.json?{args}&_size=3")
    # the actor's count once per served (immutable) file, the country's from facet_counts
    assert counts == ["select count(*) from events where id in (select event_id from "
                      "event_actors where actor_id = :p0)"]  # fmt: skip


@pytest.mark.asyncio
async def test_a_countrys_year_is_counted_by_the_build(built: Path) -> None:
    # marked for our count (its next link carries the mark), as the build counted it;
    # a year written otherwise is Datasette's own page and count
    ds = make_datasette(built, settings=LIMITS)
    pages = _pages(built)
    counted, written_otherwise = pages[10], pages[13]
    assert "year=" in counted and "year=0" in written_otherwise
    ours = await _get(ds, f"/timeline/events.json?{counted}&_size=1")
    assert "_nocount=fts" in ours["next_url"]
    other = await _get(ds, f"/timeline/events.json?{written_otherwise}&_size=1")
    assert "_nocount" not in other["next_url"]
    assert ours["filtered_table_rows_count"] == other["filtered_table_rows_count"] > 1


@pytest.mark.asyncio
async def test_other_pages_and_bad_arguments_are_datasettes(built: Path) -> None:
    ds = make_datasette(built, settings=LIMITS)
    through = _pages(built)[0]
    for args in [
        f"{through}&kind=summit",  # a column filter beside _through: Datasette's own count
        f"{through}&{through}",
        "_through=" + quote('{"table": "places", "column": "id", "value": "x"}'),
        "_through=notjson",
        "country_names__arraycontains=Georgia&year=2005",
    ]:
        path = f"/timeline/events.json?{args}"
        ours = await ds.client.get(path)
        own = await theirs(ds, path)
        assert ours.status_code == own.status_code, args
        if own.status_code == 200:
            assert ours.json()["rows"] == own.json()["rows"], args
            assert (
                ours.json()["filtered_table_rows_count"] == own.json()["filtered_table_rows_count"]
            ), args
        else:
            assert ours.text == own.text, args


@pytest.mark.asyncio
async def test_a_searchs_page_tests_its_rows_one_by_one(built: Path) -> None:
    # a search our hooks read from the index: Datasette's clause asks FTS5 for each of the
    # page's rows; its facets count with the clause as Datasette wrote it; the same answer
    ds = make_datasette(built, settings=LIMITS)
    names = _pages(built)[4].split("=", 1)[1]
    searches = ["_search=alpha", "_search=alpha&status=occurred"]
    for args in [*searches, f"_search=beta&country_names__arraycontains={names}"]:
        sqls = await _every_page(ds, args, "5")
        assert all("events_fts.rowid = events.rowid" in sql for sql in sqls), args
    own = await _get(ds, "/timeline/events.json?_search=alpha", own=True)
    assert "events_fts.rowid" not in own["query"]["sql"]


def _table_pages(db: Path) -> list[tuple[str, str]]:
    """The pages of the other counted tables compared: each counted column's commonest and
    rarest value, an absent one, two columns at once, a country by its name."""
    conn = sqlite3.connect(db)
    roles = [
        r
        for (r,) in conn.execute(
            "select role from event_actors group by 1 order by count(*) desc, 1"
        )
    ]
    kinds = [
        k
        for (k,) in conn.execute(
            "select kind from events_by_country group by 1 order by count(*) desc, 1"
        )
    ]
    country, name = conn.execute(
        "select country, country_name from events_by_country group by 1 order by count(*) desc, 1"
    ).fetchone()
    rare_name = conn.execute(
        "select country_name from events_by_country group by 1 order by count(*), 1"
    ).fetchone()[0]
    place = conn.execute(
        "select place from events_map group by 1 order by count(*) desc"
    ).fetchone()[0]
    conn.close()
    assert len(roles) > 1 and len(kinds) > 1 and name != rare_name
    return [
        ("event_actors", f"role={roles[0]}"),
        ("event_actors", f"role={roles[-1]}"),
        ("event_actors", "role=nobody"),
        ("events_by_country", f"kind={kinds[0]}"),
        ("events_by_country", f"kind__exact={kinds[-1]}"),
        ("events_by_country", f"country={country}&kind={kinds[0]}"),
        ("events_by_country", "country_name=" + quote(name)),
        ("events_by_country", "country_name=" + quote(rare_name)),
        ("events_by_country", "country_name=Nowhere"),
        ("events_by_country", f"kind={kinds[-1]}&country_name={quote(name)}"),
        ("events_map", "place=" + quote(place)),
        ("events_map", f"kind={kinds[0]}&place={quote(place)}"),
    ]


@pytest.mark.asyncio
async def test_the_other_counted_tables_pages_are_datasettes(built: Path) -> None:
    ds = make_datasette(built, settings=LIMITS)
    for table, args in _table_pages(built):
        for size in ["1", "5", "max"]:
            sqls = await _every_page(ds, args, size, table)
            if "country_name=" in args:  # read through the key's country
                assert all("country in (select filter_value" in sql for sql in sqls), args
        for size in ["2", "max"]:
            csv = await ds.client.get(f"/timeline/{table}.csv?{args}&_size={size}")
            own_csv = await theirs(ds, f"/timeline/{table}.csv?{args}&_size={size}")
            assert csv.status_code == own_csv.status_code == 200
            assert csv.text == own_csv.text, (table, args)
        ours = (await ds.client.get(f"/timeline/{table}?{args}&_size=2")).text
        own = (await theirs(ds, f"/timeline/{table}?{args}&_size=2")).text
        assert COUNTED.findall(ours) == COUNTED.findall(own), (table, args)


@pytest.mark.asyncio
async def test_the_other_counted_tables_are_counted_by_the_build(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ds = make_datasette(built, settings=LIMITS)
    counts: list[str] = []
    real = table_view._scalar
    monkeypatch.setattr(
        table_view, "_scalar", lambda sql, params: counts.append(sql) or real(sql, params)
    )
    for table, args in _table_pages(built):
        answer = await _get(ds, f"/timeline/{table}.json?{args}")
        assert answer["filtered_table_rows_count"] is not None
    assert counts == []  # facet_counts, no count of ours or Datasette's
    for args in ["role=host&actor_id=TR", "actor_id=TR", "role=host&role=visitor"]:
        path = f"/timeline/event_actors.json?{args}"
        ours = await ds.client.get(path)
        own = await theirs(ds, path)
        assert ours.status_code == own.status_code == 200, args
        for key in ("rows", "next", "filtered_table_rows_count"):
            assert ours.json()[key] == own.json()[key], (args, key)


@pytest.mark.asyncio
@pytest.mark.parametrize("bound", [2, 10_000])
async def test_an_actors_html_page_shows_a_bounded_count_and_the_json_the_exact_one(
    built: Path, bound: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a filtered search's: the HTML page of an actor not counted before counts to the
    # bound only ("more than 2 rows" above its rows and in its title), the page otherwise
    # the exact count's page (rows, links, facets), which it shows once the JSON has
    # counted every event; the JSON's count, rows, next key and facets stay Datasette's.
    monkeypatch.setattr(filtered_search, "COUNT_BOUND", bound)
    ds = make_datasette(built, settings=LIMITS)
    bounded = 0
    for args in _pages(built)[:4]:  # the actors'
        bounded += await bounded_then_exact(ds, f"{args}&_size=2", bound)
    assert bounded == (3 if bound == 2 else 0)  # the commonest, the rarest, the hosts


@pytest.mark.asyncio
async def test_an_actors_bounded_count_is_exact_when_its_listed_events_are_gone(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bound reads the actor's first values in event_actors: when they name events the
    # table no longer holds, it cannot tell whether there are more than the bound, and the
    # page shows Datasette's own count.
    copy = tmp_path / "timeline.db"
    copy.write_bytes(built.read_bytes())
    conn = sqlite3.connect(copy)
    actor, many = conn.execute(
        "select actor_id, count(*) from event_actors group by actor_id "
        "order by count(*) desc, actor_id limit 1"
    ).fetchone()
    gone = [
        event
        for (event,) in conn.execute(
            "select distinct event_id from event_actors where actor_id = ? "
            "order by event_id limit 3",
            [actor],
        )
    ]
    conn.execute(f"delete from events where id in ({','.join('?' * len(gone))})", gone)
    conn.commit()
    conn.close()
    monkeypatch.setattr(filtered_search, "COUNT_BOUND", 2)
    ds = make_datasette(copy, settings=LIMITS)
    path = f"/timeline/events?{_through(actor)}&_size=2"
    ours = (await ds.client.get(path)).text
    own = await _get(ds, f"/timeline/events.json?{_through(actor)}", own=True)
    assert own["filtered_table_rows_count"] == many - 3 > 2
    assert BOUNDED.search(ours) is None
    assert COUNTED.findall(ours) == [f"{many - 3:,}"]
