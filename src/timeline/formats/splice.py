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
by :func:`write_index` after a full render and updated after each splice.
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
"""

from __future__ import annotations

import os
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple

from ..collection import Timeline
from ..collector import cycle_collection_paused
from ..errors import ExportError
from ..files import atomic_path, os_error_message
from ..ics.ledger import (
    EMPTY_LEDGER,
    ENTRY_SEPARATOR,
    LEDGER_HEAD,
    LEDGER_TAIL,
    Ledger,
    LedgerRow,
    Revision,
    entry_text,
    ledger_row,
    write_if_changed,
)
from ..model import Agreement, Event
from ..processes import default_jobs
from . import by_year
from .contract import Format, FrameContext, RenderOptions, Section, SpannedFile, event_key
from .span_index import FileEntry, IndexProblem, SpanIndex, file_stat, stat_or_none, version_key
from .spans import event_keys

__all__ = ["MOST_CHANGED", "ExportChanges", "IndexRecorder", "index_entry", "update_exports"]

#: Past this share of the events changed (and 20 events), the exports are rendered in full.
MOST_CHANGED = 0.05

#: A piece of a spliced file: new bytes, ``(offset, length)`` in the previous file, or
#: ``(offset, length, first)``: that range with its items numbered again from ``first``.
Piece = bytes | memoryview | tuple[int, int] | tuple[int, int, int]


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


class _CannotSplice(Exception):
    """Why the exports are rendered in full instead."""


def _options_meta(options: RenderOptions) -> dict[str, Any]:
    return {
        "title": options.title,
        "base_url": options.base_url,
        "include_imprecise": options.include_imprecise,
        "by_year": options.by_year,
    }


# --- writing the index after a full render ------------------------------------------------


class IndexRecorder:
    """Collects what a full render wrote, then writes the span index (:func:`write`)."""

    def __init__(self, exports_dir: Path, timeline: Timeline, options: RenderOptions) -> None:
        self.exports = exports_dir
        self.timeline = timeline
        self.options = options
        self.entries: list[FileEntry] = []
        self.formats: list[str] = []

    def add(self, fmt: Format, path: str, spanned: SpannedFile) -> None:
        """A file just written: its frame and sections (without their bytes) and its stat."""
        self.entries.append(index_entry(fmt, path, spanned))
        if fmt.name not in self.formats:
            self.formats.append(fmt.name)

    def write(
        self, index: Path, ledger: Path | None, ledger_rows: Sequence[LedgerRow] = ()
    ) -> None:
        """Write the index (replacing any), with every file's stat as it is now;
        ``ledger_rows``: the entries of the ledger file ``ledger`` as it was saved."""
        for entry in self.entries:
            entry.stat = file_stat(self.exports / entry.path)
        tmp = index.with_name(f".{index.name}.writing")
        spans = SpanIndex.create(tmp)
        try:
            spans.write(
                _meta(self.options, self.timeline.agreements, self.formats, ledger),
                self.entries,
                events=zip(
                    [e.id for e in self.timeline.events],
                    self.options.order_keys or event_keys(self.timeline.events),
                    strict=True,
                ),
                ledger=ledger_rows,
            )
        finally:
            spans.close()
        try:
            os.replace(tmp, index)
        except OSError as exc:
            raise ExportError(
                f"cannot write the span index {index}: {os_error_message(exc)}"
            ) from None


def index_entry(fmt: Format, path: str, spanned: SpannedFile) -> FileEntry:
    """What the index records of a file just written: its frame and sections without
    their bytes (its stat is taken when the index is written)."""
    sections = [_without_body(s) for s in spanned.sections]
    return FileEntry(path, fmt.name, "", SpannedFile(list(spanned.parts), sections))


def _meta(
    options: RenderOptions, agreements: Sequence[Agreement], formats: list[str], ledger: Path | None
) -> dict[str, Any]:
    return {
        "version": version_key(),
        "options": _options_meta(options),
        "agreements": [a.model_dump(mode="json") for a in agreements],
        "formats": formats,
        "ledger": stat_or_none(ledger) if ledger is not None else None,
    }


def _without_body(section: Section) -> Section:
    return Section(
        [],
        section.lengths,
        section.keys,
        section.aux,
        section.separator,
        section.opener,
        section.closer,
        section.by_event_key,
        section.descending,
        section.limit,
        section.numbered,
        section.tail,
        section.digest,
    )


# --- the splice of one section ------------------------------------------------------------


def _find(section: Section, key: str) -> int | None:
    """Where the item of ``key`` is in the section, or ``None``."""
    keys = section.keys
    if section.descending:
        at = len(keys) - bisect_right(keys[::-1], key)
        return at if at < len(keys) and keys[at] == key else None
    at = bisect_left(keys, key)
    return at if at < len(keys) and keys[at] == key else None


def _place(section: Section, key: str) -> int:
    """Where an item of ``key`` goes among the section's items (before the first after it)."""
    if section.descending:
        return len(section.keys) - bisect_right(section.keys[::-1], key)
    return bisect_left(section.keys, key)


def splice_section(
    old: Section,
    start: int,
    gone: Collection[str],
    old_keys: Mapping[str, str],
    new: Section,
    events: int,
) -> tuple[list[Piece], Section]:
    """The pieces of a section after the splice, and the section as the index holds it.

    ``old`` begins at byte ``start`` of the previous file; the items of the
    events ``gone`` (changed or removed: ``old_keys`` gives their recorded
    order key) are dropped and ``new``'s items (the changed events', rendered
    alone) put at their place. ``events`` is how many events the timeline
    holds, for a section with a ``limit`` (kept from its start, or with
    ``tail`` from its end).
    """
    keys = old.keys
    count = len(keys)
    dropped: set[int] = set()
    if old.by_event_key:
        for event_id in gone:
            key = old_keys.get(event_id)
            at = _find(old, key) if key is not None else None
            if at is not None:
                dropped.add(at)
    elif gone:
        wanted = set(gone)
        dropped = {i for i, key in enumerate(keys) if key.rsplit("\0", 1)[1] in wanted}
    inserts: dict[int, list[tuple[str, bytes, str]]] = {}
    new_aux = new.aux if new.aux is not None else [""] * len(new)
    for key, item, aux in zip(new.keys, new.items(), new_aux, strict=True):
        inserts.setdefault(_place(old, key), []).append((key, item, aux))
    if not dropped and not inserts:  # untouched: the section as it was, one range
        return ([(start, old.size())] if count else []), _without_body(old)
    order: list[_Run | _New] = []  # the section's items in order
    cursor = 0
    for at in sorted(dropped | inserts.keys()):
        if cursor < at:
            order.append(_Run(cursor, at))
        order.extend(_New(*item) for item in inserts.get(at, ()))
        cursor = at + 1 if at in dropped else at
    if cursor < count:
        order.append(_Run(cursor, count))
    total = sum(len(entry) if isinstance(entry, _Run) else 1 for entry in order)
    limit = old.limit if old.limit is not None else total
    if total > limit:
        order = _cut(order, total - limit, from_start=old.tail)
    if old.limit is not None and count >= old.limit:  # the section held only some events
        for entry in order:
            if isinstance(entry, _New) and _beyond(old, entry.key):
                raise _CannotSplice(
                    f"an entry came into a section of the {old.limit} most recent events "
                    "from beyond it, where the events not kept may come first"
                )
    if order == [_Run(0, count)]:  # the new items fell beyond the limit: as it was
        return [(start, old.size())], _without_body(old)
    pieces, spliced = _section_pieces(old, start, order)
    if old.limit is not None and len(spliced) < old.limit and events > len(spliced):
        raise _CannotSplice(
            f"an entry left a section of the {old.limit} most recent events and the next one's "
            "is not kept"
        )
    return pieces, spliced


def _beyond(section: Section, key: str) -> bool:
    """Whether an item of ``key`` would sort beyond the kept end of a full limited section
    (before its first item for a ``tail``, after its last otherwise)."""
    keys = section.keys
    if section.tail:
        return key < keys[0]
    return key < keys[-1] if section.descending else key > keys[-1]


class _Run(NamedTuple):
    """Items ``first`` to ``end`` (excluded) of the previous section, copied."""

    first: int
    end: int

    def __len__(self) -> int:
        return self.end - self.first


class _New(NamedTuple):
    """A changed event's item, rendered alone: its key, bytes and auxiliary text."""

    key: str
    item: bytes
    aux: str


def _cut(order: list[_Run | _New], surplus: int, *, from_start: bool) -> list[_Run | _New]:
    """``order`` without ``surplus`` items at its start (``from_start``) or its end."""
    out = list(order) if from_start else list(reversed(order))
    while surplus:
        first = out[0]
        if isinstance(first, _Run):
            take = min(surplus, len(first))
            a, b = first
            rest = _Run(a + take, b) if from_start else _Run(a, b - take)
            out[0:1] = [rest] if len(rest) else []
            surplus -= take
        else:
            del out[0]
            surplus -= 1
    return out if from_start else list(reversed(out))


def _section_pieces(
    old: Section, start: int, order: list[_Run | _New]
) -> tuple[list[Piece], Section]:
    """The pieces that write ``order``'s items (old runs copied, new items as bytes)."""
    keys, lengths, separator = old.keys, old.lengths, old.separator
    offsets = list(accumulate(lengths, initial=0))
    base = start + len(old.opener)
    step = len(separator)

    def item_start(i: int) -> int:
        return base + offsets[i] + i * step

    pieces: list[Piece] = []
    out_keys: list[str] = []
    out_lengths = array("Q")
    out_aux: list[str] | None = [] if old.aux is not None else None
    for entry in order:
        if out_keys:
            pieces.append(separator)
        if isinstance(entry, _Run):
            a, b = entry
            where = (item_start(a), item_start(b - 1) + lengths[b - 1] - item_start(a))
            shift = len(out_keys) - a
            if old.numbered is not None and shift:  # the items' positions change
                pieces.append((*where, len(out_keys) + 1))
                out_lengths.extend(
                    lengths[i] + len(str(i + 1 + shift)) - len(str(i + 1)) for i in range(a, b)
                )
            else:
                pieces.append(where)
                out_lengths.extend(lengths[a:b])
            out_keys.extend(keys[a:b])
            if out_aux is not None and old.aux is not None:
                out_aux.extend(old.aux[a:b])
        else:
            key, item, aux = entry
            if old.numbered is not None:
                item = _numbered(item, old.numbered, len(out_keys) + 1)
            pieces.append(item)
            out_keys.append(key)
            out_lengths.append(len(item))
            if out_aux is not None:
                out_aux.append(aux)
    if out_keys:
        pieces = [old.opener, *pieces, old.closer]
    spliced = _without_body(old)
    if out_keys != keys:  # (the same strings mostly: compared by identity first)
        spliced.digest = None
    spliced.keys, spliced.lengths, spliced.aux = out_keys, out_lengths, out_aux
    return pieces, spliced


# --- the update ---------------------------------------------------------------------------


def _numbered(item: bytes, marker: bytes, position: int) -> bytes:
    """``item`` (``marker`` and a number first) with ``position`` as its number."""
    if not item.startswith(marker):
        raise ExportError(f"a numbered item does not begin with {marker!r}")
    digits = len(item) - len(item[len(marker) :].lstrip(b"0123456789")) - len(marker)
    return marker + str(position).encode() + item[len(marker) + digits :]


def _renumbered(data: bytes, marker: bytes, first: int) -> bytes:
    """Every item of ``data`` (each begins with ``marker`` and a number) numbered from ``first``."""
    numbers = iter(range(first, first + len(data)))
    pattern = re.compile(re.escape(marker) + rb"[0-9]+")
    return pattern.sub(lambda _match: marker + str(next(numbers)).encode(), data)


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
    except (_CannotSplice, IndexProblem) as exc:
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
        raise _CannotSplice("the span index was written by another version of timeline")
    recorded_options = dict(meta.get("options") or {})
    per_year = bool(recorded_options.pop("by_year", False))
    if {**recorded_options, "by_year": False} != _options_meta(options):
        raise _CannotSplice("the span index was written with other options (base URL, title)")
    if meta.get("formats") != list(formats):
        raise _CannotSplice("the span index does not hold every format")
    for fmt in formats.values():
        if fmt.splice is None:
            raise _CannotSplice(f"the {fmt.name} format cannot be spliced: {fmt.no_splice}")
    uses_ledger = any(f.uses_ledger for f in formats.values())
    ledger_file = exports / ledger_path
    if uses_ledger and meta.get("ledger") != stat_or_none(ledger_file):
        raise _CannotSplice(f"{ledger_path} changed since the span index was written")
    entries = spans.files()
    for path, entry in entries.items():
        if stat_or_none(exports / path) != entry.stat:
            raise _CannotSplice(f"{path} changed since the span index was written")
    changed_ids = [e.id for e in changes.changed]
    if len(set(changed_ids)) != len(changed_ids):
        raise _CannotSplice("an event is given twice among the changed ones")
    gone = set(changes.removed) - set(changed_ids)
    old_keys = spans.event_keys([*changed_ids, *gone])
    missing = gone - old_keys.keys()
    if missing:
        raise _CannotSplice(f"removed event {sorted(missing)[0]!r} is not in the previous exports")
    total = spans.count_events() - len(gone) + sum(1 for i in changed_ids if i not in old_keys)
    if len(changed_ids) + len(gone) > max(20, MOST_CHANGED * total):
        raise _CannotSplice(f"{len(changed_ids) + len(gone)} of {total} events changed")
    if per_year != (total >= by_year.BY_YEAR_FROM):
        raise _CannotSplice(
            f"the timeline crossed {by_year.BY_YEAR_FROM} events: the page and "
            "TimelineJS change between one file and a file per year"
        )
    ledger: Ledger | None = None
    recorded: dict[str, Revision] = {}
    ledger_size = (0, 0)
    if uses_ledger:
        if spans.ledger_has_legacy_hashes():
            raise _CannotSplice(f"{ledger_path} still holds format-1 hashes, migrated in full")
        ledger_size = spans.ledger_size()
        if _ledger_file_size(*ledger_size) != _size(meta.get("ledger")):
            raise _CannotSplice(f"the span index does not describe {ledger_path}")
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
    plans: dict[str, _Plan] = {}
    for fmt in formats.values():
        assert fmt.splice is not None
        say(f"splicing {fmt.name} export")
        fresh = fmt.splice.render(changed, options)
        owned = {p: e for p, e in entries.items() if e.format == fmt.name}
        mine: list[_Plan] = []
        for path in [*owned, *(p for p in fresh if p not in owned)]:
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
        revised = _LedgerEdit(
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


def _size(stat: object) -> int | None:
    """The size a :func:`~.span_index.file_stat` text gives (``None``: no file)."""
    return int(stat.split()[0]) if isinstance(stat, str) else None


def _ledger_file_size(entries: int, entry_bytes: int) -> int:
    """How long the ledger file of these entries is (see :meth:`Ledger.dumps`)."""
    if not entries:
        return len(EMPTY_LEDGER)
    gaps = len(ENTRY_SEPARATOR) * (entries - 1)
    return len(LEDGER_HEAD) + entry_bytes + gaps + len(LEDGER_TAIL)


@dataclass(frozen=True, slots=True)
class _LedgerEdit:
    """The ledger entries a splice revised, and how many entries of how many bytes the
    file held before."""

    revised: list[tuple[str, Revision]]
    count: int
    entry_bytes: int


def _splice_ledger(target: Path, spans: SpanIndex, edit: _LedgerEdit) -> list[LedgerRow]:
    """Write the revised entries into the ledger file at their places (sorted by id),
    copying the others; the revised entries as rows of the index."""
    count, entry_bytes, revised = edit.count, edit.entry_bytes, edit.revised
    if not count:  # no entry yet: these are all of them
        text, all_rows = Ledger(dict(revised)).dumps_entries()
        write_if_changed(target, text.encode("utf-8"))
        return all_rows
    head, separator = LEDGER_HEAD.encode(), ENTRY_SEPARATOR.encode()
    end = _ledger_file_size(count, entry_bytes) - len(LEDGER_TAIL)  # where the last entry ends

    def offset(before: int, bytes_before: int) -> int:
        return len(head) + bytes_before + len(separator) * before

    texts = dict(revised)
    items: list[Piece] = []
    rows: list[LedgerRow] = []
    before = bytes_before = 0  # the next old entry to copy: its number, the bytes before it
    for place in spans.ledger_places(texts):
        if place.before > before:  # the old entries up to this one, as one range
            start = offset(before, bytes_before)
            items.append((start, offset(place.before, place.bytes_before) - len(separator) - start))
        text = entry_text(place.event_id, texts[place.event_id])
        items.append(text.encode("utf-8"))
        rows.append(ledger_row(place.event_id, texts[place.event_id], text))
        before = place.before + (place.length is not None)
        bytes_before = place.bytes_before + (place.length or 0)
    if before < count:
        start = offset(before, bytes_before)
        items.append((start, end - start))
    pieces: list[Piece] = []
    for item in items:
        if pieces:
            pieces.append(separator)
        pieces.append(item)
    frame = SpannedFile([head, LEDGER_TAIL.encode()], [Section([], array("Q"), [])])
    _write_pieces(target, target, frame, [pieces])
    return rows


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
        base = SpannedFile(list(fresh.parts), [_emptied(s) for s in fresh.sections])
    else:
        base = old.spanned
    if fresh is not None and len(fresh.sections) != len(base.sections):
        raise _CannotSplice(f"{path} has another number of sections than the index says")
    pieces: list[list[Piece]] = []
    sections: list[Section] = []
    touched = old is None
    at = len(base.parts[0])
    for number, (section, part) in enumerate(zip(base.sections, base.parts[1:], strict=True)):
        new = fresh.sections[number] if fresh is not None else _emptied(section)
        cut, spliced = splice_section(section, at, gone, old_keys, new, events)
        as_it_was = [(at, section.size())] if len(section) else []
        touched = touched or cut != as_it_was or spliced.keys != section.keys
        pieces.append(cut)
        sections.append(spliced)
        at += section.size() + len(part)
    return _Plan(fmt, path, SpannedFile(list(base.parts), sections), pieces if touched else None)


def _emptied(section: Section) -> Section:
    """A section of the same layout with no item."""
    empty = _without_body(section)
    empty.keys, empty.lengths, empty.digest = [], array("Q"), None
    empty.aux = [] if section.aux is not None else None
    return empty


def _commit(
    exports: Path,
    spans: SpanIndex,
    plans: list[_Plan],
    entries: Mapping[str, FileEntry],
    changes: ExportChanges,
    gone: Collection[str],
    ledger: _LedgerEdit | None,
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
                rows = _splice_ledger(exports / ledger_path, spans, ledger)
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
    """Write one spliced file (in a thread), unless it would hold the bytes it holds; its
    stat."""
    assert plan.view is not None and plan.pieces is not None
    if not (existed and _holds_already(target, plan.view, plan.pieces)):
        _write_pieces(target, target if existed else None, plan.view, plan.pieces)
    return file_stat(target)


def _holds_already(target: Path, view: SpannedFile, pieces: list[list[Piece]]) -> bool:
    """Whether ``target`` already holds what :func:`_write_pieces` would write from it.

    A ranged piece is the same bytes where it stays at its offset; the new bytes (frame
    parts, re-rendered items, renumbered ranges) are compared with the file's bytes at
    their place, the first difference ending the check. An edit that leaves a file's bytes
    as they were (a title, for the CSV of participants and of sources) then copies nothing:
    the file keeps its inode, as the files no change reaches do (kept, not rewritten, by
    the staging copy of the folder, or in place).
    """
    parts = view.parts
    try:
        fd = os.open(target, os.O_RDONLY)
    except OSError:
        return False
    try:
        size = os.fstat(fd).st_size
        at = 0

        def same(data: bytes | memoryview) -> bool:
            nonlocal at
            length = len(data)
            if at + length > size or os.pread(fd, length, at) != data:
                return False
            at += length
            return True

        if not same(parts[0]):
            return False
        for number, part in enumerate(parts[1:]):
            marker = view.sections[number].numbered
            for piece in pieces[number]:
                if not isinstance(piece, tuple):
                    if not same(piece):
                        return False
                elif len(piece) == 3 and marker is not None:
                    if not same(_renumbered(_read(fd, piece[0], piece[1]), marker, piece[2])):
                        return False
                elif piece[0] != at or at + piece[1] > size:
                    return False
                else:
                    at += piece[1]
            if not same(part):
                return False
        return at == size
    except (OSError, ExportError):
        return False
    finally:
        os.close(fd)


def _write_pieces(
    target: Path, previous: Path | None, view: SpannedFile, pieces: list[list[Piece]]
) -> None:
    """Write the frame of ``view`` around each section's pieces, atomically: a piece is
    new bytes, or a range of ``previous`` copied by the kernel (read and numbered again,
    for a numbered section's items that moved)."""
    parts = view.parts
    try:
        with atomic_path(target) as tmp:
            source = os.open(previous, os.O_RDONLY) if previous is not None else None
            out = os.open(tmp, os.O_WRONLY | os.O_TRUNC)
            try:
                waiting: list[bytes | memoryview] = [parts[0]]  # new bytes, written at once
                for number, part in enumerate(parts[1:]):
                    marker = view.sections[number].numbered
                    for piece in pieces[number]:
                        if not isinstance(piece, tuple):
                            waiting.append(piece)
                            continue
                        assert source is not None, "a range of a file there was none of"
                        if len(piece) == 3 and marker is not None:
                            data = _read(source, piece[0], piece[1])
                            waiting.append(_renumbered(data, marker, piece[2]))
                        else:
                            _write(out, b"".join(waiting))
                            waiting = []
                            _copy(source, out, piece[0], piece[1])
                    waiting.append(part)
                _write(out, b"".join(waiting))
            finally:
                os.close(out)
                if source is not None:
                    os.close(source)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {os_error_message(exc)}") from None


def _read(fd: int, offset: int, length: int) -> bytes:
    data = os.pread(fd, length, offset)
    while len(data) < length:
        more = os.pread(fd, length - len(data), offset + len(data))
        if not more:
            raise ExportError("the previous export file is shorter than its span index says")
        data += more
    return data


def _write(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _copy(source: int, out: int, offset: int, length: int) -> None:
    """Copy ``length`` bytes at ``offset`` of ``source`` to the end of ``out``, in the kernel."""
    while length:
        try:
            done = os.copy_file_range(source, out, length, offset)
        except OSError:  # not supported here (an old kernel, another system): read and write
            done = 0
        if done == 0:
            data = os.pread(source, min(length, 1 << 24), offset)
            if not data:
                raise ExportError("the previous export file is shorter than its span index says")
            _write(out, data)
            done = len(data)
        offset += done
        length -= done
