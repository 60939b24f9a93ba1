"""Serving the exports: built files with validators, filtered renders from the database.

What a web server (our Datasette plugin) answers for a feed or an export,
independent of the server:

* an unfiltered request is the file ``timeline build`` wrote under
  ``exports/``, read from disk, never rendered per request, with an ``ETag``
  (SHA-256 of the bytes, computed once per file version) and a
  ``Last-Modified`` (the file's mtime, which the build leaves alone when the
  bytes do not change), answering ``If-None-Match`` and
  ``If-Modified-Since`` with 304 Not Modified (RFC 9110 §8.8, §13.1, §15.4.5);
* a request with filters (:meth:`Filter.from_query`:
  ``?country=Turkey&kind=visit``) is rendered on demand from the database,
  reading only the events the filter selects (:func:`timeline.store.load_selection`);
* when there is no built file (a database without its exports folder), the
  whole export is rendered once per database file and kept in memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from email.utils import formatdate, parsedate_to_datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath

from .collection import Timeline
from .collector import cycle_collection_paused
from .filters import Filter
from .formats import FORMATS, Format, RenderOptions
from .formats.registry import LEDGER_PATH
from .ics.ledger import Ledger
from .store import load_selection

__all__ = ["Reply", "file_reply", "media_type_for", "published_path", "render_reply"]

_SUFFIXES = {fmt.suffix for fmt in FORMATS.values()} | {".json"}


@dataclass(frozen=True, slots=True)
class Reply:
    """A response to send: status, body, media type and headers."""

    status: int
    body: bytes
    media_type: str
    headers: dict[str, str] = field(default_factory=dict)


def media_type_for(relative: str) -> str:
    """The media type of a file under ``exports/``: its format's, else by extension."""
    for fmt in FORMATS.values():
        if fmt.path == relative:
            return fmt.media_type
    suffix = PurePosixPath(relative).suffix
    for fmt in FORMATS.values():
        if fmt.suffix == suffix:
            return fmt.media_type
    return "application/json" if suffix == ".json" else "application/octet-stream"


def published_path(exports: Path, relative: str) -> Path | None:
    """The file ``relative`` names under ``exports``, if it is a published export.

    Only files with an export's extension, inside the folder (no ``..``, no
    link out of it) and not hidden (temporary files of an atomic write) qualify.
    """
    parts = PurePosixPath(relative).parts
    if not parts or any(p.startswith(".") or p in {"", ".."} for p in parts):
        return None
    if PurePosixPath(relative).suffix not in _SUFFIXES:
        return None
    root = exports.resolve()
    path = (root / relative).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    return path


@lru_cache(maxsize=256)
def _etag(path: Path, mtime_ns: int, size: int) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return f'"{digest[:32]}"'


def _not_modified(headers: Mapping[str, str], etag: str, mtime: float | None) -> bool:
    match = headers.get("if-none-match")
    if match is not None:
        return match.strip() == "*" or etag in [m.strip() for m in match.split(",")]
    since = headers.get("if-modified-since")
    if since is not None and mtime is not None:
        try:
            return int(mtime) <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False
    return False


def _validated(
    body: bytes, media_type: str, etag: str, mtime: float | None, request: Mapping[str, str]
) -> Reply:
    headers = {"etag": etag, "cache-control": "public, max-age=300"}
    if mtime is not None:
        headers["last-modified"] = formatdate(mtime, usegmt=True)
    if _not_modified(request, etag, mtime):
        return Reply(304, b"", media_type, headers)
    return Reply(200, body, media_type, headers)


def file_reply(path: Path, relative: str, request: Mapping[str, str]) -> Reply:
    """A published file with its ``ETag`` and ``Last-Modified``; 304 when the client has it.

    ``request`` holds the request's headers, lower-case names.
    """
    stat = path.stat()
    etag = _etag(path, stat.st_mtime_ns, stat.st_size)
    probe = _validated(b"", media_type_for(relative), etag, stat.st_mtime, request)
    if probe.status == 304:
        return probe
    return Reply(200, path.read_bytes(), probe.media_type, probe.headers)


def render_reply(
    fmt: Format,
    db_path: str | Path,
    selections: tuple[Filter, ...],
    request: Mapping[str, str],
    *,
    exports: Path | None = None,
    include_imprecise: bool = False,
    base_url: str | None = None,
    title: str | None = None,
    description: str | None = None,
) -> Reply:
    """Format ``fmt`` of the events every filter keeps in the database, rendered now.

    Renders are kept per database file, filter and options (the database is
    immutable while served), so a repeated request is not rendered again.
    With ``exports``, stamps come from its sequence ledger, read only.
    """
    db = Path(db_path)
    stat = db.stat()
    ledger_file = exports / LEDGER_PATH if exports is not None else None
    ledger_stamp = (
        ledger_file.stat().st_mtime_ns if ledger_file is not None and ledger_file.is_file() else 0
    )
    body = _render(
        fmt.name,
        str(db),
        stat.st_mtime_ns,
        stat.st_size,
        selections,
        str(ledger_file) if ledger_stamp else None,
        ledger_stamp,
        RenderOptions(
            title=title,
            description=description,
            include_imprecise=include_imprecise,
            base_url=base_url,
        ),
    )
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    return _validated(body, fmt.media_type, etag, None, request)


@lru_cache(maxsize=32)
def _render(
    name: str,
    db_path: str,
    db_mtime_ns: int,
    db_size: int,
    selections: tuple[Filter, ...],
    ledger_path: str | None,
    ledger_mtime_ns: int,
    options: RenderOptions,
) -> bytes:
    timeline = _selection(db_path, db_mtime_ns, db_size, selections)
    ledger = _ledger(ledger_path, ledger_mtime_ns).copy() if ledger_path else None
    with cycle_collection_paused():
        return FORMATS[name].render(timeline, replace(options, ledger=ledger))


@lru_cache(maxsize=8)
def _selection(db_path: str, mtime_ns: int, size: int, selections: tuple[Filter, ...]) -> Timeline:
    return load_selection(db_path, *selections)


@lru_cache(maxsize=4)
def _ledger(path: str, mtime_ns: int) -> Ledger:
    return Ledger.load(path)
