"""TimelineJS3 export: ``exports/timelinejs.json`` in Knight Lab's JSON format.

Implements the TimelineJS3 JSON format
(https://timeline.knightlab.com/docs/json-format.html): a ``title`` slide and
one ``events`` slide per event with ``start_date``/``end_date`` date objects,
``display_date``, ``text`` {``headline``, ``text``}, ``group`` and
``unique_id``. Load it with ``new TL.Timeline("timeline-embed", data)`` or
point Knight Lab's embed at the file's URL.

Dates carry exactly the precision the event has, never more:

==============================  ================================  =================
precision                       date objects                      example
==============================  ================================  =================
day                             ``year``, ``month``, ``day``      29–30 March 2022
week                            ``year``, ``month``, ``day`` of   week of 9 May 2022
                                the week's Monday and Sunday
month                           ``year``, ``month``               late May 2022
season, quarter, half           ``year``, ``month`` of the first  autumn 2022
                                and last month of the unit
year                            ``year``                          2024
decade, century                 ``year`` of the first and last    the 1990s
                                year
==============================  ================================  =================

A ``mod`` ("late", "early") narrows the model's interval but not the
precision, so it shows only in ``display_date`` (from
:meth:`EventDate.label`); the date objects describe the whole unit. TimelineJS
renders ``text.headline`` and ``text.text`` as HTML, so every value we put
there is HTML-escaped, and only ``http``/``https`` URLs become links.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache, partial
from html import escape
from typing import Any

from ..collection import Timeline
from ..model import Event, EventDate, EventKind, Precision
from ..timex import interval_for
from ..urls import safe_url
from . import by_year
from .contract import Format, FrameContext, RenderOptions, SpannedFile, SpliceRule
from .spans import json_list_section, timeline_keys
from .timeline_json import DEFAULT_TITLE, json_bytes

__all__ = ["FORMAT", "date_objects", "kind_label", "safe_url", "slide", "to_timelinejs"]

_DAY_FIELDS = ("year", "month", "day")
_FIELDS: dict[Precision, tuple[str, ...]] = {
    Precision.day: _DAY_FIELDS,
    Precision.week: _DAY_FIELDS,
    Precision.month: ("year", "month"),
    Precision.season: ("year", "month"),
    Precision.quarter: ("year", "month"),
    Precision.half: ("year", "month"),
    Precision.year: ("year",),
    Precision.decade: ("year",),
    Precision.century: ("year",),
}


@cache
def kind_label(kind: EventKind) -> str:
    """A kind for people: ``entry_into_force`` is "Entry into force"."""
    return kind.value.replace("_", " ").capitalize()


#: The whole unit of a TIMEX3 value (dates recur: each is parsed once per process).
_unit = lru_cache(maxsize=4096)(interval_for)

_MARKUP = re.compile("[&<>]")


def _escaped(text: str) -> str:
    """``html.escape(text, quote=False)``, skipped when there is nothing to escape."""
    return escape(text, quote=False) if _MARKUP.search(text) else text


def date_objects(date: EventDate) -> tuple[dict[str, int], dict[str, int] | None]:
    """TimelineJS ``start_date`` and ``end_date`` (``None`` when the same) for a date.

    The objects hold only the units the precision supports: a month-precision
    date has ``year`` and ``month``, never ``day``; a year only ``year``.

    >>> date_objects(EventDate.from_value("2022-05", text="late May"))
    ({'year': 2022, 'month': 5}, None)
    >>> date_objects(EventDate.from_value("2022-FA"))
    ({'year': 2022, 'month': 9}, {'year': 2022, 'month': 11})
    """
    unit = _unit(date.value)  # the whole unit, without the mod's narrowing
    fields = _FIELDS[date.precision]
    start = {f: getattr(unit.start, f) for f in fields}
    end = {f: getattr(unit.end, f) for f in fields}
    return start, (None if end == start else end)


def _text_html(event: Event) -> str:
    parts: list[str] = []
    if event.summary:
        parts.append(f"<p>{_escaped(event.summary)}</p>")
    meta = [kind_label(event.kind), event.status.value]
    names = [p.name for p in event.participants if p.name]
    if names:
        meta.append(", ".join(names))
    if event.location:
        meta.append(event.location.name)
    parts.append(f"<p>{_escaped(' · '.join(meta))}</p>")
    for source in event.sources:
        where = f" ({source.document}, characters {source.start}–{source.end})"
        url = safe_url(source.url)
        cite = _escaped(source.citation())
        if url:
            cite = f'<a href="{escape(url, quote=True)}">{cite}</a>'
        parts.append(
            f"<blockquote>“{_escaped(source.quote)}”</blockquote><p>— {cite}{_escaped(where)}</p>"
        )
    return "".join(parts)


def slide(event: Event) -> dict[str, Any]:
    """One TimelineJS slide for an event; ``unique_id`` is the event id."""
    start, end = date_objects(event.date)
    data: dict[str, Any] = {"start_date": start}
    if end is not None:
        data["end_date"] = end
    data["display_date"] = event.date.label()
    data["text"] = {"headline": _escaped(event.title), "text": _text_html(event)}
    data["group"] = kind_label(event.kind)
    data["unique_id"] = event.id
    data["autolink"] = False
    return data


def to_timelinejs(timeline: Timeline, *, title: str | None = None) -> dict[str, Any]:
    """The timeline in the TimelineJS3 JSON format, with a title slide."""
    events = timeline.events
    labels = (events[0].date.label(), events[-1].date.label()) if events else None
    return {
        "title": _title_slide(title, len(events), labels),
        "events": [slide(e) for e in events],
        "scale": "human",
    }


def _title_slide(
    title: str | None, count: int, labels: tuple[str, str] | None, years: str = ""
) -> dict[str, Any]:
    """The title slide: the title, how many events and from when to when (first, last
    label); ``years``, in a file of the newest events, says where the others are."""
    title = title or DEFAULT_TITLE
    if labels is not None:
        span = f"{count} event{'s' if count != 1 else ''}, {labels[0]} to {labels[1]}. "
    else:
        span = "No events. "
    intro = span + years + "Every event quotes the news text that reports it."
    return {
        "text": {
            "headline": escape(title, quote=False),
            "text": f"<p>{escape(intro, quote=False)}</p>",
        },
    }


def _years_line(counts: list[tuple[str, int]], shown: int, first: str, last: str) -> str:
    """What the title slide of the newest events' file says of the files per year."""
    total = sum(count for _, count in counts)
    files = ", ".join(f"{FOLDER}/{year}.json ({count})" for year, count in counts)
    return (
        f"This file holds the newest {shown} of the {total} events, {first} to {last}; "
        f"every event is in the file of its year: {files}. "
    )


def _document(slides: list[dict[str, Any]], title_slide: dict[str, Any]) -> bytes:
    return json_bytes({"title": title_slide, "events": slides, "scale": "human"})


def _render(timeline: Timeline, options: RenderOptions) -> bytes:
    return _render_files(timeline, options)[FORMAT_PATH]


def _render_files(timeline: Timeline, options: RenderOptions) -> dict[str, bytes]:
    """Every file: one, or, ``by_year``, the newest events' and one per year."""
    return {path: file.data() for path, file in _files(timeline, options, spans=False).items()}


def _spanned(timeline: Timeline, options: RenderOptions) -> dict[str, SpannedFile]:
    """One span per event (its slide); the title slide, in the frame, counts them."""
    return _files(timeline, options, spans=True)


def _files(timeline: Timeline, options: RenderOptions, *, spans: bool) -> dict[str, SpannedFile]:
    """The files as frames around their slides (cut into spans when ``spans``)."""
    events = timeline.events
    labels = [e.date.label() for e in events]
    title = options.title or DEFAULT_TITLE

    def file(chosen: slice, keys: list[str], heading: str, years: str = "") -> SpannedFile:
        mine = labels[chosen]
        ends = (mine[0], mine[-1]) if mine else None
        # each file's slides made for it and dropped after, never every event's at once
        slides = [slide(e) for e in events[chosen]]
        data = _document(slides, _title_slide(heading, len(mine), ends, years))
        if not spans:
            return SpannedFile([data])
        return json_list_section(data, b'"events"', 1, keys, mine)

    keys = timeline_keys(timeline, options) if spans or options.by_year else []
    if not options.by_year:
        return {FORMAT_PATH: file(slice(None), keys, title)}
    files: dict[str, SpannedFile] = {}
    at = 0
    parts = by_year.years(timeline, keys)
    for part in parts:
        chosen = slice(at, at + len(part.keys))
        at += len(part.keys)
        heading = f"{title}: {part.year}"
        files[_part_path(part.year)] = (
            SpannedFile.later(partial(file, chosen, part.keys, heading))
            if options.streamed and spans  # a year's file at a time, never every year's
            else file(chosen, part.keys, heading)
        )
    newest = slice(max(0, len(events) - by_year.NEWEST), len(events))
    counts = [(part.year, len(part.keys)) for part in parts]
    shown = newest.stop - newest.start
    years = _years_line(counts, shown, labels[0], labels[-1]) if labels else ""
    entry = file(newest, keys[newest], title, years)
    if spans:
        by_year.limited(entry.sections[0])
    return {FORMAT_PATH: entry, **files}


def _part_path(year: str) -> str:
    return f"{FOLDER}/{year}.json"


def _reframe(path: str, spanned: SpannedFile, context: FrameContext) -> list[bytes] | None:
    slides = spanned.sections[0]
    labels = (slides.aux[0], slides.aux[-1]) if slides.aux else None
    title = context.options.title or DEFAULT_TITLE
    years = ""
    if by_year.is_part(path, FOLDER):
        if not len(slides):
            return None  # a year without events has no file
        title = f"{title}: {by_year.path_year(path)}"
    elif context.options.by_year:
        parts = [
            file.sections[0]
            for other, file in sorted(context.files.items())
            if by_year.is_part(other, FOLDER) and len(file.sections[0])
        ]
        counts = by_year.year_counts(context.files, FOLDER)
        if parts and parts[0].aux and parts[-1].aux:
            years = _years_line(counts, len(slides), parts[0].aux[0], parts[-1].aux[-1])
    empty = _document([], _title_slide(title, len(slides), labels, years))
    framed = json_list_section(empty, b'"events"', 1, [])
    return framed.parts


#: Where the TimelineJS JSON is written under ``exports/``.
FORMAT_PATH = "timelinejs.json"

#: The folder of the files per year of a large timeline (:mod:`timeline.formats.by_year`).
FOLDER = "timelinejs"


#: Knight Lab's TimelineJS3 JSON (a file per year for a large timeline).
FORMAT = Format(
    name="timelinejs",
    media_type="application/json",
    path=FORMAT_PATH,
    description="Knight Lab's TimelineJS3 JSON, for newsrooms embedding a timeline",
    render=_render,
    render_files=_render_files,
    folder=FOLDER,
    splice=SpliceRule(_spanned, _reframe),
)
