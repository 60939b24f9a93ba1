"""The curated dataset in events/: YAML files a person can read, edit and diff.

Layout (see docs/events.md)::

    events/
      2022/2022-03-29-visit-tr-uz.yaml     one file per event, named by its id,
      2024/2024-11-29-entry-into-force-... in the folder of its start year
      agreements/<agreement-id>.yaml       one file per agreement

Each event file holds the fields of :class:`timeline.model.Event`. Loading
validates every file and collects *every* problem of every file before
raising one :class:`~timeline.errors.DataErrors`, each naming the file, the
line and the field::

    events/2022/tokayev-visit.yaml:7: date.end 2022-05-01 is before date.start 2022-05-31
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import yaml
from pydantic import BaseModel, ValidationError

from .collection import Timeline, dangling_references
from .collector import cycle_collection_paused
from .errors import DataError, DataErrors
from .events_cache import (
    EventFileCache,
    file_stat,
    folder_digest,
    line_parts,
    lines_digest,
    settled,
    share_fields_sets,
    split_path,
    stat_line,
    trusted_record,
)
from .files import atomic_write
from .model import Agreement, Event
from .processes import Workers, default_jobs, start_forked
from .proposed import rejected
from .yaml_files import Lines, dotted, parse_yaml, read_data_file, read_yaml_file

__all__ = [
    "FileChanges",
    "KnownFiles",
    "KnownStats",
    "Origin",
    "agreement_path",
    "dump_event",
    "event_path",
    "load_changes",
    "load_events",
    "load_with_files",
    "load_with_origins",
    "write_agreement",
    "write_event",
]

AGREEMENTS_DIR = "agreements"
_FIELD_IN_MESSAGE = re.compile(r"^([a-z_]+(?:\.[a-z_]+)+)\b")
#: Files read, looked up in the cache and validated at once (bounds the bytes held).
_BATCH = 2048
#: Files sent to a worker process at once.
_CHUNK = 64
#: Fewer files than this per process are validated in this process (a pool costs more).
_MIN_PER_PROCESS = 256


@dataclass(slots=True)
class Origin:
    """Where an event or agreement was read from, and the line of each field.

    The lines are read from the file when a message first asks for one (``lines``
    is ``None`` until then): keeping them for every field of every file would
    cost more time and memory than the events themselves. The file's path is
    kept as text (``file``), its :class:`~pathlib.Path` made when asked for: a
    build holds an origin per event, and a ``Path`` and an instance dictionary
    each took more memory than the rest of it (590 bytes an event).
    """

    #: the file's path, as text (:attr:`path` is the same as a ``Path``)
    file: str
    lines: Lines | None = None
    #: what the record was made from: its file's :meth:`EventFileCache.key` (its bytes and
    #: the validating code), and the links dropped from it (the database's ``_event_digests``)
    digest: str | None = None
    #: its file's :meth:`EventFileCache.key`, and the :func:`file_stat` it had when its bytes
    #: gave that key (``None`` when not taken, or too recent to be trusted: :func:`settled`)
    key: str | None = None
    stat: str | None = None

    @property
    def path(self) -> Path:
        """The file's path."""
        return Path(self.file)

    def line(self, *loc: str | int) -> int | None:
        """The line of the deepest known node on ``loc`` (1-based)."""
        if self.lines is None:
            try:
                self.lines = read_yaml_file(self.path, self.file)[1]
            except DataError:  # changed since it was read: no line rather than a wrong one
                self.lines = {}
        for end in range(len(loc), -1, -1):
            found = self.lines.get(tuple(loc[:end]))
            if found is not None:
                return found
        return None


@dataclass(frozen=True)
class _FileOutcome:
    """What reading one file gave: its validated record, or its problems and the id it
    gives (a file that does not validate is not an error for those who name its id)."""

    record: Event | Agreement | None
    problems: list[DataError]
    claimed_id: str | None = None


@dataclass(frozen=True)
class _File:
    """One file of events/: its path, its name in messages, and what it holds.

    Paths are kept as text: a ``Path`` per file (made, then turned back into text to
    be opened and recorded) cost the builder about a tenth of its share of validating
    100,000 files (docs/history/scale-log.md, "The cold build, thirty-fourth session").
    """

    path: str
    shown: str
    model: type[Event] | type[Agreement]
    #: the absolute path (``os.path.abspath``), what the cache's stats are kept by
    absolute: str


def _files(root: Path) -> list[_File]:
    """Every event and agreement file under ``root``, in a stable order."""
    top = str(root)
    cut = len(top) + 1  # os.walk joins the folder given and a separator
    # each text as a join would give it (``root / relative`` for the path: without the
    # "./" os.walk gives under "."), as a prefix and the relative path, which never starts
    # with a separator: a join per file cost more than the rest of the loop
    path_prefix = str(root / "_")[:-1]
    shown_prefix = os.path.join(root.name, "")
    absolute_prefix = os.path.join(os.path.abspath(top), "")
    in_agreements = AGREEMENTS_DIR + os.sep
    found = []
    for path in _yaml_paths(top):
        relative = path[cut:]
        found.append(
            _File(
                path_prefix + relative,
                shown_prefix + relative,
                Agreement if relative.startswith(in_agreements) else Event,
                absolute_prefix + relative,
            )
        )
    return found


def _validate(item: tuple[_File, bytes]) -> _FileOutcome:
    """Parse and validate one file's bytes (in this process).

    The lines of the fields are read only when the file has an error.
    """
    file, data = item
    return _outcome(file.model, file.shown, file.absolute, data)


def _outcome(
    model: type[Event] | type[Agreement], shown: str, path: str, data: bytes
) -> _FileOutcome:
    """:func:`_validate` of the bytes ``data`` of the file at ``path`` (named ``shown`` in
    messages) holding a ``model``."""
    try:
        value, _ = parse_yaml(data, shown, with_lines=False)
        if not isinstance(value, dict):
            raise DataError("must hold a YAML mapping of fields (key: value)", path=shown, line=1)
        return _FileOutcome(model.model_validate(value), [])
    except DataError as exc:
        return _FileOutcome(None, [exc])
    except ValidationError as exc:
        origin = Origin(path, parse_yaml(data, shown)[1])
        claimed = value.get("id")
        return _FileOutcome(
            None, _errors(exc, origin, shown), claimed if isinstance(claimed, str) else None
        )


#: One file as it is sent to a worker process: whether it holds an agreement (else an
#: event), its name in messages, its absolute path and its bytes. Plain values: a
#: :class:`_File` (its ``Path`` above all) cost more to pickle and unpickle than its bytes.
_Sent = tuple[bool, str, str, bytes]
#: A valid file's record as a worker sends it back: its JSON, and that JSON as the cache
#: stores it (``None`` without a cache); a file with problems comes back as its outcome.
_Valid = tuple[str, "bytes | None"]


def _sent(item: tuple[_File, bytes]) -> _Sent:
    file, data = item
    return file.model is Agreement, file.shown, file.absolute, data


def _validate_sent(item: _Sent, pack: bool) -> _Valid | _FileOutcome:
    """:func:`_validate` in a worker process, giving a valid record as its JSON (and, with
    ``pack``, that JSON as the cache stores it).

    The parent rebuilds the record from that JSON without validating it again
    (:func:`~timeline.events_cache.trusted_record`: the worker has just validated
    it, with this code), which costs it about a third of unpickling the record or
    validating the JSON again; dumping and compressing the record for the cache
    happens on every core. 10,000 new files, 2 processes (docs/history/scale-log.md, "The
    build, eleventh session"). What goes through the pipe is plain tuples
    (:data:`_Sent`, :data:`_Valid`).
    """
    agreement, shown, path, data = item
    outcome = _outcome(Agreement if agreement else Event, shown, path, data)
    if outcome.record is None:
        return outcome
    text = EventFileCache.text(outcome.record)
    return text, EventFileCache.packed(text) if pack else None


@dataclass(slots=True)
class _Batch:
    """One batch of :func:`_read_files` under way: what is known of its files already
    (outcomes, keys, stats, by absolute path) and the validations the workers are doing."""

    files: list[_File]
    outcomes: dict[str, _FileOutcome]
    keys: dict[str, str]
    stats: dict[str, str]
    todo: list[tuple[_File, bytes]]
    results: Iterator[_Valid | _FileOutcome]


def _read_files(
    files: list[_File],
    root: Path,
    workers: Workers,
    cache: EventFileCache | None,
    trust_stat: bool = True,
) -> Iterator[tuple[_File, _FileOutcome, str | None, str | None]]:
    """Every file's outcome, the key of its bytes (``None`` when it could not be read) and the
    stat it had before they were read (``None`` without a cache and ``trust_stat``), in the
    order of ``files``, whatever the number of workers.

    Files are read here, in batches; a file whose bytes the cache knows is
    rebuilt from it, the others are parsed and validated by the ``workers``
    (in this process when there are few) and, when valid, stored in the cache.
    With ``trust_stat``, a file whose stat is the one it had when its bytes were
    read (:meth:`EventFileCache.keys_by_stat`) is not read nor hashed again: the
    key then read is trusted.

    A pipeline of two batches: the next batch is read, hashed and handed to the
    workers before this process rebuilds the records of the one before, so the
    workers do not wait while this process reads files (a cold build of 100,000
    files, 2 processes: docs/scale.md, "The build: every core").
    """
    under_way: _Batch | None = None
    for start in range(0, len(files), _BATCH):
        batch = _start_batch(files[start : start + _BATCH], root, workers, cache, trust_stat)
        if under_way is not None:
            yield from _finish_batch(under_way, cache)
        under_way = batch
    if under_way is not None:
        yield from _finish_batch(under_way, cache)


def _start_batch(
    batch: list[_File],
    root: Path,
    workers: Workers,
    cache: EventFileCache | None,
    trust_stat: bool,
) -> _Batch:
    """Read and hash the files of ``batch``, take what the cache knows, and hand the rest to
    the ``workers`` (whose map starts at once: :meth:`Workers.map`)."""
    # by each file's absolute path (a text, whose hash is kept: a Path's is made anew)
    outcomes: dict[str, _FileOutcome] = {}
    keys: dict[str, str] = {}
    stats: dict[str, str] = {}
    if cache is not None and trust_stat:
        for file in batch:
            found = file_stat(file.absolute)
            if found is not None:
                stats[file.absolute] = found
        trusted = cache.keys_by_stat(stats)
        known = cache.get_many(trusted.values())
        for file in batch:
            key = trusted.get(file.absolute)
            text = None if key is None else known.get(key)
            record = None if text is None else cache.record(file.model, text)
            if key is not None and record is not None:
                outcomes[file.absolute], keys[file.absolute] = _FileOutcome(record, []), key
    items: list[tuple[_File, bytes]] = []
    for file in batch:
        if file.absolute in outcomes:
            continue
        try:
            items.append((file, read_data_file(file.path, file.shown, root)))
        except DataError as exc:
            outcomes[file.absolute] = _FileOutcome(None, [exc])
    keys.update((file.absolute, EventFileCache.key(file.model, data)) for file, data in items)
    if cache is not None:
        known = cache.get_many(keys[file.absolute] for file, _ in items)
        for file, _ in items:
            text = known.get(keys[file.absolute])
            record = None if text is None else cache.record(file.model, text)
            if record is not None:
                outcomes[file.absolute] = _FileOutcome(record, [])
        cache.remember_stats(  # each stat was taken before its file was read
            (file.absolute, stats[file.absolute], keys[file.absolute])
            for file, _ in items
            if file.absolute in stats
        )
    todo = [item for item in items if item[0].absolute not in outcomes]
    here = len(todo) < _MIN_PER_PROCESS * workers.jobs  # a few: not worth the pipe
    results: Iterator[_Valid | _FileOutcome]
    if here:
        results = map(_validate, todo)
    else:
        sent = [_sent(item) for item in todo]
        results = workers.map(partial(_validate_sent, pack=cache is not None), sent, _CHUNK)
    return _Batch(batch, outcomes, keys, stats, todo, results)


def _finish_batch(
    batch: _Batch, cache: EventFileCache | None
) -> Iterator[tuple[_File, _FileOutcome, str | None, str | None]]:
    """The outcomes of a batch :func:`_start_batch` began, in its files' order; the valid
    new records stored in the ``cache``."""
    outcomes, keys = batch.outcomes, batch.keys
    stored: list[tuple[str, str, bytes]] = []  # new entries, written at once
    for (file, _), outcome in zip(batch.todo, batch.results, strict=True):
        if isinstance(outcome, tuple):  # a worker's valid record, as its JSON
            text, packed = outcome
            if packed is not None:
                stored.append((keys[file.absolute], file.shown, packed))
            outcomes[file.absolute] = _FileOutcome(trusted_record(file.model, text), [])
            continue
        outcomes[file.absolute] = outcome
        if outcome.record is not None:
            share_fields_sets(outcome.record)  # as it arrives: memory is freed at once
            if cache is not None:
                packed = cache.packed(cache.text(outcome.record))
                stored.append((keys[file.absolute], file.shown, packed))
    if cache is not None:
        cache.put_packed_many(stored)
        cache.commit()
    for file in batch.files:
        yield file, outcomes[file.absolute], keys.get(file.absolute), batch.stats.get(file.absolute)


def _errors(exc: ValidationError, origin: Origin, shown: str) -> list[DataError]:
    found = []
    errors = exc.errors()
    if len(errors) > 1:  # an id that could not be derived because of other errors
        errors = [e for e in errors if not (e["type"] == "missing" and tuple(e["loc"]) == ("id",))]
    for err in errors:
        loc = tuple(err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        m = _FIELD_IN_MESSAGE.match(message)
        line_loc: tuple[str | int, ...] = loc
        if m and m.group(1).split(".")[: len(loc)] == [str(p) for p in loc]:
            line_loc = tuple(m.group(1).split("."))
        field_name = dotted(loc) or None
        if err["type"] == "missing":
            message = "is required"
        elif err["type"] == "too_short":
            message = f"needs at least {err['ctx']['min_length']} item; it has none"
        elif err["type"] == "less_than_equal":
            message = f"{err['input']!r} is larger than {err['ctx']['le']}, the most allowed"
        elif err["type"] == "greater_than_equal":
            message = f"{err['input']!r} is less than {err['ctx']['ge']}, the least allowed"
        elif err["type"] == "extra_forbidden":
            message = "is not a field of this record: remove it or check its spelling"
        elif err["type"] in ("enum", "literal_error") and "expected" in err.get("ctx", {}):
            message = f"{err['input']!r} is not allowed: expected {err['ctx']['expected']}"
        found.append(DataError(message, path=shown, line=origin.line(*line_loc), field=field_name))
    return found


def _shown(path: Path, root: Path) -> str:
    try:
        return str(Path(root.name) / path.relative_to(root))
    except ValueError:
        return str(path)


def _yaml_files(folder: Path) -> Iterator[Path]:
    """The files ``*.yaml``, then ``*.yml``, under ``folder`` (not hidden ones), each sorted
    by their parts (the order of Path's own comparison): what ``folder.rglob`` finds for
    each pattern (:func:`_yaml_paths`)."""
    return map(Path, _yaml_paths(str(folder)))


def _yaml_paths(folder: str) -> list[str]:
    """The paths of :func:`_yaml_files` as text, each ``folder``, a separator and the rest.

    One walk of the tree with names as text, sorted by their parts at a tenth of
    the cost of Path's comparison (rglob walked it once per pattern, making a Path
    of every entry: a third of the time of a build from the cache). Like rglob, it
    does not enter linked folders, and it lists a folder named like a YAML file
    (reading it says what is wrong).
    """
    yaml_paths: list[str] = []
    yml_paths: list[str] = []
    join = os.path.join
    for where, folders, files in os.walk(folder):
        for name in itertools.chain(files, folders):
            if name.startswith("."):
                continue
            if name.endswith(".yaml"):
                yaml_paths.append(join(where, name))
            elif name.endswith(".yml"):
                yml_paths.append(join(where, name))
    return sorted(yaml_paths, key=_parts) + sorted(yml_paths, key=_parts)


def _parts(path: str) -> list[str]:
    return path.split(os.sep)


def _listed_order(path: str) -> tuple[bool, list[str]]:
    """Where :func:`_yaml_paths` puts ``path``: the ``*.yaml`` files first, each by parts."""
    return not path.endswith(".yaml"), path.split(os.sep)


def load_with_origins(
    root: str | Path = "events",
    *,
    jobs: int | None = 1,
    cache: EventFileCache | None = None,
    trust_stat: bool = True,
) -> tuple[Timeline, dict[str, Origin]]:
    """Like :func:`load_events`, also returning where each event id was read from.

    With a ``cache`` and ``trust_stat``, a file whose size, modification and change
    times, inode and device are those it had when it was last read is taken from the
    cache without being read (:meth:`EventFileCache.keys_by_stat`).
    """
    timeline, origins = load_with_files(root, jobs=jobs, cache=cache, trust_stat=trust_stat)
    return timeline, {k: v for k, v in origins.items() if not k.startswith("agreement:")}


def load_with_files(
    root: str | Path = "events",
    *,
    jobs: int | None = 1,
    cache: EventFileCache | None = None,
    trust_stat: bool = True,
) -> tuple[Timeline, dict[str, Origin]]:
    """:func:`load_with_origins`, with the origins of the agreements too (as
    ``agreement:<id>``): every file read, what the build's index of them records
    (:mod:`timeline.last_build`)."""
    if not str(root).strip():  # Path("") is the current folder: never load that by accident
        raise DataError("no events folder given: pass its path, such as 'events'")
    root = Path(root)
    if not root.is_dir():
        raise DataError(
            "is not a folder of event files: create it or pass the right path", path=root
        )
    with cycle_collection_paused():
        with Workers(jobs or default_jobs()) as workers:
            outcomes = list(_read_files(_files(root), root, workers, cache, trust_stat))
        return _assemble(root, outcomes)


def _assemble(
    root: Path, outcomes: list[tuple[_File, _FileOutcome, str | None, str | None]]
) -> tuple[Timeline, dict[str, Origin]]:
    """The timeline of the files' outcomes, or every problem: theirs, repeated ids, dangling
    references."""
    problems: list[DataError] = []
    events: list[Event] = []
    agreements: list[Agreement] = []
    origins: dict[str, Origin] = {}
    failed: set[str] = set()  # ids of files that did not validate: their own error says why
    for file, outcome, digest, stat in outcomes:
        record = outcome.record
        if record is None:
            problems.extend(outcome.problems)
            if outcome.claimed_id is not None:
                failed.add(outcome.claimed_id)
            continue
        trusted = stat if stat is not None and settled(stat) else None
        origin = Origin(file.path, digest=digest, key=digest, stat=trusted)
        record_id = record.id
        key = ("agreement:" if isinstance(record, Agreement) else "") + record_id
        if key in origins:
            first = _shown(origins[key].path, root)
            problems.append(
                DataError(
                    f"{record_id!r} is already defined in {first}: give one of them another id",
                    path=file.shown,
                    line=origin.line("id"),
                    field="id",
                )
            )
            continue
        origins[key] = origin
        if isinstance(record, Agreement):
            agreements.append(record)
        else:
            events.append(record)
    known = {a.id for a in agreements} | failed, {e.id for e in events} | failed
    # a person rejects a proposal by deleting its file: links to it are dropped, not errors
    dropped = rejected(root, known[1])
    for e, field_name, index, target in dangling_references(events, *known):
        if field_name == "related" and target in dropped:
            continue
        origin = origins[e.id]
        if index is None:
            message = (
                f"names agreement {target!r}, which has no file "
                f"{root.name}/{AGREEMENTS_DIR}/{target}.yaml: add it or fix the id"
            )
            where: tuple[str | int, ...] = (field_name,)
        else:
            message = f"names event {target!r}, which is not defined: fix the id or remove it"
            where = (field_name, index)
        problems.append(
            DataError(
                message,
                path=_shown(origin.path, root),
                line=origin.line(*where),
                field=field_name if index is None else f"{field_name}[{index}]",
            )
        )
    if problems:
        raise DataErrors(problems)
    for i, e in enumerate(events):
        if dropped.intersection(e.related):
            kept = [r for r in e.related if r not in dropped]
            events[i] = e.model_copy(update={"related": kept})
            origin = origins[e.id]
            origin.digest = hashlib.sha256(f"{origin.digest}\0{kept}".encode()).hexdigest()
    return Timeline(events, agreements), origins


@dataclass
class FileChanges:
    """What changed in events/ since the files it held when last read (:func:`load_changes`),
    by path relative to the folder."""

    #: each file new or whose bytes changed: its validated record and origin
    records: dict[str, tuple[Event | Agreement, Origin]] = field(default_factory=dict)
    #: what those files that do not validate say, as a full load says it
    problems: list[DataError] = field(default_factory=list)
    #: the files gone
    removed: list[str] = field(default_factory=list)
    #: the files read again whose bytes had not changed (a new stat, the same key)
    same: dict[str, Origin] = field(default_factory=dict)
    #: the files the folder holds
    listed: int = 0


class KnownFiles(Protocol):
    """What a build after an edit compares events/ with (:class:`timeline.last_build.LastBuild`,
    or :class:`KnownStats`): each folder's :func:`~timeline.events_cache.folder_digest` of
    the files it held when last read, and those files' stats for the few folders whose
    listing differs."""

    def folders(self) -> Mapping[str, tuple[str | None, int]]:
        """Each folder that held files (relative, ``""`` for the top) -> the digest of its
        files and how many there were."""
        ...

    def stats_under(self, folders: Collection[str]) -> dict[str, str | None]:
        """The files of these folders (not of their subfolders): relative path -> the stat
        it had (``None``: not trusted)."""
        ...


class KnownStats:
    """:class:`KnownFiles` of a mapping of relative path -> stat (``None``: not trusted)."""

    def __init__(self, stats: Mapping[str, str | None]) -> None:
        self._by_folder: dict[str, dict[str, str | None]] = {}
        for path, stat in stats.items():
            folder, _ = split_path(path)
            self._by_folder.setdefault(folder, {})[path] = stat

    def folders(self) -> dict[str, tuple[str | None, int]]:
        return {
            folder: (folder_digest((split_path(p)[1], s) for p, s in files.items()), len(files))
            for folder, files in self._by_folder.items()
        }

    def stats_under(self, folders: Collection[str]) -> dict[str, str | None]:
        return {p: s for f in folders for p, s in self._by_folder.get(f, {}).items()}


#: The fewest files the last build knew from which a build after an edit lists events/ on
#: two processes (below, forking costs more than the half of the listing it saves).
SPLIT_LISTING_FROM = 20_000


@dataclass
class _Listing:
    """What listing some folders of events/ found: the folders whose files differ from what
    the last build read (relative folder -> each file's :func:`~timeline.events_cache.stat_line`),
    how many files they hold, and which folders were listed."""

    differing: dict[str, list[str]] = field(default_factory=dict)
    listed: int = 0
    seen: set[str] = field(default_factory=set)

    def add(
        self,
        folder: str,
        lines: list[str],
        trusted: bool,
        known: Mapping[str, tuple[str | None, int]],
    ) -> None:
        """One folder's files' lines; ``trusted``: whether every one is a regular file's."""
        self.seen.add(folder)
        self.listed += len(lines)
        digest, count = known.get(folder, (None, -1))
        if not trusted or digest is None or count != len(lines) or lines_digest(lines) != digest:
            self.differing[folder] = lines

    def merge(self, other: _Listing) -> None:
        self.differing.update(other.differing)
        self.listed += other.listed
        self.seen |= other.seen


_SCANDIR_FD = os.scandir in os.supports_fd


def _list_folder(folder: str) -> tuple[list[str], list[str], bool] | None:
    """One folder's subfolders (as ``os.scandir`` joins them), what :func:`_yaml_paths`
    lists of its own files, each as its :func:`~timeline.events_cache.stat_line`, and
    whether each is a regular file (else its line has no stat: not trusted); ``None`` when
    it cannot be listed. The same entries as ``os.walk``: every folder entered (hidden
    ones too), linked folders not.

    The folder is listed through a descriptor where it can be, so each ``lstat`` looks
    the name up in it, not the whole path again (100,000 files after an edit)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if _SCANDIR_FD else None
    except OSError:
        return None
    folders: list[str] = []
    lines: list[str] = []
    trusted = True
    try:
        listing = os.scandir(folder if fd is None else fd)
    except OSError:
        if fd is not None:
            os.close(fd)
        return None
    try:
        with listing:
            for entry in listing:
                name = entry.name
                try:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(os.path.join(folder, name))
                except OSError:
                    pass
                if not name.startswith(".") and name.endswith((".yaml", ".yml")):
                    try:
                        line = stat_line(name, entry.stat(follow_symlinks=False))
                    except OSError:
                        line = name + "\0"
                    if line[-1] == "\0":
                        trusted = False
                    lines.append(line)
    finally:
        if fd is not None:
            os.close(fd)
    return folders, lines, trusted


def _list_folders(
    pending: list[str], cut: int, known: Mapping[str, tuple[str | None, int]]
) -> _Listing:
    """:class:`_Listing` of the folders ``pending`` and every folder under them (their
    relative paths start at ``cut``)."""
    listing = _Listing()
    while pending:
        folder = pending.pop()
        found = _list_folder(folder)
        if found is not None:
            pending.extend(found[0])
            listing.add(folder[cut:], found[1], found[2], known)
    return listing


def _stale_files(top: str, known: KnownFiles, jobs: int) -> tuple[list[str], int, list[str]]:
    """The files under ``top`` whose stat is not the one ``known`` gives (their paths as
    ``os.scandir`` joins them), how many files it holds, and the files ``known`` names that
    it no longer holds (relative paths).

    One ``scandir`` per folder and one ``lstat`` per file; a folder whose files' digest
    (:func:`~timeline.events_cache.lines_digest`) is the one ``known`` gives is done (no
    file of it compared, nor its files' stats read from the index); the files of the
    others are compared one by one with the stats ``known`` gives of them. With several
    ``jobs`` and a large folder, a forked process lists two fifths of the subfolders while
    this one lists the rest (:func:`timeline.processes.start_forked`; where it cannot
    fork, both are listed here).
    """
    digests = known.folders()
    cut = len(top) + 1  # os.scandir joins the folder given and a separator
    if jobs < 2 or sum(count for _, count in digests.values()) < SPLIT_LISTING_FROM:
        listing = _list_folders([top], cut, digests)
    else:
        found = _list_folder(top)
        listing = _Listing()
        if found is not None:
            folders = sorted(found[0])
            half = len(folders) * 3 // 5  # the forked process pays its start
            other = start_forked(
                "the process listing the event files",
                partial(_list_folders, folders[half:], cut, digests),
                fork=True,
            )
            try:
                listing = _list_folders(folders[:half], cut, digests)
                listing.add("", found[1], found[2], digests)
                listing.merge(other.result())
            finally:
                other.cancel()
    compared = [*listing.differing, *(f for f in digests if f not in listing.seen)]
    before = known.stats_under(compared)
    stale: list[str] = []
    present: set[str] = set()
    for folder, lines in listing.differing.items():
        prefix = top + os.sep + folder + os.sep if folder else top + os.sep
        for name, stat in map(line_parts, lines):
            path = prefix + name
            relative = path[cut:]
            present.add(relative)
            was = before.get(relative)
            if was is None or was != stat:
                stale.append(path)
    return stale, listing.listed, [path for path in before if path not in present]


def load_changes(
    root: str | Path,
    known: KnownFiles,
    keys_of: Callable[[list[str]], Mapping[str, str]],
    cache: EventFileCache,
    *,
    jobs: int | None = 1,
) -> FileChanges:
    """The files of ``root`` that are not as ``known`` says (the :func:`file_stat` each had
    when last read; ``None`` is not trusted: :class:`KnownFiles`), read and validated as
    :func:`load_with_files` does; the other files are not read. ``keys_of`` gives the key
    the bytes of these files had (relative paths; those it does not know are new), to tell
    a file rewritten as it was from one changed.

    One ``scandir`` per folder and one ``lstat`` per file, one digest per folder
    (:func:`_stale_files`), only the files to read sorted: what a build after a few edits
    costs instead of rebuilding every record (:mod:`timeline.incremental`).
    """
    root = Path(root)
    top = str(root)
    absolute_top = os.path.abspath(top)
    in_agreements = AGREEMENTS_DIR + os.sep
    changes = FileChanges()
    cut = len(top) + 1  # os.scandir joins the folder given and a separator
    path_prefix = str(root / "_")[:-1]  # as in _files
    stale, changes.listed, removed = _stale_files(top, known, jobs or default_jobs())
    to_read = []
    for path in sorted(stale, key=_listed_order):  # the order of _yaml_paths
        relative = path[cut:]
        model = Agreement if relative.startswith(in_agreements) else Event
        to_read.append(
            _File(
                path_prefix + relative,
                os.path.join(root.name, relative),
                model,
                os.path.join(absolute_top, relative),
            )
        )
    changes.removed = sorted(removed)
    keys = keys_of([path[cut:] for path in stale])
    with cycle_collection_paused(), Workers(jobs or default_jobs()) as workers:
        for file, outcome, key, stat in _read_files(to_read, root, workers, cache, True):
            relative = file.path[len(path_prefix) :]
            if outcome.record is None:
                changes.problems.extend(outcome.problems)
                continue
            trusted = stat if stat is not None and settled(stat) else None
            origin = Origin(file.path, digest=key, key=key, stat=trusted)
            if keys.get(relative) == key:
                changes.same[relative] = origin
            else:
                changes.records[relative] = (outcome.record, origin)
    return changes


def load_events(
    root: str | Path = "events",
    *,
    jobs: int | None = 1,
    cache: EventFileCache | None = None,
    trust_stat: bool = True,
) -> Timeline:
    """Load and validate every event and agreement file under ``root``.

    Raises :class:`~timeline.errors.DataErrors` listing every problem in
    every file (file, line, field, what to do); nothing is returned partly.
    ``jobs`` processes parse and validate the files (``None``: one per core;
    a few hundred files or fewer are done in this process); the result is the
    same whatever their number. With a ``cache``
    (:class:`~timeline.events_cache.EventFileCache`), a file validated before
    with the same bytes and the same model is not parsed again, and (with
    ``trust_stat``) one whose stat is unchanged since it was read is not read.

    >>> timeline = load_events("events")
    >>> len(timeline), timeline[0].title
    (35, 'Founding of the Organization of Turkic States')
    """
    return load_with_origins(root, jobs=jobs, cache=cache, trust_stat=trust_stat)[0]


def event_path(event: Event, root: str | Path = "events") -> Path:
    """Where :func:`write_event` puts an event: ``<root>/<start year>/<id>.yaml``."""
    return Path(root) / f"{event.date.start.year:04d}" / f"{event.id}.yaml"


def agreement_path(agreement: Agreement, root: str | Path = "events") -> Path:
    """Where :func:`write_agreement` puts an agreement: ``<root>/agreements/<id>.yaml``."""
    return Path(root) / AGREEMENTS_DIR / f"{agreement.id}.yaml"


def _plain(record: BaseModel) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data.pop("sort_key", None)
    if isinstance(record, Event):
        data["id"] = record.id
        data["review"] = record.review.value
        data["date"].pop("sort_key", None)
        ordered = {k: data[k] for k in Event.model_fields if k in data}
        return ordered
    return data


def dump_event(record: Event | Agreement) -> str:
    """The YAML text of an event or agreement, as written to events/ (stable field order)."""
    return yaml.safe_dump(
        _plain(record), sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
    )


def write_event(event: Event, root: str | Path = "events") -> Path:
    """Write one event to its file (atomically); returns the path."""
    return atomic_write(event_path(event, root), dump_event(event))


def write_agreement(agreement: Agreement, root: str | Path = "events") -> Path:
    """Write one agreement to its file (atomically); returns the path."""
    return atomic_write(agreement_path(agreement, root), dump_event(agreement))
