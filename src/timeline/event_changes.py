"""What changed in events/ since the last build: the files whose stat differs, read again.

A build after a few edits lists events/ (one ``scandir`` per folder and one ``lstat``
per file), compares each folder's files with what the last build read of them
(:class:`KnownFiles`: a digest per folder, then the stats of the few folders that
differ), and reads and validates only the files that changed (:func:`load_changes`),
as a full load reads them (:mod:`timeline.curated`; :mod:`timeline.incremental`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Protocol

from .collector import cycle_collection_paused
from .errors import DataError
from .event_files import AGREEMENTS_DIR, EventFile, Origin, listed_order
from .event_reading import read_files
from .events_cache import (
    EventFileCache,
    folder_digest,
    line_parts,
    lines_digest,
    settled,
    split_path,
    stat_line,
)
from .model import Agreement, Event
from .processes import Workers, default_jobs, start_forked

__all__ = ["SPLIT_LISTING_FROM", "FileChanges", "KnownFiles", "KnownStats", "load_changes"]


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
    """One folder's subfolders (as ``os.scandir`` joins them), what
    :func:`~timeline.event_files.list_event_files` lists of its own files, each as its
    :func:`~timeline.events_cache.stat_line`, and whether each is a regular file (else its
    line has no stat: not trusted); ``None`` when it cannot be listed. The same entries as
    ``os.walk``: every folder entered (hidden ones too), linked folders not.

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
    """The files of ``root`` that are not as ``known`` says (the
    :func:`~timeline.events_cache.file_stat` each had when last read; ``None`` is not
    trusted: :class:`KnownFiles`), read and validated as
    :func:`~timeline.curated.load_with_files` does; the other files are not read.
    ``keys_of`` gives the key the bytes of these files had (relative paths; those it does
    not know are new), to tell a file rewritten as it was from one changed.

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
    path_prefix = str(root / "_")[:-1]  # as in list_event_files
    stale, changes.listed, removed = _stale_files(top, known, jobs or default_jobs())
    to_read = []
    for path in sorted(stale, key=listed_order):  # the order of list_event_files
        relative = path[cut:]
        model = Agreement if relative.startswith(in_agreements) else Event
        to_read.append(
            EventFile(
                path_prefix + relative,
                os.path.join(root.name, relative),
                model,
                os.path.join(absolute_top, relative),
            )
        )
    changes.removed = sorted(removed)
    keys = keys_of([path[cut:] for path in stale])
    with cycle_collection_paused(), Workers(jobs or default_jobs()) as workers:
        for file, outcome, key, stat in read_files(to_read, root, workers, cache, True):
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
