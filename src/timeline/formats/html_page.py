"""A static timeline page: ``exports/timeline.html``.

One self-contained file that opens from the file system (``file://``) with no
network: the JSON timeline (:func:`timeline.formats.timeline_json.to_json`) is inlined
in a ``<script type="application/json">`` block, and a small script of our
own (``static/timeline.js``, no third-party code) draws the events with
filters by country, organization, kind, status and text. Each event shows its
sources: the quote, the document id, the character offsets and a link to the
published article.

Safety: the inlined JSON escapes ``<``, ``>`` and ``&`` as ``\\u003c``,
``\\u003e``, ``\\u0026`` (so no ``</script>`` can end the block, per the HTML
Living Standard's script data state); the script only sets ``textContent``;
only ``http(s)`` URLs become links; a Content Security Policy allows no
network fetches and only the page's own script and style (by SHA-256 hash,
CSP Level 3), so injected markup could not run even if it got through.

The page also carries the events as schema.org ``Event`` JSON-LD
(:mod:`timeline.formats.jsonld`) in a ``<script type="application/ld+json">``
data block, escaped the same way, for search engines and linked-data tools.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import partial
from html import escape
from importlib.resources import files
from typing import Any, NamedTuple

import orjson

from ..collection import Timeline
from ..errors import ExportError
from ..ics.dates import DEFAULT_PRECISIONS
from ..model import SCHEMA_VERSION, EventKind
from . import by_year, ics_feeds
from .contract import Format, FrameContext, RenderOptions, SpannedFile, SpliceRule
from .jsonld import timeline_ld
from .spans import compact_list_section, timeline_keys
from .timeline_json import DEFAULT_TITLE, document_bytes, schema_filenames

__all__ = ["FORMAT", "embed_json", "feed_links", "render", "render_bytes"]

_PACKAGE = files("timeline")
_PLACEHOLDER = re.compile(rb"\{\{(\w+)\}\}")


def _resource(*parts: str) -> str:
    return _PACKAGE.joinpath(*parts).read_text(encoding="utf-8")


def embed_json(data: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">``: no ``<``, ``>``, ``&``.

    >>> embed_json({"title": "</script><script>alert(1)</script>"})
    '{"title":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    return _embedded(data).decode("utf-8")


def _embedded(data: Any) -> bytes:
    """:func:`embed_json` as UTF-8 bytes.

    orjson writes what ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))``
    writes (numbers below 1e-4 aside, which it writes without an exponent), many
    times faster; the escapes are then replaced in the bytes, where each of
    these characters has exactly one encoding (UTF-8 is self-synchronizing).
    """
    return _escaped(orjson.dumps(data))


def _escaped(data: bytes) -> bytes:
    """JSON bytes with ``<``, ``>``, ``&``, U+2028 and U+2029 written as ``\\u`` escapes.

    U+2028 and U+2029 are found by a regular expression: ``bytes.replace`` of
    their three octets is slow on text full of “ ” (which share the first two).
    """
    escaped = data.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")
    return _SEPARATORS.sub(_escape_separator, escaped)


_SEPARATORS = re.compile(rb"\xe2\x80[\xa8\xa9]")  # U+2028, U+2029 in UTF-8
_SEPARATOR_ESCAPES = {"\u2028".encode(): b"\\u2028", "\u2029".encode(): b"\\u2029"}


def _escape_separator(match: re.Match[bytes]) -> bytes:
    return _SEPARATOR_ESCAPES[match.group()]


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


#: How the page names each group of calendar feeds (:func:`timeline.formats.ics_feeds.feeds`).
_FEED_GROUPS = (("country", "by country"), ("organization", "by organization"), ("kind", "by kind"))


def feed_links(
    timeline: Timeline, *, base_url: str | None = None, include_imprecise: bool = False
) -> str:
    """The calendar feeds of ``timeline`` as one HTML paragraph of links.

    Links are relative to the page (``calendars/TR.ics``), so the exports
    folder works as it is on any static host, or absolute under ``base_url``
    (``timeline build --base-url``) for a page copied elsewhere.

    >>> from timeline import load_events
    >>> feed_links(load_events("events"))[:79]
    '<a href="timeline.ics">every event</a>; by country: <a href="calendars/AZ.ics" '
    """
    feeds = ics_feeds.feeds(timeline, include_imprecise=include_imprecise)
    return _links(feeds, base_url)


def _links(feeds: list[ics_feeds.Feed], base_url: str | None) -> str:
    """:func:`feed_links` of these feeds."""
    prefix = base_url or ""

    def link(feed: ics_feeds.Feed, text: str) -> str:
        href = escape(prefix + feed.path)
        return f'<a href="{href}" title="{escape(feed.title)}">{escape(text)}</a>'

    parts = [
        f'<a href="{escape(prefix + f.path)}">every event</a>' for f in feeds if f.type == "all"
    ]
    for group, label in _FEED_GROUPS:
        chosen = [f for f in feeds if f.type == group]
        if chosen:
            names = [(f.key or f.name) if group == "organization" else f.subject for f in chosen]
            parts.append(f"{label}: " + ", ".join(map(link, chosen, names)))
    return "; ".join(parts)


def render(
    timeline: Timeline,
    *,
    title: str | None = None,
    base_url: str | None = None,
    include_imprecise: bool = False,
) -> str:
    """The page as text: deterministic for the same timeline and options."""
    return render_bytes(
        timeline, title=title, base_url=base_url, include_imprecise=include_imprecise
    ).decode("utf-8")


def render_bytes(
    timeline: Timeline,
    *,
    title: str | None = None,
    base_url: str | None = None,
    include_imprecise: bool = False,
) -> bytes:
    """The page as UTF-8 bytes (what ``exports/timeline.html`` holds)."""
    options = RenderOptions(title=title, base_url=base_url, include_imprecise=include_imprecise)
    return _render(timeline, options)


#: Where the page is written under ``exports/``.
FORMAT_PATH = "timeline.html"

#: The folder of the page per year of a large timeline (:mod:`timeline.formats.by_year`).
FOLDER = "timeline"

# The beginnings of an event in the inlined JSON, and of an item in the JSON-LD: keys in
# the models' order, quotes no string can hold (they are escaped in strings).
_EVENT = re.compile(rb'\{"id":"[^"\\]*","kind":"')
_LIST_ITEM = b'{"@type":"ListItem","position":'
_COUNTED = re.compile(rb'"numberOfItems":[0-9]+,"itemListElement":\[\Z')


class _Frame(NamedTuple):
    """What a page's frame says besides its events: its title, the way up to
    ``exports/`` from it (``../`` for a year's page), the navigation between the
    pages of a timeline written by year, and the feed names its links come from."""

    title: str
    root: str
    parts: str
    feed_names: list[str]


def _values(frame: _Frame, count: int, feeds: str) -> dict[str, bytes]:
    """The template's values besides the data (one pass fills them, so a placeholder
    inside a value, a title "{{js}}", is never expanded)."""
    css = "\n" + _resource("static", "timeline.css") + "\n"
    js = "\n" + _resource("static", "timeline.js") + "\n"
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "base-uri 'none'; form-action 'none'"
    )
    values = {
        "title": escape(frame.title),
        "csp": escape(csp),
        "schema_version": escape(SCHEMA_VERSION),
        "schema_file": escape(schema_filenames()[0]),
        "count": str(count),
        "css": css,
        "js": js,
        "feeds": feeds,
        "root": frame.root,
        "parts": frame.parts,
    }
    return {k: v.encode("utf-8") for k, v in values.items()}


def _template(values: dict[str, bytes]) -> tuple[bytes, bytes, bytes]:
    """The page before the data, between the data and the JSON-LD, and after it."""
    template = _resource("templates", "timeline.html").encode("utf-8")
    before, rest = template.split(b"{{data}}")
    between, after = rest.split(b"{{jsonld}}")

    def fill(piece: bytes) -> bytes:
        return _PLACEHOLDER.sub(lambda m: values[m.group(1).decode("ascii")], piece)

    return fill(before), fill(between), fill(after)


def _feed_names(timeline: Timeline, include_imprecise: bool) -> list[str]:
    """Each event's feeds (``country:TR kind:visit``), empty when the feeds leave it out."""
    return [
        " ".join(f"{t}:{k}" for t, k in ics_feeds.feed_keys(e) if t != "all")
        if include_imprecise or e.date.precision in DEFAULT_PRECISIONS
        else ""
        for e in timeline.events
    ]


def _feeds_named(names: list[str], include_imprecise: bool) -> list[ics_feeds.Feed]:
    """The feeds that events with these feed names (:func:`_feed_names`) have."""
    found: dict[str, set[str]] = {"country": set(), "organization": set(), "kind": set()}
    for name in set(" ".join(names).split()):
        kind, _, code = name.partition(":")
        found[kind].add(code)
    return ics_feeds.feeds_for(
        found["country"],
        found["organization"],
        [EventKind(k) for k in found["kind"]],
        include_imprecise=include_imprecise,
    )


def _head(frame: _Frame, count: int, options: RenderOptions) -> tuple[bytes, bytes, bytes]:
    """The template filled for a page of ``count`` events."""
    feeds = _feeds_named(frame.feed_names, options.include_imprecise)
    links = _links(feeds, options.base_url or frame.root or None)
    return _template(_values(frame, count, links))


class _Page(NamedTuple):
    """The page's pieces: template, inlined events, template, JSON-LD, template."""

    before: bytes
    data: bytes
    between: bytes
    jsonld: bytes
    after: bytes


def _page(timeline: Timeline, options: RenderOptions, frame: _Frame) -> _Page:
    before, between, after = _head(frame, len(timeline), options)
    data = _escaped(document_bytes(timeline, title=frame.title))
    jsonld = _embedded(timeline_ld(timeline, title=frame.title))
    return _Page(before, data, between, jsonld, after)


def _whole(timeline: Timeline, options: RenderOptions) -> _Frame:
    """The frame of the page of every event (a timeline not written by year)."""
    title = options.title or DEFAULT_TITLE
    return _Frame(title, "", "", _feed_names(timeline, options.include_imprecise))


def _year_frame(year: str, names: list[str], options: RenderOptions) -> _Frame:
    """The frame of a year's page: the year in its title, a link back to the entry page."""
    title = f"{options.title or DEFAULT_TITLE}: {year}"
    nav = (
        '<nav id="parts" aria-label="Events by year"><p>The events of '
        f'{escape(year)}. <a href="../{FORMAT_PATH}">The newest events, and every year</a>.'
        "</p></nav>\n"
    )
    return _Frame(title, "../", nav, names)


def _entry_frame(
    counts: list[tuple[str, int]], shown: int, names: list[str], options: RenderOptions
) -> _Frame:
    """The frame of the entry page of a timeline written by year: the newest events'
    page with an index of every year's page (and how many events each holds)."""
    total = sum(count for _, count in counts)
    links = ", ".join(
        f'<a href="{FOLDER}/{escape(year)}.html">{escape(year)}</a> ({count})'
        for year, count in counts
    )
    nav = (
        '<nav id="parts" aria-label="Events by year"><p>This page shows the newest '
        f"{shown} of the {total} events. Every event is on the page of its year: {links}."
        "</p></nav>\n"
    )
    return _Frame(options.title or DEFAULT_TITLE, "", nav, names)


def _render(timeline: Timeline, options: RenderOptions) -> bytes:
    """The main page's bytes, without cutting its spans (a render outside a build)."""
    return _render_files(timeline, options)[FORMAT_PATH]


def _render_files(timeline: Timeline, options: RenderOptions) -> dict[str, bytes]:
    """Every page's bytes, without cutting their spans: one page, or, ``by_year``, the
    entry page and a page per year."""
    if not options.by_year:
        return {FORMAT_PATH: b"".join(_page(timeline, options, _whole(timeline, options)))}
    keys = timeline_keys(timeline, options)
    names = _feed_names(timeline, options.include_imprecise)
    parts = by_year.years(timeline, keys)
    files = {
        _part_path(part.year): b"".join(_page(part.timeline, options, frame))
        for part, frame in _year_frames(parts, names, options)
    }
    newest, _ = by_year.newest(timeline, keys)
    counts = [(part.year, len(part.keys)) for part in parts]
    entry = _entry_frame(counts, len(newest), names, options)
    return {FORMAT_PATH: b"".join(_page(newest, options, entry)), **files}


def _part_path(year: str) -> str:
    return f"{FOLDER}/{year}.html"


def _year_frames(
    parts: list[by_year.YearPart], names: list[str], options: RenderOptions
) -> list[tuple[by_year.YearPart, _Frame]]:
    """Each year's part with its page's frame (``names``: every event's feed names, in
    the timeline's order, which the parts split)."""
    framed: list[tuple[by_year.YearPart, _Frame]] = []
    at = 0
    for part in parts:
        mine = names[at : at + len(part.keys)]
        at += len(part.keys)
        framed.append((part, _year_frame(part.year, mine, options)))
    return framed


def _spanned(timeline: Timeline, options: RenderOptions) -> dict[str, SpannedFile]:
    """The pages as frames around two sections each: the inlined events and their JSON-LD.

    Each event's span in the data is its JSON object (its feeds kept beside it,
    for the feed links); in the JSON-LD its numbered ``ListItem``. The frame
    holds the count, the feed links and the JSON-LD's ``numberOfItems``. Written
    by year, the entry page's sections hold the newest events only.
    """
    keys = timeline_keys(timeline, options)
    names = _feed_names(timeline, options.include_imprecise)
    if not options.by_year:
        return {FORMAT_PATH: _spanned_page(timeline, keys, options, _whole(timeline, options))}
    parts = by_year.years(timeline, keys)
    files = {
        _part_path(part.year): (
            SpannedFile.later(partial(_spanned_page, part.timeline, part.keys, options, frame))
            if options.streamed  # a year's page at a time, never every year's
            else _spanned_page(part.timeline, part.keys, options, frame)
        )
        for part, frame in _year_frames(parts, names, options)
    }
    newest, newest_keys = by_year.newest(timeline, keys)
    counts = [(part.year, len(part.keys)) for part in parts]
    entry = _spanned_page(
        newest, newest_keys, options, _entry_frame(counts, len(newest), names, options)
    )
    entry.sections[0].aux = names[len(names) - len(newest) :]
    for section in entry.sections:
        by_year.limited(section)
    return {FORMAT_PATH: entry, **files}


def _spanned_page(
    timeline: Timeline, keys: list[str], options: RenderOptions, frame: _Frame
) -> SpannedFile:
    """One page as its frame around its two sections."""
    before, data, between, jsonld, after = _page(timeline, options, frame)
    start = data.index(b'"events":[') + len(b'"events":[')
    events, start, end = compact_list_section(
        data, start, data.rindex(b'],"agreements":['), _EVENT, keys, frame.feed_names
    )
    ld_start = jsonld.index(b'"itemListElement":[') + len(b'"itemListElement":[')
    if not jsonld.endswith(b"]}"):
        raise ExportError("the JSON-LD does not end with its list of events")
    items, ld_start, ld_end = compact_list_section(
        jsonld, ld_start, len(jsonld) - 2, re.compile(re.escape(_LIST_ITEM)), keys,
        numbered=_LIST_ITEM,
    )  # fmt: skip
    parts = [
        before + data[:start],
        data[end:] + between + jsonld[:ld_start],
        jsonld[ld_end:] + after,
    ]
    return SpannedFile(parts, [events, items])


def _reframe(path: str, spanned: SpannedFile, context: FrameContext) -> list[bytes] | None:
    """The count, the feed links and the JSON-LD's ``numberOfItems`` again (and, for
    the entry page of a timeline written by year, the index of the years)."""
    options = context.options
    events = spanned.sections[0]
    names = events.aux or []
    if by_year.is_part(path, FOLDER):
        if not len(events):
            return None  # a year without events has no page
        frame = _year_frame(by_year.path_year(path), names, options)
    elif options.by_year:
        counts = by_year.year_counts(context.files, FOLDER)
        every = [
            name
            for other, file in context.files.items()
            if by_year.is_part(other, FOLDER)
            for name in file.sections[0].aux or []
        ]
        frame = _entry_frame(counts, len(events), every, options)
    else:
        frame = _Frame(options.title or DEFAULT_TITLE, "", "", names)
    before, _between, _after = _head(frame, len(events), options)
    head = _escaped(document_bytes(Timeline(), title=frame.title))
    head = head[: head.index(b'"events":[') + len(b'"events":[')]
    middle, found = _COUNTED.subn(
        f'"numberOfItems":{len(events)},"itemListElement":['.encode(), spanned.parts[1]
    )
    if found != 1:
        raise ExportError("the page's JSON-LD count is not where the span index says")
    return [before + head, middle, spanned.parts[2]]


#: The self-contained timeline page (a page per year for a large timeline).
FORMAT = Format(
    name="html",
    media_type="text/html; charset=utf-8",
    path=FORMAT_PATH,
    description="one self-contained page with filters that opens from the file system",
    render=_render,
    render_files=_render_files,
    folder=FOLDER,
    splice=SpliceRule(_spanned, _reframe),
)
