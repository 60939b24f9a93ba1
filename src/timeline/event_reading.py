"""Reading event files on every core: in batches, a file whose bytes the cache knows taken from it.

The files are read and hashed in this process, in batches; the cache gives back the
records of the bytes it has validated before (and, trusting a file's stat, of the
files not changed since they were read), and the others are validated by a pool of
processes (:class:`~timeline.processes.Workers`), or here when they are few, and stored
in the cache. The outcomes come in the files' order, whatever the number of processes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .errors import DataError
from .event_files import EventFile
from .event_validation import FileOutcome, file_outcome
from .events_cache import EventFileCache, file_stat, share_fields_sets, trusted_record
from .model import Agreement, Event
from .processes import Workers
from .yaml_files import read_data_file

__all__ = ["read_files"]

#: Files read, looked up in the cache and validated at once (bounds the bytes held).
_BATCH = 2048
#: Files sent to a worker process at once.
_CHUNK = 64
#: Fewer files than this per process are validated in this process (a pool costs more).
_MIN_PER_PROCESS = 256


def _validate(item: tuple[EventFile, bytes]) -> FileOutcome:
    """Parse and validate one file's bytes (in this process).

    The lines of the fields are read only when the file has an error.
    """
    file, data = item
    return file_outcome(file.model, file.shown, file.absolute, data)


#: One file as it is sent to a worker process: whether it holds an agreement (else an
#: event), its name in messages, its absolute path and its bytes. Plain values: a
#: :class:`EventFile` (its ``Path`` above all) cost more to pickle and unpickle than its bytes.
_Sent = tuple[bool, str, str, bytes]
#: A valid file's record as a worker sends it back: its JSON, and that JSON as the cache
#: stores it (``None`` without a cache); a file with problems comes back as its outcome.
_Valid = tuple[str, "bytes | None"]


def _sent(item: tuple[EventFile, bytes]) -> _Sent:
    file, data = item
    return file.model is Agreement, file.shown, file.absolute, data


def _validate_sent(item: _Sent, pack: bool) -> _Valid | FileOutcome:
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
    outcome = file_outcome(Agreement if agreement else Event, shown, path, data)
    if outcome.record is None:
        return outcome
    text = EventFileCache.text(outcome.record)
    return text, EventFileCache.packed(text) if pack else None


@dataclass(slots=True)
class _Batch:
    """One batch of :func:`read_files` under way: what is known of its files already
    (outcomes, keys, stats, by absolute path) and the validations the workers are doing."""

    files: list[EventFile]
    outcomes: dict[str, FileOutcome]
    keys: dict[str, str]
    stats: dict[str, str]
    todo: list[tuple[EventFile, bytes]]
    results: Iterator[_Valid | FileOutcome]


def read_files(
    files: list[EventFile],
    root: Path,
    workers: Workers,
    cache: EventFileCache | None,
    trust_stat: bool = True,
) -> Iterator[tuple[EventFile, FileOutcome, str | None, str | None]]:
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
    batch: list[EventFile],
    root: Path,
    workers: Workers,
    cache: EventFileCache | None,
    trust_stat: bool,
) -> _Batch:
    """Read and hash the files of ``batch``, take what the cache knows, and hand the rest to
    the ``workers`` (whose map starts at once: :meth:`Workers.map`)."""
    # by each file's absolute path (a text, whose hash is kept: a Path's is made anew)
    outcomes: dict[str, FileOutcome] = {}
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
                outcomes[file.absolute], keys[file.absolute] = FileOutcome(record, []), key
    items: list[tuple[EventFile, bytes]] = []
    for file in batch:
        if file.absolute in outcomes:
            continue
        try:
            items.append((file, read_data_file(file.path, file.shown, root)))
        except DataError as exc:
            outcomes[file.absolute] = FileOutcome(None, [exc])
    keys.update((file.absolute, EventFileCache.key(file.model, data)) for file, data in items)
    if cache is not None:
        known = cache.get_many(keys[file.absolute] for file, _ in items)
        for file, _ in items:
            text = known.get(keys[file.absolute])
            record = None if text is None else cache.record(file.model, text)
            if record is not None:
                outcomes[file.absolute] = FileOutcome(record, [])
        cache.remember_stats(  # each stat was taken before its file was read
            (file.absolute, stats[file.absolute], keys[file.absolute])
            for file, _ in items
            if file.absolute in stats
        )
    todo = [item for item in items if item[0].absolute not in outcomes]
    here = len(todo) < _MIN_PER_PROCESS * workers.jobs  # a few: not worth the pipe
    results: Iterator[_Valid | FileOutcome]
    if here:
        results = map(_validate, todo)
    else:
        sent = [_sent(item) for item in todo]
        results = workers.map(partial(_validate_sent, pack=cache is not None), sent, _CHUNK)
    return _Batch(batch, outcomes, keys, stats, todo, results)


def _finish_batch(
    batch: _Batch, cache: EventFileCache | None
) -> Iterator[tuple[EventFile, FileOutcome, str | None, str | None]]:
    """The outcomes of a batch :func:`_start_batch` began, in its files' order; the valid
    new records stored in the ``cache``."""
    outcomes, keys = batch.outcomes, batch.keys
    stored: list[tuple[str, str, bytes]] = []  # new entries, written at once
    for (file, _), outcome in zip(batch.todo, batch.results, strict=True):
        if isinstance(outcome, tuple):  # a worker's valid record, as its JSON
            text, packed = outcome
            if packed is not None:
                stored.append((keys[file.absolute], file.shown, packed))
            outcomes[file.absolute] = FileOutcome(trusted_record(file.model, text), [])
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
