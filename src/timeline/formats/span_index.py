"""The span index: where each event's bytes are in every export file of the last build.

A SQLite file the build keeps beside its cache (``<cache>-exports.sqlite``),
read and written by :mod:`timeline.formats.splice`. It holds

* ``meta``: the version key of the code and data that rendered the exports
  (:func:`version_key`), the render options, the agreements (a spliced
  event's iCalendar description names its agreement), and the number of events;
* ``events``: every event's order key (:func:`~.contract.event_key`), to find
  where a changed or removed event was;
* ``files``: per export file, its format, the size, inode and modification
  time it had when written (a file changed since, by hand or by a build
  that did not finish, no longer matches and the splice is refused) and the
  bytes of its frame;
* ``sections``: per section of a file, its layout (separator, opener, closer,
  order), each item's length and auxiliary text, and the digest of its keys;
* ``keys``: the keys of the sections by digest, each list stored and read once
  (most files list every event in the same order: eight sections of 100,000
  events held the same 4.8 MB of keys);
* ``ledger``: every entry of the calendars' sequence ledger
  (:mod:`timeline.ics.ledger`) as the ledger file holds it, and the entry's
  length in bytes there, so a splice reads and writes the changed events'
  entries only and copies the rest of the file (the file, written with the
  exports, stays what subscribers and git see; the index is checked against
  its size and modification time before use).

An index that is missing, unreadable, of another version or that does not
describe the files on disk is never used: the exports are then rendered in
full, and the index written again.
"""

from __future__ import annotations

import hashlib
import sqlite3
from array import array
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from ..errors import ExportError
from ..ics.ledger import LedgerRow, Revision, revision_of
from .contract import Section, SpannedFile

__all__ = ["FileEntry", "IndexProblem", "LedgerPlace", "SpanIndex", "file_stat", "version_key"]

#: Layout of the index file; another one is refused.
INDEX_FORMAT = 3

#: The bytes of one item's length in a section's ``lengths`` (an ``array("Q")``).
_LENGTH_SIZE = array("Q").itemsize

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE events (id TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE files (
    path TEXT PRIMARY KEY, format TEXT NOT NULL, stat TEXT NOT NULL,
    part_lengths TEXT NOT NULL, parts BLOB NOT NULL
);
CREATE TABLE sections (
    path TEXT NOT NULL, number INTEGER NOT NULL, layout TEXT NOT NULL,
    lengths BLOB NOT NULL, keys TEXT NOT NULL, aux BLOB,
    PRIMARY KEY (path, number)
);
CREATE TABLE keys (digest TEXT PRIMARY KEY, keys BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE ledger (
    id TEXT PRIMARY KEY, hash TEXT NOT NULL, sequence INTEGER NOT NULL,
    created TEXT NOT NULL, modified TEXT NOT NULL, length INTEGER NOT NULL
) WITHOUT ROWID;
"""


class IndexProblem(Exception):
    """Why the index cannot be used (said to the build's progress, never raised to users)."""


@cache
def version_key() -> str:
    """A digest of every file of the installed package (code, data, templates).

    Any change of how the exports are written changes it, so an index written
    by other code is refused rather than trusted.
    """
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            digest.update(path.read_bytes())
    return f"{INDEX_FORMAT}:{digest.hexdigest()}"


def file_stat(path: Path) -> str:
    """A file's size, inode and modification time: what a rewrite of it changes."""
    found = path.stat()
    return f"{found.st_size} {found.st_ino} {found.st_mtime_ns}"


@dataclass(slots=True)
class FileEntry:
    """One export file as the index holds it: sections without their bytes."""

    path: str
    format: str
    stat: str
    spanned: SpannedFile


def _layout(section: Section) -> str:
    return orjson.dumps(
        {
            "separator": section.separator.hex(),
            "opener": section.opener.hex(),
            "closer": section.closer.hex(),
            "by_event_key": section.by_event_key,
            "descending": section.descending,
            "limit": section.limit,
            "numbered": section.numbered.hex() if section.numbered is not None else None,
            "tail": section.tail,
        }
    ).decode()


def _section(
    layout: str, lengths: bytes, keys: list[str], aux: bytes | None, digest: str
) -> Section:
    found: dict[str, Any] = orjson.loads(layout)
    sizes = array("Q")
    sizes.frombytes(lengths)
    return Section(
        [],
        sizes,
        keys,
        (aux.decode().split("\n") if aux else []) if aux is not None else None,
        bytes.fromhex(found["separator"]),
        bytes.fromhex(found["opener"]),
        bytes.fromhex(found["closer"]),
        found["by_event_key"],
        found["descending"],
        found["limit"],
        bytes.fromhex(found["numbered"]) if found["numbered"] is not None else None,
        found["tail"],
        digest,
    )


@dataclass(frozen=True, slots=True)
class LedgerPlace:
    """Where an event's entry is, or would go, in the ledger file: after ``before``
    entries of ``bytes_before`` bytes in all (separators not counted); ``length``, that
    of its entry (``None``: the ledger has none)."""

    event_id: str
    before: int
    bytes_before: int
    length: int | None


class SpanIndex:
    """An open span index (see the module docstring)."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection

    @classmethod
    def create(cls, path: Path) -> SpanIndex:
        """A new, empty index at ``path`` (an existing one is replaced)."""
        for stale in (path, Path(f"{path}-journal")):
            stale.unlink(missing_ok=True)
        try:
            connection = sqlite3.connect(path, isolation_level=None)
            connection.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise ExportError(f"cannot write the span index {path}: {exc}") from None
        return cls(path, connection)

    @classmethod
    def open(cls, path: Path) -> SpanIndex:
        """The index at ``path``; :class:`IndexProblem` when it is missing or unreadable."""
        if not path.is_file():
            raise IndexProblem(f"no span index at {path}")
        try:
            connection = sqlite3.connect(path, isolation_level=None)
            connection.execute("SELECT count(*) FROM meta").fetchone()
        except sqlite3.Error as exc:
            raise IndexProblem(f"the span index {path} cannot be read ({exc})") from None
        return cls(path, connection)

    def close(self) -> None:
        self._db.close()

    def meta(self) -> dict[str, Any]:
        try:
            return {k: orjson.loads(v) for k, v in self._db.execute("SELECT key, value FROM meta")}
        except (sqlite3.Error, orjson.JSONDecodeError) as exc:
            raise IndexProblem(f"the span index {self.path} is damaged ({exc})") from None

    def files(self, keys_of: Callable[[str], bool] | None = None) -> dict[str, FileEntry]:
        """Every file the index describes, by path under ``exports/``.

        ``keys_of``: whether a file's sections' keys are read (``None``: every
        file's are). The others' sections hold one empty string per item in place of
        their keys, and the digest of the stored list (:meth:`write` keeps the
        list by that digest): their lengths, layout and auxiliary texts are read,
        enough to count their items and compute a frame, and a splice that must
        change such a file reads it again with its keys.
        """
        try:
            out: dict[str, FileEntry] = {}
            for path, fmt, stat, part_lengths, parts in self._db.execute(
                "SELECT path, format, stat, part_lengths, parts FROM files"
            ):
                cut, at = [], 0
                for length in orjson.loads(part_lengths):
                    cut.append(bytes(parts[at : at + length]))
                    at += length
                out[path] = FileEntry(path, fmt, stat, SpannedFile(cut))
            rows = self._db.execute(
                "SELECT path, number, layout, lengths, keys, aux FROM sections "
                "ORDER BY path, number"
            ).fetchall()
            # a list of keys several sections hold is read once
            wanted = {row[4] for row in rows if keys_of is None or keys_of(row[0])}
            decoded = self._keys(wanted)
            for path, _number, layout, lengths, digest, aux in rows:
                keys = decoded.get(digest)
                if keys is None:
                    if digest in wanted:
                        raise KeyError(digest)
                    keys = [""] * (len(lengths) // _LENGTH_SIZE)
                section = _section(layout, lengths, keys, aux, digest)
                out[path].spanned.sections.append(section)
        except (sqlite3.Error, orjson.JSONDecodeError, KeyError, ValueError) as exc:
            raise IndexProblem(f"the span index {self.path} is damaged ({exc})") from None
        for entry in out.values():
            if len(entry.spanned.parts) != len(entry.spanned.sections) + 1:
                raise IndexProblem(f"the span index {self.path} is damaged ({entry.path})")
        return out

    def _keys(self, digests: Collection[str]) -> dict[str, list[str]]:
        """The stored lists of keys of these digests."""
        wanted = sorted(digests)
        out: dict[str, list[str]] = {}
        for at in range(0, len(wanted), 500):
            batch = wanted[at : at + 500]
            marks = ",".join("?" * len(batch))
            for digest, keys in self._db.execute(
                f"SELECT digest, keys FROM keys WHERE digest IN ({marks})", batch
            ):
                out[digest] = keys.decode().split("\n") if keys else []
        return out

    def holding(self, ids: Iterable[str], among: Callable[[str], bool]) -> set[str]:
        """The files ``among`` those the index describes whose sections hold an item of
        any of ``ids`` (every key ends with ``"\\0"`` and the event's id): each list of
        keys those files hold is read once as bytes and searched, never split."""
        needles = [b"\0" + i.encode() for i in ids]
        out: set[str] = set()
        try:
            by_digest: dict[str, list[str]] = {}
            for path, digest in self._db.execute("SELECT path, keys FROM sections"):
                if among(path):
                    by_digest.setdefault(digest, []).append(path)
            for digest, paths in by_digest.items():
                found = self._db.execute(
                    "SELECT keys FROM keys WHERE digest = ?", (digest,)
                ).fetchone()
                if found is None:
                    raise IndexProblem(f"the span index {self.path} is damaged ({digest})")
                data = bytes(found[0]) + b"\n"
                if any(needle + b"\n" in data for needle in needles):
                    out.update(paths)
        except sqlite3.Error as exc:
            raise IndexProblem(f"the span index {self.path} is damaged ({exc})") from None
        return out

    def count_events(self) -> int:
        """How many events the exports hold."""
        try:
            found: int = self._db.execute("SELECT count(*) FROM events").fetchone()[0]
        except sqlite3.Error as exc:
            raise IndexProblem(f"the span index {self.path} is damaged ({exc})") from None
        return found

    def event_keys(self, ids: Iterable[str]) -> dict[str, str]:
        """The recorded order key of each of ``ids`` the index knows."""
        wanted = list(ids)
        out: dict[str, str] = {}
        for at in range(0, len(wanted), 500):
            batch = wanted[at : at + 500]
            marks = ",".join("?" * len(batch))
            query = f"SELECT id, key FROM events WHERE id IN ({marks})"
            out.update(self._db.execute(query, batch))
        return out

    def ledger_revisions(self, ids: Iterable[str]) -> dict[str, Revision]:
        """The ledger's revision of each of ``ids`` it holds."""
        wanted = list(ids)
        out: dict[str, Revision] = {}
        try:
            for at in range(0, len(wanted), 500):
                batch = wanted[at : at + 500]
                marks = ",".join("?" * len(batch))
                query = (
                    "SELECT id, hash, sequence, created, modified FROM ledger "
                    f"WHERE id IN ({marks})"
                )
                for event_id, hash_, sequence, created, modified in self._db.execute(query, batch):
                    entry = {
                        "hash": hash_, "sequence": sequence, "created": created,
                        "modified": modified,
                    }  # fmt: skip
                    out[event_id] = revision_of(entry)
        except sqlite3.Error as exc:
            raise IndexProblem(f"the span index {self.path} is damaged ({exc})") from None
        return out

    def ledger_size(self) -> tuple[int, int]:
        """How many entries the ledger holds, and their bytes in all."""
        try:
            count, total = self._db.execute(
                "SELECT count(*), CAST(total(length) AS INTEGER) FROM ledger"
            ).fetchone()
        except sqlite3.Error as exc:
            raise IndexProblem(f"the span index {self.path} is damaged ({exc})") from None
        return int(count), int(total)

    def ledger_has_legacy_hashes(self) -> bool:
        """Whether an entry still holds a format-1 hash (``sha256:``)."""
        try:
            found = self._db.execute(
                "SELECT 1 FROM ledger WHERE substr(hash, 1, 7) = 'sha256:' LIMIT 1"
            ).fetchone()
        except sqlite3.Error as exc:
            raise IndexProblem(f"the span index {self.path} is damaged ({exc})") from None
        return found is not None

    def ledger_places(self, ids: Iterable[str]) -> list[LedgerPlace]:
        """Where each of ``ids`` is or goes in the ledger file, in the file's order.

        The entries before each are counted from the previous one on, so the
        rows read are those up to the last of ``ids``, each once, in SQLite.
        """
        places: list[LedgerPlace] = []
        before = bytes_before = 0
        previous: str | None = None
        try:
            for event_id in sorted(set(ids)):
                args: tuple[str, ...]
                if previous is None:
                    query, args = "WHERE id < ?", (event_id,)
                else:
                    query, args = "WHERE id >= ? AND id < ?", (previous, event_id)
                count, total = self._db.execute(
                    f"SELECT count(*), CAST(total(length) AS INTEGER) FROM ledger {query}", args
                ).fetchone()
                before, bytes_before = before + count, bytes_before + total
                found = self._db.execute(
                    "SELECT length FROM ledger WHERE id = ?", (event_id,)
                ).fetchone()
                places.append(
                    LedgerPlace(event_id, before, bytes_before, None if found is None else found[0])
                )
                previous = event_id
        except sqlite3.Error as exc:
            raise IndexProblem(f"the span index {self.path} is damaged ({exc})") from None
        return places

    def write(
        self,
        meta: Mapping[str, Any],
        files: Iterable[FileEntry],
        *,
        removed_files: Iterable[str] = (),
        events: Iterable[tuple[str, str]] = (),
        removed_events: Iterable[str] = (),
        ledger: Iterable[LedgerRow] = (),
        stats: Callable[[], Mapping[str, str]] | None = None,
    ) -> None:
        """Record (or replace) these entries in one transaction.

        ``stats``, when given, is called before the commit and gives the stat of
        each file by path (files still being written when the entries are
        recorded): the entries are recorded with it, and nothing is if it raises."""
        db = self._db
        digests: dict[int, tuple[list[str], str]] = {}
        try:
            db.execute("BEGIN")
            db.executemany("INSERT OR REPLACE INTO ledger VALUES (?, ?, ?, ?, ?, ?)", ledger)
            db.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [(k, orjson.dumps(v).decode()) for k, v in meta.items()],
            )
            db.executemany("DELETE FROM events WHERE id = ?", [(i,) for i in removed_events])
            db.executemany("INSERT OR REPLACE INTO events VALUES (?, ?)", events)
            for path in removed_files:
                db.execute("DELETE FROM files WHERE path = ?", (path,))
                db.execute("DELETE FROM sections WHERE path = ?", (path,))
            for entry in files:
                parts = entry.spanned.parts
                db.execute(
                    "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                    (
                        entry.path,
                        entry.format,
                        entry.stat,
                        orjson.dumps([len(p) for p in parts]).decode(),
                        b"".join(parts),
                    ),
                )
                db.execute("DELETE FROM sections WHERE path = ?", (entry.path,))
                db.executemany(
                    "INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            entry.path,
                            number,
                            _layout(s),
                            s.lengths.tobytes(),
                            s.digest or self._keys_digest(s.keys, digests),
                            "\n".join(s.aux).encode() if s.aux is not None else None,
                        )
                        for number, s in enumerate(entry.spanned.sections)
                    ],
                )
            db.execute("DELETE FROM keys WHERE digest NOT IN (SELECT keys FROM sections)")
            if stats is not None:
                db.executemany(
                    "UPDATE files SET stat = ? WHERE path = ?",
                    [(stat, path) for path, stat in stats().items()],
                )
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise ExportError(f"cannot write the span index {self.path}: {exc}") from None
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _keys_digest(self, keys: list[str], digests: dict[int, tuple[list[str], str]]) -> str:
        """Store a section's keys once (by digest); the digest. ``digests`` remembers the
        lists already stored by this write (a list several sections share is joined once)."""
        known = digests.get(id(keys))
        if known is not None and known[0] is keys:
            return known[1]
        data = "\n".join(keys).encode()
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        self._db.execute("INSERT OR IGNORE INTO keys VALUES (?, ?)", (digest, data))
        digests[id(keys)] = (keys, digest)
        return digest


def stat_or_none(path: Path) -> str | None:
    """:func:`file_stat`, ``None`` for a missing file."""
    try:
        return file_stat(path)
    except OSError:
        return None
