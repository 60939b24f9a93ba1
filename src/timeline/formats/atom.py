"""Atom (RFC 4287): ``exports/timeline.atom``, the events most recently added or changed.

A feed reader, or a Slack or Teams feed integration, polls the file and shows
each new or changed event once. The feed holds the :data:`ENTRIES` events the
sequence ledger (:mod:`timeline.ics.ledger`, the one the calendar feeds use)
records as most recently changed, newest first:

* ``atom:id`` (§4.2.6) of an entry is ``urn:uuid:`` + a name-based UUID
  (RFC 4122 §4.3, SHA-1) of the event id, so it never changes; the feed's id
  is derived the same way from the feed's name;
* ``atom:updated`` (§4.2.15) is the event's LAST-MODIFIED in the ledger (the
  build day it was added or last changed), ``atom:published`` (§4.2.9) its
  CREATED; without a ledger both are the day of its latest source;
* ``atom:title`` is the title with an imprecise date in brackets, as in the
  calendars; ``atom:summary`` and ``atom:content`` are plain text (``type="text"``,
  §3.1.1), so nothing from the news can become markup;
* ``atom:link rel="alternate"`` (§4.2.7) is the first source's article,
  ``atom:category`` (§4.2.2) the kind; the feed has an ``atom:author``
  (§4.1.1) and, when the publishing URL is known, ``rel="self"``.

Serve it as ``application/atom+xml`` (RFC 4287 §7).
"""

from __future__ import annotations

import heapq
import re
import uuid
import xml.etree.ElementTree as ET
from array import array
from datetime import UTC, datetime
from itertools import count

from ..collection import Timeline
from ..ics.calendar import revisions
from ..ics.component import clean_text, event_description
from ..ics.dates import placement
from ..ics.ledger import Revision
from ..model import Event
from .contract import Format, FrameContext, RenderOptions, Section, SpannedFile, SpliceRule
from .spans import timeline_keys
from .timeline_json import DEFAULT_TITLE
from .timelinejs import kind_label, safe_url

__all__ = ["ENTRIES", "FORMAT", "MEDIA_TYPE", "entry_id", "to_atom"]

#: RFC 4287 §7.
MEDIA_TYPE = "application/atom+xml"

#: How many of the most recently added or changed events the feed holds.
ENTRIES = 100

_NS = "http://www.w3.org/2005/Atom"
_STAMP = "%Y-%m-%dT%H:%M:%SZ"


def entry_id(event_id: str) -> str:
    """The entry's ``atom:id``: a name-based UUID URN of the event id, stable forever."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"urn:timeline:event:{event_id}").urn


# XML 1.0 §2.2: characters no XML document may hold (control characters go in clean_text).
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _el(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, f"{{{_NS}}}{name}", attrs)
    if text is not None:
        child.text = _NOT_XML.sub("\ufffd", clean_text(text))
    return child


def _entry(feed: ET.Element, event: Event, revision: Revision, agreements: Timeline) -> None:
    entry = _el(feed, "entry")
    _el(entry, "id", entry_id(event.id))
    marker = placement(event.date).marker
    _el(entry, "title", f"[{marker}] {event.title}" if marker else event.title)
    _el(entry, "updated", revision.modified.strftime(_STAMP))
    _el(entry, "published", revision.created.strftime(_STAMP))
    url = next((safe_url(s.url) for s in event.sources if safe_url(s.url)), None)
    if url:
        _el(entry, "link", rel="alternate", href=url)
    _el(entry, "category", term=event.kind.value, label=kind_label(event.kind))
    head = f"{event.date.label()} · {kind_label(event.kind)} · {event.status.value}"
    _el(entry, "summary", f"{head}. {event.summary}" if event.summary else head, type="text")
    described = event_description(event, {a.id: a for a in agreements.agreements})
    _el(entry, "content", described, type="text")


def to_atom(timeline: Timeline, options: RenderOptions) -> bytes:
    """The feed's bytes: UTF-8 XML, deterministic for the same events and ledger."""
    return _spanned(timeline, options)[FORMAT_PATH].data()


#: Where the feed is written under ``exports/``.
FORMAT_PATH = "timeline.atom"

_KEY_STAMP = "%Y%m%dT%H%M%SZ"
_NEVER = datetime(1970, 1, 1, tzinfo=UTC)


def _feed(title: str, newest: datetime, base_url: str | None) -> ET.Element:
    """The feed element with its own members, before any entry."""
    ET.register_namespace("", _NS)
    feed = ET.Element(f"{{{_NS}}}feed")
    _el(feed, "id", uuid.uuid5(uuid.NAMESPACE_URL, f"urn:timeline:feed:{title}").urn)
    _el(feed, "title", title)
    _el(
        feed,
        "subtitle",
        "Political and diplomatic events extracted from the news, "
        "each with the quote that reports it: the most recently added or changed first.",
    )
    _el(feed, "updated", newest.strftime(_STAMP))
    author = _el(feed, "author")
    _el(author, "name", "timeline")
    _el(feed, "generator", "timeline")
    if base_url:
        _el(feed, "link", rel="self", href=base_url.rstrip("/") + "/timeline.atom")
    return feed


def _document(feed: ET.Element) -> bytes:
    ET.indent(feed, space=" ")
    body = ET.tostring(feed, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


_TAIL = b"</feed>\n"
_ENTRY, _END = b"\n <entry>", b"</entry>"


def _spanned(timeline: Timeline, options: RenderOptions) -> dict[str, SpannedFile]:
    """The feed as its own members around one span per entry, newest first.

    An entry's key is its LAST-MODIFIED, date and id, so the splice keeps the
    :data:`ENTRIES` newest in order; the feed's ``updated`` is the first's.
    """
    stamps = revisions(
        timeline.events,
        agreements={a.id: a for a in timeline.agreements},
        ledger=options.ledger,
        today=options.today,
        content_hashes=options.content_hashes,
        jobs=options.jobs,
    )
    # the newest ENTRIES, as sorted(..., reverse=True)[:ENTRIES] by (LAST-MODIFIED, date's
    # sort key, id) would give them: an event_key compares as its sort key and id do, and
    # tuples compared in C need no key function called per event
    events = timeline.events
    modified = [stamps[e.id].modified for e in events]
    latest = heapq.nlargest(ENTRIES, zip(modified, timeline_keys(timeline, options), count()))
    recent = [events[number] for _, _, number in latest]
    newest = max((stamps[e.id].modified for e in recent), default=_NEVER)
    feed = _feed(options.title or DEFAULT_TITLE, newest, options.base_url)
    for event in recent:
        _entry(feed, event, stamps[event.id], timeline)
    data = _document(feed)
    starts, at = [], data.find(_ENTRY)
    while at >= 0:
        starts.append(at + 2)
        at = data.find(_ENTRY, at + 2)
    ends = [data.index(_END, start) + len(_END) for start in starts]
    keys = [
        f"{stamps[e.id].modified.strftime(_KEY_STAMP)}\0{e.date.sort_key}\0{e.id}" for e in recent
    ]
    head_end = starts[0] - 1 if starts else len(data) - len(_TAIL)
    tail_start = ends[-1] + 1 if ends else head_end
    section = Section(
        [memoryview(data)[head_end:tail_start]],
        array("Q", [b - a for a, b in zip(starts, ends, strict=True)]),
        keys,
        separator=b"\n ",
        opener=b" ",
        closer=b"\n",
        by_event_key=False,
        descending=True,
        limit=ENTRIES,
    )
    return {FORMAT_PATH: SpannedFile([data[:head_end], data[tail_start:]], [section])}


def _reframe(path: str, spanned: SpannedFile, context: FrameContext) -> list[bytes]:
    """The feed's members again: its ``updated`` is its newest entry's."""
    entries = spanned.sections[0]
    newest = (
        datetime.strptime(entries.keys[0].split("\0", 1)[0], _KEY_STAMP).replace(tzinfo=UTC)
        if entries.keys
        else _NEVER
    )
    options = context.options
    data = _document(_feed(options.title or DEFAULT_TITLE, newest, options.base_url))
    return [data[: -len(_TAIL)], _TAIL]


#: Atom (RFC 4287) feed of the most recently added or changed events.
FORMAT = Format(
    name="atom",
    media_type=MEDIA_TYPE,
    path=FORMAT_PATH,
    description="Atom (RFC 4287) feed of the most recently added or changed events, for "
    "feed readers and Slack/Teams",
    render=to_atom,
    uses_ledger=True,
    splice=SpliceRule(_spanned, _reframe),
)
