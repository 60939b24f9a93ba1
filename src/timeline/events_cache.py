"""Validated event and agreement files, cached in SQLite by content and model version.

``timeline build`` reads every file of events/. With this cache, a file whose
bytes are those of a file an earlier build validated is not parsed as YAML
again: its record is validated again from the JSON that build stored
(:meth:`EventFileCache.record`: one JSON decode and pydantic's validators,
about half the cost of the YAML; the cache file is not trusted, since anyone
who can write it could otherwise publish what the model refuses). The key of
an entry is the SHA-256 of :func:`validator_version` (a hash of the model,
the code and data it validates with, and the versions of pydantic, PyYAML and
the code lists), of the kind of record (event or agreement) and of the file's
bytes; so changing the model or a code list ignores every entry, and an
edited file is read again. Files that did not validate are not stored: their
errors are found again, with their lines. An entry is JSON, never code: one
that is not a valid record (damaged, or written by hand) is read as missing,
and the file is validated again.

The cache is the table ``event_files(key, file, result)`` of a SQLite file
(``.timeline-cache.db`` beside the database by default; the design of
:mod:`timeline.keyed_cache`). Deleting it is always safe.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
import time
import types
import typing
from collections.abc import Callable, Iterable
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import orjson
import yaml
from pydantic import BaseModel, ValidationError

from .errors import DataError
from .keyed_cache import KeyedCache, code_version

__all__ = [
    "VALIDATION_DATA",
    "EventFileCache",
    "file_stat",
    "folder_digest",
    "line_parts",
    "lines_digest",
    "settled",
    "share_fields_sets",
    "split_path",
    "stat_line",
    "stat_text",
    "trusted_record",
    "validator_version",
]

#: What validating an event file runs on: these modules, folders and data files of timeline,
#: these libraries. Only the data files the gazetteer reads: an edit of another one (the
#: Datasette metadata, the event scorer's weights) must not make every entry stale, and
#: every ``_event_digests`` row with it (tests/foundation/test_stat_trust.py checks that
#: validating reads no other file of ``data/``).
VALIDATION_DATA = (
    "data/aliases.yaml",
    "data/countries.yaml",
    "data/offices.yaml",
    "data/organizations.yaml",
    "data/people.yaml",
)
_CODE = (
    "model.py",
    "timex.py",
    "urls.py",
    "gazetteer",
    *VALIDATION_DATA,
    # the loading of events/ (the writer, event_writer.py, is not read by it)
    "curated.py",
    "event_files.py",
    "event_validation.py",
    "event_reading.py",
    "event_changes.py",
    "yaml_files.py",
    "events_cache.py",
)
_LIBRARIES = ("timeline", "pydantic", "pydantic-core", "PyYAML", "pycountry")

M = TypeVar("M", bound=BaseModel)
_Convert = Callable[[Any], Any]

#: A character a YAML file may not hold, so no validated file's value does (the reader's own
#: test, which :mod:`timeline.yaml_files` applies to every file).
_NOT_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE
#: A JSON escape of a backslash, or one (``\u``, ``\b``, ``\f``) that :meth:`EventFileCache.text`
#: never writes for a value read from YAML (it escapes only quotes, backslashes, tabs and line
#: breaks): what could hide a control character from :data:`_NOT_PRINTABLE`.
_ESCAPE = re.compile(r"\\[\\bfu]")


@cache
def validator_version() -> str:
    """A hash of the code, data and library versions validating an event file depends on."""
    return code_version(_CODE, _LIBRARIES)


def _escapes_outside_yaml(text: str) -> bool:
    """True when the JSON ``text`` escapes a character no YAML file holds (read from the left,
    an escaped backslash is skipped whole, so ``\\\\u`` is a backslash and a ``u``)."""
    return any(found.group() != "\\\\" for found in _ESCAPE.finditer(text))


@cache
def _every_field(model: type[BaseModel]) -> set[str]:
    return set(model.model_fields)


def share_fields_sets(record: BaseModel) -> None:
    """Make ``record`` and the models in its fields share one "fields set" per model.

    Pydantic keeps with every model the set of the fields it was given (what
    ``model_dump(exclude_unset=True)`` leaves out, which timeline never asks
    for): about half of the memory of a loaded timeline (6.8 -> 3.6 KB per event,
    measured with tracemalloc on 10,000 events). Every record loaded is given one
    set of all its model's fields instead, shared by every record of that model;
    pydantic only ever adds to it (when a field is assigned), which leaves it as
    it is.
    """
    shared = _every_field(type(record))
    if record.__pydantic_fields_set__ is shared:
        return  # rebuilt from the cache: shared already, and so are its parts
    object.__setattr__(record, "__pydantic_fields_set__", shared)
    for name in _fields_of_models(type(record)):
        value = record.__dict__[name]
        if isinstance(value, list):
            for item in value:
                share_fields_sets(item)
        elif value is not None:
            share_fields_sets(value)


@cache
def _fields_of_models(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` holding a model, an optional one or a list of them."""
    return tuple(name for name, info in model.model_fields.items() if _holds_model(info.annotation))


def _holds_model(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_model(arg) for arg in typing.get_args(annotation))


#: A file changed this recently is not trusted next time (:meth:`EventFileCache.remember_stats`).
RACY_NS = 2_000_000_000


def file_stat(path: str) -> str | None:
    """What says a file was not changed since it was read: its size, modification and change
    times in nanoseconds, inode and device; ``None`` for what is not a regular file (a link
    is read and checked every time)."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return stat_text(info)


def stat_text(info: os.stat_result) -> str | None:
    """:func:`file_stat` of what ``os.lstat`` (or ``os.DirEntry.stat(follow_symlinks=False)``)
    gave."""
    if not stat.S_ISREG(info.st_mode):
        return None
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}:{info.st_dev}"


def settled(stat: str, now: int | None = None) -> bool:
    """Whether a file of this :func:`file_stat` changed long enough before ``now`` (by default,
    the clock's) that its stat can be trusted next time (:data:`RACY_NS`)."""
    return int(stat.split(":")[2]) <= (time.time_ns() if now is None else now) - RACY_NS


def stat_line(name: str, info: os.stat_result) -> str:
    """A file's name and :func:`stat_text` as one line of a folder's listing: ``name\\0stat``,
    ``name\\0`` when it is not a regular file (not trusted)."""
    if not stat.S_ISREG(info.st_mode):
        return name + "\0"
    size, mtime, ctime = info.st_size, info.st_mtime_ns, info.st_ctime_ns
    return f"{name}\0{size}:{mtime}:{ctime}:{info.st_ino}:{info.st_dev}"


def line_parts(line: str) -> tuple[str, str | None]:
    """The name and stat (``None``: not trusted) of a :func:`stat_line`."""
    name, _, text = line.partition("\0")
    return name, text or None


def lines_digest(lines: Iterable[str]) -> str:
    """The SHA-256 of a folder's :func:`stat_line` lines in name order (``"\\0"`` sorts
    before every character of a name): :func:`folder_digest`."""
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()


def folder_digest(files: Iterable[tuple[str, str | None]]) -> str | None:
    """What says no file of a folder changed since it was read: the SHA-256 of each file's
    name and :func:`file_stat` (its :func:`stat_line`), in name order; ``None`` when one is
    not trusted (its stat ``None``). The files are the folder's own (not those of its
    subfolders), by name.

    The index of the last build keeps it per folder, made from the stats it keeps per
    file; a build after an edit makes it from the folder's listing: equal, every file of
    the folder is there with the stat it had, and none other
    (:func:`timeline.event_changes.load_changes`).

    >>> folder_digest([("b.yaml", "2:1:1:7:9"), ("a.yaml", "1:1:1:8:9")]) == folder_digest(
    ...     [("a.yaml", "1:1:1:8:9"), ("b.yaml", "2:1:1:7:9")])
    True
    >>> folder_digest([("a.yaml", None)]) is None
    True
    """
    lines = []
    for name, text in files:
        if text is None:
            return None
        lines.append(f"{name}\0{text}")
    return lines_digest(lines)


def split_path(relative: str) -> tuple[str, str]:
    """A relative path's folder (``""`` at the top) and name, as :func:`folder_digest` keeps
    them.

    >>> split_path(f"2024{os.sep}a.yaml"), split_path("top.yaml")
    (('2024', 'a.yaml'), ('', 'top.yaml'))
    """
    folder, _, name = relative.rpartition(os.sep)
    return folder, name


class EventFileCache(KeyedCache):
    """Validated records by the bytes of their file, in a SQLite file.

    >>> from timeline.curated import load_events
    >>> cache = EventFileCache(".timeline-cache.db")           # doctest: +SKIP
    >>> load_events("events", cache=cache)                     # doctest: +SKIP
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__(path, "event_files", "file", DataError)
        with self._writing():
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS event_file_stats "
                "(path TEXT PRIMARY KEY, stat TEXT NOT NULL, key TEXT NOT NULL)"
            )

    def keys_by_stat(self, stats: dict[str, str]) -> dict[str, str]:
        """The key of each file of ``stats`` (path -> :func:`file_stat`) whose stat is the one
        it had when its bytes were last read and hashed (:meth:`remember_stats`).

        What the build trusts instead of reading and hashing a file again (docs/scale.md,
        "Trusting a file's stat"): an edit changes its modification or change time
        (``st_ctime``, which no program can set back), and a file replaced (a checkout,
        a copy) has another inode; the file's entry is still validated when read.
        """
        found: dict[str, str] = {}
        paths = list(stats)
        for i in range(0, len(paths), 500):
            batch = paths[i : i + 500]
            marks = ",".join("?" * len(batch))
            query = f"SELECT path, stat, key FROM event_file_stats WHERE path IN ({marks})"
            version = validator_version()  # a key made by other code is not this code's
            for path, stored, key in self._rows(query, batch):
                if stored == f"{version} {stats[str(path)]}":
                    found[str(path)] = str(key)
        return found

    def remember_stats(self, stats: Iterable[tuple[str, str, str]]) -> None:
        """Store, for each ``(path, stat, key)`` of ``stats``, that the file at ``path`` had
        the key ``key`` when its stat was ``stat`` (taken before it was read; written by
        :meth:`commit`).

        Not when the file changed less than :data:`RACY_NS` before now: another write
        within the same tick of the file system's clock could leave the same stat
        (git's "racy clean" files); such a file is read again next time.
        """
        version = validator_version()
        now = time.time_ns()
        rows = [(path, f"{version} {stat}", key) for path, stat, key in stats if settled(stat, now)]
        if self.problem is not None:  # a damaged file is not written to
            return
        with self._writing():
            self._conn.executemany("INSERT OR REPLACE INTO event_file_stats VALUES (?, ?, ?)", rows)

    @staticmethod
    def key(model: type[BaseModel], data: bytes) -> str:
        """The key of a file of ``data`` holding a ``model`` (Event or Agreement)."""
        digest = hashlib.sha256(f"{validator_version()}\0{model.__name__}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    @staticmethod
    def text(record: BaseModel) -> str:
        """The JSON stored for a validated record; :meth:`record` reads it back."""
        return record.model_dump_json(exclude_computed_fields=True)

    @staticmethod
    def record(model: type[M], text: str) -> M | None:
        """The record :meth:`text` stored, validated again; ``None`` when ``text`` is not a
        valid record of ``model`` (damaged, or planted by someone who could write the
        cache file: then the file is read and validated as if it had no entry).

        The entry is checked as its file was: no character YAML refuses in a
        file (:mod:`timeline.yaml_files`: controls other than tab and line breaks,
        surrogates), then every validator of the model (a ``javascript:`` URL, an
        unknown country code, an id that is not a slug, a quote whose length is
        not its span...). Quotes are checked against their documents after
        loading, cache or not (:mod:`timeline.build`). JSON only, so an entry can
        never run code. Validating a hit costs 0.31 CPU s per 10,000 events
        (and 0.02 s the characters' check) against 0.19 for the rebuild without
        validators it replaces (2026-11-29, side by side; docs/history/scale-log.md).
        """
        if _NOT_PRINTABLE.search(text) or _escapes_outside_yaml(text):
            return None
        try:
            record = model.model_validate(orjson.loads(text))
        except (orjson.JSONDecodeError, ValidationError):
            return None
        share_fields_sets(record)
        return record


def trusted_record(model: type[M], text: bytes | str) -> M:
    """The record of the JSON :meth:`EventFileCache.text` made of a record this build
    validated, rebuilt without running the model's validators again.

    For what this process's own workers send back (:mod:`timeline.event_reading`): they
    validated the record from its file a moment ago, with this code, so its JSON
    is trusted as the record itself would be. Never for an entry read from the
    cache file, which anyone who can write it could have planted
    (:meth:`EventFileCache.record` validates those). One ``orjson`` decode and the
    models built field by field, each sharing one fields-set per model
    (:func:`share_fields_sets`) and every short text interned (a code, a name, a
    role: what the validators give from the gazetteer's tables, one object for
    every event), at about half the CPU of validating the JSON again, in no more
    memory (docs/history/scale-log.md, "The build, eleventh session").
    ``tests/foundation/test_event_files_loading.py`` checks that it gives the
    validated record, field types included, for every curated file.
    """
    built: M = _model_builder(model)(orjson.loads(text))
    return built


#: Texts up to this long are interned by :func:`trusted_record` (codes, names, dates, ids).
_SHORT = 64


@cache
def _model_builder(model: type[BaseModel]) -> _Convert:
    """The function making a ``model`` from its JSON form: its fields converted
    (:func:`_conversion`), the instance made as ``BaseModel.model_construct`` makes one, with
    the shared fields-set.

    One function written for the model: each field's conversion inline, texts interned in
    place, the nested models' builders called. A loop over the fields with a converter
    called for each cost the build about a third more (docs/history/scale-log.md, "The build,
    twenty-first session"). A type :func:`_conversion` does not cover raises ``TypeError``
    when the builder is made, so a new kind of field cannot be rebuilt wrongly.
    """
    names = model.model_fields.keys()
    scope: dict[str, Any] = {
        "_model": model,
        "_names": names,
        "_shared": _every_field(model),
        "_new": model.__new__,
        "_set": object.__setattr__,
        "_intern": sys.intern,
        "_TypeError": TypeError,
        "_sorted": sorted,
    }
    fields = ", ".join(
        f"{name!r}: " + _conversion(typing.cast(Any, info.annotation), f"value[{name!r}]", scope)
        for name, info in model.model_fields.items()
    )
    source = (
        "def build(value):\n"
        "    if value.keys() != _names:\n"
        "        raise _TypeError(f'not the fields of {_model.__name__}: {_sorted(value)}')\n"
        "    record = _new(_model)\n"
        f"    _set(record, '__dict__', {{{fields}}})\n"
        "    _set(record, '__pydantic_fields_set__', _shared)\n"
        "    _set(record, '__pydantic_extra__', None)\n"
        "    _set(record, '__pydantic_private__', None)\n"
        "    return record\n"
    )
    exec(compile(source, f"<trusted builder of {model.__name__}>", "exec"), scope)
    built: _Convert = scope["build"]
    return built


def _conversion(annotation: Any, value: str, scope: dict[str, Any]) -> str:
    """A Python expression making a value of type ``annotation`` from the JSON value the
    expression ``value`` gives (evaluated once): ``value`` itself when the JSON value is the
    value (whole numbers, booleans, and lists or optional values of them). The names it uses
    are added to ``scope``.

    The one set of rules of the rebuild: what the model's fields use (models, lists,
    optional values, enums, dates, texts interned when short, numbers, booleans); any
    other type raises ``TypeError``.
    """
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _call(_model_builder(annotation), value, scope)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        others = [a for a in args if a is not type(None)]
        if len(others) != 1:
            raise TypeError(f"no trusted rebuild for {annotation!r}")
        local = _name("_v", scope)
        made = _conversion(others[0], local, scope)
        return value if made == local else f"(None if ({local} := {value}) is None else {made})"
    if origin is list:
        local = _name("_v", scope)
        item = _conversion(args[0], local, scope)
        return value if item == local else f"[{item} for {local} in {value}]"
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return _call({member.value: member for member in annotation}.__getitem__, value, scope)
    if annotation is date:
        return _call(date.fromisoformat, value, scope)
    if annotation is float:
        return _call(float, value, scope)
    if annotation is str:
        local = _name("_v", scope)
        return f"(_intern({local}) if len({local} := {value}) <= {_SHORT} else {local})"
    if annotation in (int, bool):
        return value
    raise TypeError(f"no trusted rebuild for {annotation!r}")


def _name(prefix: str, scope: dict[str, Any]) -> str:
    """A name no other in ``scope`` has, reserved there."""
    name = f"{prefix}{len(scope)}"
    scope[name] = None
    return name


def _call(convert: _Convert, value: str, scope: dict[str, Any]) -> str:
    """The expression calling ``convert`` (added to ``scope``) on ``value``."""
    name = _name("_c", scope)
    scope[name] = convert
    return f"{name}({value})"
