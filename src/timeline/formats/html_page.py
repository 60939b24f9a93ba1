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
from html import escape
from importlib.resources import files
from typing import Any

import orjson

from ..collection import Timeline
from ..model import SCHEMA_VERSION
from . import ics_feeds
from .contract import Format
from .jsonld import timeline_ld
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
    prefix = base_url or ""
    feeds = ics_feeds.feeds(timeline, include_imprecise=include_imprecise)

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
    title = title or DEFAULT_TITLE
    css = "\n" + _resource("static", "timeline.css") + "\n"
    js = "\n" + _resource("static", "timeline.js") + "\n"
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "base-uri 'none'; form-action 'none'"
    )
    values = {
        "title": escape(title),
        "csp": escape(csp),
        "schema_version": escape(SCHEMA_VERSION),
        "schema_file": escape(schema_filenames()[0]),
        "count": str(len(timeline)),
        "css": css,
        "js": js,
        "feeds": feed_links(timeline, base_url=base_url, include_imprecise=include_imprecise),
    }
    parts = {k: v.encode("utf-8") for k, v in values.items()}
    parts["data"] = _escaped(document_bytes(timeline, title=title))
    parts["jsonld"] = _embedded(timeline_ld(timeline, title=title))
    template = _resource("templates", "timeline.html").encode("utf-8")
    # One pass, so a placeholder inside a value (a title "{{js}}") is never expanded.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1).decode("ascii")], template)


#: The self-contained timeline page.
FORMAT = Format(
    name="html",
    media_type="text/html; charset=utf-8",
    path="timeline.html",
    description="one self-contained page with filters that opens from the file system",
    render=lambda timeline, options: render_bytes(
        timeline,
        title=options.title,
        base_url=options.base_url,
        include_imprecise=options.include_imprecise,
    ),
)
