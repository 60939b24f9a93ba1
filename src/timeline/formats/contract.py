"""The one contract every export format keeps.

A format is a small module that turns a :class:`~timeline.Timeline` into
bytes and says what it is: a :class:`Format` value naming the format, its
media type, the file it is published as under ``exports/`` and the function
that renders it. Formats published as several files (the iCalendar feeds,
the CSV tables of the Data Package) also give ``render_files``, every file by
its path under ``exports/``, and the folder they own there, so a build can
remove files that no longer belong to them.

Rendering is a pure function of the timeline and the :class:`RenderOptions`:
the same events, title and ledger give the same bytes, which is what the
drift check on ``exports/`` and the ETags of served files rely on.

A format that can be updated by splicing (:mod:`timeline.formats.splice`)
also gives a :class:`SpliceRule`: its files as :class:`SpannedFile` values,
each a frame (the bytes that do not belong to one event) around
:class:`Section` s of per-event spans, so a build after an edit copies the
previous file's spans and renders only the changed events'.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath

from ..collection import Timeline
from ..collector import cycle_collection_paused
from ..ics.ledger import Ledger

__all__ = [
    "Format",
    "FrameContext",
    "RenderOptions",
    "Renderer",
    "Section",
    "SpannedFile",
    "SpliceRule",
    "event_key",
]


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What a render may depend on besides the events.

    ``title`` names the export (each format has its default) and
    ``description`` says what it holds, for formats that carry one (a calendar
    feed's DESCRIPTION); ``ledger`` is
    the sequence ledger of :mod:`timeline.ics.ledger`, which stamps when each
    event was added or changed (iCalendar SEQUENCE and DTSTAMP, Atom
    ``updated``; without it those come from the events' sources); ``today``
    is the build day recorded in the ledger for new or changed events;
    ``include_imprecise`` puts events dated only to a half year or coarser in
    calendar feeds; ``base_url`` is where the exports are published, for
    formats that link to themselves (Atom).

    ``content_hashes`` lets the formats that stamp events from the ledger
    (iCalendar, then Atom) hash each event once per build: the first fills
    it by event id, the next reads it. It is valid for one timeline only:
    :func:`timeline.formats.write` passes a fresh dictionary on each call.

    ``jobs`` is how many processes the calendars and Atom hash and write
    events in (``None``: every core for large timelines, see
    :func:`timeline.ics.calendar.render_feeds`); the bytes are the same with
    any number.

    ``order_keys``: each event's :func:`event_key`, in the timeline's order,
    worked out once by :func:`timeline.formats.write` for the spans of every
    format (and one list, so the span index stores it once). Valid for that
    timeline only; a format given another timeline computes its own.

    ``streamed``: the splice rule's files are written once each, in order, by a writer
    that takes their pieces one at a time (:func:`timeline.formats.write` in a build):
    a large format may give them as a :attr:`SpannedFile.stream`, rendered as written,
    so no process holds the whole file. The bytes are the same either way.
    """

    title: str | None = None
    description: str | None = None
    ledger: Ledger | None = field(default=None, compare=False)
    today: date | None = None
    include_imprecise: bool = False
    base_url: str | None = None
    content_hashes: dict[str, str] | None = field(default=None, compare=False)
    jobs: int | None = field(default=None, compare=False)
    order_keys: list[str] | None = field(default=None, compare=False)
    by_year: bool = False
    streamed: bool = field(default=False, compare=False)


#: A renderer: the timeline and the options to the bytes of one file.
Renderer = Callable[[Timeline, RenderOptions], bytes]


def event_key(sort_key: str, event_id: str) -> str:
    """An event's place in calendar order as one string: the date's sort key, then the id.

    Strings compare as the pairs do (neither holds a NUL), and every span key
    ends with ``"\\0" + event id``, so the id is read back from the key.
    """
    return f"{sort_key}\0{event_id}"


@dataclass(slots=True)
class Section:
    """One run of per-event spans in a file: ``opener``, the items joined by
    ``separator``, ``closer`` (the three only when there is an item).

    ``body`` holds the section's bytes in pieces (their concatenation, empty
    when there is no item); ``lengths`` each item's length, in file order;
    ``keys`` each item's order key (:func:`event_key` when ``by_event_key``,
    else the format's own, still ending in ``"\\0" + event id``), ascending
    or, with ``descending``, descending in the file; ``aux`` a short text per
    item the format's frame is computed from (a GeoJSON point, a date label).
    ``limit``: the section holds at most this many items of all the events
    (Atom's most recent entries). ``numbered``: each item begins with these
    bytes and its position in the section, from 1 (schema.org ``ListItem``
    positions), renumbered when a splice moves it. ``tail``: with ``limit``, the
    section holds the last ``limit`` items of all (the newest, in calendar order)
    instead of the first. ``digest``: the digest the span index stores ``keys``
    under, when they are known to be the recorded ones (so an unchanged list is not
    joined and hashed again).
    """

    body: list[bytes | memoryview]
    lengths: array[int]
    keys: list[str]
    aux: list[str] | None = None
    separator: bytes = b""
    opener: bytes = b""
    closer: bytes = b""
    by_event_key: bool = True
    descending: bool = False
    limit: int | None = None
    numbered: bytes | None = None
    tail: bool = False
    digest: str | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def items(self) -> Iterator[bytes]:
        """Each item's bytes, in file order."""
        data = b"".join(self.body)
        at = len(self.opener)
        for length in self.lengths:
            yield data[at : at + length]
            at += length + len(self.separator)

    def size(self) -> int:
        """The section's length in the file."""
        if not self.keys:
            return 0
        gaps = len(self.separator) * (len(self.keys) - 1)
        return len(self.opener) + sum(self.lengths) + gaps + len(self.closer)


@dataclass(slots=True)
class SpannedFile:
    """A file as frame and sections: ``parts[0]``, section 0, ``parts[1]``, ... ``parts[-1]``."""

    parts: list[bytes]
    sections: list[Section] = field(default_factory=list)
    #: the file's bytes as rendered, when the sections were cut from them (not copied again)
    whole: bytes | None = None
    #: the file's bytes rendered a piece at a time as they are asked for, for a writer
    #: that lets each go once written (:attr:`RenderOptions.streamed`): the sections'
    #: ``lengths`` (and ``aux``) are complete once it is exhausted; their ``body`` stays empty
    stream: Iterator[bytes | memoryview] | None = None

    @classmethod
    def later(cls, render: Callable[[], SpannedFile]) -> SpannedFile:
        """A file rendered by ``render`` only when a writer asks for its pieces (a
        :attr:`stream`), its frame and sections then taken from it and its bytes let go
        once written: a format of many files (a page per year) holds one at a time."""
        file = cls([])
        file.stream = _rendered_when_asked(file, render)
        return file

    def data(self) -> bytes:
        """The file's bytes."""
        if self.whole is not None:
            return self.whole
        return b"".join(self.pieces())

    def pieces(self) -> Iterable[bytes | memoryview]:
        """The file's bytes in pieces, in order (what :meth:`data` joins), for a writer
        that writes them one after the other instead of holding the file twice (a
        streamed file's can be read once)."""
        if self.stream is not None:
            return self.stream
        if self.whole is not None:
            return [self.whole]
        pieces: list[bytes | memoryview] = [self.parts[0]]
        for section, part in zip(self.sections, self.parts[1:], strict=True):
            pieces += section.body
            pieces.append(part)
        return pieces


def _rendered_when_asked(
    file: SpannedFile, render: Callable[[], SpannedFile]
) -> Iterator[bytes | memoryview]:
    """The pieces of :meth:`SpannedFile.later`'s ``file``."""
    made = render()
    file.parts, file.sections = made.parts, made.sections
    yield from made.pieces()
    for section in file.sections:
        section.body = []  # written: the bytes are not held for the span index


@dataclass(frozen=True, slots=True)
class FrameContext:
    """What a format's frame may be computed from after a splice, besides its sections.

    ``events``: how many events the timeline holds; ``options``: the render's;
    ``files``: every file of the format with its sections as spliced (frames
    not yet computed again), for a frame that sums up the others (the index of
    the year files of :mod:`timeline.formats.by_year`).
    """

    events: int
    options: RenderOptions
    files: Mapping[str, SpannedFile] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SpliceRule:
    """How a format's files are updated by splicing (see :mod:`timeline.formats.splice`).

    ``render`` gives every file of the format as a :class:`SpannedFile` (its
    bytes are the format's ``render_files``'); given only the changed events,
    it gives their items. ``reframe`` computes a file's frame again from its
    spliced sections (a count, a bounding box; ``None``: the file is removed,
    as a feed with no event is); without it the frame is kept. ``derived``
    gives the files computed from the others' sections (the feed index).
    """

    render: Callable[[Timeline, RenderOptions], dict[str, SpannedFile]]
    reframe: Callable[[str, SpannedFile, FrameContext], list[bytes] | None] | None = None
    derived: Callable[[Mapping[str, SpannedFile], FrameContext], dict[str, bytes]] | None = None


@dataclass(frozen=True, slots=True)
class Format:
    """One export format: name, media type, published file, renderer.

    ``path`` is where ``timeline build`` writes the main file, relative to
    ``exports/`` (``timeline.geojson``); ``render`` gives its bytes.
    ``render_files``, when the format has several files, gives every file by
    path (the main one included) and ``folder`` is the folder under
    ``exports/`` whose other files are stale and removed by the build.
    """

    name: str
    media_type: str
    path: str
    description: str
    render: Renderer
    render_files: Callable[[Timeline, RenderOptions], dict[str, bytes]] | None = None
    folder: str | None = None
    uses_ledger: bool = False
    splice: SpliceRule | None = None
    #: why the format cannot be spliced, when it has no ``splice`` rule
    no_splice: str | None = None

    @property
    def suffix(self) -> str:
        """The main file's extension, dot included: ``.geojson``."""
        return "".join(PurePosixPath(self.path).suffixes[-1:])

    def files(self, timeline: Timeline, options: RenderOptions | None = None) -> dict[str, bytes]:
        """Every file of the format by path under ``exports/``, the main file first.

        The same bytes as the splice rule's files, without their spans (a render
        outside a build records none)."""
        options = options or RenderOptions()
        with cycle_collection_paused():
            if self.render_files is None:
                return {self.path: self.render(timeline, options)}
            return self.render_files(timeline, options)
