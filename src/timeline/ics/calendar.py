"""A list of events as one published iCalendar object (RFC 5545 §3.4, §3.6).

The VCALENDAR carries PRODID (§3.7.3), VERSION:2.0 (§3.7.4) and
CALSCALE:GREGORIAN (§3.7.1); NAME and DESCRIPTION (RFC 7986 §5.1, §5.2)
with their widely read predecessors X-WR-CALNAME and X-WR-CALDESC; URL
(RFC 7986 §5.5) when given; and how often subscribers should refresh:
REFRESH-INTERVAL;VALUE=DURATION (RFC 7986 §5.7) and X-PUBLISHED-TTL, both
12 hours. There is no METHOD: a published feed is not a scheduling message
(RFC 5546 applies only with METHOD). There is no TZID and so no VTIMEZONE:
every event is all-day (VALUE=DATE), and timestamps are UTC.

The calendar has no random UID (icalendar's ``Calendar.new`` would add
one), and every timestamp comes from the ledger or the event's sources, so
the same events give byte-identical output.
"""

from __future__ import annotations

import os
import tempfile
import threading
from array import array
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from itertools import accumulate
from typing import Generic, NamedTuple, TypeVar, cast

import icalendar

from ..collection import Timeline
from ..errors import ExportError
from ..model import Agreement, Event
from ..processes import default_jobs, map_shared
from .component import (
    clean_text,
    clean_uri,
    content_hash,
    default_revision,
    event_props,
    legacy_content_hash,
    props_of,
    vevent_bytes,
    vevent_values,
)
from .dates import DEFAULT_PRECISIONS, placement
from .ledger import Ledger, Revision, build_day

__all__ = [
    "MEDIA_TYPE",
    "ONE_CALENDAR",
    "PARALLEL_FROM",
    "PRODID",
    "REFRESH",
    "RenderedFeeds",
    "assemble",
    "calendar_bytes",
    "envelope",
    "one_calendar",
    "render_feeds",
    "revisions",
    "select_events",
]

#: PRODID (RFC 5545 §3.7.3). No version number, so that upgrading the
#: package does not change every published byte.
PRODID = "-//timeline//Political and diplomatic events//EN"

#: How often subscribers should refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL).
REFRESH = timedelta(hours=12)

#: The Content-Type to serve feeds with (RFC 5545 §8.1).
MEDIA_TYPE = "text/calendar; charset=utf-8"


def select_events(events: Iterable[Event], *, include_imprecise: bool = False) -> list[Event]:
    """The events a feed shows: coarse dates left out unless ``include_imprecise``.

    See :mod:`timeline.ics.dates` for which precisions are coarse.
    """
    if include_imprecise:
        return list(events)
    # the same test as placement(e.date).in_default_feeds, without placing every date
    return [e for e in events if e.date.precision in DEFAULT_PRECISIONS]


def calendar_bytes(
    events: Iterable[Event] | Timeline,
    *,
    name: str,
    description: str,
    url: str | None = None,
    include_imprecise: bool = False,
    ledger: Ledger | None = None,
    today: date | None = None,
) -> bytes:
    """One VCALENDAR holding ``events``, as the bytes of a ``.ics`` file.

    ``name`` and ``description`` title the calendar in subscribers' apps;
    ``url`` is a web page about it. Events dated only to a half year or
    coarser are left out unless ``include_imprecise`` (see
    :mod:`timeline.ics.dates`). With a ``ledger`` (the one
    :mod:`timeline.formats` keeps in
    ``exports/calendars/sequence.json``), SEQUENCE and DTSTAMP come from it,
    and events it does not know yet are recorded in it with ``today`` (the
    build day, see :func:`~timeline.ics.ledger.build_day`); without one, every
    event has SEQUENCE 0 and is stamped with its latest source's date.

    >>> from timeline import Timeline
    >>> calendar_bytes(Timeline(), name="Empty", description="Nothing yet")[:30]
    b'BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\n'
    """
    agreements: Mapping[str, Agreement] = {}
    if isinstance(events, Timeline):
        agreements = {a.id: a for a in events.agreements}
        events = events.events
    rendered = render_feeds(
        events,
        feeds_of=one_calendar,
        agreements=agreements,
        ledger=ledger,
        today=today,
        include_imprecise=include_imprecise,
        spans=False,
    )
    return assemble(rendered.vevents(ONE_CALENDAR), name=name, description=description, url=url)


#: Below this many events a render stays in this process: starting workers costs more.
PARALLEL_FROM = 5_000

#: Most events per item sent to a worker process: large enough that the pipe stays quiet.
_SPAN = 2_000

#: The key of the one calendar :func:`one_calendar` puts every event in.
ONE_CALENDAR = "calendar"


def one_calendar(event: Event) -> tuple[str]:
    """The feeds of :func:`render_feeds` for a single calendar: every event in one."""
    return (ONE_CALENDAR,)


@dataclass(frozen=True, slots=True)
class _Job:
    """What every span of one render is made from (see :func:`render_feeds`).

    ``write`` false: the events are only hashed (for :func:`revisions`).
    ``spans``: each VEVENT's order key is kept, for the span index of a build
    (:mod:`timeline.formats.splice`); a calendar rendered alone needs none.
    ``check_order``: the events are checked to be in calendar order (see
    :func:`render_feeds`). ``spill`` is the folder where worker processes leave
    the VEVENTs of their spans.
    """

    events: Sequence[Event]
    agreements: Mapping[str, Agreement]
    feeds_of: Callable[[Event], Iterable[Hashable]]
    include_imprecise: bool
    ledger: Ledger | None
    when: datetime | None
    keep_hashes: bool
    write: bool = True
    check_order: bool = True
    spans: bool = True
    spill: str | None = None


class _Span(NamedTuple):
    """What a span of events gives: the VEVENTs written, each once, and per feed
    the numbers of those it lists, in order; the events shown; the ledger
    entries to record; the content hashes when asked for; the calendar-order
    keys of its first and last events, and whether its events were in that
    order (when not, the span stops there).

    From a worker process, ``written`` is empty and ``spilled`` says where the
    VEVENTs are: a file, and where each ends in it (see
    :func:`_render_shared_span`); read back (:func:`_unspilled`), ``buffer``
    holds the file's bytes and those ends.
    """

    written: Sequence[bytes | memoryview]
    listed: Mapping[Hashable, Sequence[int]]
    shown: int
    revised: list[tuple[str, Revision]]
    hashes: list[tuple[str, str]]
    ends: tuple[_CheckKey, _CheckKey] | None = None
    in_order: bool = True
    spilled: tuple[str, array[int]] | None = None
    buffer: tuple[memoryview, array[int]] | None = None
    keys: Sequence[str] = ()


#: An event's place in calendar order: its date's sort key, then its id.
_OrderKey = tuple[str, str]


def _order_key(event: Event) -> _OrderKey:
    return (event.date.sort_key, event.id)


#: The same order as :func:`_order_key`, from the dates themselves: the first day,
#: then the last one descending (as an ordinal, negated), then the id.
_CheckKey = tuple[date, int, str]


def _check_key(event: Event) -> _CheckKey:
    when = event.date
    return (when.start, -when.end.toordinal(), event.id)


# The job the processes render from: set before the others are forked, which inherit it
# (timeline.processes.map_shared).
_job: _Job | None = None


def _share(job: _Job | None) -> None:
    global _job
    _job = job


def _render_shared_span(span: tuple[int, int]) -> _Span:
    """:func:`_render_span` in any of the processes rendering, its VEVENTs left in a file.

    A span's VEVENTs are megabytes: through the pool's pipe they cost the
    calling process about 2 CPU-seconds per 100,000 events to receive (it
    reads a pipe 64 KiB at a time), from a file one read. Each VEVENT is in
    the file once (the 22 feeds of 100,000 events are 288 MB, their distinct
    VEVENTs about a third of it); the feeds list them by number.
    """
    assert _job is not None, "_share runs before the workers render"
    return _spilled(_job, span)


def _spilled(job: _Job, span: tuple[int, int]) -> _Span:
    """:func:`_render_span`, its VEVENTs left in a file of the job's folder when it has one."""
    done = _render_span(job, span)
    if job.spill is None:
        return done
    path = os.path.join(job.spill, f"{span[0]}.vevents")
    with open(path, "wb") as file:
        file.writelines(done.written)
    ends = array("Q", accumulate(map(len, done.written)))
    listed = {key: array("L", numbers) for key, numbers in done.listed.items()}
    return done._replace(written=(), listed=listed, spilled=(path, ends))


def _unspilled(span: _Span) -> _Span:
    """The span with its VEVENTs read back from the file a worker left (then removed).

    ``written`` is left empty and ``buffer`` holds the file's bytes and where each
    VEVENT ends in them: :meth:`RenderedFeeds._add` cuts them only for the feeds that
    list some of the span's VEVENTs, not all (a feed of every event takes them whole).
    """
    if span.spilled is None:
        return span
    path, ends = span.spilled
    with open(path, "rb") as file:
        data = memoryview(file.read())
    os.unlink(path)
    return span._replace(spilled=None, buffer=(data, ends))


def _cut(data: memoryview, ends: array[int]) -> list[memoryview]:
    """Each VEVENT of a span's bytes, by where each ends."""
    return [data[start:end] for start, end in zip([0, *ends], ends, strict=False)]


def _runs(numbers: Sequence[int], ends: array[int]) -> Iterator[tuple[int, int]]:
    """Where the VEVENTs ``numbers`` (ascending) are in their span's file, as
    ``(start, end)`` runs: VEVENTs next to each other in the file are read at once.

    >>> list(_runs([0, 1, 3], array("Q", [5, 9, 12, 20])))
    [(0, 9), (12, 20)]
    """
    start = end = -1
    for number in numbers:
        first = ends[number - 1] if number else 0
        if first != end:
            if end >= 0:
                yield start, end
            start = first
        end = ends[number]
    if end >= 0:
        yield start, end


@lru_cache(maxsize=8)
def _every_number(count: int) -> array[int]:
    """``0, 1, ... count - 1`` as a worker lists them: a feed that lists every VEVENT."""
    return array("L", range(count))


def _render_span(job: _Job, span: tuple[int, int]) -> _Span:
    """Hash, revise and write the events of ``span``, each VEVENT into its feeds.

    The ledger is only read here (this may be a worker process with a copy of
    it): the revisions that differ from the recorded ones are given back for
    the calling process to record.
    """
    ledger, when, agreements, feeds_of = job.ledger, job.when, job.agreements, job.feeds_of
    everything, keep_hashes, write = job.include_imprecise, job.keep_hashes, job.write
    written: list[bytes] = []
    keys: list[str] = []  # each written VEVENT's event_key, for the span index
    listed: defaultdict[Hashable, list[int]] = defaultdict(list)
    revised: list[tuple[str, Revision]] = []
    hashes: list[tuple[str, str]] = []
    shown = 0
    events = job.events[span[0] : span[1]]
    check_order = job.check_order
    # calendar order (Timeline's: the date's sort key, then the id) checked on the way,
    # from the placement's days: start ascending, then (exclusive) end descending, then id
    last: tuple[date, date, str] | None = None
    for event in events:
        event_id = event.id
        where = placement(event.date)
        if check_order:
            start, end = where.start, where.end
            if last is not None and (
                start < last[0]
                or (start == last[0] and (end > last[1] or (end == last[1] and event_id < last[2])))
            ):
                return _Span((), {}, 0, [], [], None, False)
            last = (start, end, event_id)
        values = vevent_values(event, agreements, where)
        props = props_of(values)
        digest = content_hash(props)
        if keep_hashes:
            hashes.append((event_id, digest))
        if not write:
            continue
        if ledger is not None and when is not None:
            recorded = ledger.get(event_id)
            if recorded is not None and recorded.hash == digest:
                revision = recorded  # unchanged: most events of a rebuild
            else:
                # a format-1 entry is migrated on the way: its old-style hash computed once
                revision = ledger.revision(
                    event_id, digest, when, partial(legacy_content_hash, props)
                )
                revised.append((event_id, revision))
        else:
            revision = default_revision(event, digest)
        if not (everything or where.in_default_feeds):
            continue
        shown += 1
        number = len(written)
        written.append(vevent_bytes(event_id, values, revision))
        if job.spans:
            keys.append(f"{event.date.sort_key}\0{event_id}")  # formats.contract.event_key
        for key in feeds_of(event):
            listed[key].append(number)
    ends = (_check_key(events[0]), _check_key(events[-1])) if check_order and events else None
    return _Span(written, listed, shown, revised, hashes, ends, keys=keys)


def _spans(job: _Job, jobs: int | None) -> Iterator[_Span]:
    """:func:`_render_span` over the job's events, in order, in ``jobs`` processes: this
    one and ``jobs - 1`` forked beside it (:func:`timeline.processes.map_shared`), each
    taking the next span; the spans are given once all are rendered.

    ``jobs`` ``None`` means every core when there are :data:`PARALLEL_FROM`
    events or more and this process runs no other thread, else this process.
    """
    count = len(job.events)
    if jobs is None:
        # Only a process without other threads starts workers by itself: forking one
        # (a web server rendering in a thread) can copy a lock another thread holds.
        alone = threading.active_count() == 1
        jobs = default_jobs() if alone and count >= PARALLEL_FROM else 1
    if count < 2 or (jobs <= 1 and job.spill is None):
        yield _render_span(job, (0, count))
        return
    if jobs <= 1:
        # a job given its folder (render_feeds' ``later``) on one process: each span left
        # there as a worker's, so this process holds no feed's VEVENTs (a build's calendars
        # rendered beside the database writer, without a worker's copy of the heap)
        for start in range(0, count, _SPAN):
            yield _spilled(job, (start, min(start + _SPAN, count)))
        return
    size = min(_SPAN, -(-count // (4 * jobs)))  # at least four spans per process
    spans = [(i, min(i + size, count)) for i in range(0, count, size)]
    # a job given its folder (render_feeds' ``later``) leaves the VEVENTs there, read
    # as each feed is written (RenderedFeeds.read); otherwise they are read back here
    own = job.spill is None
    folder = tempfile.TemporaryDirectory(prefix="timeline-ics-") if own else nullcontext(job.spill)
    with folder as spill:
        job = replace(job, spill=spill)
        _share(job)  # the forked processes inherit it
        try:
            rendered = map_shared(
                _render_shared_span, spans, jobs, what="a process rendering the calendars"
            )
        finally:
            _share(None)  # the forked processes had it; this process lets the events go
        for span in rendered:
            yield _unspilled(span) if own else span


#: A feed's key, as the caller's ``feeds_of`` gives it.
K = TypeVar("K", bound=Hashable)


@dataclass(slots=True)
class RenderedFeeds(Generic[K]):
    """The VEVENTs of :func:`render_feeds`, gathered per feed, in calendar order.

    ``shown`` is how many events were written (the others have a date too
    coarse for the feeds, see :func:`select_events`).
    """

    pieces: dict[K, list[bytes | memoryview]] = field(default_factory=dict)
    counts: dict[K, int] = field(default_factory=dict)
    shown: int = 0
    #: per feed, each VEVENT's length and its event's order key (``event id`` last)
    lengths: dict[K, array[int]] = field(default_factory=dict)
    keys: dict[K, list[str]] = field(default_factory=dict)
    #: with :func:`render_feeds`' ``later``, the spans whose VEVENTs are left in the
    #: files the worker processes wrote, in order: the file, where each VEVENT ends in
    #: it, and per feed the numbers of those it lists (:meth:`read` reads them)
    spilled: list[tuple[str, array[int], Mapping[Hashable, Sequence[int]]]] = field(
        default_factory=list
    )
    #: the folder of those files, removed once every feed is read
    folder: tempfile.TemporaryDirectory[str] | None = None
    _read: set[K] = field(default_factory=set)

    def vevents(self, feed: K) -> list[bytes | memoryview]:
        """The feed's VEVENTs, as pieces to join in this order (none for an unknown feed)."""
        if self.spilled:
            return list(self.read(feed))
        return self.pieces.get(feed, [])

    def count(self, feed: K) -> int:
        """How many events the feed holds."""
        return self.counts.get(feed, 0)

    def read(self, feed: K) -> Iterator[bytes | memoryview]:
        """The feed's VEVENTs in pieces, in order, each read from its file only when
        asked for: a writer that lets each piece go holds no whole feed (the feeds of
        100,000 events are over 500 MB, their distinct VEVENTs over 100 MB). Once every
        feed is read, the files are removed."""
        if not self.spilled:
            yield from self.pieces.get(feed, [])
            return
        try:
            for path, ends, listed in self.spilled:
                numbers = listed.get(feed)
                if not numbers:
                    continue
                with open(path, "rb") as file:
                    descriptor = file.fileno()
                    for start, end in _runs(numbers, ends):
                        yield os.pread(descriptor, end - start, start)
        finally:
            self._read.add(feed)
            if self.folder is not None and self._read >= self.counts.keys():
                self.close()

    def close(self) -> None:
        """Remove the files :meth:`read` reads (then it reads nothing more)."""
        self.spilled = []
        if self.folder is not None:
            self.folder.cleanup()
            self.folder = None

    def _add_later(self, span: _Span) -> None:
        """A worker's span left in its file: the feeds' counts, lengths and keys now,
        the VEVENTs when :meth:`read` asks for them."""
        assert span.spilled is not None
        path, ends = span.spilled
        self.shown += span.shown
        spans = bool(span.keys)
        sizes = array("Q", [b - a for a, b in zip([0, *ends], ends, strict=False)])
        every = _every_number(len(ends))
        for hashable, numbers in span.listed.items():
            key = cast(K, hashable)
            lengths, keys = array("Q"), []
            if spans and numbers == every:
                lengths, keys = array("Q", sizes), list(span.keys)  # copies: feeds grow them
            elif spans:
                lengths = array("Q", [sizes[i] for i in numbers])
                keys = [span.keys[i] for i in numbers]
            if key in self.counts:
                self.counts[key] += len(numbers)
                self.lengths[key] += lengths
                self.keys[key] += keys
            else:
                self.counts[key] = len(numbers)
                self.lengths[key] = lengths
                self.keys[key] = keys
        self.spilled.append((path, ends, span.listed))

    def _add(self, span: _Span) -> None:
        if span.spilled is not None:
            self._add_later(span)
            return
        self.shown += span.shown
        written: Sequence[bytes | memoryview] | None = span.written
        whole: list[bytes | memoryview] | None = None
        spans = bool(span.keys)  # each VEVENT's length and key, for a build's span index
        if span.buffer is not None:  # a worker's: the span's VEVENTs in one buffer
            data, ends = span.buffer
            whole, written = [data], None
            every = _every_number(len(ends))
            if spans:
                sizes = array("Q", [b - a for a, b in zip([0, *ends], ends, strict=False)])
        elif spans:
            sizes = array("Q", map(len, span.written))
        for hashable, numbers in span.listed.items():
            key = cast(K, hashable)
            lengths, keys = array("Q"), []
            if whole is not None and numbers == every:  # every VEVENT, in order: one piece
                pieces = list(whole)
                if spans:
                    lengths, keys = array("Q", sizes), list(span.keys)  # copies: feeds grow them
            else:
                if written is None:
                    written = _cut(data, ends)
                pieces = [written[i] for i in numbers]
                if spans:
                    lengths = array("Q", [sizes[i] for i in numbers])
                    keys = [span.keys[i] for i in numbers]
            found = self.pieces.get(key)
            if found is None:
                self.pieces[key] = pieces
                self.counts[key] = len(numbers)
                self.lengths[key] = lengths
                self.keys[key] = keys
            else:
                found += pieces
                self.counts[key] += len(numbers)
                self.lengths[key] += lengths
                self.keys[key] += keys


def render_feeds(
    events: Iterable[Event],
    *,
    feeds_of: Callable[[Event], Iterable[K]],
    agreements: Mapping[str, Agreement] | None = None,
    ledger: Ledger | None = None,
    today: date | None = None,
    include_imprecise: bool = True,
    content_hashes: dict[str, str] | None = None,
    jobs: int | None = None,
    spans: bool = True,
    later: bool = False,
) -> RenderedFeeds[K]:
    """Each shown event's VEVENT in every feed ``feeds_of(event)`` names, in calendar order.

    Calendar order is date, then id. ``feeds_of`` is a module-level function
    giving the keys of the feeds that carry an event (worker processes are
    handed it). With a ``ledger``, revisions come from it (and it records
    new and changed events with the build day); without one, from
    :func:`default_revision`. Every event is revised, but only those a feed
    shows (all of them with ``include_imprecise``, see :func:`select_events`)
    are written; each VEVENT is written once, however many feeds carry it.
    Each event's content hash is put in ``content_hashes`` when given, for
    :func:`revisions` in the same build.

    From :data:`PARALLEL_FROM` events on (``jobs`` ``None``), in a process
    without other threads, the events are hashed, revised and written on every
    core: worker processes take spans of up to :data:`_SPAN` events in calendar
    order and give back the span's VEVENTs, each once, and per feed which, and the ledger
    entries to record; this process only puts the pieces in order. An event's
    revision depends on its own ledger entry only, so the bytes and the ledger
    are the same with any number of processes.

    The events of a :class:`~timeline.Timeline` are in calendar order already:
    the spans check that their events are (computing the keys where the work is
    spread) and this process that the spans follow each other; events that are
    not are sorted here and rendered again (revising an event twice against
    the ledger gives the same revision).

    ``later``: the VEVENTs the worker processes wrote stay in their files until
    each feed is read (:meth:`RenderedFeeds.read`, for a writer that writes
    each feed as it is read), instead of all being read back here.
    """
    when = build_day(today) if ledger is not None else None
    listed = events if isinstance(events, list) else list(events)
    keep_hashes = content_hashes is not None
    folder = tempfile.TemporaryDirectory(prefix="timeline-ics-") if later else None
    job = _Job(
        listed,
        agreements or {},
        feeds_of,
        include_imprecise,
        ledger,
        when,
        keep_hashes,
        spans=spans,
        spill=folder.name if folder is not None else None,
    )
    out = _render_in_order(job, jobs, content_hashes)
    if out is None:
        ordered = sorted(listed, key=_order_key)
        out = _render_in_order(
            replace(job, events=ordered, check_order=False), jobs, content_hashes
        )
    assert out is not None, "events in calendar order are rendered in one pass"
    if folder is not None:
        if out.spilled:
            out.folder = folder  # removed once every feed is read
        else:
            folder.cleanup()  # rendered in this process: nothing was left there
    return cast(RenderedFeeds[K], out)


def _render_in_order(
    job: _Job, jobs: int | None, content_hashes: dict[str, str] | None
) -> RenderedFeeds[Hashable] | None:
    """The job rendered, or ``None`` as soon as its events are found out of order."""
    out: RenderedFeeds[Hashable] = RenderedFeeds()
    last: _CheckKey | None = None
    for span in _spans(job, jobs):
        if not span.in_order or (span.ends and last is not None and span.ends[0] < last):
            return None
        if span.ends:
            last = span.ends[1]
        out._add(span)
        if job.ledger is not None and span.revised:
            job.ledger.record(span.revised)
        if content_hashes is not None:
            content_hashes.update(span.hashes)
    return out


def revisions(
    events: Iterable[Event],
    *,
    agreements: Mapping[str, Agreement] | None = None,
    ledger: Ledger | None = None,
    today: date | None = None,
    content_hashes: dict[str, str] | None = None,
    jobs: int | None = None,
) -> dict[str, Revision]:
    """Each event's revision by event id: what SEQUENCE, DTSTAMP, LAST-MODIFIED say.

    The same rule as :func:`render_feeds` (the ledger, or
    :func:`default_revision` without one), for formats that stamp events
    without writing VEVENTs (the Atom feed). ``content_hashes`` holds the
    hashes :func:`render_feeds` computed for the same events in the same
    build (see :class:`~timeline.formats.RenderOptions`); events found there
    are not hashed again; the others are hashed in ``jobs`` processes (as
    :func:`render_feeds` does).
    """
    when = build_day(today) if ledger is not None else None
    agreements = agreements or {}
    known = content_hashes if content_hashes is not None else {}
    listed = list(events)
    unknown = [e for e in listed if e.id not in known]
    job = _Job(
        unknown, agreements, one_calendar, True, None, None, True, write=False, check_order=False
    )
    for span in _spans(job, jobs):
        known.update(span.hashes)
    out: dict[str, Revision] = {}
    for event in listed:
        digest = known[event.id]
        if ledger is not None and when is not None:
            legacy = partial(_legacy_hash, event, agreements)
            out[event.id] = ledger.revise(event.id, digest, when, legacy)
        else:
            out[event.id] = default_revision(event, digest)
    return out


def _legacy_hash(event: Event, agreements: Mapping[str, Agreement]) -> str:
    """The event's format-1 hash, to migrate its ledger entry (see :mod:`.ledger`)."""
    return legacy_content_hash(event_props(event, agreements))


def assemble(
    vevents: Iterable[bytes | memoryview], *, name: str, description: str, url: str | None = None
) -> bytes:
    """One VCALENDAR around serialized VEVENTs, as bytes.

    The envelope's properties come first, then the components, then
    ``END:VCALENDAR``: exactly what :meth:`icalendar.Calendar.to_ical` writes
    for the same components (the tests parse and re-serialize to check).
    """
    head, end = envelope(name=name, description=description, url=url)
    # one join, one copy of the VEVENTs (a feed of 100,000 events is over 100 MB)
    return b"".join([head, *vevents, end])


def envelope(*, name: str, description: str, url: str | None = None) -> tuple[bytes, bytes]:
    """The VCALENDAR's bytes before its VEVENTs and after them (``END:VCALENDAR``)."""
    cal = _vcalendar(name=clean_text(name), description=clean_text(description), url=url)
    whole: bytes = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    if not whole.endswith(end):
        raise ExportError("icalendar wrote a VCALENDAR that does not end with END:VCALENDAR")
    return whole[: -len(end)], end


def _vcalendar(*, name: str, description: str, url: str | None) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("VERSION", "2.0")
    cal.add("PRODID", PRODID)
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("NAME", icalendar.vText(name))  # RFC 7986 §5.1; icalendar 7.3 does not type it
    cal.add("X-WR-CALNAME", icalendar.vText(name))  # TEXT, escaped (§3.3.11)
    cal.add("DESCRIPTION", description)
    cal.add("X-WR-CALDESC", icalendar.vText(description))
    if url:
        cal.add("URL", clean_uri(url), parameters={"VALUE": "URI"})
    cal.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", "PT12H")
    return cal
