"""The metadata file describes the schema exactly: every table, view and column, and no more."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from timeline.serve import DATABASE_NAME, METADATA_PATH, load_metadata


#: Tables Datasette hides (FTS shadow tables): described by their parent table.
def schema(db_path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(db_path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "select name from sqlite_master where type in ('table', 'view') "
                "and name not like 'sqlite_%' and name not like '%_fts%' order by name"
            )
        ]
        return {n: [r[1] for r in conn.execute(f"pragma table_info([{n}])")] for n in names}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def tables() -> dict[str, Any]:
    tables: dict[str, Any] = load_metadata()["databases"][DATABASE_NAME]["tables"]
    return tables


def test_every_table_and_view_described(db_path: Path, tables: dict[str, Any]) -> None:
    assert sorted(tables) == sorted(schema(db_path))
    for name, entry in tables.items():
        assert entry.get("description"), f"{name} has no description"


def test_every_column_described(db_path: Path, tables: dict[str, Any]) -> None:
    for name, columns in schema(db_path).items():
        described = tables[name].get("columns", {})
        assert list(described) == columns, f"columns of {name} differ from the schema"
        for column, text in described.items():
            assert isinstance(text, str) and len(text) > 5, f"{name}.{column}"


def test_instance_metadata() -> None:
    metadata = load_metadata()
    for key in ("title", "description_html", "source", "license", "license_url"):
        assert metadata[key], key
    assert metadata["plugins"]["datasette-cluster-map"] == {
        "latitude_column": "latitude",
        "longitude_column": "longitude",
    }


def test_label_columns_and_sort(tables: dict[str, Any], db_path: Path) -> None:
    cols = schema(db_path)
    for name in ("events", "actors", "places", "documents", "agreements"):
        assert tables[name]["label_column"] in cols[name]
    assert tables["events"]["sort"] == "date_start"
    assert tables["events"]["facets"] == [
        {"counted": "kind"},
        {"counted_array": "country_names"},
        {"counted": "year"},
        {"counted": "status"},
    ]
    assert tables["events"]["fts_table"] == "events_fts"


def test_foreign_keys_point_at_labelled_tables(db_path: Path, tables: dict[str, Any]) -> None:
    conn = sqlite3.connect(db_path)
    try:
        targets = {
            r[2]
            for name in schema(db_path)
            for r in conn.execute(f"pragma foreign_key_list([{name}])")
        }
    finally:
        conn.close()
    assert targets == {"events", "actors", "places", "documents", "agreements"}
    for target in targets:
        assert "label_column" in tables[target], target


def test_metadata_rekeyed_for_another_database_name() -> None:
    metadata = load_metadata("archive")
    assert list(metadata["databases"]) == ["archive"]
    assert metadata["databases"]["archive"] == load_metadata()["databases"][DATABASE_NAME]


def test_metadata_file_is_packaged() -> None:
    assert METADATA_PATH.name == "datasette-metadata.yaml"
    assert METADATA_PATH.parent.name == "data"
