"""The sequence ledger: stable DTSTAMP, LAST-MODIFIED and SEQUENCE across rebuilds.

A subscribed calendar client matches events by UID and decides whether its
copy is out of date by SEQUENCE and then DTSTAMP (RFC 5545 §3.8.7.4 and
§3.8.7.2; RFC 5546 §2.1.5). If those changed on every build, clients would
re-download everything; if they never changed, clients could keep stale
copies. The feeds are also committed and rebuilt in CI, which compares bytes,
so the values must not depend on when the build runs.

The ledger, ``exports/calendars/sequence.json``, remembers for each event id
the hash of the event's calendar content (everything a subscriber sees, see
:func:`timeline.ics.component.content_hash`) and its revision::

    {"format": 2,
     "events": {"2022-03-29-visit-tr-uz": {"hash": "blake2b:…", "sequence": 0,
                                           "created": "2026-11-23T00:00:00Z",
                                           "modified": "2026-11-23T00:00:00Z"}}}

On each build, for each event:

* not in the ledger: SEQUENCE 0, CREATED = LAST-MODIFIED = DTSTAMP = the build day;
* same hash: the recorded revision is reused unchanged (byte-identical output);
* another hash: SEQUENCE + 1, LAST-MODIFIED = DTSTAMP = the build day.

The build day is midnight UTC of the day the build runs (or the day given,
or ``SOURCE_DATE_EPOCH``), so output is a function of the events and the
ledger only. Events that disappear keep their entry, so an event that comes
back later continues its sequence instead of restarting at 0.

Format 1 (until November 2026) held ``sha256:`` hashes of the properties'
JSON (:func:`timeline.ics.component.legacy_content_hash`, about five times
costlier). Format 2 holds ``blake2b:`` hashes of the properties as orjson
writes them (:func:`timeline.ics.component.content_hash`). Both are read;
an entry that still holds a ``sha256:`` hash is migrated the first time its
event is revised: the old-style hash is computed once and compared, and when
it matches, the entry keeps its SEQUENCE, CREATED and LAST-MODIFIED and only
its hash is replaced, so no published SEQUENCE or DTSTAMP changes. Entries of
events that are gone keep their old hash until the event comes back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import orjson

from ..errors import ExportError
from ..files import atomic_path, os_error_message

__all__ = [
    "EMPTY_LEDGER",
    "ENTRY_SEPARATOR",
    "LEDGER_FORMAT",
    "LEDGER_HEAD",
    "LEDGER_TAIL",
    "LEGACY_HASH_PREFIX",
    "Ledger",
    "LedgerRow",
    "Revision",
    "build_day",
    "entry_text",
    "ledger_row",
    "revision_of",
    "write_if_changed",
    "write_pieces_if_changed",
]

#: Version of the ledger file's layout (written); :data:`_READABLE` are read.
LEDGER_FORMAT = 2
_READABLE = (1, 2)

#: How the hashes of format 1 begin; they are migrated when their event is revised.
LEGACY_HASH_PREFIX = "sha256:"

_STAMP = "%Y-%m-%dT%H:%M:%SZ"

#: The ledger file is ``LEDGER_HEAD``, the entries joined by ``ENTRY_SEPARATOR``,
#: ``LEDGER_TAIL``; or ``EMPTY_LEDGER`` without an entry (the splice writes it so too).
LEDGER_HEAD = f'{{\n "format": {LEDGER_FORMAT},\n "events": {{\n'
ENTRY_SEPARATOR = ",\n"
LEDGER_TAIL = "\n }\n}\n"
EMPTY_LEDGER = f'{{\n "format": {LEDGER_FORMAT},\n "events": {{}}\n}}\n'


class Revision(NamedTuple):
    """One event's revision: what SEQUENCE, DTSTAMP, CREATED and LAST-MODIFIED say.

    A named tuple: worker processes send a build's new revisions back by the
    hundred thousand, and a tuple crosses the pipe ten times cheaper than a
    dataclass.
    """

    hash: str
    sequence: int
    created: datetime
    modified: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "hash": self.hash,
            "sequence": self.sequence,
            "created": self.created.strftime(_STAMP),
            "modified": self.modified.strftime(_STAMP),
        }


def build_day(today: date | None = None) -> datetime:
    """Midnight UTC of the build's day: ``today``, else ``SOURCE_DATE_EPOCH``, else now.

    ``SOURCE_DATE_EPOCH`` is the reproducible-builds convention (seconds since
    1970-01-01 UTC) for pinning a build's clock.
    """
    if today is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if epoch:
            try:
                today = datetime.fromtimestamp(int(epoch), UTC).date()
            except ValueError:
                raise ExportError(
                    f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds: unset it or "
                    "give an integer such as 1795392000"
                ) from None
        else:
            today = datetime.now(UTC).date()
    return datetime(today.year, today.month, today.day, tzinfo=UTC)


class Ledger:
    """Revisions by event id; see the module docstring for the rules."""

    def __init__(self, revisions: Mapping[str, Revision] | None = None) -> None:
        self._revisions: dict[str, Revision] = dict(revisions or {})

    def __len__(self) -> int:
        return len(self._revisions)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._revisions))

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._revisions

    def copy(self) -> Ledger:
        """An independent ledger with the same revisions (revising it leaves this one as is)."""
        return Ledger(self._revisions)

    def has_legacy_hashes(self) -> bool:
        """Whether an entry still holds a format-1 hash (migrated when its event is revised)."""
        return any(r.hash.startswith(LEGACY_HASH_PREFIX) for r in self._revisions.values())

    def get(self, event_id: str) -> Revision | None:
        """The recorded revision of an event, or ``None``."""
        return self._revisions.get(event_id)

    def revise(
        self,
        event_id: str,
        content_hash: str,
        when: datetime,
        legacy_hash: Callable[[], str] | None = None,
    ) -> Revision:
        """Record the event's current content hash and return its revision.

        Unchanged content keeps the recorded revision; changed content gets
        SEQUENCE + 1 and ``when`` as its modification time; a new event gets
        SEQUENCE 0 created and modified ``when``. When the recorded hash is a
        format-1 one (:data:`LEGACY_HASH_PREFIX`), ``legacy_hash`` gives the
        event's hash in that form; if it matches, the content is unchanged and
        only the hash is replaced by ``content_hash`` (the revision stays).
        """
        revision = self.revision(event_id, content_hash, when, legacy_hash)
        if self._revisions.get(event_id) is not revision:
            self._revisions[event_id] = revision
        return revision

    def revision(
        self,
        event_id: str,
        content_hash: str,
        when: datetime,
        legacy_hash: Callable[[], str] | None = None,
    ) -> Revision:
        """The revision :meth:`revise` would record, without recording it.

        An event's revision depends on its own entry only, so worker processes
        holding a copy of the ledger work them out, and the calling process
        records those that differ from the recorded ones (:meth:`record`).
        """
        old = self._revisions.get(event_id)
        if old is None:
            return Revision(content_hash, 0, when, when)
        if old.hash == content_hash:
            return old
        if (
            legacy_hash is not None
            and old.hash.startswith(LEGACY_HASH_PREFIX)
            and old.hash == legacy_hash()
        ):
            return old._replace(hash=content_hash)  # the same content: migrated, not bumped
        return old._replace(hash=content_hash, sequence=old.sequence + 1, modified=when)

    def record(self, revisions: Iterable[tuple[str, Revision]]) -> None:
        """Record revisions by event id (those :meth:`revision` gave), replacing old ones."""
        self._revisions.update(revisions)

    def items(self) -> list[tuple[str, Revision]]:
        """Every entry, sorted by event id (the order of the file)."""
        return sorted(self._revisions.items())

    def dumps(self) -> str:
        """The ledger as JSON text, keys sorted, one revision per line group.

        Exactly ``json.dumps(data, indent=1, ensure_ascii=False)`` of the format and
        the revisions (the tests compare), written entry by entry (:func:`entry_text`):
        the standard library's indenting encoder is pure Python and took seconds at
        100,000 events, and the timestamps recur (build days), so each is formatted once.
        """
        return self.dumps_entries()[0]

    def dumps_entries(self) -> tuple[str, list[LedgerRow]]:
        """:meth:`dumps`, and each entry as a row of the span index (its length in bytes)."""
        rows: list[LedgerRow] = []
        entries: list[str] = []
        for event_id, revision in sorted(self._revisions.items()):
            text = entry_text(event_id, revision)
            entries.append(text)
            rows.append(ledger_row(event_id, revision, text))
        if not entries:
            return EMPTY_LEDGER, rows
        return LEDGER_HEAD + ENTRY_SEPARATOR.join(entries) + LEDGER_TAIL, rows

    def save(self, path: str | Path) -> Path:
        """Write the ledger atomically; unchanged bytes are not rewritten."""
        return self.save_entries(path)[0]

    def save_entries(self, path: str | Path) -> tuple[Path, list[LedgerRow]]:
        """:meth:`save`, and the entries as the span index records them."""
        text, rows = self.dumps_entries()
        return write_if_changed(Path(path), text.encode("utf-8")), rows

    @classmethod
    def load(cls, path: str | Path) -> Ledger:
        """Read a ledger; a missing file is an empty ledger, a broken one an error."""
        path = Path(path)
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError) as exc:
            raise ExportError(f"cannot read the sequence ledger {path}: {exc}") from exc
        return cls.loads(text, source=str(path))

    @classmethod
    def loads(cls, text: str, *, source: str = "<ledger>") -> Ledger:
        """Parse ledger JSON; errors name ``source`` and the entry at fault."""
        fix = "fix it, or restore it from git (deleting it restarts every SEQUENCE at 0)"
        try:
            data = orjson.loads(text)  # the same values as json.loads, many times faster
        except orjson.JSONDecodeError:
            try:  # json's message says what is wrong (and it reads what orjson refuses)
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ExportError(
                    f"{source}:{exc.lineno}: not valid JSON ({exc.msg}): {fix}"
                ) from None
        if not isinstance(data, dict) or data.get("format") not in _READABLE:
            raise ExportError(
                f"{source}: not a sequence ledger of format 1 or 2 "
                f'(expected an object with "format": {LEDGER_FORMAT}): {fix}'
            )
        events = data.get("events")
        if not isinstance(events, dict):
            raise ExportError(f'{source}: "events" must be an object: {fix}')
        revisions: dict[str, Revision] = {}
        for event_id, entry in events.items():
            try:
                revisions[event_id] = revision_of(entry)
            except (KeyError, TypeError, ValueError) as exc:
                what = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
                raise ExportError(f"{source}: entry {event_id!r}: {what}: {fix}") from None
        return cls(revisions)


def revision_of(entry: Mapping[str, Any]) -> Revision:
    """An entry of the ledger file (or a row of the span index) as a revision, checked.

    Raises :class:`KeyError`, :class:`TypeError` or :class:`ValueError` saying what is wrong.
    """
    return Revision(
        hash=str(entry["hash"]),
        sequence=_non_negative(entry["sequence"]),
        created=_stamp(entry["created"]),
        modified=_stamp(entry["modified"]),
    )


def entry_text(event_id: str, revision: Revision) -> str:
    """One entry of the ledger file, as :meth:`Ledger.dumps` joins them."""
    return (
        f"  {_json_string(event_id)}: {{\n"
        f'   "hash": {_json_string(revision.hash)},\n'
        f'   "sequence": {revision.sequence},\n'
        f'   "created": "{_stamp_text(revision.created)}",\n'
        f'   "modified": "{_stamp_text(revision.modified)}"\n'
        "  }"
    )


class LedgerRow(NamedTuple):
    """One entry as the span index keeps it (:mod:`timeline.formats.span_index`): the
    revision's fields as the file writes them, and the entry's length in bytes there."""

    id: str
    hash: str
    sequence: int
    created: str
    modified: str
    length: int


def ledger_row(event_id: str, revision: Revision, text: str | None = None) -> LedgerRow:
    """The row of an entry; ``text`` is its :func:`entry_text` when already written."""
    text = entry_text(event_id, revision) if text is None else text
    return LedgerRow(
        event_id,
        revision.hash,
        revision.sequence,
        _stamp_text(revision.created),
        _stamp_text(revision.modified),
        len(text) if text.isascii() else len(text.encode("utf-8")),
    )


def _non_negative(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"sequence {value!r} is not a non-negative integer")
    return value


def _stamp(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"time {value!r} is not a string like 2026-11-23T00:00:00Z")
    return _parsed_stamp(value)


@lru_cache(maxsize=4096)
def _parsed_stamp(value: str) -> datetime:
    """A ledger time (they recur: build days), parsed once per process."""
    try:
        return datetime.strptime(value, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        raise ValueError(f"time {value!r} is not a UTC time like 2026-11-23T00:00:00Z") from None


def _json_string(text: str) -> str:
    """``json.dumps(text, ensure_ascii=False)``, directly for text it leaves as it is."""
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return json.dumps(text, ensure_ascii=False)


@lru_cache(maxsize=4096)
def _stamp_text(when: datetime) -> str:
    return when.strftime(_STAMP)


def write_if_changed(path: Path, payload: bytes) -> Path:
    """Write atomically unless the file already holds exactly these bytes (keeps mtimes)."""
    return write_pieces_if_changed(path, [payload])


#: How much of a file :func:`write_pieces_if_changed` reads at a time to compare it.
_COMPARED = 1 << 20


def write_pieces_if_changed(path: Path, pieces: Iterable[bytes | memoryview]) -> Path:
    """:func:`write_if_changed` of the bytes ``pieces`` joined, without joining them: the
    file is compared and written a piece at a time, so a large file is never held twice.

    ``pieces`` may be an iterator that renders them as they are asked for (a format
    streamed by :func:`timeline.formats.write`): each is compared or written, then let
    go, so the file is never held whole (:func:`_write_stream_if_changed`).
    """
    if not isinstance(pieces, Sequence):
        return _write_stream_if_changed(path, iter(pieces))
    size = sum(len(piece) for piece in pieces)
    if _holds(path, pieces, size):
        return path
    with atomic_path(path) as tmp:
        try:
            with open(tmp, "wb") as out:
                for piece in pieces:
                    out.write(piece)
        except OSError as exc:
            raise ExportError(f"cannot write {path}: {os_error_message(exc)}") from None
    return path


def _write_stream_if_changed(path: Path, pieces: Iterator[bytes | memoryview]) -> Path:
    """:func:`write_pieces_if_changed` of pieces known one at a time.

    While the pieces equal the file's bytes so far nothing is written; at the first
    piece that differs (or when the file ends first, or goes on after the last piece) a
    temporary file is begun with the equal part copied from the file, the rest of the
    pieces written after it, and renamed over the file (atomically, as always). A file
    that holds exactly the pieces is left alone (the same mtime).
    """
    try:
        existing = open(path, "rb")  # noqa: SIM115 (closed below, on every path)
    except OSError:
        existing = None
    try:
        equal = 0  # bytes of the file the pieces have equalled so far
        differing: bytes | memoryview | None = None
        if existing is not None:
            for piece in pieces:
                if not _still_equal(existing, piece, path):
                    differing = piece
                    break
                equal += len(piece)
            else:
                if _still_equal(existing, None, path):
                    return path
        with atomic_path(path) as tmp:
            try:
                with open(tmp, "wb") as out:
                    if existing is not None and equal:
                        existing.seek(0)
                        _copy_start(existing, out, equal)
                    if differing is not None:
                        out.write(differing)
                    for piece in pieces:
                        out.write(piece)
            except OSError as exc:
                raise ExportError(f"cannot write {path}: {os_error_message(exc)}") from None
    finally:
        if existing is not None:
            existing.close()
    return path


def _still_equal(existing: BinaryIO, piece: bytes | memoryview | None, path: Path) -> bool:
    """Whether the next bytes of ``existing`` are ``piece`` (with None: whether it ends
    here). A read error is an :class:`ExportError` naming the file: the pieces compared
    so far are gone, so the file cannot be rewritten without them."""
    try:
        return existing.read(1) == b"" if piece is None else _reads_as(existing, piece)
    except OSError as exc:
        raise ExportError(
            f"cannot read {path} to compare it with its new bytes: {os_error_message(exc)}"
        ) from None


def _reads_as(existing: BinaryIO, piece: bytes | memoryview) -> bool:
    """Whether the next bytes of ``existing`` are ``piece`` (read ``_COMPARED`` at a time)."""
    view = memoryview(piece)
    for at in range(0, len(view), _COMPARED):
        chunk = view[at : at + _COMPARED]
        if existing.read(len(chunk)) != chunk:
            return False
    return True


def _copy_start(source: BinaryIO, out: BinaryIO, size: int) -> None:
    """Copy the next ``size`` bytes of ``source`` to ``out``."""
    while size > 0:
        chunk = source.read(min(size, _COMPARED))
        if not chunk:
            raise OSError(f"{source.name} ended while being copied")
        out.write(chunk)
        size -= len(chunk)


def _holds(path: Path, pieces: Sequence[bytes | memoryview], size: int) -> bool:
    """Whether the file ``path`` holds exactly ``pieces`` (``size`` bytes in all)."""
    try:
        with open(path, "rb") as existing:
            if os.fstat(existing.fileno()).st_size != size:
                return False
            return all(_reads_as(existing, piece) for piece in pieces)
    except OSError:
        return False
