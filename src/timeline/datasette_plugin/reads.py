"""The reads our Datasette plugin makes of a served database, once per immutable file.

``timeline serve`` opens the database immutable (``-i``): the file cannot change
while it is served, so what the plugin reads of its schema and of its small
tables is read once and kept with Datasette's database object, as Datasette
keeps its own row counts and hash of an immutable file. A table page renders a cell
hook on each of its 100 rows; without this, every row asked SQLite whether a
table exists, each question a round trip through Datasette's query thread
(about a third of the events page at 1,000,000 events, docs/history/scale-log.md).
A mutable database (tests, ``datasette`` without ``-i``) is asked every time.
"""

from __future__ import annotations

import json
import re
import weakref
from typing import Any

__all__ = ["has_table", "is_timeline", "kept_memo", "labels", "table_page", "timeline_database"]

#: A table page's path after the base URL: /database/table, with or without a format.
_TABLE_PATH = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[A-Za-z_]+)(?:\.\w+)?$")

#: Tables whose labels are read whole, once per immutable database (a few thousand rows).
SMALL_TABLES = frozenset({"actors"})

#: What was read of each immutable database, kept as long as Datasette keeps the database.
_table_names: weakref.WeakKeyDictionary[Any, frozenset[str]] = weakref.WeakKeyDictionary()
_small_labels: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], dict[str, str]]] = (
    weakref.WeakKeyDictionary()
)


_memos: weakref.WeakKeyDictionary[Any, dict[str, dict[Any, Any]]] = weakref.WeakKeyDictionary()


def _kept(db: Any) -> bool:
    """Whether reads of ``db`` may be kept: an immutable file, which cannot change."""
    return not db.is_mutable and bool(db.path)


def kept_memo(db: Any, name: str) -> dict[Any, Any]:
    """A dict named ``name`` kept with ``db`` while it is served, for values made from its
    rows; a fresh, empty dict each time for a mutable database, whose rows may change."""
    if not _kept(db):
        return {}
    return _memos.setdefault(db, {}).setdefault(name, {})


async def has_table(db: Any, table: str) -> bool:
    """Whether the Datasette database ``db`` has the table ``table``."""
    if not _kept(db):
        return bool(await db.table_exists(table))
    names = _table_names.get(db)
    if names is None:
        names = _table_names[db] = frozenset(await db.table_names())
    return table in names


async def labels(db: Any, target: str, label: str, ids: list[str]) -> dict[str, str] | None:
    """The ``label`` column of the rows ``ids`` of ``target``; None when there is no such table.

    The small tables (:data:`SMALL_TABLES`) of an immutable file are read whole
    once; other tables are asked for the ids given only.
    """
    if not await has_table(db, target):
        return None
    if target in SMALL_TABLES and _kept(db):
        read = _small_labels.setdefault(db, {})
        known = read.get((target, label))
        if known is None:
            rows = await db.execute(f"select id, {label} from [{target}]", truncate=False)
            known = read[(target, label)] = {row[0]: row[1] for row in rows.rows}
        return known
    if not ids:
        return {}
    # One JSON parameter whatever the number of ids: a cell of a custom query may hold
    # more ids than SQLite's 32,766 host parameters.
    result = await db.execute(
        f"select id, {label} from [{target}] where id in (select value from json_each(?))",
        [json.dumps(ids)],
    )
    return {row[0]: row[1] for row in result.rows}


async def is_timeline(db: Any) -> bool:
    """Whether the Datasette database ``db`` is a file holding a timeline (its
    ``events``, ``sources`` and ``event_actors`` tables)."""
    if db.path is None:
        return False
    names = set(await db.table_names())
    return {"events", "sources", "event_actors"} <= names


async def timeline_database(datasette: Any) -> Any | None:
    """The first database of ``datasette`` holding a timeline, or ``None``."""
    for db in datasette.databases.values():
        if await is_timeline(db):
            return db
    return None


def table_page(datasette: Any, scope: dict[str, Any]) -> tuple[str, str] | None:
    """The database and table of the table page an HTTP ``scope`` asks for (its path after
    Datasette's ``base_url``, with or without a format such as ``.json``), when Datasette
    serves that database; None for any other request. The table may not exist."""
    if scope.get("type") != "http":
        return None
    path = str(scope.get("route_path") or scope.get("path", ""))
    base = str(datasette.setting("base_url") or "/")
    if base != "/" and path.startswith(base):
        path = "/" + path[len(base) :]
    found = _TABLE_PATH.match(path)
    if found is None or found["database"] not in datasette.databases:
        return None
    return found["database"], found["table"]
