"""The database updated in place from the events that changed, as a full build makes it.

After an edit of a few event files, rewriting a database of 100,000 events costs
about 20 CPU seconds (docs/history/scale-log.md); its rows of the other events are already
right. :func:`update_database` copies the published database and changes only
what the changed, added and removed events touch: their rows of ``events``,
``event_actors``, ``sources``, ``events_by_country``, ``events_map`` and
``agreement_lifecycle``, their months of ``events_by_month``, their entries of
the two FTS5 indexes, the actors and places no event names any more (or that a
new event names first), ``facet_counts`` by the difference of their counts, and
``_meta``; then ANALYZE, as the full build does. The copy is renamed over the
target only when complete, so a failure leaves the old file.

What changed is known from ``_event_digests``: the build gives each event a
digest of what its rows are made from (its file's bytes, the validating code,
the links dropped from it, and this code: :func:`event_digests`) and the
database keeps them. The result equals a full build's in every row, in the
order of every keyed table and of each event's participants and quotes, and in
what the FTS indexes hold (:func:`canonical_dump`, which the tests compare); it
differs in what a reader does not see: the rowids of the changed events' rows
(new ones are appended), the FTS indexes' segments, the free pages a full
build's VACUUM would drop.

:func:`update_database` declines (returns ``False``, and the caller builds the
database whole) when it cannot give that: no previous database (or a damaged one,
or no room to copy it), another model
or store version (another layout, or rows made by other code: every digest
differs), events without a digest, other documents, agreements or ``_meta``
facts, an actor or place row that another event shows changing, or more than
``max_share`` of the events changed (a full build is then as cheap).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..collection import Timeline
from ..errors import ExportError
from ..files import atomic_path
from ..keyed_cache import code_version
from ..model import SCHEMA_VERSION, Event, Location
from .build import NEW_FILE_PRAGMAS
from .rows import (
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
from .schema import COUNTED_FACETS, ORDERED_THROUGH, SUMMARY_TABLES, count_facets

__all__ = [
    "MAX_SHARE",
    "EventChanges",
    "canonical_dump",
    "event_digests",
    "store_version",
    "update_database",
    "update_database_with",
]

#: The largest share of the events an update changes; past it the database is built whole.
MAX_SHARE = 0.05

#: Each FTS5 index: its content table (whose ``id`` names a row), the column naming
#: the event of a row, and the columns indexed (as the build enables them).
_FTS = {
    "events_fts": ("events", "id", ("title", "summary", "quotes", "participant_names")),
    "sources_fts": ("sources", "event_id", ("quote",)),
}

_IN = "IN (SELECT value FROM json_each(?))"


def store_version() -> str:
    """A hash of the code making the database's rows (a change makes every digest differ)."""
    return code_version(("store",), ("sqlite-utils",))


def event_digests(file_digests: Mapping[str, str]) -> dict[str, str]:
    """Each event's digest for ``_event_digests``: its file's digest and :func:`store_version`."""
    version = store_version()
    return {
        event_id: hashlib.sha256(f"{version}\0{digest}".encode()).hexdigest()
        for event_id, digest in file_digests.items()
    }


def update_database(
    previous: str | Path,
    timeline: Timeline,
    documents: Sequence[DocumentLike],
    db_path: str | Path,
    digests: Mapping[str, str],
    *,
    meta: dict[str, str] | None = None,
    max_share: float = MAX_SHARE,
) -> bool:
    """Write at ``db_path`` the database of ``timeline`` made from the one at ``previous``.

    ``digests`` are the events' digests (:func:`event_digests`); ``documents`` and
    ``meta`` are :func:`timeline.store.build_database`'s. Returns ``False``, leaving
    ``db_path`` as it was, when an update cannot give what a full build gives (see
    the module): the caller then builds the database whole.
    """
    previous, db_path = Path(previous), Path(db_path)
    if not previous.is_file() or any(e.id not in digests for e in timeline.events):
        return False
    return _update_copy(
        previous,
        db_path,
        lambda conn: _plan(conn, timeline, documents, digests, meta or {}, max_share),
    )


def _update_copy(
    previous: Path, db_path: Path, plan_of: Callable[[sqlite3.Connection], _Plan | None]
) -> bool:
    """Copy ``previous`` and apply to the copy what ``plan_of`` plans from it, then put
    the copy at ``db_path``; ``False``, leaving ``db_path`` as it was, when the plan
    declines or the previous database or the disk fails (a full build then does it,
    or says why)."""
    try:
        with atomic_path(db_path, suffix=".db") as tmp:
            shutil.copyfile(previous, tmp)
            conn = sqlite3.connect(str(tmp))
            try:
                for pragma in NEW_FILE_PRAGMAS:  # a copy: the old file is the backup
                    conn.execute(pragma)
                plan = plan_of(conn)
                if plan is None:
                    raise _Declined
                if plan.changed or plan.gone != "[]":  # else the copy is the database
                    _apply(conn, plan)
                    conn.commit()
                    conn.execute("ANALYZE")
            finally:
                conn.close()
    except (_Declined, OSError, sqlite3.Error, ExportError):
        return False
    return True


@dataclass(frozen=True)
class EventChanges:
    """The events a build changed: those added or edited (validated) with their digests
    (:func:`event_digests`), and the ids of those removed."""

    changed: Sequence[Event]
    removed: Collection[str]
    digests: Mapping[str, str]


#: The rows a full build gives to these actors or places (ids), from every event: none for
#: an id it gives no row.
RowsOf = Callable[[set[str]], dict[str, dict[str, Any]]]


def update_database_with(
    previous: str | Path,
    changes: EventChanges,
    documents: Sequence[DocumentLike],
    db_path: str | Path,
    *,
    actor_rows_of: RowsOf,
    place_rows_of: RowsOf,
    meta: dict[str, str] | None = None,
    max_share: float = MAX_SHARE,
) -> bool:
    """:func:`update_database` from the changes alone, without the whole timeline.

    What the update needs of the other events is read from the database at
    ``previous`` (their count, digests, months, counts, actors and places), except
    the rows of the actors and places the changes touch, which a full build makes
    from the first events naming them: ``actor_rows_of`` and ``place_rows_of`` give
    them (the build's index of the last build keeps every event's participants and
    place, :mod:`timeline.last_build`). The caller has checked what only every event
    shows (ids, references, quotes) and that the agreements are those of the previous
    build. Returns ``False``, leaving ``db_path`` as it was, when an update cannot give
    what a full build gives.
    """
    previous, db_path = Path(previous), Path(db_path)
    if not previous.is_file() or any(e.id not in changes.digests for e in changes.changed):
        return False
    return _update_copy(
        previous,
        db_path,
        lambda conn: _plan_changes(
            conn, changes, documents, actor_rows_of, place_rows_of, meta or {}, max_share
        ),
    )


def _plan_changes(
    conn: sqlite3.Connection,
    changes: EventChanges,
    documents: Sequence[DocumentLike],
    actor_rows_of: RowsOf,
    place_rows_of: RowsOf,
    meta: dict[str, str],
    max_share: float,
) -> _Plan | None:
    """:func:`_plan` from the changes and the database, or ``None``."""
    changed = list(changes.changed)
    try:
        facts = dict(conn.execute("SELECT key, value FROM _meta"))
        (count,) = conn.execute("SELECT count(*) FROM events").fetchone()
        (digested,) = conn.execute("SELECT count(*) FROM _event_digests").fetchone()
    except sqlite3.Error:  # another layout
        return None
    facts.pop(ORDERED_THROUGH, None)
    if facts != {"schema_version": SCHEMA_VERSION, "events": str(count), **meta}:
        return None
    named = json.dumps(sorted({e.id for e in changed} | set(changes.removed)))
    existing = {i for (i,) in conn.execute(f"SELECT id FROM events WHERE id {_IN}", [named])}
    if not existing.issuperset(changes.removed):
        return None  # not the database the changes were found against
    events = count - len(existing) + len(changed)
    share = len(changed) + len(changes.removed)
    if digested != count or share > max_share * max(events, 1):
        return None
    if not _same_documents(conn, documents):
        return None
    gone = json.dumps(sorted(existing))
    touched = {p.id for e in changed for p in e.participants} | {
        a
        for (a,) in conn.execute(f"SELECT actor_id FROM event_actors WHERE event_id {_IN}", [gone])
    }
    old_actors = _rows(conn, f"SELECT * FROM actors WHERE id {_IN}", [json.dumps(sorted(touched))])
    actors = actor_rows_of(touched)
    countries = {row["country"] for row in [*old_actors.values(), *actors.values()]}
    if not touched.issuperset(countries - {None}):  # the countries people act for
        touched |= countries - {None}
        old_actors = _rows(
            conn, f"SELECT * FROM actors WHERE id {_IN}", [json.dumps(sorted(touched))]
        )
        actors = actor_rows_of(touched)
    if any(old_actors[a] != actors[a] for a in touched if a in old_actors and a in actors):
        return None  # a kept actor's name or type is in other events' rows
    places = _place_changes(conn, changed, gone, place_rows_of)
    if places is None:
        return None
    return _Plan(
        changed=changed,
        gone=gone,
        actors=actors,
        actors_gone=sorted(a for a in old_actors if a not in actors),
        new_actors=[actors[a] for a in sorted(actors) if a not in old_actors],
        places_gone=places[0],
        new_places=places[1],
        digests=sorted((e.id, changes.digests[e.id]) for e in changed),
        events=events,
    )


class _Declined(Exception):
    """An update cannot give what a full build gives."""


@dataclass
class _Plan:
    """What an update changes: the events to write, the ids whose rows go, the rows of
    the actors and places, and how many events the timeline has."""

    changed: list[Event]
    gone: str  # JSON array of the ids whose rows are deleted (changed or removed)
    #: the rows of the actors of the changed events (and of any other actor)
    actors: dict[str, dict[str, Any]]
    #: the actors and places no event names any more, and the rows of those named first now
    actors_gone: list[str]
    new_actors: list[dict[str, Any]]
    places_gone: list[str]
    new_places: list[dict[str, Any]]
    digests: list[tuple[str, str]]
    events: int


def _plan(
    conn: sqlite3.Connection,
    timeline: Timeline,
    documents: Sequence[DocumentLike],
    digests: Mapping[str, str],
    meta: dict[str, str],
    max_share: float,
) -> _Plan | None:
    """What to change, or ``None`` when an update cannot give what a full build gives."""
    try:
        facts = dict(conn.execute("SELECT key, value FROM _meta"))
        stored = dict(conn.execute("SELECT event_id, digest FROM _event_digests"))
        (count,) = conn.execute("SELECT count(*) FROM events").fetchone()
    except sqlite3.Error:  # another layout
        return None
    facts.pop(ORDERED_THROUGH, None)  # where the rows stop being in order: rowids
    if facts != {"schema_version": SCHEMA_VERSION, "events": str(count), **meta}:
        return None
    ids = {e.id for e in timeline.events}
    changed = [e for e in timeline.events if stored.get(e.id) != digests[e.id]]
    removed = sorted(stored.keys() - ids)
    if count != len(stored) or len(changed) + len(removed) > max_share * max(len(ids), 1):
        return None
    if not _same_sources(conn, timeline, documents):
        return None
    gone = json.dumps(sorted(removed + [e.id for e in changed if e.id in stored]))
    actors = actor_rows(timeline)
    old_actors = _rows(conn, "SELECT * FROM actors")
    touched = {p.id for e in changed for p in e.participants} | {
        a
        for (a,) in conn.execute(f"SELECT actor_id FROM event_actors WHERE event_id {_IN}", [gone])
    }
    touched |= {actors[a]["country"] for a in touched if a in actors and actors[a]["country"]}
    if any(old_actors[a] != actors[a] for a in touched if a in old_actors and a in actors):
        return None  # a kept actor's name or type is in other events' rows
    first: dict[str, Location] = {}
    for e in timeline.events:
        if e.location:
            first.setdefault(place_id(e.location), e.location)
    places = _place_changes(
        conn, changed, gone, lambda named: {p: place_row(first[p]) for p in named if p in first}
    )
    if places is None:
        return None
    return _Plan(
        changed=changed,
        gone=gone,
        actors=actors,
        actors_gone=sorted(old_actors.keys() - actors.keys()),
        new_actors=[row for a, row in actors.items() if a not in old_actors],
        places_gone=places[0],
        new_places=places[1],
        digests=sorted((e.id, digests[e.id]) for e in changed),
        events=len(ids),
    )


def _place_changes(
    conn: sqlite3.Connection, changed: list[Event], gone: str, rows_of: RowsOf
) -> tuple[list[str], list[dict[str, Any]]] | None:
    """The places the changed events and those whose rows go (``gone``) named, as the
    places no event names any more and the rows of those named now for the first time;
    ``None`` when a kept place would be given otherwise (its row is in other events'
    rows of ``events_map``). ``rows_of`` gives the rows a full build makes of places."""
    named = {place_id(e.location) for e in changed if e.location} | {
        p for (p,) in conn.execute(f"SELECT place_id FROM events WHERE id {_IN}", [gone]) if p
    }
    old_places = _rows(conn, f"SELECT * FROM places WHERE id {_IN}", [json.dumps(sorted(named))])
    rows = rows_of(named)
    if any(old_places[p] != rows[p] for p in named if p in old_places and p in rows):
        return None
    return (
        sorted(p for p in old_places if p not in rows),
        [rows[p] for p in sorted(rows) if p not in old_places],
    )


def _same_sources(
    conn: sqlite3.Connection, timeline: Timeline, documents: Sequence[DocumentLike]
) -> bool:
    """Whether the database holds these documents and agreements (else: a full build)."""
    agreements = [(a.id, a.title, a.type.value) for a in timeline.agreements]
    parties = [(a.id, code) for a in timeline.agreements for code in a.parties]
    return (
        _same_documents(conn, documents)
        and conn.execute("SELECT id, title, type FROM agreements ORDER BY rowid").fetchall()
        == agreements
        and conn.execute(
            "SELECT agreement_id, actor_id FROM agreement_parties ORDER BY rowid"
        ).fetchall()
        == parties
    )


def _same_documents(conn: sqlite3.Connection, documents: Sequence[DocumentLike]) -> bool:
    """Whether the database holds these documents."""
    docs = [tuple(row.values()) for row in document_rows(documents)]
    return bool(conn.execute("SELECT * FROM documents ORDER BY id").fetchall() == docs)


def _rows(conn: sqlite3.Connection, query: str, params: Sequence[Any] = ()) -> dict[str, Any]:
    """The rows of ``query`` as dicts, by their first column."""
    cursor = conn.execute(query, params)
    names = [d[0] for d in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor}


def _apply(conn: sqlite3.Connection, plan: _Plan) -> None:
    """Delete the rows of the changed and removed events, insert those of the changed
    and added ones, and bring the summaries, FTS indexes and ``_meta`` along."""
    counts: Counter[tuple[str, tuple[Any, ...]]] = Counter()
    _count(conn, counts, plan.gone, -1)
    months = _months(conn, plan.gone)
    _fts(conn, plan.gone, delete=True)
    for table, column in _EVENT_ROWS:
        conn.execute(f"DELETE FROM [{table}] WHERE [{column}] {_IN}", [plan.gone])
    conn.execute(f"DELETE FROM places WHERE id {_IN}", [json.dumps(plan.places_gone)])
    conn.execute(f"DELETE FROM actors WHERE id {_IN}", [json.dumps(plan.actors_gone)])
    insert_rows(conn, "actors", plan.new_actors)
    insert_rows(conn, "places", plan.new_places)
    dates: DateColumns = {}
    rows = [event_row(e, dates) for e in plan.changed]
    insert_rows(conn, "events", rows)
    added = json.dumps(sorted(e.id for e in plan.changed))
    # The rows are appended: the rows in order stop before the first of them.
    (first_new,) = conn.execute(f"SELECT min(rowid) FROM events WHERE id {_IN}", [added]).fetchone()
    if first_new is not None:
        conn.execute(
            "UPDATE _meta SET value = min(CAST(value AS INTEGER), ?) WHERE key = ?",
            [first_new - 1, ORDERED_THROUGH],
        )
    insert_rows(
        conn,
        "event_actors",
        (row for e in plan.changed for row in participant_rows(e)),
        ignore=True,
    )
    insert_rows(conn, "sources", (row for e in plan.changed for row in source_rows(e)))
    conn.executemany(
        f"INSERT INTO events_by_country VALUES ({', '.join('?' * 10)})",
        (
            country_row
            for e, row in zip(plan.changed, rows, strict=True)
            for country_row in country_rows(e, row, plan.actors)
        ),
    )
    _fts(conn, added, delete=False)
    for name in ("events_map", "agreement_lifecycle"):
        select = SUMMARY_TABLES[name][1].format(where=f"e.id {_IN}")
        conn.execute(f"INSERT INTO [{name}] {select}", [added])
    _count(conn, counts, added, 1)
    _remake_months(conn, sorted(months | _months(conn, added)))
    _add_counts(conn, counts)
    conn.executemany("INSERT INTO _event_digests VALUES (?, ?)", plan.digests)
    conn.execute("UPDATE _meta SET value = ? WHERE key = 'events'", [str(plan.events)])


#: The tables holding rows of an event, and their column naming it, in the order their
#: rows are deleted.
_EVENT_ROWS = (
    ("events_by_country", "event_id"),
    ("events_map", "id"),
    ("agreement_lifecycle", "event_id"),
    ("sources", "event_id"),
    ("event_actors", "event_id"),
    ("events", "id"),
    ("_event_digests", "event_id"),
)

#: The column of each counted table naming the event of a row.
_EVENT_COLUMN = {"events": "id", "events_map": "id", "events_by_country": "event_id"}


def _months(conn: sqlite3.Connection, ids: str) -> set[str]:
    return {m for (m,) in conn.execute(f"SELECT month FROM events WHERE id {_IN}", [ids])}


def _fts(conn: sqlite3.Connection, ids: str, *, delete: bool) -> None:
    """Add the rows of the events ``ids`` (JSON) to the FTS5 indexes, or take them out
    (before they are deleted: FTS5 needs the values it indexed)."""
    for fts, (table, column, columns) in _FTS.items():
        names = ", ".join(columns)
        command = (
            f"INSERT INTO [{fts}] ([{fts}], rowid, {names}) SELECT 'delete', rowid, {names}"
            if delete
            else f"INSERT INTO [{fts}] (rowid, {names}) SELECT rowid, {names}"
        )
        conn.execute(f"{command} FROM [{table}] WHERE [{column}] {_IN}", [ids])


def _count(
    conn: sqlite3.Connection, counts: Counter[tuple[str, tuple[Any, ...]]], ids: str, sign: int
) -> None:
    """Add ``sign`` to ``counts`` for each counted row of the events ``ids`` (JSON)."""
    for table, columns in COUNTED_FACETS.items():
        selected = ", ".join(f"[{c}]" for c in columns)
        column = _EVENT_COLUMN.get(table, "event_id")
        for combination in conn.execute(
            f"SELECT {selected} FROM [{table}] WHERE [{column}] {_IN}", [ids]
        ):
            counts[(table, combination)] += sign


def _add_counts(conn: sqlite3.Connection, counts: Counter[tuple[str, tuple[Any, ...]]]) -> None:
    """Add the difference of the counts to ``facet_counts``; drop the counts now zero."""
    for table, columns in COUNTED_FACETS.items():
        combinations: Counter[tuple[Any, ...]] = Counter(
            {combination: n for (t, combination), n in counts.items() if t == table and n}
        )
        rows = [row for row in count_facets(table, columns, combinations) if row[5]]
        conn.executemany(
            "INSERT INTO facet_counts VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE "
            "SET count = count + excluded.count",
            rows,
        )
        conn.executemany(
            "DELETE FROM facet_counts WHERE table_name = ? AND filter_column = ? AND "
            "filter_value = ? AND column_name = ? AND value = ? AND count = 0",
            [row[:5] for row in rows],
        )


def _remake_months(conn: sqlite3.Connection, months: list[str]) -> None:
    """The rows of ``events_by_month`` for these months, made again from ``events``: each
    from the dates beginning with it, found by a search of the index of ``date_start``
    (``YYYY-MM`` <= ``YYYY-MM-DD`` < ``YYYY-MM~``), not by a scan of every event."""
    conn.execute(f"DELETE FROM events_by_month WHERE month {_IN}", [json.dumps(months)])
    select = SUMMARY_TABLES["events_by_month"][1].format(
        where="date_start >= ?1 AND date_start < ?1 || '~' AND substr(date_start, 1, 7) = ?1"
    )
    for month in months:
        conn.execute(f"INSERT INTO events_by_month {select}", [month])


def canonical_dump(db_path: str | Path) -> Iterator[str]:
    """The database as lines that two equal databases give alike, however they were written.

    The schema (every table, index, view and trigger, by type and name), then every
    table's rows in the order of all their columns, except that the rows of a table
    with an ``event_id`` are given in (event, storage) order: an event's participants
    and quotes keep the order they are read in. For each FTS5 index, its integrity
    checked against its content table, then every token it holds, by the key of the
    row it indexes, column and position (SQLite's ``fts5vocab``), instead of its
    segments, which depend on the history of updates. ``sqlite_stat1`` without the
    FTS indexes' own tables (their size is that history too). Rowids are left out, and so
    is ``_meta``'s :data:`~timeline.store.ORDERED_THROUGH`, a rowid.
    """
    conn = sqlite3.connect(str(db_path))
    try:
        schema = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        for kind, name, table, sql in schema:
            yield f"{kind} {name} on {table}: {sql}"
        shadows = {f"{fts}_{part}" for fts in _FTS for part in ("data", "idx", "docsize", "config")}
        for kind, name, _, sql in schema:
            if kind != "table" or name in shadows or name in _FTS:
                continue
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info([{name}])")]
            keep, params = "", []
            if name == "sqlite_stat1":
                keep, params = (
                    "WHERE tbl NOT IN (SELECT value FROM json_each(?))",
                    [json.dumps(sorted(shadows))],
                )
            elif name == "_meta":  # rowids, which an update appends
                keep, params = "WHERE key != ?", [ORDERED_THROUGH]
            order = ", ".join(f"[{c}]" for c in columns)
            if "event_id" in columns and "WITHOUT ROWID" not in sql:
                order = "event_id, rowid"
            for row in conn.execute(f"SELECT * FROM [{name}] {keep} ORDER BY {order}", params):
                yield f"{name} {row!r}"
        for fts, (table, _, _) in _FTS.items():
            conn.execute(f"INSERT INTO [{fts}] ([{fts}]) VALUES ('integrity-check')")
            vocab = f"temp.[{fts}_instances]"
            conn.execute(f"CREATE VIRTUAL TABLE {vocab} USING fts5vocab(main, [{fts}], instance)")
            for row in conn.execute(
                f"SELECT t.id, v.col, v.offset, v.term FROM {vocab} v "
                f"JOIN [{table}] t ON t.rowid = v.doc ORDER BY 1, 2, 3"
            ):
                yield f"{fts} {row!r}"
    finally:
        conn.close()
