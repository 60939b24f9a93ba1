"""A new database written whole: :func:`build_database` (what a cold build and
``timeline.machine`` do; :mod:`timeline.store_update` updates one in place instead).

The rows made from the timeline (:mod:`timeline.store_rows`) go first into the tables
of :func:`~timeline.store_schema.create_schema`; the indexes, full-text tables, views
and summaries are then made from the database alone (:func:`finish_database_file`), which
the build's forked writer does in a fresh interpreter (:mod:`timeline.processes`). The
file is written beside the target and renamed into place only when complete.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .collection import Timeline
from .errors import DataError, ExportError
from .files import atomic_path, replacing
from .model import SCHEMA_VERSION
from .store_rows import (
    DateColumns,
    DocumentLike,
    actor_rows,
    country_rows,
    document_rows,
    event_row,
    insert_rows,
    participant_rows,
    place_id,
    place_row,
    source_rows,
)
from .store_schema import (
    FTS_TOKENIZER,
    INDEXES,
    ORDERED_THROUGH,
    UPCOMING_INDEX,
    VIEWS,
    add_summaries,
    create_schema,
)

if TYPE_CHECKING:  # sqlite-utils imports pandas (a second of CPU): only where it is used
    import sqlite_utils

__all__ = [
    "NEW_FILE_PRAGMAS",
    "ROWS_CACHE_PRAGMA",
    "build_database",
    "finish_database_file",
    "import_sqlite_utils_without_dataframes",
]


#: A database being built is a new file renamed into place only when complete, and
#: flushed to disk by the build before that: a journal (a second copy of every page
#: changed, synced as it grows) protects nothing, and cost most of the wall time
#: (10,000 events: 25 s of wall for 6.4 s of CPU). The page cache holds the indexes
#: being built (64 MB: without it SQLite spills pages to disk mid-transaction).
NEW_FILE_PRAGMAS = (
    "PRAGMA journal_mode = OFF",
    "PRAGMA synchronous = OFF",
    "PRAGMA cache_size = -65536",
)

#: While the rows are inserted (:func:`build_database`, before any index but the keys'),
#: a smaller page cache: the rows go in the keys' order, nearly, so few pages are
#: visited again. At 100,000 events the build's forked writer held 40 MB less at the
#: build's peak for 0.3 CPU s more (64 MB: 344 MB private, 7.8 s; 8 MB: 304 MB, 8.1 s;
#: docs/history/scale-log.md, "The build, eighteenth session").
ROWS_CACHE_PRAGMA = "PRAGMA cache_size = -8192"


#: What sqlite-utils imports when it can (``sqlite_utils.db``, at its import) only to
#: map their column types: 63 MB and about 1.2 CPU s, for values a build never passes.
_DATAFRAME_MODULES = ("pandas", "numpy")


def import_sqlite_utils_without_dataframes() -> None:
    """Import sqlite-utils as it is where pandas and numpy are not installed (it imports
    them if it finds them), in a process that only writes a database then ends: the
    build's database writer (:func:`timeline.processes.start_forked`). Only there: in any
    other process sqlite-utils would then not know their types for the rest of its life.
    Nothing is done when sqlite-utils is imported already.
    """
    import sys

    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in _DATAFRAME_MODULES if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import pandas" raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]


def build_database(
    timeline: Timeline,
    documents: Sequence[DocumentLike],
    db_path: str | Path,
    *,
    meta: dict[str, str] | None = None,
    digests: Mapping[str, str] | None = None,
    finish_elsewhere: Callable[[Path, Path], NoReturn] | None = None,
) -> Path:
    """Write ``timeline`` and its ``documents`` to a new SQLite database at ``db_path``.

    Every source must name a document in ``documents``; the build is written
    to a temporary file and renamed over ``db_path`` only when complete.
    ``meta`` adds rows to the ``_meta`` table. ``digests`` (event id -> a digest
    of what the event was made from) fill ``_event_digests``, what a later build
    compares to update the database in place (:mod:`timeline.store_update`).
    Returns ``db_path``.

    The rows made from the timeline are written first; the indexes, full-text tables,
    views and summaries are then made from the database alone
    (:func:`finish_database_file`). ``finish_elsewhere(temporary file, db_path)``, when
    given, does that part and the rename instead, and does not return: the build's
    forked writer goes on in a fresh interpreter, without its copy of the builder's
    heap (:func:`timeline.processes.continue_fresh`).
    """
    db_path = Path(db_path)
    docs = {d.id: d for d in documents}
    for e in timeline.events:
        for s in e.sources:
            if s.document not in docs:
                raise DataError(
                    f"event {e.id!r} cites document {s.document!r}, which is not in the corpus: "
                    "add the article to the corpus folder or fix the document id",
                    field="sources.document",
                )
    with atomic_path(db_path, suffix=".db") as tmp:
        tmp.unlink()
        country_rows = _write_rows(tmp, db_path, timeline, docs, meta, digests)
        if finish_elsewhere is not None:
            finish_elsewhere(tmp, db_path)
        _finish(tmp, db_path, country_rows)
    return db_path


def finish_database_file(path: str | Path, target: str | Path) -> None:
    """The rest of :func:`build_database` for the rows it wrote at ``path`` (indexes,
    full-text tables, views, summaries, VACUUM), then ``path`` renamed over ``target``;
    ``path`` removed when anything fails. The build's database writer runs it in a fresh
    interpreter that ends with it, sqlite-utils imported there without pandas
    (:func:`import_sqlite_utils_without_dataframes`, called by the build, not here: in any
    other process that would change sqlite-utils for the rest of it)."""
    with replacing(path, target):
        _finish(Path(path), Path(target), None)


def _connect_new(
    path: Path, *more_pragmas: str
) -> tuple[sqlite3.Connection, sqlite_utils.Database]:
    """A connection to a database being built, with :data:`NEW_FILE_PRAGMAS`, then
    ``more_pragmas``."""
    conn = sqlite3.connect(str(path))
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    for pragma in (*NEW_FILE_PRAGMAS, *more_pragmas):
        db.execute(pragma)
    return conn, db


def _write_rows(
    path: Path,
    target: Path,
    timeline: Timeline,
    docs: dict[str, DocumentLike],
    meta: dict[str, str] | None,
    digests: Mapping[str, str] | None,
) -> Iterator[tuple[Any, ...]]:
    """The schema and every row made from the timeline written at ``path`` (the database
    of ``target``, named in errors); return ``events_by_country``'s rows, made from the
    events when read (:func:`_country_rows_again`)."""
    try:
        conn, db = _connect_new(path, ROWS_CACHE_PRAGMA)
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    try:
        with conn:
            create_schema(db)
            country_rows = _fill(db, timeline, docs)
            db.table("_meta").insert_all(
                [{"key": k, "value": v} for k, v in sorted((meta or {}).items())]
            )
            conn.executemany(
                "INSERT INTO _event_digests VALUES (?, ?)",
                sorted((e.id, digests[e.id]) for e in timeline.events if e.id in digests)
                if digests
                else [],
            )
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    finally:
        conn.close()
    return country_rows


def _finish(path: Path, target: Path, events_by_country: Iterable[Sequence[Any]] | None) -> None:
    """The indexes, full-text tables, views and summary tables of the rows at ``path``
    (the database of ``target``, named in errors), then VACUUM. ``events_by_country``'s
    rows are those given, else made from the tables (the same rows)."""
    try:
        conn, db = _connect_new(path)
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    try:
        with conn:
            for table, cols in INDEXES:
                db.table(table).create_index(cols)
            db.execute(UPCOMING_INDEX)
            # Porter stemming ("summits" finds "summit") over Unicode words with accents
            # folded ("Erdogan" finds "Erdoğan"): SQLite FTS5's porter and unicode61.
            db.table("events").enable_fts(
                ["title", "summary", "quotes", "participant_names"],
                fts_version="FTS5",
                tokenize=FTS_TOKENIZER,
            )
            db.table("sources").enable_fts(["quote"], fts_version="FTS5", tokenize=FTS_TOKENIZER)
            for name, sql in VIEWS.items():
                db.create_view(name, sql.strip())
        add_summaries(conn, events_by_country)
        conn.execute("VACUUM")
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    finally:
        conn.close()


def _fill(
    db: sqlite_utils.Database, timeline: Timeline, docs: dict[str, DocumentLike]
) -> Iterator[tuple[Any, ...]]:
    """Insert the rows of every table made from the timeline; return ``events_by_country``'s,
    made as they are inserted (:func:`_country_rows_again`)."""
    actors = actor_rows(timeline)
    db.table("actors").insert_all(actors.values())
    places: dict[str, dict[str, Any]] = {}
    for e in timeline.events:
        if e.location:
            places.setdefault(place_id(e.location), place_row(e.location))
    db.table("places").insert_all(sorted(places.values(), key=lambda r: r["id"]))
    db.table("documents").insert_all(document_rows(docs.values()))
    db.table("agreements").insert_all(
        {"id": a.id, "title": a.title, "type": a.type.value} for a in timeline.agreements
    )
    db.table("agreement_parties").insert_all(
        {"agreement_id": a.id, "actor_id": code} for a in timeline.agreements for code in a.parties
    )
    in_order = [0]  # rows 1..n of a new table, read in the library's order so far
    dates: DateColumns = {}

    def event_rows() -> Iterator[dict[str, Any]]:
        previous: tuple[str, str] | None = None
        for n, e in enumerate(timeline.events, 1):
            row = event_row(e, dates)
            key = (row["sort_key"] or "", e.id)
            if in_order[0] == n - 1 and (previous is None or previous <= key):
                in_order[0] = n
            previous = key
            yield row

    insert_rows(db.conn, "events", event_rows())
    insert_rows(
        db.conn,
        "event_actors",
        (row for e in timeline.events for row in participant_rows(e)),
        ignore=True,
    )
    insert_rows(db.conn, "sources", (row for e in timeline.events for row in source_rows(e)))
    db.table("_meta").insert_all(
        [
            {"key": "schema_version", "value": SCHEMA_VERSION},
            {"key": "events", "value": str(len(timeline.events))},
            {"key": ORDERED_THROUGH, "value": str(in_order[0])},
        ]
    )
    return _country_rows_again(timeline, actors, dates)


def _country_rows_again(
    timeline: Timeline, actors: dict[str, dict[str, Any]], dates: DateColumns
) -> Iterator[tuple[Any, ...]]:
    """``events_by_country``'s rows of every event (:func:`country_rows`), made again from
    the events as :func:`add_summaries` inserts them, their dates' columns from ``dates``
    (filled by :func:`event_row`): the same rows as the events' rows give, without a list
    of them held from the events' insert to the summaries (about 250,000 tuples at 100,000
    events, while the indexes and full-text tables are made)."""
    for e in timeline.events:
        start, end, _precision, _mod, label, sort_key, _year, _month = dates[
            (e.date.value, e.date.mod)
        ]
        shown = {
            "date_start": start,
            "date_end": end,
            "date_label": label,
            "kind": e.kind.value,
            "title": e.title,
            "status": e.status.value,
            "sort_key": sort_key,
        }
        yield from country_rows(e, shown, actors)
