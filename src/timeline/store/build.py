"""A new database written whole: :func:`build_database` (what a cold build and
``timeline.machine`` do; :mod:`timeline.store.update` updates one in place instead).

The rows made from the timeline (:mod:`timeline.store.rows`) go first into the tables
of :func:`~timeline.store.schema.create_schema`; the indexes, full-text tables, views
and summaries are then made from the database alone (:func:`finish_database_file`), which
the build's forked writer does in a fresh interpreter (:mod:`timeline.processes`). The
file is written beside the target and renamed into place only when complete.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ..collection import Timeline
from ..errors import DataError, ExportError
from ..files import atomic_path, replacing
from ..model import SCHEMA_VERSION, Agreement, Event
from .rows import (
    DateColumns,
    DocumentLike,
    actor_row,
    actor_rows,
    chosen_actor_rows,
    completed_actor_rows,
    country_rows,
    document_rows,
    event_row,
    insert_rows,
    participant_rows,
    place_id,
    place_row,
    source_rows,
)
from .schema import (
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
    "stream_database",
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
    compares to update the database in place (:mod:`timeline.store.update`).
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
        _check_documents(e, docs)
    with atomic_path(db_path, suffix=".db") as tmp:
        tmp.unlink()
        country_rows = _write_rows(tmp, db_path, timeline, docs, meta, digests)
        if finish_elsewhere is not None:
            finish_elsewhere(tmp, db_path)
        _finish(tmp, db_path, country_rows)
    return db_path


#: Events whose rows are made and inserted at once by :func:`stream_database`.
STREAM_CHUNK = 1000


def stream_database(
    events: Iterable[Event],
    agreements: Iterable[Agreement],
    documents: Sequence[DocumentLike],
    db_path: str | Path,
    *,
    meta: dict[str, str] | None = None,
) -> int:
    """:func:`build_database` for ``events`` given one at a time in timeline order (date,
    then id: a :class:`~timeline.merge.Merged`), never held whole; the number written.

    The database is the one :func:`build_database` writes for
    ``Timeline(list(events), the agreements of agreements that an event names)``, row for
    row (``tests/extract/test_run.py``), and it is written the same way: to a temporary
    file renamed over ``db_path`` only when complete, nothing left of it when a source
    names a document not in ``documents`` or anything else fails. The rows of
    :data:`STREAM_CHUNK` events are made and inserted at a time; what they refer to
    (actors, places, agreements: a few rows per actor or place, not per event) is
    gathered as they pass and inserted after them, in one transaction whose foreign keys
    are checked at its end; ``events_by_country`` is made from the tables.
    """
    db_path = Path(db_path)
    docs = {d.id: d for d in documents}
    with atomic_path(db_path, suffix=".db") as tmp:
        tmp.unlink()
        count = _stream_rows(tmp, db_path, events, list(agreements), docs, meta)
        _finish(tmp, db_path, None)
    return count


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
            country_rows = _fill(db, timeline, docs, meta)
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
    db: sqlite_utils.Database,
    timeline: Timeline,
    docs: dict[str, DocumentLike],
    meta: dict[str, str] | None,
) -> Iterator[tuple[Any, ...]]:
    """Insert the rows of every table made from the timeline, and ``_meta``'s; return
    ``events_by_country``'s, made as they are inserted (:func:`_country_rows_again`)."""
    actors = actor_rows(timeline)
    places: dict[str, dict[str, Any]] = {}
    for e in timeline.events:
        if e.location:
            places.setdefault(place_id(e.location), place_row(e.location))
    _insert_referred(db.conn, actors, places, docs, timeline.agreements)
    dates: DateColumns = {}
    count, in_order = _insert_events(db.conn, [timeline.events], dates)
    _insert_meta(db.conn, count, in_order, meta)
    return _country_rows_again(timeline, actors, dates)


def _check_documents(e: Event, docs: dict[str, DocumentLike]) -> None:
    """Raise :class:`DataError` when a source of ``e`` names no document of ``docs``."""
    for s in e.sources:
        if s.document not in docs:
            raise DataError(
                f"event {e.id!r} cites document {s.document!r}, which is not in the corpus: "
                "add the article to the corpus folder or fix the document id",
                field="sources.document",
            )


def _insert_referred(
    conn: sqlite3.Connection,
    actors: dict[str, dict[str, Any]],
    places: dict[str, dict[str, Any]],
    docs: dict[str, DocumentLike],
    agreements: Sequence[Agreement],
) -> None:
    """Insert the rows the events refer to: ``actors`` (by id), ``places`` (sorted by id
    here), the documents, the agreements and their parties."""
    insert_rows(conn, "actors", actors.values())
    insert_rows(conn, "places", sorted(places.values(), key=lambda r: r["id"]))
    insert_rows(conn, "documents", document_rows(docs.values()))
    insert_rows(
        conn,
        "agreements",
        ({"id": a.id, "title": a.title, "type": a.type.value} for a in agreements),
    )
    insert_rows(
        conn,
        "agreement_parties",
        ({"agreement_id": a.id, "actor_id": code} for a in agreements for code in a.parties),
    )


def _insert_events(
    conn: sqlite3.Connection, chunks: Iterable[Sequence[Event]], dates: DateColumns
) -> tuple[int, int]:
    """Insert the rows of ``events``, ``event_actors`` and ``sources`` of each chunk of
    events (together, in timeline order), their dates' columns kept in ``dates``; return
    the number of events and the last row up to which they are in the library's order
    (:data:`~timeline.store.schema.ORDERED_THROUGH`)."""
    count = in_order = 0  # rows 1..in_order of the new table are in the library's order
    previous: tuple[str, str] | None = None

    def event_rows(events: Sequence[Event]) -> Iterator[dict[str, Any]]:
        nonlocal count, in_order, previous
        for e in events:
            row = event_row(e, dates)
            count += 1
            key = (row["sort_key"] or "", e.id)
            if in_order == count - 1 and (previous is None or previous <= key):
                in_order = count
            previous = key
            yield row

    for events in chunks:
        insert_rows(conn, "events", event_rows(events))
        insert_rows(
            conn,
            "event_actors",
            (row for e in events for row in participant_rows(e)),
            ignore=True,
        )
        insert_rows(conn, "sources", (row for e in events for row in source_rows(e)))
    return count, in_order


def _insert_meta(
    conn: sqlite3.Connection, events: int, in_order: int, meta: dict[str, str] | None
) -> None:
    """``_meta``'s rows: the schema's version, the number of events, the rows in order,
    then ``meta``'s by key."""
    rows = [
        ("schema_version", SCHEMA_VERSION),
        ("events", str(events)),
        (ORDERED_THROUGH, str(in_order)),
        *sorted((meta or {}).items()),
    ]
    conn.executemany("INSERT INTO _meta (key, value) VALUES (?, ?)", rows)


def _check_foreign_keys(conn: sqlite3.Connection, target: Path) -> None:
    """Raise :class:`ExportError` when a row of the database being written names a row
    that is not there (``PRAGMA foreign_key_check``: each row's key looked up in its
    parent's, in one pass over every table)."""
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        table, rowid, parent, _ = broken
        raise ExportError(
            f"cannot write database {target}: row {rowid} of {table} names a row of "
            f"{parent} that is not there"
        )


@dataclass
class _Referred:
    """What a streamed build's events refer to, gathered as they pass
    (:func:`stream_database`): the actors' rows chosen so far, the places, the agreements
    named; each event's sources checked against the documents."""

    docs: dict[str, DocumentLike]
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    places: dict[str, dict[str, Any]] = field(default_factory=dict)
    agreements: set[str] = field(default_factory=set)

    def chunks(self, events: Iterable[Event]) -> Iterator[list[Event]]:
        """``events`` in lists of :data:`STREAM_CHUNK`, each noted as it passes."""
        chunk: list[Event] = []
        for e in events:
            _check_documents(e, self.docs)
            chosen_actor_rows(e.participants, actor_row, self.actors)
            if e.location:
                self.places.setdefault(place_id(e.location), place_row(e.location))
            if e.agreement:
                self.agreements.add(e.agreement)
            chunk.append(e)
            if len(chunk) == STREAM_CHUNK:
                yield chunk
                chunk = []
        if chunk:
            yield chunk


def _stream_rows(
    path: Path,
    target: Path,
    events: Iterable[Event],
    agreements: list[Agreement],
    docs: dict[str, DocumentLike],
    meta: dict[str, str] | None,
) -> int:
    """:func:`_write_rows` for :func:`stream_database`: the events' rows a chunk at a
    time, then the rows they refer to, in one transaction whose foreign keys are checked
    once before it commits (:func:`_check_foreign_keys`).

    The events come before the places, actors and agreements they name, so the keys are
    not enforced row by row: SQLite's deferred keys would look for the rows each new
    place, actor or document fixes in tables with no index on their keys yet (10,000
    articles: the write had not ended after 8 minutes, against a minute and a half for
    the whole-timeline write; docs/history/scale-log.md, "The machine tier streamed")."""
    try:
        conn, db = _connect_new(path, ROWS_CACHE_PRAGMA)
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    referred = _Referred(docs)
    try:
        create_schema(db)
        conn.execute("PRAGMA foreign_keys = OFF")  # checked once, below
        with conn:
            count, in_order = _insert_events(conn, referred.chunks(events), {})
            named = sorted(
                (a for a in agreements if a.id in referred.agreements), key=lambda a: a.id
            )
            actors = completed_actor_rows(referred.actors, named)
            _insert_referred(conn, actors, referred.places, docs, named)
            _insert_meta(conn, count, in_order, meta)
            _check_foreign_keys(conn, target)
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    finally:
        conn.close()
    return count


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
