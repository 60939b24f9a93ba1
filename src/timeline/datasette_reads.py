"""The reads our Datasette plugin makes of a served database, once per immutable file.

``timeline serve`` opens the database immutable (``-i``): the file cannot change
while it is served, so what the plugin reads of its schema and of its small
tables can be read once and kept, keyed by the file's path, size and
modification time (a rebuilt file is a new key). A table page renders a cell
hook on each of its 100 rows; without this, every row asked SQLite whether a
table exists, each question a round trip through Datasette's query thread
(about a third of the events page at 1,000,000 events, docs/scale.md).
A mutable database (tests, ``datasette`` without ``-i``) is asked every time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["has_table", "labels"]

#: Tables whose labels are read whole, once per immutable database (a few thousand rows).
SMALL_TABLES = frozenset({"actors"})

#: At most this many database files are remembered (tests open many).
_MAX_FILES = 16

_table_names: dict[tuple[str, int, int], frozenset[str]] = {}
_small_labels: dict[tuple[str, int, int, str, str], dict[str, str]] = {}


def _file_key(db: Any) -> tuple[str, int, int] | None:
    """The key of an immutable database file, None when its reads may not be kept."""
    if db.is_mutable or not db.path:
        return None
    stat = Path(db.path).stat()
    return (str(db.path), stat.st_mtime_ns, stat.st_size)


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    if len(cache) >= _MAX_FILES:
        cache.clear()
    cache[key] = value


async def has_table(db: Any, table: str) -> bool:
    """Whether the Datasette database ``db`` has the table ``table``."""
    key = _file_key(db)
    if key is None:
        return bool(await db.table_exists(table))
    names = _table_names.get(key)
    if names is None:
        names = frozenset(await db.table_names())
        _remember(_table_names, key, names)
    return table in names


async def labels(db: Any, target: str, label: str, ids: list[str]) -> dict[str, str] | None:
    """The ``label`` column of the rows ``ids`` of ``target``; None when there is no such table.

    The small tables (:data:`SMALL_TABLES`) of an immutable file are read whole
    once; other tables are asked for the ids given only.
    """
    if not await has_table(db, target):
        return None
    key = _file_key(db)
    if key is not None and target in SMALL_TABLES:
        small_key = (*key, target, label)
        known = _small_labels.get(small_key)
        if known is None:
            rows = await db.execute(f"select id, {label} from [{target}]", truncate=False)
            known = {row[0]: row[1] for row in rows.rows}
            _remember(_small_labels, small_key, known)
        return known
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    result = await db.execute(f"select id, {label} from [{target}] where id in ({marks})", ids)
    return {row[0]: row[1] for row in result.rows}
