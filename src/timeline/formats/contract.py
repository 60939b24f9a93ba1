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
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath

from ..collection import Timeline
from ..collector import cycle_collection_paused
from ..ics.ledger import Ledger

__all__ = ["Format", "RenderOptions", "Renderer"]


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
    """

    title: str | None = None
    description: str | None = None
    ledger: Ledger | None = field(default=None, compare=False)
    today: date | None = None
    include_imprecise: bool = False
    base_url: str | None = None
    content_hashes: dict[str, str] | None = field(default=None, compare=False)
    jobs: int | None = field(default=None, compare=False)


#: A renderer: the timeline and the options to the bytes of one file.
Renderer = Callable[[Timeline, RenderOptions], bytes]


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

    @property
    def suffix(self) -> str:
        """The main file's extension, dot included: ``.geojson``."""
        return "".join(PurePosixPath(self.path).suffixes[-1:])

    def files(self, timeline: Timeline, options: RenderOptions | None = None) -> dict[str, bytes]:
        """Every file of the format by path under ``exports/``, the main file first."""
        options = options or RenderOptions()
        with cycle_collection_paused():
            if self.render_files is None:
                return {self.path: self.render(timeline, options)}
            return self.render_files(timeline, options)
