"""Results kept in one SQLite file, keyed by a hash of their input and of the code that made them.

The design of every cache in timeline (the extraction cache,
:mod:`timeline.extract.cache`, and the build's caches of validated event files,
:mod:`timeline.events_cache`, and of documents, :mod:`timeline.documents_cache`):
an entry's key is the SHA-256 of what the result
was computed from (a file's bytes, a document's text and metadata) and of a
*code version*, :func:`code_version`, a hash of the source and data files the
computation runs on and of the versions of the libraries it uses. So editing a
rule, a data file or the model changes every key and a stale result is never
read; deleting the file is always safe. Each cache is one table
``(key, name, result)`` of the file (``.timeline-cache.db`` by convention), so
several caches can share it; ``result`` is zlib-compressed JSON text.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from .errors import TimelineError

__all__ = ["KeyedCache", "code_version"]

_PACKAGE = Path(__file__).resolve().parent
#: Keys looked up per query by :meth:`KeyedCache.get_many` (SQLite allows 32,766 parameters).
_BATCH = 500
#: The largest JSON text an entry may unpack to. A cache file is not trusted: an entry
#: that inflates past this (a planted "zip bomb"), or is not zlib data or UTF-8, is read
#: as missing and its result made again. Far above any real entry (an article's text).
MAX_ENTRY_BYTES = 256 * 1024 * 1024


def code_version(parts: Iterable[str], libraries: Iterable[str]) -> str:
    """A hash of these files and folders of the package and of these libraries' versions."""
    digest = hashlib.sha256()
    for name in parts:
        root = _PACKAGE / name
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts:
                digest.update(str(f.relative_to(_PACKAGE)).encode())
                digest.update(f.read_bytes())
    for library in libraries:
        try:
            digest.update(f"{library}=={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(library.encode())
    return digest.hexdigest()[:16]


class KeyedCache:
    """One table of a SQLite cache file: JSON results by key, each with a name for people.

    ``table`` and ``name_column`` name the table and the column saying what each
    entry is of (a document id, a file name); ``error`` is the
    :class:`~timeline.errors.TimelineError` raised when the file cannot be opened.
    """

    def __init__(
        self, path: str | Path, table: str, name_column: str, error: type[TimelineError]
    ) -> None:
        self.path = Path(path)
        self._table, self._name, self._error = table, name_column, error
        #: Why the file could not be read, once a read failed (a damaged file: "database
        #: disk image is malformed"); every entry then reads as missing and nothing is
        #: written, so the caller's work is done without the cache.
        self.problem: str | None = None
        try:
            self._conn = sqlite3.connect(str(self.path), timeout=30)
            self._conn.execute(
                f"CREATE TABLE IF NOT EXISTS {table} "
                f"(key TEXT PRIMARY KEY, {name_column} TEXT NOT NULL, result BLOB NOT NULL)"
            )
        except sqlite3.Error as exc:
            raise error(
                f"{self.path}: cannot open the cache ({exc}); delete the file or give another path"
            ) from exc

    def get_text(self, key: str) -> str | None:
        """The JSON text stored under ``key``, or ``None``."""
        rows = self._rows(f"SELECT result FROM {self._table} WHERE key = ?", [key])
        return self._entry(rows[0][0]) if rows else None

    def _rows(self, query: str, params: list[str]) -> list[tuple[object, ...]]:
        """The rows of ``query``; none once the file proved unreadable (:attr:`problem`)."""
        if self.problem is not None:
            return []
        try:
            return self._conn.execute(query, params).fetchall()
        except sqlite3.DatabaseError as exc:
            self.problem = (
                f"{self.path}: cannot read the cache ({exc}); delete the file or give another path"
            )
            return []

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        """The JSON text of every key of ``keys`` that has an entry."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, str] = {}
        for i in range(0, len(wanted), _BATCH):
            batch = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(batch))
            query = f"SELECT key, result FROM {self._table} WHERE key IN ({marks})"
            for key, blob in self._rows(query, batch):
                text = self._entry(blob)
                if text is not None:
                    found[str(key)] = text
        return found

    def known(self, keys: Iterable[str]) -> set[str]:
        """The keys of ``keys`` that have an entry (their results are not read)."""
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        for i in range(0, len(wanted), _BATCH):
            batch = wanted[i : i + _BATCH]
            marks = ",".join("?" * len(batch))
            query = f"SELECT key FROM {self._table} WHERE key IN ({marks})"
            found.update(str(key) for (key,) in self._rows(query, batch))
        return found

    def put_text(self, key: str, name: str, text: str) -> None:
        """Store JSON text under ``key`` (written by :meth:`commit`)."""
        self.put_packed(key, name, self.packed(text))

    @staticmethod
    def packed(text: str) -> bytes:
        """JSON text as an entry stores it (compressed): what :meth:`put_packed` takes, made
        where it is cheapest (a worker process)."""
        return zlib.compress(text.encode())

    @staticmethod
    def unpacked(blob: bytes) -> str:
        """The JSON text of :meth:`packed` bytes."""
        return zlib.decompress(blob).decode()

    @staticmethod
    def _entry(blob: object) -> str | None:
        """A stored entry's JSON text; ``None`` when it is damaged or planted (not zlib
        data, not UTF-8, or larger than :data:`MAX_ENTRY_BYTES` once unpacked)."""
        if not isinstance(blob, bytes):
            return None
        inflate = zlib.decompressobj()
        try:
            data = inflate.decompress(blob, MAX_ENTRY_BYTES)
            if inflate.unconsumed_tail or not inflate.eof:
                return None
            return data.decode()
        except (zlib.error, UnicodeDecodeError):
            return None

    def put_packed(self, key: str, name: str, blob: bytes) -> None:
        """Store :meth:`packed` JSON text under ``key`` (written by :meth:`commit`)."""
        self.put_packed_many([(key, name, blob)])

    def put_packed_many(self, entries: Iterable[tuple[str, str, bytes]]) -> None:
        """Store each ``(key, name, packed JSON text)`` of ``entries`` in one statement
        (written by :meth:`commit`): a build stores thousands at once. Nothing once the
        file proved unreadable (:attr:`problem`): a damaged file is not written to."""
        if self.problem is not None:
            return
        with self._writing():
            self._conn.executemany(
                f"INSERT OR REPLACE INTO {self._table} (key, {self._name}, result) "
                "VALUES (?, ?, ?)",
                entries,
            )

    def commit(self) -> None:
        """Write what :meth:`put_text` stored."""
        if self.problem is not None:
            return
        with self._writing():
            self._conn.commit()

    def close(self) -> None:
        """Commit and close the file."""
        try:
            self.commit()
        finally:
            self._conn.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise self._error(
                f"{self.path}: cannot write the cache ({exc}): free some space, or delete "
                "the file, or give another path"
            ) from exc

    def __len__(self) -> int:
        rows = self._rows(f"SELECT count(*) FROM {self._table}", [])
        return int(str(rows[0][0])) if rows else 0
