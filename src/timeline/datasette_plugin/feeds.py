"""The Datasette routes of published exports and calendar feeds.

* ``/-/exports`` lists every export format (:mod:`timeline.formats`);
  ``/-/exports/timeline.geojson`` is the built file, served as it is
  (:mod:`timeline.published`: ETag, Last-Modified, 304), never rendered per request;
  URL filters (``?country=Turkey&kind=visit``, :meth:`timeline.filters.Filter.from_query`)
  render from the database the events they select.
* ``/-/calendars`` lists the calendar feeds (iCalendar, RFC 5545, rendered by our own
  exporter); ``/-/calendars/timeline.ics`` holds every event, ``/-/calendars/TR.ics``
  one country's, ``/-/calendars/OTS.ics`` one organization's,
  ``/-/calendars/kind-summit.ics`` one kind's. ``?imprecise=1`` includes events dated
  only to a half year or coarser.

:mod:`timeline.datasette_plugin` registers them (``register_routes``).
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from datasette.utils.asgi import Response

from ..errors import UsageError
from ..filters import Filter
from ..formats import FORMATS, format_for_path, ics_feeds
from ..ics.dates import DEFAULT_PRECISIONS
from ..model import EventKind
from ..published import Reply, file_reply, published_path, render_reply
from ..urls import absolute_url
from .reads import timeline_database

__all__ = [
    "calendar_feed",
    "calendar_index",
    "export_file",
    "export_index",
    "exports_folder",
    "feed_context",
    "reply_response",
    "wants_imprecise",
]


def exports_folder(datasette: Any, db_path: str) -> Path:
    """The folder ``timeline build`` wrote: the plugin setting ``exports``, else beside the db.

    ``plugins: timeline: exports: ...`` in the metadata names it; by default it
    is ``exports/`` beside the database. Its files are served as they are and
    its sequence ledger stamps what is rendered on demand; nothing is written.
    """
    config = datasette.plugin_config("timeline") or {}
    return Path(config["exports"]) if config.get("exports") else Path(db_path).parent / "exports"


def wants_imprecise(request: Any) -> bool:
    """Whether a request asks for events dated only to a half year or coarser too."""
    return request.args.get("imprecise") in {"1", "true", "yes", "on"}


def reply_response(reply: Reply, filename: str) -> Response:
    """A reply of :mod:`timeline.published` as Datasette's response, named ``filename``."""
    headers = {**reply.headers, "content-disposition": f'inline; filename="{filename}"'}
    return Response(reply.body, status=reply.status, content_type=reply.media_type, headers=headers)


async def export_file(datasette: Any, request: Any) -> Response:
    """``/-/exports/{path}``: a file of ``exports/``, or a format rendered for URL filters.

    ``/-/exports/timeline.geojson`` is the built file (ETag, Last-Modified,
    304); ``/-/exports/timeline.geojson?country=Turkey&kind=visit`` renders the
    format for the events the :class:`~timeline.filters.Filter` selects, from
    the database. 404 lists the formats.
    """
    relative = request.url_vars["path"]
    db = await timeline_database(datasette)
    if db is None:
        return Response.text("No database with a timeline is being served.", status=404)
    try:
        selection = Filter.from_query(request.args)
    except UsageError as exc:
        return Response.text(str(exc), status=400)
    exports = exports_folder(datasette, db.path)
    imprecise = wants_imprecise(request)
    name = PurePosixPath(relative).name
    if not selection and not imprecise:
        path = published_path(exports, relative)
        if path is not None:
            return reply_response(file_reply(path, relative, request.headers), name)
    fmt = format_for_path(relative)
    if fmt is None:
        listing = ", ".join(f.path for f in FORMATS.values())
        return Response.text(f"No export {relative!r} here; the exports are: {listing}", 404)
    reply = await asyncio.to_thread(
        render_reply,
        fmt,
        db.path,
        (selection,),
        request.headers,
        exports=exports,
        include_imprecise=imprecise,
    )
    return reply_response(reply, name)


async def export_index(datasette: Any, request: Any) -> Response:
    """``/-/exports``: every format with its URL and media type, as JSON."""
    return Response.json(
        [
            {
                "name": fmt.name,
                "media_type": fmt.media_type,
                "description": fmt.description,
                "url": absolute_url(
                    datasette, request, datasette.urls.path(f"/-/exports/{fmt.path}")
                ),
            }
            for fmt in FORMATS.values()
        ]
    )


async def calendar_feed(datasette: Any, request: Any) -> Response:
    """``/-/calendars/{name}.ics``: one feed of :func:`timeline.formats.ics_feeds.feeds`.

    The built file when there is one and no filter is given; else rendered from
    the database for the feed's events (and the URL's filters).
    """
    name = request.url_vars["name"]
    db = await timeline_database(datasette)
    if db is None:
        return Response.text("No database with a timeline is being served.", status=404)
    page = absolute_url(datasette, request, datasette.urls.path("/-/calendars"))
    imprecise = wants_imprecise(request)
    feed = ics_feeds.feed_named(name.replace("_", "-"), include_imprecise=imprecise)
    available = await asyncio.to_thread(_feeds, datasette, db.path, imprecise)
    if feed is None or feed.name not in {f.name for f in available}:
        names = ", ".join(f.name for f in available)
        return Response.text(
            f"no calendar feed named {name!r}; the feeds are: {names}. The list with URLs: {page}",
            status=404,
        )
    try:
        selection = Filter.from_query(request.args)
    except UsageError as exc:
        return Response.text(str(exc), status=400)
    exports = exports_folder(datasette, db.path)
    if not selection and not imprecise:
        path = published_path(exports, feed.path)
        if path is not None:
            return reply_response(file_reply(path, feed.path, request.headers), f"{feed.name}.ics")
    reply = await asyncio.to_thread(
        render_reply,
        FORMATS["ics"],
        db.path,
        (feed.selection, selection),
        request.headers,
        exports=exports,
        include_imprecise=imprecise,
        title=feed.title,
        description=feed.description,
    )
    return reply_response(reply, f"{feed.name}.ics")


async def calendar_index(datasette: Any, request: Any) -> Response:
    """``/-/calendars``: every feed with its subscribable URL."""
    context = await feed_context(datasette, request)
    html = await datasette.render_template(
        "datasette-calendars.html", context, request=request, view_name="calendars"
    )
    return Response.html(html)


def _feeds(datasette: Any, db_path: str, imprecise: bool) -> list[ics_feeds.Feed]:
    """The feeds: from the built feed index when it matches, else from the events."""
    return [feed for feed, _count in _feeds_counted(datasette, db_path, imprecise)]


def _feeds_counted(
    datasette: Any, db_path: str, imprecise: bool
) -> list[tuple[ics_feeds.Feed, int | None]]:
    """Each feed with its number of events when the built feed index says it."""
    index = exports_folder(datasette, db_path) / ics_feeds.INDEX_PATH
    if index.is_file():
        listing = json.loads(index.read_text("utf-8"))
        if listing.get("include_imprecise") == imprecise:
            counted = []
            for entry in listing["feeds"]:
                feed = ics_feeds.feed_named(entry["name"], include_imprecise=imprecise)
                if feed is not None:
                    events = entry.get("events")
                    counted.append((feed, events if isinstance(events, int) else None))
            return counted
    return [(feed, None) for feed in _feeds_of_database(db_path, imprecise)]


def _feeds_of_database(path: str, imprecise: bool) -> list[ics_feeds.Feed]:
    """The feeds of a database served without its built feed index, read once per file.

    Asked of the database (which kinds, countries and organizations have an event
    shown) instead of loading every event: at 1,000,000 events loading them took
    minutes and listing the feeds of the loaded timeline 2 s a request. "Shown" is
    :func:`timeline.ics.calendar.select_events`' rule (``DEFAULT_PRECISIONS``) in SQL;
    ``tests/datasette/test_datasette_calendars.py`` checks both give the same feeds.
    """
    stat = Path(path).stat()
    return _feeds_of_database_cached(path, stat.st_mtime_ns, stat.st_size, imprecise)


@lru_cache(maxsize=8)
def _feeds_of_database_cached(
    path: str, mtime_ns: int, size: int, imprecise: bool
) -> list[ics_feeds.Feed]:
    precisions = sorted(p.value for p in DEFAULT_PRECISIONS)
    shown = "" if imprecise else f"e.date_precision IN ({', '.join('?' for _ in precisions)})"
    params = [] if imprecise else precisions
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        kinds = [
            EventKind(row[0])
            for row in conn.execute(
                f"SELECT DISTINCT e.kind FROM events e {'WHERE ' + shown if shown else ''}",
                params,
            )
        ]
        actors = conn.execute(
            "SELECT DISTINCT a.id, a.type FROM event_actors ea "
            "JOIN actors a ON a.id = ea.actor_id JOIN events e ON e.id = ea.event_id "
            f"WHERE a.type IN ('country', 'organization'){' AND ' + shown if shown else ''}",
            params,
        ).fetchall()
    finally:
        conn.close()
    countries = [code for code, kind in actors if kind == "country"]
    organizations = [code for code, kind in actors if kind == "organization"]
    return ics_feeds.feeds_for(countries, organizations, kinds, include_imprecise=imprecise)


#: How the calendars page groups the feeds, in this order.
_FEED_GROUPS = (
    ("all", "Every event"),
    ("country", "By country"),
    ("organization", "By organization"),
    ("kind", "By kind of event"),
)


def _feed_label(feed: ics_feeds.Feed) -> str:
    """A feed's name in its group: ``Azerbaijan (AZ)``, ``Summits``, the whole title for all."""
    if feed.type in ("country", "organization"):
        return f"{feed.subject} ({feed.key})"
    return feed.subject


async def feed_context(datasette: Any, request: Any) -> dict[str, Any]:
    """The calendars page: feeds grouped, each with its full URL; the shared text once."""
    db = await timeline_database(datasette)
    if db is None:
        return {"timeline_feeds": [], "timeline_feed_groups": [], "timeline_database": None}
    imprecise = wants_imprecise(request)
    counted = await asyncio.to_thread(_feeds_counted, datasette, db.path, imprecise)
    about = next((f.description for f, _ in counted if f.type == "all"), "")
    listed = []
    for feed, events in counted:
        path = datasette.urls.path(f"/-/calendars/{feed.name}.ics")
        url = absolute_url(datasette, request, path)
        listed.append(
            {
                "name": feed.name,
                "title": feed.title,
                "label": _feed_label(feed),
                "description": feed.description,
                "path": path,
                "url": url,
                "webcal": "webcal://" + url.split("://", 1)[1],
                "group": feed.type,
                "events": events,
            }
        )
    groups = [
        {"key": key, "label": label, "feeds": [f for f in listed if f["group"] == key]}
        for key, label in _FEED_GROUPS
    ]
    return {
        "timeline_feeds": listed,
        "timeline_feed_groups": [g for g in groups if g["feeds"]],
        "timeline_feeds_about": about,
        "timeline_feeds_imprecise": imprecise,
        "timeline_database": db.name,
    }
