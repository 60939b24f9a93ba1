"""What the plugin reads of a served database is read once per immutable file.

A table page runs our cell hook on every row; the questions it asks about the
schema (does the table of these labels exist?) must not grow with the rows
shown, or a page of 100 rows makes 100 round trips through Datasette's query
thread (docs/history/scale-log.md, "Datasette at 1,000,000 events").
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from datasette.database import Database, QueryInterrupted
from datasette.tracer import capture_traces

from timeline.datasette_plugin.reads import has_table, labels
from timeline.serve import make_datasette


def _schema_questions(traces: list[dict[str, Any]]) -> int:
    return sum("sqlite_master" in str(t.get("sql")) for t in traces)


async def _traced(ds: Any, path: str) -> list[dict[str, Any]]:
    traces: list[dict[str, Any]] = []
    with capture_traces(traces):
        response = await ds.client.get(path)
    assert response.status_code == 200
    return traces


@pytest.mark.asyncio
async def test_schema_questions_do_not_grow_with_the_rows_shown(ds: Any) -> None:
    await ds.client.get("/timeline/events")  # warm: the file's table names are read here
    few = await _traced(ds, "/timeline/events?_size=1")
    many = await _traced(ds, "/timeline/events?_size=8")
    assert _schema_questions(many) == _schema_questions(few)


@pytest.mark.asyncio
async def test_labels_link_every_id_and_leave_unknown_ids_as_they_are(ds: Any) -> None:
    db = ds.get_database("timeline")
    names = await labels(db, "actors", "name", ["KZ"])
    assert names is not None and names["KZ"] == "Kazakhstan"
    titles = await labels(db, "events", "title", ["no-such-event"])
    assert titles == {}
    assert await labels(db, "no_such_table", "name", ["KZ"]) is None


@pytest.mark.asyncio
async def test_labels_bind_one_parameter_whatever_the_number_of_ids(ds: Any) -> None:
    # A cell of a custom query can hold any number of ids; SQLite takes a limited number
    # of host parameters (32,766 by default), so the ids travel as one JSON value.
    db = ds.get_database("timeline")
    known = (await db.execute("select id, title from events limit 1")).rows[0]
    ids = [f"no-such-event-{n}" for n in range(2_000)] + [known[0]]
    traces: list[dict[str, Any]] = []
    with capture_traces(traces):
        assert await labels(db, "events", "title", ids) == {known[0]: known[1]}
    asked = [t for t in traces if "from [events]" in str(t.get("sql"))]
    assert len(asked) == 1 and len(asked[0]["params"]) == 1


@pytest.mark.asyncio
async def test_a_mutable_database_is_asked_every_time(tmp_path: Path) -> None:
    path = tmp_path / "changing.db"
    sqlite3.connect(path).close()
    ds = make_datasette(path)
    ds.remove_database("changing")
    db = ds.add_database(Database(ds, path=str(path), is_mutable=True), name="changing")
    assert not await has_table(db, "later")
    with sqlite3.connect(path) as conn:
        conn.execute("create table later (id text)")
    assert await has_table(db, "later")


@pytest.mark.asyncio
async def test_only_timeline_serve_freezes_the_objects_of_start_up(db_path: Path) -> None:
    import gc

    from timeline import datasette_plugin

    gc.unfreeze()
    embedded = make_datasette(db_path)
    await embedded.invoke_startup()
    assert gc.get_freeze_count() == 0  # another program embedding Datasette: untouched
    try:
        with datasette_plugin.freezing_at_startup():  # what `timeline serve` does
            served = make_datasette(db_path)
            await served.invoke_startup()
            assert gc.get_freeze_count() > 0
        gc.unfreeze()
        after = make_datasette(db_path)  # the block is over: no freezing any more
        await after.invoke_startup()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


@pytest.mark.asyncio
async def test_a_cell_whose_labels_time_out_is_shown_unlinked(
    ds: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.datasette_plugin as plugin

    async def too_slow(*args: Any) -> None:
        raise QueryInterrupted(sqlite3.OperationalError("interrupted"), "select", [])

    monkeypatch.setattr(plugin, "labels", too_slow)
    response = await ds.client.get(
        "/timeline?sql=select+%27%5B%22KZ%22%2C%22TR%22%5D%27+as+countries"
    )
    assert response.status_code == 200
    (cell,) = re.findall(r'<td class="col-countries.*?</td>', response.text, re.S)
    assert "KZ" in cell and "TR" in cell and "<a " not in cell


@pytest.mark.asyncio
async def test_actor_links_are_made_once_per_served_file_and_stay_right(ds: Any) -> None:
    from timeline.datasette_plugin.reads import kept_memo

    db = ds.get_database("timeline")
    pages = [
        (
            await ds.client.get("/timeline?sql=select+%27%5B%22KZ%22%2C%22TR%22%5D%27+as+countries")
        ).text
        for _ in range(2)
    ]
    cells = [re.findall(r'<td class="col-countries.*?</td>', page, re.S)[0] for page in pages]
    assert cells[0] == cells[1]
    assert '<a href="/timeline/actors/KZ" title="KZ">Kazakhstan</a>' in cells[0]
    assert set(kept_memo(db, "anchors:actors:name")) == {"KZ", "TR"}


@pytest.mark.asyncio
async def test_nothing_is_kept_for_a_mutable_database(tmp_path: Path) -> None:
    from timeline.datasette_plugin.reads import kept_memo

    path = tmp_path / "changing.db"
    sqlite3.connect(path).close()
    ds = make_datasette(path)
    db = ds.add_database(Database(ds, path=str(path), is_mutable=True), name="mutable")
    kept_memo(db, "anchors:actors:name")["KZ"] = "stale"
    assert kept_memo(db, "anchors:actors:name") == {}
