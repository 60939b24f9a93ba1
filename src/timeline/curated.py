"""The curated dataset in events/: YAML files a person can read, edit and diff.

One file per event, in the folder of its start year, and one per agreement, in
``agreements/`` (:mod:`timeline.event_files`, docs/events.md). Each event file holds
the fields of :class:`timeline.model.Event`. Loading validates every file and
collects *every* problem of every file before raising one
:class:`~timeline.errors.DataErrors`, each naming the file, the line and the field::

    events/2022/tokayev-visit.yaml:7: date.end 2022-05-01 is before date.start 2022-05-31

Besides each file's own problems (:mod:`timeline.event_validation`), a load finds
those between files: an id defined twice, a link to an event or agreement no file
defines. The files are listed by :mod:`timeline.event_files` and read on every core,
from the cache where it knows them, by :mod:`timeline.event_reading`; a build after a
few edits reads only the files changed (:mod:`timeline.event_changes`); writing
them is :mod:`timeline.event_writer`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .collection import Timeline, dangling_references
from .collector import cycle_collection_paused
from .errors import DataError, DataErrors
from .event_files import AGREEMENTS_DIR, EventFile, Origin, list_event_files
from .event_reading import read_files
from .event_validation import FileOutcome
from .events_cache import EventFileCache, settled
from .model import Agreement, Event
from .processes import Workers, default_jobs
from .proposed import rejected

__all__ = ["load_events", "load_with_files", "load_with_origins"]


def _shown(path: Path, root: Path) -> str:
    try:
        return str(Path(root.name) / path.relative_to(root))
    except ValueError:
        return str(path)


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
            outcomes = list(read_files(list_event_files(root), root, workers, cache, trust_stat))
        return _assemble(root, outcomes)


def _assemble(
    root: Path, outcomes: list[tuple[EventFile, FileOutcome, str | None, str | None]]
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
