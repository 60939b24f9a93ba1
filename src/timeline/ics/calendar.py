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

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import partial

import icalendar

from ..collection import Timeline
from ..errors import ExportError
from ..model import Agreement, Event
from ..processes import default_jobs, map_ordered
from .component import (
    VeventParts,
    clean_text,
    clean_uri,
    content_hash,
    default_revision,
    event_props,
    legacy_content_hash,
    vevent_parts,
    with_revision,
)
from .dates import DEFAULT_PRECISIONS, placement
from .ledger import Ledger, Revision, build_day

__all__ = [
    "MEDIA_TYPE",
    "PARALLEL_FROM",
    "PRODID",
    "REFRESH",
    "assemble",
    "calendar_bytes",
    "render_events",
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
    components = render_events(
        events,
        agreements=agreements,
        ledger=ledger,
        today=today,
        include_imprecise=include_imprecise,
    )
    return assemble(components.values(), name=name, description=description, url=url)


#: Below this many events a render stays in this process: starting workers costs more.
PARALLEL_FROM = 5_000

#: Most events per item sent to a worker process: large enough that the pipe stays quiet.
_SPAN = 2_000

#: What an event's rendering gives: its content hash, and its VEVENT less the revision
#: (``None`` when the event is not shown, or when only the hash was asked for).
_Content = tuple[str, VeventParts | None]

# What the worker processes render from: set by _share before they start (see
# timeline.processes.map_ordered: with fork they inherit it, with spawn each sets it).
_shared: tuple[Sequence[Event], Mapping[str, Agreement], bool | None] | None = None


def _share(
    events: Sequence[Event], agreements: Mapping[str, Agreement], write: bool | None
) -> None:
    global _shared
    _shared = (events, agreements, write)


def _content(event: Event, agreements: Mapping[str, Agreement], write: bool | None) -> _Content:
    """The event's content hash and, when ``write`` says so, its VEVENT parts.

    ``write`` is ``None`` for the hash only, ``True`` to write every event,
    ``False`` to write only those the default feeds show.
    """
    where = placement(event.date)
    props = event_props(event, agreements, where)
    digest = content_hash(props)
    if write is None or not (write or where.in_default_feeds):
        return digest, None
    return digest, vevent_parts(event.id, props)


def _contents_of_span(span: tuple[int, int]) -> list[_Content]:
    assert _shared is not None, "_share runs before the workers render"
    events, agreements, write = _shared
    return [_content(e, agreements, write) for e in events[span[0] : span[1]]]


def _contents(
    events: Sequence[Event],
    agreements: Mapping[str, Agreement],
    write: bool | None,
    jobs: int | None,
) -> Iterator[_Content]:
    """:func:`_content` of each event, in order, in ``jobs`` processes.

    ``jobs`` ``None`` means every core when there are :data:`PARALLEL_FROM`
    events or more and this process runs no other thread, else this process.
    The workers render spans of at most :data:`_SPAN` events and send back
    bytes and hashes, taken in the events' order, so the output is the same
    with any number of processes.
    """
    if jobs is None:
        # Only a process without other threads starts workers by itself: forking one
        # (a web server rendering in a thread) can copy a lock another thread holds.
        alone = threading.active_count() == 1
        jobs = default_jobs() if alone and len(events) >= PARALLEL_FROM else 1
    if jobs <= 1 or len(events) < 2:
        for event in events:
            yield _content(event, agreements, write)
        return
    size = min(_SPAN, -(-len(events) // (4 * jobs)))  # at least four spans per process
    spans = [(i, min(i + size, len(events))) for i in range(0, len(events), size)]
    try:
        prepare = partial(_share, events, agreements, write)
        for contents in map_ordered(_contents_of_span, spans, jobs, 1, prepare=prepare):
            yield from contents
    finally:
        _share((), {}, None)  # the forked workers had it; this process lets the events go


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

    The same rule as :func:`render_events` (the ledger, or
    :func:`default_revision` without one), for formats that stamp events
    without writing VEVENTs (the Atom feed). ``content_hashes`` holds the
    hashes :func:`render_events` computed for the same events in the same
    build (see :class:`~timeline.formats.RenderOptions`); events found there
    are not hashed again; the others are hashed in ``jobs`` processes (see
    :func:`render_events`).
    """
    when = build_day(today) if ledger is not None else None
    agreements = agreements or {}
    known = content_hashes if content_hashes is not None else {}
    listed = list(events)
    unknown = [e for e in listed if e.id not in known]
    for event, (digest, _) in zip(unknown, _contents(unknown, agreements, None, jobs), strict=True):
        known[event.id] = digest
    return {e.id: _revision(e, known[e.id], ledger, when, agreements) for e in listed}


def _revision(
    event: Event,
    digest: str,
    ledger: Ledger | None,
    when: datetime | None,
    agreements: Mapping[str, Agreement],
) -> Revision:
    """The ledger's revision (recording a change ``when``), or the default without one.

    A ledger entry of format 1 is migrated on the way (see :mod:`.ledger`): the
    event's properties are built again to compute its old-style hash, once.
    """
    if ledger is not None and when is not None:
        return ledger.revise(
            event.id,
            digest,
            when,
            lambda: legacy_content_hash(event_props(event, agreements)),
        )
    return default_revision(event, digest)


def render_events(
    events: Iterable[Event],
    *,
    agreements: Mapping[str, Agreement] | None = None,
    ledger: Ledger | None = None,
    today: date | None = None,
    include_imprecise: bool = True,
    content_hashes: dict[str, str] | None = None,
    jobs: int | None = None,
) -> dict[str, bytes]:
    """Each shown event's serialized VEVENT by event id, in calendar order (date, then id).

    With a ``ledger``, revisions come from it (and it records new and changed
    events with the build day); without one, from :func:`default_revision`.
    Every event is revised, but only those a feed shows (all of them with
    ``include_imprecise``, see :func:`select_events`) are serialized. Each
    VEVENT is serialized once, however many feeds carry it. Each event's
    content hash is put in ``content_hashes`` when given, for
    :func:`revisions` in the same build.

    The properties, hashes and VEVENTs less their revision are made in ``jobs``
    processes (``None``: every core from :data:`PARALLEL_FROM` events on, in a
    process without other threads, see :func:`_contents`); the ledger is read and
    revised here, in calendar order, so the bytes are the same with any
    number of processes.
    """
    when = build_day(today) if ledger is not None else None
    agreements = agreements or {}
    out: dict[str, bytes] = {}
    hashes = content_hashes if content_hashes is not None else {}
    ordered = sorted(events, key=lambda e: (e.date.sort_key, e.id))
    contents = _contents(ordered, agreements, include_imprecise, jobs)
    for event, (digest, parts) in zip(ordered, contents, strict=True):
        hashes[event.id] = digest
        revision = _revision(event, digest, ledger, when, agreements)
        if parts is not None:
            out[event.id] = with_revision(parts, revision)
    return out


def assemble(
    vevents: Iterable[bytes], *, name: str, description: str, url: str | None = None
) -> bytes:
    """One VCALENDAR around serialized VEVENTs, as bytes.

    The envelope's properties come first, then the components, then
    ``END:VCALENDAR``: exactly what :meth:`icalendar.Calendar.to_ical` writes
    for the same components (the tests parse and re-serialize to check).
    """
    cal = _vcalendar(name=clean_text(name), description=clean_text(description), url=url)
    envelope: bytes = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    if not envelope.endswith(end):
        raise ExportError("icalendar wrote a VCALENDAR that does not end with END:VCALENDAR")
    # one join, one copy of the VEVENTs (a feed of 100,000 events is over 100 MB)
    return b"".join([envelope[: -len(end)], *vevents, end])


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
