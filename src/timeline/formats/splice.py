"""Exports updated by splicing the previous build's files: one edit costs one event.

A full render writes every file of every format from every event. After an
edit of a few events, :func:`update_exports` instead writes each file as

* the previous file's spans of the unchanged events, copied as byte ranges
  (``os.copy_file_range``: the kernel copies, nothing is parsed);
* the changed and added events' spans, rendered alone and put at their
  sorted place; the removed events' spans dropped;
* the frame (what is not an event's: a header with counts or a bounding box,
  a footer) kept, or computed again from the index (:class:`~.contract.SpliceRule`).

Where each span is comes from the span index (:mod:`.span_index`), written
after a full render (:mod:`.index_recorder`) and updated after each splice.
The calendars' sequence ledger is spliced the same way: its entries are rows
of the index, so the changed events' revisions are read from there, their
entries written at their place in the ledger file and the other entries
copied (a ledger of 100,000 entries was read and written whole before).
The result is byte-identical to a full render of the same events (the tests
compare them after random edits). Whatever the splice cannot prove
identical falls back to the full render, saying why: a missing, damaged or
stale index (another code version, other options, a file changed since),
a format without a splice rule, a sequence ledger still holding format-1
hashes, or more than :data:`MOST_CHANGED` of the events changed.

This module plans the update and commits it; one section's splice is
:mod:`.splice_section`'s, the files' writing (and the ledger's) :mod:`.splice_write`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..collection import Timeline
from ..collector import cycle_collection_paused
from ..errors import ExportError
from ..ics.ledger import Ledger, LedgerRow, Revision
from ..model import Agreement, Event
from ..processes import default_jobs
from . import by_year
from .contract import Format, FrameContext, RenderOptions, Section, SpannedFile, event_key
from .index_recorder import options_meta
from .span_index import FileEntry, IndexProblem, SpanIndex, stat_or_none, version_key
from .splice_section import CannotSplice, Piece, emptied, splice_section, without_body
from .splice_write import LedgerEdit, ledger_file_size, splice_ledger, write_plan

__all__ = ["MOST_CHANGED", "ExportChanges", "update_exports"]

#: Past this share of the events changed (and 20 events), the exports are rendered in full.
MOST_CHANGED = 0.05


@dataclass(frozen=True, slots=True)
class ExportChanges:
    """What changed since the build that wrote the exports.

    ``changed``: the added or edited events, validated and completed as the
    build holds them (sources with their documents' provenance); ``removed``:
    the ids of the events no longer in the timeline. The agreements and the
    documents are the same (the caller renders in full otherwise).
    """

    changed: Sequence[Event]
    removed: Collection[str]


def update_exports(
    exports_dir: Path,
    changes: ExportChanges,
    index: Path,
    *,
    base_url: str | None,
    today: date | None,
    progress: Callable[[str], None] | None = None,
    formats: Mapping[str, Format] | None = None,
    touched: list[Path] | None = None,
) -> list[Path] | None:
    """Update every export in ``exports_dir`` for ``changes`` by splicing, or say why not.

    ``index`` is the span index the last full render or splice of this
    folder wrote (see :func:`timeline.formats.write`). Returns the paths of
    every file of the formats (as :func:`~timeline.formats.write` does), or
    ``None`` when the exports must be rendered in full, after saying why to
    ``progress``; then nothing in ``exports_dir`` was changed. ``formats``
    defaults to every format of the registry. ``touched``, when given, receives
    the paths of the files the splice wrote (or found holding the bytes it would
    write, left as they were) or removed: every other file is left as it was,
    the same inode and mtime (a caller that staged a copy of the folder keeps those).
    """
    from .registry import FORMATS, LEDGER_PATH

    say = progress or (lambda _message: None)
    chosen = dict(formats if formats is not None else FORMATS)
    options = RenderOptions(
        ledger=None, today=today, base_url=base_url, content_hashes={}, include_imprecise=False
    )
    try:
        spans = SpanIndex.open(index)
    except IndexProblem as exc:
        say(f"rendering every export: {exc}")
        return None
    try:
        with cycle_collection_paused():
            written, changed = _update(
                Path(exports_dir), changes, spans, options, chosen, LEDGER_PATH, say
            )
        if touched is not None:
            touched.extend(changed)
        return written
    except (CannotSplice, IndexProblem) as exc:
        say(f"rendering every export: {exc}")
        return None
    except (ValueError, LookupError, TypeError, ExportError) as exc:
        # what the index says (lengths, keys, a frame's auxiliary values) does not fit the
        # files: a damaged or planted index (the cache's folder is not trusted)
        say(f"rendering every export: the span index {index} does not fit the exports ({exc})")
        return None
    finally:
        spans.close()


def _update(
    exports: Path,
    changes: ExportChanges,
    spans: SpanIndex,
    options: RenderOptions,
    formats: dict[str, Format],
    ledger_path: str,
    say: Callable[[str], None],
) -> tuple[list[Path], list[Path]]:
    meta = spans.meta()
    if meta.get("version") != version_key():
        raise CannotSplice("the span index was written by another version of timeline")
    recorded_options = dict(meta.get("options") or {})
    per_year = bool(recorded_options.pop("by_year", False))
    if {**recorded_options, "by_year": False} != options_meta(options):
        raise CannotSplice("the span index was written with other options (base URL, title)")
    if meta.get("formats") != list(formats):
        raise CannotSplice("the span index does not hold every format")
    for fmt in formats.values():
        if fmt.splice is None:
            raise CannotSplice(f"the {fmt.name} format cannot be spliced: {fmt.no_splice}")
    uses_ledger = any(f.uses_ledger for f in formats.values())
    ledger_file = exports / ledger_path
    if uses_ledger and meta.get("ledger") != stat_or_none(ledger_file):
        raise CannotSplice(f"{ledger_path} changed since the span index was written")
    changed_ids = [e.id for e in changes.changed]
    if len(set(changed_ids)) != len(changed_ids):
        raise CannotSplice("an event is given twice among the changed ones")
    gone = set(changes.removed) - set(changed_ids)
    old_keys = spans.event_keys([*changed_ids, *gone])
    missing = gone - old_keys.keys()
    if missing:
        raise CannotSplice(f"removed event {sorted(missing)[0]!r} is not in the previous exports")
    total = spans.count_events() - len(gone) + sum(1 for i in changed_ids if i not in old_keys)
    if len(changed_ids) + len(gone) > max(20, MOST_CHANGED * total):
        raise CannotSplice(f"{len(changed_ids) + len(gone)} of {total} events changed")
    if per_year != (total >= by_year.BY_YEAR_FROM):
        raise CannotSplice(
            f"the timeline crossed {by_year.BY_YEAR_FROM} events: the page and "
            "TimelineJS change between one file and a file per year"
        )
    ledger: Ledger | None = None
    recorded: dict[str, Revision] = {}
    ledger_size = (0, 0)
    if uses_ledger:
        if spans.ledger_has_legacy_hashes():
            raise CannotSplice(f"{ledger_path} still holds format-1 hashes, migrated in full")
        ledger_size = spans.ledger_size()
        if ledger_file_size(*ledger_size) != _size(meta.get("ledger")):
            raise CannotSplice(f"the span index does not describe {ledger_path}")
        recorded = spans.ledger_revisions(changed_ids)  # the changed events' entries only
        ledger = Ledger(recorded)
    agreements = [Agreement.model_validate(a) for a in meta.get("agreements", [])]
    options = RenderOptions(
        title=options.title,
        ledger=ledger,
        today=options.today,
        include_imprecise=options.include_imprecise,
        base_url=options.base_url,
        content_hashes={},
        jobs=1,
        by_year=per_year,
    )
    changed = Timeline(list(changes.changed), agreements)
    dropped = gone | set(changed_ids)  # the spans taken out: removed and changed events'
    rendered: dict[str, dict[str, SpannedFile]] = {}
    for fmt in formats.values():
        assert fmt.splice is not None
        say(f"rendering the changed events' {fmt.name} items")
        rendered[fmt.name] = fmt.splice.render(changed, options)
    untouched = _untouched(spans, formats, rendered, dropped)
    entries = spans.files(None if untouched is None else lambda path: not untouched(path))
    for path, entry in entries.items():
        if stat_or_none(exports / path) != entry.stat:
            raise CannotSplice(f"{path} changed since the span index was written")
    plans: dict[str, _Plan] = {}
    for fmt in formats.values():
        assert fmt.splice is not None
        say(f"splicing {fmt.name} export")
        fresh = rendered[fmt.name]
        owned = {p: e for p, e in entries.items() if e.format == fmt.name}
        mine: list[_Plan] = []
        for path in [*owned, *(p for p in fresh if p not in owned)]:
            if untouched is not None and untouched(path):
                mine.append(_Plan(fmt.name, path, _as_it_was(owned[path]), None))
                continue
            mine.append(
                _splice_file(
                    fmt.name, path, owned.get(path), fresh.get(path), dropped, old_keys, total
                )
            )
        # the frames after every section of the format is spliced (a frame may sum up the
        # format's other files)
        spliced = {plan.path: plan.view for plan in mine if plan.view is not None}
        context = FrameContext(total, options, spliced)
        views: dict[str, SpannedFile] = {}
        for plan in mine:
            if fmt.splice.reframe is not None and plan.view is not None:
                parts = fmt.splice.reframe(plan.path, plan.view, context)
                if parts is None:  # the file has no more reason to be (a feed without events)
                    plan.view = None
                elif parts != plan.view.parts:
                    plan.view.parts = parts
                    if plan.pieces is None:  # the frame alone changed: sections copied whole
                        plan.pieces = _unchanged(owned[plan.path])
            if plan.view is not None:
                views[plan.path] = plan.view
            plans[plan.path] = plan
        if fmt.splice.derived is not None:
            for path, data in fmt.splice.derived(views, context).items():
                old = owned.get(path)
                same = old is not None and old.spanned.parts == [data]
                plans[path] = _Plan(fmt.name, path, SpannedFile([data]), None if same else [])
    revised = None
    if ledger is not None:
        revised = LedgerEdit(
            [(i, r) for i, r in ledger.items() if recorded.get(i) != r], *ledger_size
        )
    return _commit(
        exports,
        spans,
        list(plans.values()),
        entries,
        changes,
        gone,
        revised,
        ledger_path,
        meta,
        say,
    )


#: Up to this many changed or removed events, the files holding none of them are found
#: in the index (their lists of keys searched as bytes) and their keys are not read.
FEW_TO_FIND = 64


def _untouched(
    spans: SpanIndex,
    formats: Mapping[str, Format],
    rendered: Mapping[str, Mapping[str, SpannedFile]],
    dropped: Collection[str],
) -> Callable[[str], bool] | None:
    """Which files the splice leaves as they are, known before their keys are read
    (``None``: every file's keys are read). Such a file is one of the files under a
    format's folder (a year's page or TimelineJS file, a calendar feed, a CSV table:
    their frames are computed from their items' count and auxiliary texts, never
    their keys) that holds none of the ``dropped`` events and gets none of the
    changed events' items ``rendered``. A file of a format's own path (a feed of the
    newest entries, whose frame reads its first key) is always read."""
    if len(dropped) > FEW_TO_FIND:
        return None
    fresh = {p for files in rendered.values() for p in files}
    folders = tuple(f"{fmt.folder}/" for fmt in formats.values() if fmt.folder)

    def candidate(path: str) -> bool:
        return path not in fresh and path.startswith(folders)

    holding = spans.holding(dropped, candidate)

    def untouched(path: str) -> bool:
        return candidate(path) and path not in holding

    return untouched


def _as_it_was(entry: FileEntry) -> SpannedFile:
    """A file the splice leaves as it was (its sections as the index holds them)."""
    spanned = entry.spanned
    return SpannedFile(list(spanned.parts), [without_body(s) for s in spanned.sections])


def _size(stat: object) -> int | None:
    """The size a :func:`~.span_index.file_stat` text gives (``None``: no file)."""
    return int(stat.split()[0]) if isinstance(stat, str) else None


@dataclass(slots=True)
class _Plan:
    """One file of the update: its new frame and sections (``None``: removed) and the
    pieces of each section to write (``None``: the file is unchanged)."""

    format: str
    path: str
    view: SpannedFile | None
    pieces: list[list[Piece]] | None


def _unchanged(entry: FileEntry) -> list[list[Piece]]:
    """The pieces of a file whose sections stay as they are (its frame is written again)."""
    spanned = entry.spanned
    pieces: list[list[Piece]] = []
    at = len(spanned.parts[0])
    for section, part in zip(spanned.sections, spanned.parts[1:], strict=True):
        size = section.size()
        pieces.append([(at, size)] if size else [])
        at += size + len(part)
    return pieces


def _splice_file(
    fmt: str,
    path: str,
    old: FileEntry | None,
    fresh: SpannedFile | None,
    gone: Collection[str],
    old_keys: Mapping[str, str],
    events: int,
) -> _Plan:
    """One file after the splice. A file the previous build did not have (a feed that
    appears) starts from the fresh render's frame with empty sections."""
    if old is None:
        assert fresh is not None
        base = SpannedFile(list(fresh.parts), [emptied(s) for s in fresh.sections])
    else:
        base = old.spanned
    if fresh is not None and len(fresh.sections) != len(base.sections):
        raise CannotSplice(f"{path} has another number of sections than the index says")
    pieces: list[list[Piece]] = []
    sections: list[Section] = []
    touched = old is None
    at = len(base.parts[0])
    for number, (section, part) in enumerate(zip(base.sections, base.parts[1:], strict=True)):
        new = fresh.sections[number] if fresh is not None else emptied(section)
        cut, spliced = splice_section(section, at, gone, old_keys, new, events)
        as_it_was = [(at, section.size())] if len(section) else []
        touched = touched or cut != as_it_was or spliced.keys != section.keys
        pieces.append(cut)
        sections.append(spliced)
        at += section.size() + len(part)
    return _Plan(fmt, path, SpannedFile(list(base.parts), sections), pieces if touched else None)


def _commit(
    exports: Path,
    spans: SpanIndex,
    plans: list[_Plan],
    entries: Mapping[str, FileEntry],
    changes: ExportChanges,
    gone: Collection[str],
    ledger: LedgerEdit | None,
    ledger_path: str,
    meta: dict[str, Any],
    say: Callable[[str], None],
) -> tuple[list[Path], list[Path]]:
    """Write the spliced files, the ``ledger``'s revised entries (``None``: no format
    uses the ledger) and the index; the paths of every file, and of those written or
    removed."""
    say("writing the spliced files")
    written: list[Path] = []
    touched: list[Path] = []
    recorded: list[FileEntry] = []
    removed: list[str] = []
    copies: list[tuple[_Plan, Path]] = []
    for plan in plans:
        target = exports / plan.path
        if plan.view is None:
            target.unlink(missing_ok=True)
            removed.append(plan.path)
            touched.append(target)
            continue
        if plan.pieces is not None:
            copies.append((plan, target))
            recorded.append(FileEntry(plan.path, plan.format, "", plan.view))
            touched.append(target)
        written.append(target)
    # The files are copied by the kernel in threads (the copies release the GIL), the
    # largest first, while this thread splices the ledger and records the index; the
    # index's transaction takes the files' stats, and commits, once every copy is done.
    pool = ThreadPoolExecutor(max(1, min(default_jobs(), len(copies))))
    try:
        copying = {
            plan.path: pool.submit(_write_plan, exports, plan, target, plan.path in entries)
            for plan, target in sorted(copies, key=lambda c: -_planned_size(c[0]))
        }
        rows: list[LedgerRow] = []
        if ledger is not None:
            say("saving the sequence ledger")
            if ledger.revised:
                rows = splice_ledger(exports / ledger_path, spans, ledger)
                touched.append(exports / ledger_path)
            written.append(exports / ledger_path)
            meta["ledger"] = stat_or_none(exports / ledger_path)
        say("recording the span index")

        def stats() -> dict[str, str]:
            return {path: done.result() for path, done in copying.items()}

        spans.write(
            meta,
            recorded,
            removed_files=removed,
            events=[(e.id, event_key(e.date.sort_key, e.id)) for e in changes.changed],
            removed_events=gone,
            ledger=rows,
            stats=stats,
        )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return written, touched


def _planned_size(plan: _Plan) -> int:
    """About how many bytes a plan writes (its copied ranges and new pieces)."""
    total = 0
    for section in plan.pieces or []:
        for piece in section:
            total += piece[1] if isinstance(piece, tuple) else len(piece)
    return total


def _write_plan(exports: Path, plan: _Plan, target: Path, existed: bool) -> str:
    """Write one spliced file (in a thread); its stat."""
    assert plan.view is not None and plan.pieces is not None
    return write_plan(target, plan.view, plan.pieces, existed)
