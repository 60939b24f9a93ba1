"""Every export format by name, and the one writer of ``exports/``.

``timeline build``, ``timeline export``, the Python API and the Datasette
plugin all find formats here: :data:`FORMATS` lists them in build order,
:func:`format_named` finds one (an unknown name is a
:class:`~timeline.errors.UsageError` suggesting the nearest), :func:`render`
gives the bytes of one format's main file for a timeline (filtered or not),
and :func:`write` writes formats into a folder the way the build does:
atomically, unchanged files untouched, stale files of a format's folder
removed, the sequence ledger kept.

A large timeline's formats are written on every core: the calendars and
Atom spread their events over worker processes themselves (they share the
sequence ledger, which this process records), and the other formats are
each written by this process or by one forked beside it, whichever takes it
first; a forked one gives back the paths and, for a build, the span index's
entries (:func:`_write_format`). A format is the same bytes whichever process
writes it.
"""

from __future__ import annotations

import difflib
import threading
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..collection import Timeline
from ..collector import cycle_collection_paused
from ..errors import ExportError, UsageError
from ..filters import Filter
from ..ics.calendar import PARALLEL_FROM
from ..ics.ledger import Ledger, LedgerRow, write_if_changed, write_pieces_if_changed
from ..processes import default_jobs, map_shared
from ..urls import public_base_url
from . import (
    atom,
    by_year,
    csv_package,
    geojson,
    html_page,
    ics_feeds,
    plover,
    timeline_json,
    timelinejs,
)
from .contract import Format, RenderOptions
from .index_recorder import IndexRecorder, index_entry
from .span_index import FileEntry
from .spans import event_keys

__all__ = ["FORMATS", "LEDGER_PATH", "format_for_path", "format_named", "render", "write"]

#: The sequence ledger, relative to the exports folder (see :mod:`timeline.ics.ledger`).
LEDGER_PATH = ics_feeds.LEDGER_PATH

#: Every format, by name, in the order ``timeline build`` writes them.
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        timeline_json.FORMAT,
        timeline_json.SCHEMA_FORMAT,
        timelinejs.FORMAT,
        html_page.FORMAT,
        ics_feeds.FORMAT,
        atom.FORMAT,
        geojson.FORMAT,
        csv_package.FORMAT,
        plover.FORMAT,
    )
}


def format_named(name: str) -> Format:
    """The format called ``name`` (any case); :class:`UsageError` naming the known ones."""
    found = FORMATS.get(name.strip().lower())
    if found is not None:
        return found
    close = difflib.get_close_matches(name.lower(), list(FORMATS), n=2, cutoff=0.5)
    near = f": did you mean {' or '.join(close)}?" if close else ""
    raise UsageError(f"unknown export format {name!r}{near} (use one of {', '.join(FORMATS)})")


def format_for_path(path: str) -> Format | None:
    """The format whose main file is ``path`` under ``exports/`` (``timeline.geojson``)."""
    for fmt in FORMATS.values():
        if fmt.path == path:
            return fmt
    return None


def render(
    name: str,
    timeline: Timeline,
    selection: Filter | None = None,
    options: RenderOptions | None = None,
) -> bytes:
    """The bytes of format ``name``'s main file for the events ``selection`` keeps.

    >>> from timeline import Timeline
    >>> render("json", Timeline())[:15]
    b'{\\n  "$schema": '
    """
    fmt = format_named(name)
    chosen = timeline.filter(selection) if selection else timeline
    with cycle_collection_paused():
        return fmt.render(chosen, options or RenderOptions())


def write(
    timeline: Timeline,
    exports_dir: str | Path,
    names: Iterable[str] | None = None,
    *,
    title: str | None = None,
    today: date | None = None,
    include_imprecise: bool = False,
    base_url: str | None = None,
    progress: Callable[[str], None] | None = None,
    index: Path | None = None,
    jobs: int | None = None,
) -> list[Path]:
    """Write formats ``names`` (default: all) of ``timeline`` into ``exports_dir``.

    Every file is written atomically, and only when its bytes change (so
    mtimes, and the ETags served from them, stay put). Files of a format's
    folder (``calendars/``) that the format no longer writes are removed. The
    sequence ledger ``calendars/sequence.json`` is read first and, when a
    format used it, saved last; ``today`` is the day it records for new or
    changed events (default: ``SOURCE_DATE_EPOCH`` or today, UTC); ``base_url``
    is the public address the folder is published at (checked with
    :func:`timeline.urls.public_base_url`), for the links formats make to
    themselves and to each other.
    With ``index`` (a file beside the build's cache), every format writing
    all its files, the span index of what was written is recorded there for
    :func:`timeline.formats.update_exports` to splice the next build's
    changes into these files (:mod:`timeline.formats.splice`).
    From :data:`~timeline.formats.by_year.BY_YEAR_FROM` events on, the page and
    TimelineJS are written as the newest events and a file per year
    (:mod:`timeline.formats.by_year`).
    ``jobs`` is how many processes write (``None``: every core for a large
    timeline, see :func:`_write_formats`); the files are the same with any number.
    Returns the paths of every file the formats consist of.
    """
    exports = Path(exports_dir)
    chosen = [format_named(n) for n in names] if names is not None else list(FORMATS.values())
    ledger = Ledger.load(exports / LEDGER_PATH)
    options = RenderOptions(
        title=title,
        ledger=ledger,
        today=today,
        include_imprecise=include_imprecise,
        base_url=public_base_url(base_url) if base_url is not None else None,
        content_hashes={},  # the events are hashed once, for the calendars and Atom
        jobs=jobs,
        by_year=len(timeline) >= by_year.BY_YEAR_FROM,
    )
    say = progress or (lambda _message: None)
    every = all(fmt.splice is not None for fmt in chosen)
    recorder = None
    if index is not None and every:
        options = replace(options, order_keys=event_keys(timeline.events))  # once for all
        recorder = IndexRecorder(exports, timeline, options)
    done = _write_formats(chosen, timeline, options, exports, recorder is not None, say)
    written: list[Path] = []
    for fmt in chosen:
        paths, entries = done[fmt.name]
        if recorder is not None:
            recorder.entries.extend(entries)
            recorder.formats.append(fmt.name)
        if fmt.folder is not None:
            _remove_stale(exports / fmt.folder, {*paths, exports / LEDGER_PATH})
        written += paths
    uses_ledger = any(fmt.uses_ledger for fmt in chosen)
    ledger_rows: list[LedgerRow] = []
    if uses_ledger:
        saved, ledger_rows = ledger.save_entries(exports / LEDGER_PATH)
        written.append(saved)
    if recorder is not None and index is not None:
        say("recording the span index of the exports")
        recorder.write(index, exports / LEDGER_PATH if uses_ledger else None, ledger_rows)
    elif index is not None:
        index.unlink(missing_ok=True)  # it would describe other files than these
    return written


#: What writing one format gives: its paths and, for a build, the span index's entries.
_Written = tuple[list[Path], list[FileEntry]]


def _write_formats(
    chosen: list[Format],
    timeline: Timeline,
    options: RenderOptions,
    exports: Path,
    record: bool,
    say: Callable[[str], None],
) -> dict[str, _Written]:
    """Write every chosen format; what each gave, by name.

    With several processes (``options.jobs``, or every core for
    :data:`~timeline.ics.calendar.PARALLEL_FROM` events or more in a process
    without other threads), the formats that do not use the ledger are written
    each by one process, this one or one of ``jobs - 1`` forked beside it
    (:func:`timeline.processes.map_shared`: this process would otherwise wait,
    and every forked one holds a copy of most of its heap), then the calendars
    and Atom here (their events spread over the cores by themselves).
    """
    jobs = options.jobs
    if jobs is None:
        alone = threading.active_count() == 1  # forking a threaded process can copy a held lock
        jobs = default_jobs() if alone and len(timeline) >= PARALLEL_FROM else 1
    pooled = [fmt.name for fmt in chosen if not fmt.uses_ledger] if jobs > 1 else []
    done: dict[str, _Written] = {}
    if len(pooled) > 1:
        say(f"writing {', '.join(pooled)} exports in {min(jobs, len(pooled))} processes")
        job = _Job(timeline, replace(options, ledger=None, content_hashes=None), exports, record)
        _share(job)  # the forked processes inherit it
        try:
            results = map_shared(_write_format, pooled, jobs, what="a process writing the exports")
            for name, (paths, sent) in zip(pooled, results, strict=True):
                done[name] = paths, _unpacked(sent, options.order_keys)
        finally:
            _share(None)
    for fmt in chosen:
        if fmt.name not in done:
            say(f"writing {fmt.name} export")
            done[fmt.name] = _write_one(fmt, timeline, options, exports, record)
    return done


def _write_one(
    fmt: Format, timeline: Timeline, options: RenderOptions, exports: Path, record: bool
) -> _Written:
    """Write one format's files; with ``record``, their span index entries too."""
    paths: list[Path] = []
    entries: list[FileEntry] = []
    with cycle_collection_paused():
        if record and fmt.splice is not None:
            # each file written once, in order: a large one is rendered as it is written
            spanned = fmt.splice.render(timeline, replace(options, streamed=True))
            for rel, file in spanned.items():
                paths.append(write_pieces_if_changed(exports / rel, file.pieces()))
                entries.append(index_entry(fmt, rel, file))  # its spans, complete once written
        else:
            files = fmt.files(timeline, options)
            paths = [write_if_changed(exports / rel, data) for rel, data in files.items()]
    return paths, entries


@dataclass(frozen=True, slots=True)
class _Job:
    """What the worker processes write the formats from."""

    timeline: Timeline
    options: RenderOptions
    exports: Path
    record: bool


# Set before the processes writing the formats are forked: they inherit it
# (timeline.processes.map_shared).
_job: _Job | None = None


def _share(job: _Job | None) -> None:
    global _job
    _job = job


#: A span index entry as a worker sends it back: with, per section, the numbers of its
#: keys in the timeline's order keys when they all are some (the keys then left out).
_Packed = tuple[FileEntry, list["array[int] | None"]]


def _write_format(name: str) -> tuple[list[Path], list[_Packed]]:
    """:func:`_write_one` of the format ``name`` in any of the processes writing the
    formats; the entries' keys as numbers (:func:`_packed`), for a forked one to send back."""
    assert _job is not None, "_share runs before the workers write"
    job = _job
    paths, entries = _write_one(FORMATS[name], job.timeline, job.options, job.exports, job.record)
    return paths, _packed(entries, job.options.order_keys)


def _packed(entries: list[FileEntry], order_keys: list[str] | None) -> list[_Packed]:
    """``entries`` with each section's keys replaced by their numbers in ``order_keys``
    when they all are among them: a list of 100,000 keys sent as text is unpickled into
    100,000 new strings in the calling process, about 10 MB a section, where numbers
    give back the strings it holds already. :func:`_unpacked` undoes it."""
    if order_keys is None:
        return [(entry, [None] * len(entry.spanned.sections)) for entry in entries]
    number = {key: n for n, key in enumerate(order_keys)}
    packed: list[_Packed] = []
    for entry in entries:
        numbers: list[array[int] | None] = []
        for section in entry.spanned.sections:
            found = [number.get(key, -1) for key in section.keys]
            if -1 in found:
                numbers.append(None)  # keys of the format's own (a table's rows)
            else:
                numbers.append(array("L", found))
                section.keys = []
        packed.append((entry, numbers))
    return packed


def _unpacked(sent: list[_Packed], order_keys: list[str] | None) -> list[FileEntry]:
    """The entries of :func:`_packed`, each section's keys taken from ``order_keys``."""
    entries: list[FileEntry] = []
    for entry, numbers in sent:
        for section, found in zip(entry.spanned.sections, numbers, strict=True):
            if found is not None:
                assert order_keys is not None, "numbers are sent only for known keys"
                section.keys = [order_keys[n] for n in found]
        entries.append(entry)
    return entries


def _remove_stale(folder: Path, keep: set[Path]) -> None:
    """Delete files in ``folder`` of the kinds the format writes (by suffix) that are not kept."""
    suffixes = {p.suffix for p in keep}
    wanted = {p.resolve() for p in keep}
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix in suffixes and path.resolve() not in wanted:
            try:
                path.unlink()
            except OSError as exc:
                raise ExportError(f"cannot remove the stale file {path}: {exc.strerror}") from exc
