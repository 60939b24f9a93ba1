"""The database the build writes, compared whole: with a golden SQL dump, and with the
summary tables made by SQL from the other tables."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from timeline import Timeline
from timeline.curated import load_events
from timeline.store import COUNTED_FACETS, add_summaries, build_database

from .conftest import FixtureDocument

#: Set to rewrite the golden dump after an intended change of the database.
REWRITE = "TIMELINE_REWRITE_STORE_DUMP"


def _dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump()) + "\n"
    finally:
        conn.close()


@pytest.fixture(scope="module")
def fixture_db(
    fixture_timeline: Timeline,
    fixture_documents: list[FixtureDocument],
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    path = tmp_path_factory.mktemp("store") / "fixture.db"
    return build_database(fixture_timeline, fixture_documents, path, meta={"source": "fixture"})


@pytest.fixture(scope="module")
def bundled_db(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    timeline = load_events(repo_root / "events")
    cited = sorted({s.document for e in timeline.events for s in e.sources})
    path = tmp_path_factory.mktemp("store") / "bundled.db"
    return build_database(timeline, [FixtureDocument(d) for d in cited], path)


def test_the_database_matches_its_golden_dump(fixture_db: Path, store_data: Path) -> None:
    """Every table's schema and rows, the FTS segments included, in the order stored."""
    golden = store_data / "fixture.sql"
    dump = _dump(fixture_db)
    if os.environ.get(REWRITE):
        golden.write_text(dump, encoding="utf-8")
    assert dump == golden.read_text(encoding="utf-8"), (
        f"the database built from tests/data/json/events.yaml differs from {golden}; if "
        f"the change is intended, rerun this test with {REWRITE}=1 and review the diff"
    )


@pytest.mark.parametrize("database", ["fixture_db", "bundled_db"])
def test_summaries_equal_those_made_from_the_tables(
    database: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """``events_by_country``, made from the timeline by the build, is what the join of
    ``event_actors``, ``actors`` and ``events`` gives; so is every other summary."""
    built = request.getfixturevalue(database)
    remade = tmp_path / "remade.db"
    shutil.copy(built, remade)
    conn = sqlite3.connect(remade)
    add_summaries(conn)
    conn.execute("VACUUM")
    conn.close()
    assert _dump(remade) == _dump(built)


def _group_by(conn: sqlite3.Connection, table: str, by: str, column: str) -> list[tuple]:
    """One facet's counts by SQL: each value of ``column`` in the rows having each
    value of ``by`` (the whole table when ``by`` is empty), as ``GROUP BY`` orders them."""
    columns = COUNTED_FACETS[table]

    def each(name: str, alias: str) -> tuple[str, str]:
        if columns[name]:
            return f", json_each(t.[{name}]) AS {alias}", f"{alias}.value"
        return "", f"t.[{name}]"

    join, value = each(column, "c")
    if not by:
        query = (
            f"SELECT '', v, count(*) FROM (SELECT {value} AS v FROM [{table}] t{join}) "
            "WHERE v IS NOT NULL GROUP BY v"
        )
    else:
        by_join, by_value = each(by, "f")
        query = (
            f"SELECT CAST(fv AS TEXT), v, count(*) FROM (SELECT {by_value} AS fv, "
            f"{value} AS v FROM [{table}] t{by_join}{join}) "
            "WHERE fv IS NOT NULL AND v IS NOT NULL GROUP BY fv, v"
        )
    return conn.execute(query).fetchall()


@pytest.mark.parametrize("database", ["fixture_db", "bundled_db"])
def test_facet_counts_are_the_group_by_of_each_pair_of_columns(
    database: str, request: pytest.FixtureRequest
) -> None:
    conn = sqlite3.connect(request.getfixturevalue(database))
    stored = conn.execute(
        "SELECT table_name, filter_column, filter_value, column_name, value, count "
        "FROM facet_counts"
    ).fetchall()
    expected = [
        (table, by, *row[:1], column, *row[1:])
        for table, columns in COUNTED_FACETS.items()
        for column in columns
        for by in ["", *columns]
        for row in _group_by(conn, table, by, column)
    ]
    conn.close()
    assert sorted(stored, key=repr) == sorted(expected, key=repr)
    assert any(r[1] == "country_names" and r[3] == "country_names" for r in stored)
