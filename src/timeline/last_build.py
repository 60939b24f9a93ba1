"""What the last build read and wrote, kept in its cache: the next build reads what changed.

A build after one edit of 100,000 event files must not rebuild the 99,999
records it already validated (docs/history/scale-log.md, "An incremental build"). It needs,
of every file, the stat and key it had when read and the record it held; of
every event, what a full build takes from the events around it: the rows of
``actors`` and ``places`` come from the first events naming them. This index
keeps them, as tables of the build's cache file (``.timeline-cache.db``
beside the database by default, :mod:`timeline.events_cache`):

``last_build_facts(name, value)``
    the database the build wrote (its path and identity: inode, device, size and
    modification time after the switch), the events folder, the versions of the
    validating and store code, and digests of the corpus and of the proposals'
    ledger: a next build takes the incremental path only when all are as now;
``last_build_files(path, stat, key, record, digest)``
    each file of events/ (relative path), the :func:`~timeline.events_cache.file_stat`
    and :meth:`~timeline.events_cache.EventFileCache.key` it had when read (``stat``
    is ``NULL`` when too recent to be trusted), the record it holds (an event id, or
    ``agreement:<id>``) and the event's digest (its key, or with the links dropped
    from it: :class:`~timeline.event_files.Origin`);
``last_build_actors(actor_id, sort_key, event_id, position, name, type, country, title)``
    each participant of each event, as the row of ``actors`` it would give, and the
    event's date sort key;
``last_build_places(place_id, sort_key, event_id, row)``
    each event's place, as the row of ``places`` it would give;
``last_build_folders(folder, digest, files)``
    each folder of events/ holding files (relative, ``""`` for the top): the
    :func:`~timeline.events_cache.folder_digest` of its files' names and stats as
    ``last_build_files`` keeps them (``NULL`` when one is not trusted), and how many
    they are. A build after an edit compares each folder's listing with it, and reads
    the rows of the files of the few folders that differ
    (:func:`timeline.event_changes.load_changes`): not 100,000 rows of stats.

``last_build_layout(version)`` says the layout of these tables; an index of another
layout is dropped when opened. The tables are written in one transaction committed
after the build's outputs are switched in, with the identity of the database then
published; a build that fails or is killed leaves the facts of the build before,
whose database is no longer there, so the next build is a full one. Deleting the
cache file is always safe.
The file is no more trusted than the rest of the cache: what it says of a file is
used only while the file's stat is the same, the records of changed files are
validated as in a full build, and an actor's or place's row read back must be the
one its model gives (else the index reads as damaged and the build is a full one).
"""

from __future__ import annotations

import json
import operator
import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .collection import Timeline
from .collector import cycle_collection_paused
from .errors import DataError
from .event_files import Origin
from .events_cache import folder_digest, split_path
from .model import Event, Location, Participant
from .store.rows import actor_row, default_actor_row, place_id, place_row

__all__ = ["LastBuild", "database_identity"]

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS last_build_facts (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS last_build_files (path TEXT PRIMARY KEY, stat TEXT, "
    "key TEXT NOT NULL, record TEXT NOT NULL, digest TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS last_build_actors (actor_id TEXT NOT NULL, sort_key TEXT NOT "
    "NULL, event_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT, type TEXT NOT NULL, "
    "country TEXT, title TEXT, PRIMARY KEY (actor_id, sort_key, event_id, position)) "
    "WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS last_build_places (place_id TEXT NOT NULL, sort_key TEXT NOT "
    "NULL, event_id TEXT NOT NULL, row TEXT NOT NULL, PRIMARY KEY (place_id, sort_key, "
    "event_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS last_build_folders (folder TEXT PRIMARY KEY, digest TEXT, "
    "files INTEGER NOT NULL)",
)
#: The layout of the tables: an index of another layout (older code) is dropped on opening.
_LAYOUT = "3"
_TABLES = (
    "last_build_facts",
    "last_build_files",
    "last_build_actors",
    "last_build_places",
    "last_build_folders",
)
_EVENT_TABLES = ("last_build_actors", "last_build_places")
_IN = "IN (SELECT value FROM json_each(?))"
_key_of_actor = operator.itemgetter(0, 1, 2, 3)
_key_of_place = operator.itemgetter(0, 1, 2)
_ACTOR_COLUMNS = ("id", "name", "type", "country", "title")
#: An actor's first participant (in the events' order) with a title, and its first: the row
#: a full build gives it (:func:`~timeline.store.chosen_actor_rows`: a title that is empty is
#: none).
_FIRST_WITH_TITLE = (
    "SELECT actor_id, name, type, country, title FROM last_build_actors WHERE actor_id = ? "
    "AND title IS NOT NULL AND title != '' ORDER BY sort_key, event_id, position LIMIT 1"
)
_FIRST = (
    "SELECT actor_id, name, type, country, title FROM last_build_actors WHERE actor_id = ? "
    "ORDER BY sort_key, event_id, position LIMIT 1"
)


class _Occurrence(NamedTuple):
    """A participant as the index keeps it: the row of ``actors`` it gives."""

    id: str
    name: str | None
    type: str
    country: str | None
    title: str | None


def database_identity(db_path: str | Path) -> str:
    """The path of a database and what tells its file from any other written there: inode,
    device, size and modification time (``""`` when there is none)."""
    path = os.path.abspath(db_path)
    try:
        info = os.stat(path)
    except OSError:
        return ""
    return f"{path} {info.st_ino}:{info.st_dev}:{info.st_size}:{info.st_mtime_ns}"


class LastBuild:
    """The index of the last build, in the tables ``last_build_*`` of a SQLite file.

    Raises :class:`~timeline.errors.DataError` when the file cannot be opened.
    Nothing written is kept until :meth:`commit`.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            # a build uses it from one thread at a time, the database update's while the
            # exports are spliced (timeline.build), so not only from the thread that opened it
            self._conn = sqlite3.connect(
                str(self.path), timeout=30, isolation_level=None, check_same_thread=False
            )
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS last_build_layout (version TEXT NOT NULL)"
            )
            if [r for (r,) in self._conn.execute("SELECT version FROM last_build_layout")] != [
                _LAYOUT
            ]:
                self._conn.execute("BEGIN IMMEDIATE")
                for table in _TABLES:
                    self._conn.execute(f"DROP TABLE IF EXISTS {table}")
                self._conn.execute("DELETE FROM last_build_layout")
                self._conn.execute("INSERT INTO last_build_layout VALUES (?)", [_LAYOUT])
                self._conn.execute("COMMIT")
            for statement in _SCHEMA:
                self._conn.execute(statement)
        except sqlite3.Error as exc:
            raise DataError(f"{self.path}: cannot open the build's index ({exc})") from exc

    def facts(self) -> dict[str, str]:
        """What the last build recorded of itself (empty when none did)."""
        return dict(self._conn.execute("SELECT name, value FROM last_build_facts"))

    def folders(self) -> dict[str, tuple[str | None, int]]:
        """Each folder holding files the last build read (relative, ``""`` for the top) ->
        the :func:`~timeline.events_cache.folder_digest` of their stats then, and how many
        they were (:class:`timeline.event_changes.KnownFiles`)."""
        return {
            folder: (digest, files)
            for folder, digest, files in self._conn.execute(
                "SELECT folder, digest, files FROM last_build_folders"
            )
        }

    def stats_under(self, folders: Iterable[str]) -> dict[str, str | None]:
        """The files the last build read in these folders (not in their subfolders):
        relative path -> its stat then (``None``: not trusted). A folder's rows are a range
        of the table's key."""
        found: dict[str, str | None] = {}
        for folder in folders:
            for path, stat in self._files_in(folder):
                found[path] = stat
        return found

    def _files_in(self, folder: str) -> list[tuple[str, str | None]]:
        """The rows (path, stat) of the files of one folder, not of its subfolders."""
        if not folder:
            return list(
                self._conn.execute(
                    "SELECT path, stat FROM last_build_files WHERE instr(path, ?) = 0", [os.sep]
                )
            )
        low, high = folder + os.sep, folder + chr(ord(os.sep) + 1)
        cut = len(low)
        return [
            (path, stat)
            for path, stat in self._conn.execute(
                "SELECT path, stat FROM last_build_files WHERE path > ? AND path < ?", [low, high]
            )
            if os.sep not in path[cut:]
        ]

    def _record_folders(self, folders: Iterable[str] | None) -> None:
        """Make the rows of ``last_build_folders`` of these folders (``None``: of every
        folder) from the rows of their files."""
        by_folder: dict[str, list[tuple[str, str | None]]] = {}
        if folders is None:
            self._conn.execute("DELETE FROM last_build_folders")
            for path, stat in self._conn.execute("SELECT path, stat FROM last_build_files"):
                folder, name = split_path(path)
                by_folder.setdefault(folder, []).append((name, stat))
        else:
            chosen = sorted(set(folders))
            self._conn.execute(
                f"DELETE FROM last_build_folders WHERE folder {_IN}", [json.dumps(chosen)]
            )
            for folder in chosen:
                files = [(split_path(p)[1], s) for p, s in self._files_in(folder)]
                if files:
                    by_folder[folder] = files
        self._conn.executemany(
            "INSERT INTO last_build_folders VALUES (?, ?, ?)",
            [(f, folder_digest(files), len(files)) for f, files in sorted(by_folder.items())],
        )

    def files_at(self, paths: Iterable[str]) -> dict[str, tuple[str | None, str, str, str]]:
        """The rows of these files (those the last build read): path -> (stat, key, record,
        digest)."""
        return {
            path: (stat, key, record, digest)
            for path, stat, key, record, digest in self._conn.execute(
                f"SELECT path, stat, key, record, digest FROM last_build_files WHERE path {_IN}",
                [json.dumps(sorted(paths))],
            )
        }

    def records(self, among: Iterable[str], *, outside: Iterable[str]) -> set[str]:
        """Which of the records ``among`` (event ids, ``agreement:<id>``) a file the last
        build read holds, other than the files ``outside`` (relative paths)."""
        return {
            record
            for (record,) in self._conn.execute(
                f"SELECT record FROM last_build_files WHERE record {_IN} AND path NOT {_IN}",
                [json.dumps(sorted(among)), json.dumps(sorted(outside))],
            )
        }

    def counts(self, *, outside: Iterable[str]) -> tuple[int, int]:
        """How many events and agreements the files the last build read hold, other than
        the files ``outside``."""
        files, agreements = self._conn.execute(
            "SELECT count(*), coalesce(sum(substr(record, 1, 10) = 'agreement:'), 0) "
            f"FROM last_build_files WHERE path NOT {_IN}",
            [json.dumps(sorted(outside))],
        ).fetchone()
        return files - agreements, agreements

    def dropped_links(self) -> bool:
        """Whether the last build dropped links to rejected proposals from an event (its
        digest is then not its file's key: :class:`~timeline.event_files.Origin`)."""
        return bool(
            self._conn.execute(
                "SELECT EXISTS (SELECT 1 FROM last_build_files WHERE key != digest)"
            ).fetchone()[0]
        )

    def record_all(
        self, root: str | Path, timeline: Timeline, origins: Mapping[str, Origin]
    ) -> None:
        """Replace the index with the files and events of a full build (``origins`` by record:
        event id or ``agreement:<id>``, as :func:`~timeline.curated.load_with_files` gives)."""
        self._begin()
        for table in _TABLES[1:]:
            self._conn.execute(f"DELETE FROM {table}")
        with cycle_collection_paused():  # 400,000 rows of tuples at 100,000 events
            self._add_files(root, origins.items())
            self._add_events(timeline.events)
            self._record_folders(None)

    def record_changes(
        self,
        root: str | Path,
        changed: Mapping[str, Origin],
        events: Iterable[Event],
        gone_paths: Iterable[str],
        gone_events: Iterable[str],
    ) -> None:
        """Bring the index to the state after a few changes: ``changed`` (record -> origin)
        the files read again, ``events`` the events added or edited, ``gone_paths`` the
        files removed or read again, ``gone_events`` the ids whose events are removed or
        edited."""
        self._begin()
        gone_paths = sorted(gone_paths)
        paths = json.dumps(gone_paths)
        self._conn.execute(f"DELETE FROM last_build_files WHERE path {_IN}", [paths])
        ids = json.dumps(sorted(gone_events))
        for table in _EVENT_TABLES:
            self._conn.execute(f"DELETE FROM {table} WHERE event_id {_IN}", [ids])
        top = len(str(root)) + 1
        added = [o.file[top:] for o in changed.values()]
        self._add_files(root, changed.items())
        self._add_events(events)
        self._record_folders(split_path(path)[0] for path in [*gone_paths, *added])

    def _begin(self) -> None:
        """Start the transaction :meth:`commit` ends (the file is locked for writing until
        then: the caches of the same file are written before)."""
        if not self._conn.in_transaction:
            self._conn.execute("BEGIN IMMEDIATE")

    def _add_files(self, root: str | Path, origins: Iterable[tuple[str, Origin]]) -> None:
        top = len(str(root)) + 1
        self._conn.executemany(
            "INSERT INTO last_build_files VALUES (?, ?, ?, ?, ?)",
            (
                (o.file[top:], o.stat, o.key, record, o.digest)
                for record, o in origins
                if o.key is not None and o.digest is not None
            ),
        )

    def _add_events(self, events: Iterable[Event]) -> None:
        """Insert the events' participants and places, in the order of the tables' keys (one
        B-tree each, filled in order; an event's rows are found by a scan when it goes)."""
        actors: list[tuple[Any, ...]] = []
        places: list[tuple[str, str, str, str]] = []
        for e in events:
            key = e.date.sort_key
            for position, p in enumerate(e.participants):
                row = actor_row(p)
                actors.append((p.id, key, e.id, position, *(row[c] for c in _ACTOR_COLUMNS[1:])))
            if e.location is not None:
                places.append((place_id(e.location), key, e.id, json.dumps(place_row(e.location))))
        actors.sort(key=_key_of_actor)
        places.sort(key=_key_of_place)
        self._conn.executemany(
            "INSERT INTO last_build_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)", actors
        )
        self._conn.executemany("INSERT INTO last_build_places VALUES (?, ?, ?, ?)", places)

    def actor_rows_of(self, ids: set[str], parties: set[str]) -> dict[str, dict[str, Any]]:
        """The rows of ``actors`` a full build of the indexed events gives these actors (as
        :func:`timeline.store.actor_rows`): their participants' first row with a title,
        else their first; for one no participant names, the default row when it is an
        agreement's party (``parties``) or the country another actor acts for."""
        found = self._chosen(ids)
        missing = ids - found.keys()
        if missing:
            candidates = {
                a
                for (a,) in self._conn.execute(
                    f"SELECT DISTINCT actor_id FROM last_build_actors WHERE country {_IN}",
                    [json.dumps(sorted(missing))],
                )
            }
            acted_for = {row["country"] for row in self._chosen(candidates).values()}
            for code in missing:
                if code in parties or code in acted_for:
                    found[code] = default_actor_row(code)
        return found

    def _chosen(self, ids: set[str]) -> dict[str, dict[str, Any]]:
        """What :func:`~timeline.store.chosen_actor_rows` chooses among each actor's indexed
        participants, in two look-ups of the table's key per actor instead of reading them
        all (a country is named by tens of thousands of events)."""
        rows: dict[str, dict[str, Any]] = {}
        for actor in sorted(ids):
            found = (
                self._conn.execute(_FIRST_WITH_TITLE, [actor]).fetchone()
                or self._conn.execute(_FIRST, [actor]).fetchone()
            )
            if found is not None:
                rows[actor] = _Occurrence._make(found)._asdict()
                _check_row(rows[actor], _actor_row_of)
        return rows

    def place_rows_of(self, ids: set[str]) -> dict[str, dict[str, Any]]:
        """The rows of ``places`` a full build gives these places: their first event's."""
        found: dict[str, dict[str, Any]] = {}
        for place, row in self._conn.execute(
            f"SELECT place_id, row FROM last_build_places WHERE place_id {_IN} "
            "ORDER BY place_id, sort_key, event_id",
            [json.dumps(sorted(ids))],
        ):
            if place not in found:
                place_data = json.loads(row)
                _check_row(place_data, _place_row_of)
                found[place] = place_data
        return found

    def commit(self, facts: Mapping[str, str]) -> None:
        """Keep what was written, with these facts of the build."""
        self._begin()
        self._conn.execute("DELETE FROM last_build_facts")
        self._conn.executemany("INSERT INTO last_build_facts VALUES (?, ?)", sorted(facts.items()))
        self._conn.execute("COMMIT")

    def close(self) -> None:
        """Drop what was not committed, and close the file."""
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        finally:
            self._conn.close()


def _actor_row_of(row: dict[str, Any]) -> dict[str, Any]:
    return actor_row(Participant.model_validate(row))


def _place_row_of(row: dict[str, Any]) -> dict[str, Any]:
    return place_row(Location.model_validate({k: v for k, v in row.items() if k != "id"}))


def _check_row(row: dict[str, Any], made: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """Refuse a row of the index that its model would not give (a planted or damaged
    one: the cache file is not trusted): as a damaged index, so the update in place
    declines and the build takes the full path."""
    try:
        if made(row) != row:
            raise ValueError(row)
    except (ValueError, TypeError, AttributeError) as exc:  # pydantic's errors are ValueErrors
        raise sqlite3.DatabaseError(f"a row of the build's index is not valid: {exc}") from None
