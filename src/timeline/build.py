"""The main job: events/ and corpus/ -> timeline.db and every export.

:func:`check` loads and validates everything without writing: every event
file against the model, every quote against the corpus file it cites
(``text[start:end] == quote``). :func:`build` then writes the database and
every export into a staging area beside the real ones and switches them in
together (:mod:`timeline.staging`): when anything is invalid, a folder is
read-only or the disk fills up, :func:`build` raises before replacing
anything, so an existing database and exports stay byte-identical, and a
build killed at any moment leaves them wholly old or wholly new.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, NoReturn

from .collection import Timeline
from .corpus import Document, read_corpus
from .curated import load_with_files
from .documents_cache import DocumentCache, read_corpus_cached
from .errors import DataError, DataErrors, TimelineError
from .event_files import Origin
from .events_cache import EventFileCache
from .files import read_ahead
from .formats import ExportChanges, update_exports
from .formats import write as write_exports
from .incremental import Delta, build_facts, corpus_digest, find_changes
from .last_build import LastBuild
from .locks import lock_path, shared_lock
from .model import Source
from .processes import (
    Pending,
    can_continue_fresh,
    continue_fresh,
    default_jobs,
    in_forked_child,
    start_forked,
)
from .staging import Stage, flush_quietly, staged_outputs
from .store import load_timeline
from .store.build import (
    build_database,
    finish_database_file,
    import_sqlite_utils_without_dataframes,
)
from .store.update import EventChanges, event_digests, update_database, update_database_with
from .urls import public_base_url

__all__ = ["BuildReport", "build", "check", "stats"]


@dataclass
class BuildReport:
    """What a build read and wrote."""

    documents: list[Document]
    database: Path | None = None
    written: list[Path] = field(default_factory=list)
    #: each event's :attr:`Origin.digest <timeline.event_files.Origin.digest>` (what its file
    #: held): of every event, or after an incremental build of those read
    digests: dict[str, str] = field(default_factory=dict)
    #: whether the database was updated in place (:mod:`timeline.store.update`), not rewritten
    updated_in_place: bool = False
    #: whether only the changed event files were read (:mod:`timeline.incremental`)
    incremental: bool = False
    #: how many events and agreements the timeline has
    events: int = 0
    agreements: int = 0
    _timeline: Timeline | None = field(default=None, repr=False)

    @property
    def timeline(self) -> Timeline:
        """The events and agreements: those validated, or after an incremental build (which
        did not load them) read back from the database when first asked for."""
        if self._timeline is None:
            if self.database is None:
                raise TimelineError("the build wrote no database to read its timeline from")
            self._timeline = load_timeline(self.database)
        return self._timeline

    def summary(self) -> str:
        """One line for people: counts and where the outputs are."""
        out = f"{self.events} events, {self.agreements} agreements, {len(self.documents)} documents"
        if self.database is not None:
            out += f" -> {self.database} and {len(self.written)} export files"
        return out


def _verify_sources(
    timeline: Timeline,
    documents: Sequence[Document],
    origins: dict[str, Origin],
    events_dir: Path,
) -> Timeline:
    """Check every quote against its document; fill publication date and URL from it.

    The sources of ``timeline`` (just loaded, and nobody else's) are completed in
    place: a copy of every event would hold the timeline twice at its peak.
    """
    docs = {d.id: d for d in documents}
    problems: list[DataError] = []
    for e in timeline.events:
        for i, s in enumerate(e.sources):
            doc = docs.get(s.document)
            if doc is None:
                message = (
                    f"document {s.document!r} is not in the corpus: add the article file "
                    "or fix the id"
                )
                problems.append(_error(message, origins.get(e.id), events_dir, i, "document"))
                continue
            found = doc.text[s.start : s.end]
            if found != s.quote:
                message = (
                    f"does not match {s.document} at {s.start}..{s.end}, which reads "
                    f"{found[:60]!r}: fix the offsets or the quote"
                )
                problems.append(_error(message, origins.get(e.id), events_dir, i, "quote"))
                continue
            for name, value in _provenance(s, doc).items():
                setattr(s, name, value)
    if problems:
        raise DataErrors(problems)
    return timeline


def _error(
    message: str, origin: Origin | None, events_dir: Path, index: int, name: str
) -> DataError:
    """A problem with the field ``name`` of source ``index`` of an event, with file and line."""
    return DataError(
        message,
        path=_shown(origin.path, events_dir) if origin else None,
        line=origin.line("sources", index, name) if origin else None,
        field=f"sources[{index}].{name}",
    )


def _provenance(source: Source, doc: Document) -> dict[str, Any]:
    """What the document says of itself, for each field the event file leaves empty."""
    published: date | None = source.published
    inferred = source.published_inferred  # a date the event file gives is as it says
    if published is None:
        published, inferred = doc.published, doc.published_inferred
    return {
        "outlet": source.outlet or doc.outlet,
        "title": source.title or doc.title,
        "published": published,
        "published_inferred": inferred,
        "url": source.url or doc.url,
    }


def _shown(path: Path, root: Path) -> str:
    try:
        return str(Path(root.name) / path.relative_to(root))
    except ValueError:
        return str(path)


def check(
    events_dir: str | Path = "events",
    corpus_dir: str | Path = "corpus",
    *,
    jobs: int | None = None,
    cache: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    trust_stat: bool = True,
) -> BuildReport:
    """Load and validate events/ against the model and corpus/, writing nothing.

    ``jobs`` processes validate the event files (``None``: one per core; the
    result is the same whatever their number); ``cache`` is a SQLite file of
    files validated before (:mod:`timeline.events_cache`) and documents read
    before (:mod:`timeline.documents_cache`), created when missing: an
    unchanged file is not parsed again. A cache that cannot be
    opened (a read-only folder) is done without, saying so to ``progress``.
    With ``trust_stat`` (and a cache), a file whose size, times, inode and device
    are those it had when it was last read is not read again (docs/scale.md,
    "Trusting a file's stat"); without, every file is read and hashed.
    Raises :class:`~timeline.errors.DataErrors` with every problem found.
    """
    return _check(events_dir, corpus_dir, jobs, cache, progress or (lambda _msg: None), trust_stat)[
        0
    ]


def _check(
    events_dir: str | Path,
    corpus_dir: str | Path,
    jobs: int | None,
    cache: str | Path | None,
    say: Callable[[str], None],
    trust_stat: bool,
) -> tuple[BuildReport, dict[str, Origin]]:
    """:func:`check`, with the origin of every event and agreement (``agreement:<id>``)."""
    events_dir = Path(events_dir)
    with shared_lock(
        lock_path(events_dir),
        busy=f"`timeline propose` ({{holder}}) is writing {events_dir}: "
        "run this again when it has finished",
    ):
        validated = None
        if cache is not None:
            try:
                validated = EventFileCache(cache)
            except TimelineError as exc:
                say(f"{exc}: validating every file")
        if validated is None:
            timeline, origins = load_with_files(events_dir, jobs=jobs)
        else:
            try:
                timeline, origins = load_with_files(
                    events_dir, jobs=jobs, cache=validated, trust_stat=trust_stat
                )
            finally:
                validated.close()
            if validated.problem:
                say(f"{validated.problem}: validated every file")
    documents = _read_corpus(corpus_dir, cache, say)
    timeline = _verify_sources(timeline, documents, origins, events_dir)
    digests = {k: o.digest for k, o in origins.items() if o.digest is not None and ":" not in k}
    report = BuildReport(
        documents=documents,
        digests=digests,
        events=len(timeline),
        agreements=len(timeline.agreements),
        _timeline=timeline,
    )
    return report, origins


def _changes(
    events_dir: str | Path,
    corpus_dir: str | Path,
    db_path: str | Path,
    cache: str | Path,
    index: LastBuild,
    jobs: int | None,
    say: Callable[[str], None],
) -> tuple[Delta, list[Document]] | None:
    """The changes since the last build (:mod:`timeline.incremental`), their quotes
    checked and the index brought along (not committed), with the documents; ``None``
    (saying why) when the build must read every file."""
    events_dir = Path(events_dir)
    if not Path(db_path).is_file():
        say("no previous database: reading every file")
        return None
    with shared_lock(
        lock_path(events_dir),
        busy=f"`timeline propose` ({{holder}}) is writing {events_dir}: "
        "run this again when it has finished",
    ):
        try:
            validated = EventFileCache(cache)
        except TimelineError as exc:
            say(f"{exc}: reading every file")
            return None
        try:
            delta = find_changes(events_dir, db_path, index, validated, jobs=jobs, say=say)
        except sqlite3.Error as exc:  # a damaged cache file
            say(f"cannot read the build's index in {cache} ({exc}): reading every file")
            return None
        finally:
            validated.close()
    if delta is None:
        return None
    documents = _read_corpus(corpus_dir, cache, say)
    if index.facts().get("corpus") != corpus_digest(documents):
        say("the corpus changed: reading every file")
        return None
    changed = Timeline([e for e, _ in delta.changed])
    try:
        _verify_sources(changed, documents, {e.id: o for e, o in delta.changed}, events_dir)
    except DataErrors:
        say("a changed event's quote does not match: reading every file to report it")
        return None
    try:
        index.record_changes(events_dir, delta.files, changed.events, delta.gone_paths, delta.gone)
    except sqlite3.Error as exc:
        say(f"cannot write the build's index in {cache} ({exc}): reading every file")
        return None
    return delta, documents


def _read_corpus(
    corpus_dir: str | Path, cache: str | Path | None, progress: Callable[[str], None] | None
) -> list[Document]:
    """The documents of ``corpus_dir``, unchanged ones from ``cache`` when there is one."""
    if cache is None:
        return read_corpus([corpus_dir])
    try:
        documents = DocumentCache(cache)
    except TimelineError as exc:
        (progress or (lambda _msg: None))(f"{exc}: reading every document")
        return read_corpus([corpus_dir])
    try:
        return read_corpus_cached([corpus_dir], documents)
    finally:
        documents.close()
        if documents.problem:
            (progress or (lambda _msg: None))(f"{documents.problem}: read every document")


def build(
    events_dir: str | Path = "events",
    corpus_dir: str | Path = "corpus",
    db_path: str | Path = "timeline.db",
    exports_dir: str | Path | None = "exports",
    *,
    base_url: str | None = None,
    progress: Callable[[str], None] | None = None,
    jobs: int | None = None,
    cache: str | Path | None = None,
    trust_stat: bool = True,
) -> BuildReport:
    """Validate, then write the database and (unless ``exports_dir`` is None) every export.

        ``base_url`` is the public address ``exports_dir`` is published at
        (``https://events.example.org/timeline/``): the exports' links to
        themselves and to the calendar feeds use it (docs/datasette.md, "Public
        deployment"). ``jobs``, ``cache`` and ``trust_stat`` are those of :func:`check` (``jobs``
    also sets how many processes write the exports). The database
        is updated in place from the previous one when few events changed, giving
        what a full build gives (:mod:`timeline.store.update`), else written whole.

        >>> report = build("events", "corpus", "timeline.db", "exports")
        >>> report.summary()                                        # doctest: +ELLIPSIS
        '35 events, 8 agreements, 5 documents -> timeline.db and ... export files'
    """
    say = progress or (lambda _msg: None)
    base = public_base_url(base_url) if base_url is not None else None  # usage error first
    say("validating events and quotes")
    index = None
    if cache is not None and trust_stat:
        try:
            index = LastBuild(cache)
        except TimelineError as exc:
            say(f"{exc}: reading every file")
    if index is not None:
        # After an edit the database is copied (beside the splice) once the changes are
        # known: its 300 MB at 100,000 events are read from the disk meanwhile when the
        # page cache no longer holds them (the first build after an idle spell).
        read_ahead(db_path)
    try:
        found = None if index is None else _changes(
            events_dir, corpus_dir, db_path, cache or "", index, jobs, say
        )  # fmt: skip
        origins: dict[str, Origin] = {}
        if found is None:
            report, origins = _check(events_dir, corpus_dir, jobs, cache, say, trust_stat)
        with staged_outputs(db_path, exports_dir) as stage:
            spliced: list[Path] | None = None
            if found is not None:
                say("updating database from the changed events, beside the exports")
                report, spliced = _update_beside_splice(
                    found, db_path, stage, index, cache, base, say
                )
                if not report.updated_in_place:
                    spliced = None  # rendered again over the splice, as a full build renders
                    say("the database cannot be updated from the changes alone: reading every file")
                    found = None
                    if index is not None:
                        index.close()
                        index = LastBuild(cache or "")
                    report, origins = _check(events_dir, corpus_dir, jobs, cache, say, trust_stat)
            database: Pending[bool] | None = None
            beside = False  # the database written by a forked process beside the exports
            if found is None:
                beside = stage.exports is not None and _fork_database(jobs, report.events)
                if beside:
                    say("writing database in a second process, beside the exports")
                database = start_forked(
                    "the process writing the database",
                    partial(
                        _write_database,
                        db_path,
                        report,
                        stage.database,
                        (lambda _msg: None) if beside else say,
                    ),
                    fork=beside,
                    in_child=import_sqlite_utils_without_dataframes,
                )
            try:
                report.written.extend(
                    spliced
                    if spliced is not None
                    # beside the database writer the exports are rendered here alone: a
                    # forked process rendering them would hold a third copy of the heap
                    else _exports(
                        report,
                        stage.exports,
                        stage.database,
                        cache,
                        base,
                        1 if beside else jobs,
                        say,
                    )
                )
                if database is not None:
                    report.updated_in_place = database.result()
            finally:
                if database is not None:
                    database.cancel()
            say("switching in the new outputs")
        report.database = Path(db_path)
        report.written = [stage.published(p) for p in report.written]
        if index is not None:
            try:
                if found is None:
                    index.record_all(events_dir, report.timeline, origins)
                facts = build_facts(events_dir, db_path)
                index.commit({**facts, "corpus": corpus_digest(report.documents)})
            except sqlite3.Error as exc:  # the outputs are in: the next build is a full one
                say(
                    f"cannot write the build's index in {cache} ({exc}): "
                    "the next build reads every file"
                )
    finally:
        if index is not None:
            index.close()
    return report


def _fork_database(jobs: int | None, events: int) -> bool:
    """Whether a full build writes its database in a forked process beside the exports
    (:func:`timeline.processes.start_forked`): when several processes may run and the
    timeline is large."""
    return (jobs if jobs is not None else default_jobs()) > 1 and events >= FORK_DATABASE_FROM


#: The fewest events whose database a build writes in a second process (below, forking
#: costs more than it saves, and the database's memory is small).
FORK_DATABASE_FROM = 5_000


def _write_database(
    previous: str | Path, report: BuildReport, db_path: Path, say: Callable[[str], None]
) -> bool:
    """The database of the full timeline at ``db_path``: updated from ``previous`` when
    it can be (``True``), else written whole. Written whole by the forked writer, its
    rows are made from the events here, the rest in a fresh interpreter
    (:func:`_finish_fresh`)."""
    digests = event_digests(report.digests)
    say("updating database")
    if update_database(previous, report.timeline, report.documents, db_path, digests):
        return True
    say("writing database")
    fresh = in_forked_child() and can_continue_fresh()
    build_database(
        report.timeline,
        report.documents,
        db_path,
        digests=digests,
        finish_elsewhere=_finish_fresh if fresh else None,
    )
    return False


def _finish_fresh(rows: Path, db_path: Path) -> NoReturn:
    """The forked database writer goes on in a fresh interpreter once the rows made from
    the events are written at ``rows``: the indexes, full-text tables, summaries and
    VACUUM read the database alone, so the copy of the builder's heap that reading the
    events made (about 300-350 MB at 100,000 events) is let go while they run beside the
    exports (docs/history/scale-log.md, "The build, eighteenth session"). The call's value is
    :func:`_write_database`'s for a database written whole."""
    continue_fresh(_finish_in_fresh_interpreter, str(rows), str(db_path), value=False)


def _finish_in_fresh_interpreter(rows: str, db_path: str) -> None:
    """:func:`~timeline.store.build.finish_database_file` in the fresh interpreter of
    :func:`_finish_fresh`, which ends with it: sqlite-utils imported there without pandas
    (:func:`~timeline.store.build.import_sqlite_utils_without_dataframes`)."""
    import_sqlite_utils_without_dataframes()
    finish_database_file(rows, db_path)


def _update_beside_splice(
    found: tuple[Delta, list[Document]],
    previous: str | Path,
    stage: Stage,
    index: LastBuild | None,
    cache: str | Path | None,
    base: str | None,
    say: Callable[[str], None],
) -> tuple[BuildReport, list[Path] | None]:
    """The database updated from the changes alone (:func:`_update_from`) in a thread
    while this one splices the exports; the report, and the exports' paths (``None``
    when they cannot be spliced, or without exports).

    The update is mostly the kernel copying the previous database and SQLite applying
    the rows and running ANALYZE, which release the GIL; the splice is mostly Python:
    on two cores they take about the time of the longer one instead of the sum. Each
    writes its own staged files; the index (:class:`LastBuild`) is used by the update
    alone until it is done. The staged database is flushed to disk in the thread too
    (:mod:`timeline.staging` flushes it again before the switch, by then at no cost).
    """
    delta, documents = found

    def update() -> BuildReport:
        report = _update_from(delta, documents, previous, stage.database, index)
        if report.updated_in_place:
            flush_quietly(stage.database)
        return report

    with ThreadPoolExecutor(1, thread_name_prefix="timeline-database") as pool:
        updating = pool.submit(update)
        spliced = _splice(delta, stage.exports, cache, base, say)
    return updating.result(), spliced


def _splice(
    delta: Delta,
    exports_dir: Path | None,
    cache: str | Path | None,
    base: str | None,
    say: Callable[[str], None],
) -> list[Path] | None:
    """The changes spliced into the last build's exports (:func:`update_exports`): every
    export file's path, or ``None`` when they must be rendered (said to ``say``)."""
    if exports_dir is None:
        return []
    if cache is None:
        return None
    say("splicing the changed events into the exports")
    changes = ExportChanges(changed=[e for e, _ in delta.changed], removed=delta.removed)
    spans = Path(f"{cache}-exports.sqlite")
    return update_exports(exports_dir, changes, spans, base_url=base, today=None, progress=say)


def _exports(
    report: BuildReport,
    exports_dir: Path | None,
    database: Path,
    cache: str | Path | None,
    base: str | None,
    jobs: int | None,
    say: Callable[[str], None],
) -> list[Path]:
    """Every format rendered into ``exports_dir`` (none when ``None``), from the timeline
    read back from the new database after an incremental build that could not splice."""
    if exports_dir is None:
        return []
    spans = None if cache is None else Path(f"{cache}-exports.sqlite")
    if report._timeline is None:  # an incremental build: from the new database
        say("reading the timeline for the exports")
        report._timeline = load_timeline(database)
    return write_exports(
        report.timeline, exports_dir, base_url=base, progress=say, index=spans, jobs=jobs
    )


def _update_from(
    delta: Delta,
    documents: list[Document],
    previous: str | Path,
    db_path: Path,
    index: LastBuild | None,
) -> BuildReport:
    """The database at ``db_path`` updated from ``previous`` by the ``delta`` alone; the
    report says whether it could be (:func:`timeline.store.update.update_database_with`)."""
    assert index is not None
    file_digests = {e.id: o.digest for e, o in delta.changed if o.digest is not None}
    changes = EventChanges(
        changed=[e for e, _ in delta.changed],
        removed=delta.removed,
        digests=event_digests(file_digests),
    )
    updated = update_database_with(
        previous,
        changes,
        documents,
        db_path,
        actor_rows_of=lambda ids: index.actor_rows_of(ids, delta.parties),
        place_rows_of=index.place_rows_of,
    )
    return BuildReport(
        documents=documents,
        digests=file_digests,
        updated_in_place=updated,
        incremental=updated,
        events=delta.events,
        agreements=delta.agreements,
    )


def stats(timeline: Timeline) -> dict[str, dict[str, int]]:
    """Counts of events by kind, status, precision, year, country and organization."""
    out: dict[str, Counter[str]] = {
        "kind": Counter(),
        "status": Counter(),
        "precision": Counter(),
        "year": Counter(),
        "country": Counter(),
        "organization": Counter(),
        "review": Counter(),
    }
    for e in timeline.events:
        out["kind"][e.kind.value] += 1
        out["status"][e.status.value] += 1
        out["precision"][e.date.precision.value] += 1
        out["year"][str(e.date.start.year)] += 1
        out["review"][e.review.value] += 1
        for c in e.countries:
            out["country"][c] += 1
        for o in e.organizations:
            out["organization"][o] += 1
    return {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in out.items()}
