"""Our Datasette 0.65 plugin: calendar feeds, linked cells, event pages, a distance function.

Only Datasette's plugin hooks are used (https://docs.datasette.io/en/0.65/plugin_hooks.html);
Datasette itself is never patched. The hooks act only on databases that hold a
timeline (an ``events`` and a ``sources`` table), so the plugin is harmless in
any other Datasette that happens to have it installed.

* ``register_routes``: calendar feeds (iCalendar, RFC 5545) rendered by our own
  exporter (:func:`timeline.ics.calendar.calendar_bytes`), never datasette-ics:
  ``/-/calendars`` lists them; ``/-/calendars/timeline.ics`` holds every event,
  ``/-/calendars/TR.ics`` one country's, ``/-/calendars/OTS.ics`` one
  organization's, ``/-/calendars/kind-summit.ics`` one kind's. Add
  ``?imprecise=1`` to include events dated only to a half year or coarser.
* ``register_routes`` also serves every export format (:mod:`timeline.formats`):
  ``/-/exports`` lists them, ``/-/exports/timeline.geojson`` is the built file.
  Built files are served as they are (:mod:`timeline.published`: ETag,
  Last-Modified, 304), never rendered per request; URL filters
  (``?country=Turkey&kind=visit``, :meth:`timeline.filters.Filter.from_query`)
  render from the database the events they select.
* ``register_output_renderer``: ``.ics`` and ``.geojson`` formats for the events
  table, its rows and any query returning an ``event_id`` column, so every
  filtered table page is also a feed (``/timeline/events.ics?kind=summit``).
* ``render_cell``: JSON arrays of countries, organizations and related events
  become links to their rows, with names.
* ``extra_template_vars`` + ``prepare_jinja2_environment``: the index and
  database pages list the feeds and canned queries; an event's row page shows
  its participants, its quotes with their documents, and related events.
* ``prepare_connection``: ``timeline_distance_km(lat1, lon1, lat2, lon2)``, the
  great-circle distance used by the "events near a place" query, and
  ``timeline_country_code(text)``, a country as :class:`~timeline.filters.Filter`
  reads it (``Turkey``, ``TUR``, ``türkiye`` -> ``TR``; NULL when unknown), used by
  the "events involving a country" query.
* ``register_routes`` also serves ``/-/search?q=...`` (and ``.json``): the events a
  full-text search finds, in date order, answered from the FTS5 index in the same
  time at any number of matches (:mod:`timeline.datasette_search`), where the table
  view's ``?_search=`` counts and sorts every match.
* ``menu_links``: "Search events" and "Calendar feeds" in Datasette's menu.
* ``asgi_wrapper``: every CSV response (``.csv`` pages of
  tables, rows, views and queries) passes through
  :class:`timeline.csvsafe.CsvStreamNeutralizer`, so no cell of an exported
  event, source or document begins a spreadsheet formula. This one applies to
  every database served, since a formula is as harmful in any of them.
* ``prepare_connection`` also caps the length of any string or blob a query
  makes (:data:`MAX_VALUE_BYTES`), so ``randomblob(1000000000)`` fails at once
  instead of allocating a gigabyte (docs/reliability.md).
* ``register_facet_classes``: the facets of :mod:`timeline.datasette_facets`:
  ``counted`` and ``counted_array``, read from the counts the build made
  (``facet_counts``), and ``unique_array``, Datasette's array facet for arrays
  whose items are unique (``countries``), counted in one pass.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import sqlite3
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar, cast
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl as _hookimpl
from datasette.database import QueryInterrupted
from datasette.filters import FilterArguments, Filters
from datasette.utils import (
    sqlite_timelimit,
    tilde_decode,
    tilde_encode,
    urlsafe_components,
)
from datasette.utils.asgi import Response
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from markupsafe import Markup, escape

from .csvsafe import CsvStreamNeutralizer
from .datasette_facets import (
    CountedArrayFacet,
    CountedFacet,
    UniqueArrayFacet,
    count_in_one_pass,
    live_count_exceeds_limit,
)
from .datasette_filtered_search import (
    ROWS_PARAM,
    filtered_count,
    filtered_page_rows,
    reads_an_index,
    rows_clause,
    rows_param,
    search_clause,
)
from .datasette_reads import SMALL_TABLES, kept_memo, labels
from .datasette_search import MARK_END, MARK_START, SearchResults, search_events
from .datasette_table_search import (
    COUNT_KEY,
    FACETS_KEY,
    SCOPE_KEY,
    fts_count,
    mark_query_string,
    ordered_through,
    page_clause,
    search_count,
    search_filters,
)
from .errors import UsageError
from .filters import Filter
from .formats import FORMATS, RenderOptions, format_for_path, ics_feeds
from .formats.registry import LEDGER_PATH
from .ics.dates import DEFAULT_PRECISIONS
from .ics.ledger import Ledger
from .model import EventKind
from .published import Reply, file_reply, published_path, render_reply
from .store import load_timeline
from .urls import absolute_url, safe_url

__all__ = [
    "MAX_VALUE_BYTES",
    "UniqueArrayFacet",
    "calendar_feed",
    "calendar_index",
    "distance_km",
    "neutralize_csv",
]

_F = TypeVar("_F", bound=Callable[..., Any])


def hookimpl(func: _F) -> _F:
    """Datasette's ``@hookimpl``, typed (pluggy's marker keeps the function as it is)."""
    return cast(_F, _hookimpl(func))


#: Our Datasette templates (``{% extends "default:index.html" %}`` and friends).
TEMPLATES = Path(__file__).parent / "templates" / "datasette"

#: Mean Earth radius (IUGG) for great-circle distances, in km.
EARTH_RADIUS_KM = 6371.0088

#: Columns holding JSON arrays that render as links: column -> (table, label column).
_LINKED_ARRAYS = {
    "countries": ("actors", "name"),
    "organizations": ("actors", "name"),
    "related": ("events", "title"),
}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two WGS 84 points, haversine formula, in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _sql_distance(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> float | None:
    try:
        return distance_km(float(lat1), float(lon1), float(lat2), float(lon2))
    except (TypeError, ValueError):
        return None


def _sql_country_code(value: Any) -> str | None:
    """The ISO code :class:`~timeline.filters.Filter` reads ``value`` as; NULL if none."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return Filter.of(country=value).countries[0]
    except UsageError:
        return None


# --- reading events and exports -------------------------------------------------------


def _exports(datasette: Any, db_path: str) -> Path:
    """The folder ``timeline build`` wrote: the plugin setting ``exports``, else beside the db.

    ``plugins: timeline: exports: ...`` in the metadata names it; by default it
    is ``exports/`` beside the database. Its files are served as they are and
    its sequence ledger stamps what is rendered on demand; nothing is written.
    """
    config = datasette.plugin_config("timeline") or {}
    return Path(config["exports"]) if config.get("exports") else Path(db_path).parent / "exports"


def _imprecise(request: Any) -> bool:
    return request.args.get("imprecise") in {"1", "true", "yes", "on"}


async def _timeline_database(datasette: Any) -> Any | None:
    """The first database holding a timeline, or ``None``."""
    for db in datasette.databases.values():
        if await _is_timeline(db):
            return db
    return None


async def _is_timeline(db: Any) -> bool:
    if db.path is None:
        return False
    names = set(await db.table_names())
    return {"events", "sources", "event_actors"} <= names


def _response(reply: Reply, filename: str) -> Response:
    headers = {**reply.headers, "content-disposition": f'inline; filename="{filename}"'}
    return Response(reply.body, status=reply.status, content_type=reply.media_type, headers=headers)


# --- routes: published exports and calendar feeds --------------------------------------


async def export_file(datasette: Any, request: Any) -> Response:
    """``/-/exports/{path}``: a file of ``exports/``, or a format rendered for URL filters.

    ``/-/exports/timeline.geojson`` is the built file (ETag, Last-Modified,
    304); ``/-/exports/timeline.geojson?country=Turkey&kind=visit`` renders the
    format for the events the :class:`~timeline.filters.Filter` selects, from
    the database. 404 lists the formats.
    """
    relative = request.url_vars["path"]
    db = await _timeline_database(datasette)
    if db is None:
        return Response.text("No database with a timeline is being served.", status=404)
    try:
        selection = Filter.from_query(request.args)
    except UsageError as exc:
        return Response.text(str(exc), status=400)
    exports = _exports(datasette, db.path)
    imprecise = _imprecise(request)
    name = PurePosixPath(relative).name
    if not selection and not imprecise:
        path = published_path(exports, relative)
        if path is not None:
            return _response(file_reply(path, relative, request.headers), name)
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
    return _response(reply, name)


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
    db = await _timeline_database(datasette)
    if db is None:
        return Response.text("No database with a timeline is being served.", status=404)
    page = absolute_url(datasette, request, datasette.urls.path("/-/calendars"))
    imprecise = _imprecise(request)
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
    exports = _exports(datasette, db.path)
    if not selection and not imprecise:
        path = published_path(exports, feed.path)
        if path is not None:
            return _response(file_reply(path, feed.path, request.headers), f"{feed.name}.ics")
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
    return _response(reply, f"{feed.name}.ics")


async def calendar_index(datasette: Any, request: Any) -> Response:
    """``/-/calendars``: every feed with its subscribable URL."""
    context = await _feed_context(datasette, request)
    html = await datasette.render_template(
        "datasette-calendars.html", context, request=request, view_name="calendars"
    )
    return Response.html(html)


async def search_page(datasette: Any, request: Any) -> Response:
    """``/-/search?q=...``: the events matching a full-text search, in date order.

    Answers in the same time at any number of matches (:mod:`timeline.datasette_search`);
    ``after`` continues after an event id, ``.json`` gives the page as JSON. A query
    FTS5 cannot read is a 400 that says how to write it.
    """
    as_json = bool(request.url_vars.get("format"))
    db = await _timeline_database(datasette)
    if db is None:
        return Response.text("No database with a timeline is being served.", status=404)
    query = request.args.get("q", "")
    after = request.args.get("after") or None
    limit_ms = datasette.setting("sql_time_limit_ms")

    def work(conn: sqlite3.Connection) -> SearchResults:
        with sqlite_timelimit(conn, limit_ms):
            return search_events(conn, query, after=after)

    error = None
    results = SearchResults(query=query.strip(), total=0, hits=(), next_after=None)
    status = 200
    try:
        results = await db.execute_fn(work)
    except UsageError as exc:
        error, status = str(exc), 400
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        error, status = (
            (
                f"the search took longer than {limit_ms} ms and was stopped: search for fewer "
                "or less common words, or for a phrase in double quotes"
            ),
            400,
        )
    table = datasette.urls.table(db.name, "events")
    hits = [
        {
            "id": hit.id,
            "kind": hit.kind,
            "title": hit.title,
            "date_label": hit.date_label,
            "status": hit.status,
            "country_names": hit.country_names,
            "snippet": snippet_html(hit.snippet),
            "url": datasette.urls.row(db.name, "events", tilde_encode(hit.id)),
        }
        for hit in results.hits
    ]
    next_url = None
    if results.next_after is not None:
        path = datasette.urls.path("/-/search" + (".json" if as_json else ""))
        next_url = path + "?" + urlencode({"q": results.query, "after": results.next_after})
    if as_json:
        body: dict[str, Any] = {
            "query": results.query,
            "total": results.total,
            "events": hits,
            "next": next_url,
        }
        if error:
            body = {"error": error, "query": results.query}
        return Response.json(body, status=status)
    context = {
        "search_query": results.query,
        "search_total": results.total,
        "search_hits": hits,
        "search_next": next_url,
        "search_error": error,
        "search_after": after,
        "search_table": table
        + ("?" + urlencode({"_search": results.query}) if results.query else ""),
    }
    html = await datasette.render_template(
        "datasette-search.html", context, request=request, view_name="search"
    )
    return Response.html(html, status=status)


def snippet_html(snippet: str) -> Markup:
    """A snippet of :func:`~timeline.datasette_search.search_events` as HTML, matches marked.

    >>> snippet_html("\ue000Erdoğan\ue001 met <Tokayev> & co")
    Markup('<mark>Erdoğan</mark> met &lt;Tokayev&gt; &amp; co')
    """
    text = str(escape(snippet))
    return Markup(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def _feeds(datasette: Any, db_path: str, imprecise: bool) -> list[ics_feeds.Feed]:
    """The feeds: from the built feed index when it matches, else from the events."""
    return [feed for feed, _count in _feeds_counted(datasette, db_path, imprecise)]


def _feeds_counted(
    datasette: Any, db_path: str, imprecise: bool
) -> list[tuple[ics_feeds.Feed, int | None]]:
    """Each feed with its number of events when the built feed index says it."""
    index = _exports(datasette, db_path) / ics_feeds.INDEX_PATH
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


async def _feed_context(datasette: Any, request: Any) -> dict[str, Any]:
    """The calendars page: feeds grouped, each with its full URL; the shared text once."""
    db = await _timeline_database(datasette)
    if db is None:
        return {"timeline_feeds": [], "timeline_feed_groups": [], "timeline_database": None}
    imprecise = _imprecise(request)
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


def robots_txt(prefix: str, database: str | None) -> str:
    """Our ``robots.txt`` (RFC 9309) for a Datasette served at path ``prefix`` (``/``).

    Crawlers may read the pages a reader would link to: the home, table and
    event pages, the calendars page and its feeds, and the next pages of the
    events table (so every event page can be found), with the styles and
    scripts those pages load. They may not walk the
    endless variants a query string makes (every facet, sort, filter and
    search), the JSON and CSV renderings, arbitrary SQL, or download the
    database. RFC 9309 §2.2.2: the longest matching rule wins, ``Allow`` on a
    tie; ``*`` and ``$`` as in §2.2.3.
    """
    lines = [
        "# timeline: what crawlers may read (RFC 9309). Set plugins: timeline: robots_txt",
        "# in the Datasette metadata to publish other rules.",
        "User-agent: *",
        f"Disallow: {prefix}*?",
        f"Disallow: {prefix}*.json",
        f"Disallow: {prefix}*.csv",
        f"Disallow: {prefix}*.db",
        f"Disallow: {prefix}-/",
        f"Allow: {prefix}-/calendars",
        f"Allow: {prefix}-/exports/",
        f"Allow: {prefix}-/static/",  # the pages' CSS and scripts, which crawlers render
        f"Allow: {prefix}-/static-plugins/",
    ]
    if database:
        lines.append(f"Allow: {prefix}{database}/events?_next=")
    return "\n".join(lines) + "\n"


async def robots(datasette: Any, request: Any) -> Response:
    """``/robots.txt``: :func:`robots_txt`, or the metadata's ``robots_txt`` text."""
    config = datasette.plugin_config("timeline") or {}
    if isinstance(config.get("robots_txt"), str):
        return Response.text(config["robots_txt"])
    db = await _timeline_database(datasette)
    route = db.route if db is not None else None
    return Response.text(robots_txt(datasette.urls.path("/"), route))


#: Whether the startup hook freezes the objects made so far (set by ``timeline serve``).
_serving = {"freeze": False}


@contextmanager
def freezing_at_startup(freeze: bool = True) -> Iterator[None]:
    """Within this block, Datasette's startup hook calls :func:`gc.freeze`: ``timeline
    serve`` runs its server in it, its process being the server.

    Datasette's objects made at start-up (templates, metadata, routes, plugins)
    live as long as the server; frozen, the cyclic collector stops scanning them
    on each full collection, which a table page of 100 rows sets off. At
    1,000,000 events that took the events page's p95 from about 345 to 200 ms
    (docs/scale.md). Not done for other embedders (tests make many servers in
    one process; frozen objects are never collected as cycles), nor after the
    block: a program that runs ``timeline serve --get`` in-process keeps its
    collector as it was.
    """
    before = _serving["freeze"]
    _serving["freeze"] = freeze
    try:
        yield
    finally:
        _serving["freeze"] = before


@hookimpl
def startup(datasette: Any) -> None:
    if _serving["freeze"]:
        import gc

        gc.freeze()


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    return [
        (r"^/robots\.txt$", robots),
        (r"^/-/calendars/?$", calendar_index),
        (r"^/-/calendars/(?P<name>[A-Za-z0-9_-]+)\.ics$", calendar_feed),
        (r"^/-/exports/?$", export_index),
        (r"^/-/exports/(?P<path>[A-Za-z0-9_./-]+)$", export_file),
        (r"^/-/search(?P<format>\.json)?$", search_page),
    ]


@hookimpl
def menu_links(datasette: Any, actor: Any, request: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/-/search"), "label": "Search events"},
        {"href": datasette.urls.path("/-/calendars"), "label": "Calendar feeds"},
    ]


# --- output renderers: .ics and .geojson of any page of event rows ---------------------


def _id_column(columns: list[str], table: str | None) -> str | None:
    if "event_id" in columns:
        return "event_id"
    if table in {"events", "upcoming_events", "events_map"} and "id" in columns:
        return "id"
    return None


async def _can_render_events(
    datasette: Any, columns: list[str], table: str | None, database: str
) -> bool:
    if _id_column(columns, table) is None:
        return False
    return await _is_timeline(datasette.get_database(database))


def _rows_renderer(name: str) -> Callable[..., Awaitable[Response]]:
    """A Datasette output renderer giving the rows of a page (their event ids) as ``name``."""
    fmt = FORMATS[name]

    async def render(
        datasette: Any,
        columns: list[str],
        rows: list[Any],
        request: Any,
        database: str,
        table: str | None,
        query_name: str | None,
    ) -> Response:
        db = datasette.get_database(database)
        column = _id_column(columns, table)
        if column is None or not await _is_timeline(db):
            return Response.text("Only rows with an event id can be exported.", 400)
        wanted = [row[column] for row in rows if row[column]]
        what = (query_name or table or "query").replace("_", " ")
        title = datasette.metadata("title") or "Timeline"
        page = absolute_url(
            datasette, request, datasette.urls.path(request.full_path.replace(fmt.suffix, "", 1))
        )
        exports = _exports(datasette, db.path)

        def work() -> bytes:
            ledger_file = exports / LEDGER_PATH
            options = RenderOptions(
                title=f"{title}: {what}",
                description=f"The events of {page}",
                ledger=Ledger.load(ledger_file) if ledger_file.is_file() else None,
                include_imprecise=True,
                base_url=page,
            )
            return fmt.render(load_timeline(db.path, wanted), options)

        body = await asyncio.to_thread(work)
        reply = Reply(200, body, fmt.media_type)
        return _response(reply, f"{query_name or table or 'query'}{fmt.suffix}")

    return render


@hookimpl
def register_output_renderer(datasette: Any) -> list[dict[str, Any]]:
    return [
        {"extension": "ics", "render": _rows_renderer("ics"), "can_render": _can_render_events},
        {
            "extension": "geojson",
            "render": _rows_renderer("geojson"),
            "can_render": _can_render_events,
        },
    ]


# --- facets ---------------------------------------------------------------------------


@hookimpl
def register_facet_classes() -> list[type]:
    return [UniqueArrayFacet, CountedFacet, CountedArrayFacet]


# --- cells, templates, SQL functions ---------------------------------------------------


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any
) -> Any:
    if column not in _LINKED_ARRAYS or not isinstance(value, str) or not value.startswith("["):
        return None
    try:
        ids = json.loads(value)
    except ValueError:
        return None
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return None
    target, label = _LINKED_ARRAYS[column]
    db = datasette.get_database(database)

    async def links() -> Markup | None:
        try:
            names = await labels(db, target, label, ids)
        except QueryInterrupted:  # a custom query's huge cell: shown as it is, unlinked
            return None
        if names is None:
            return None
        # The few thousand actors' links are made once per served file: at 1,000 rows
        # of two such columns, making them for every cell was a third of a page's CPU.
        anchors = kept_memo(db, f"anchors:{target}:{label}") if target in SMALL_TABLES else {}
        parts = []
        for i in ids:
            anchor = anchors.get(i)
            if anchor is None:
                anchor = anchors[i] = Markup('<a href="{}" title="{}">{}</a>').format(
                    datasette.urls.row(database, target, tilde_encode(i)), i, names.get(i) or i
                )
            parts.append(anchor)
        return Markup(", ".join(parts))

    return links()


#: The longest string or blob a served query may build, in bytes (SQLITE_LIMIT_LENGTH).
#: The longest value in a timeline database is an article's text, well under this.
MAX_VALUE_BYTES = 10_000_000


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("timeline_distance_km", 4, _sql_distance, deterministic=True)
    conn.create_function("timeline_country_code", 1, _sql_country_code, deterministic=True)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


# --- CSV exports without formulas -----------------------------------------------------

_ASGIApp = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def _asks_for_csv(scope: dict[str, Any]) -> bool:
    if scope.get("type") != "http":
        return False
    query = scope.get("query_string", b"").split(b"&")
    return str(scope.get("path", "")).endswith(".csv") or b"_format=csv" in query


def neutralize_csv(app: _ASGIApp) -> _ASGIApp:
    """An ASGI app that serves ``app``'s CSV responses with formula cells neutralized."""

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if not _asks_for_csv(scope):
            await app(scope, receive, send)
            return
        neutralizer: CsvStreamNeutralizer | None = None

        async def send_safe(message: dict[str, Any]) -> None:
            nonlocal neutralizer
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])]
                types = [v for k, v in headers if k.lower() == b"content-type"]
                # text/plain or text/csv; ?_trace=1 gives an HTML page, left alone
                is_text = bool(types) and types[0].startswith(b"text/")
                if message.get("status") == 200 and is_text and b"html" not in types[0]:
                    neutralizer = CsvStreamNeutralizer()
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                await send({**message, "headers": headers})
            elif message["type"] == "http.response.body" and neutralizer is not None:
                body = neutralizer.feed(message.get("body", b""))
                if not message.get("more_body", False):
                    body += neutralizer.close()
                await send({**message, "body": body})
            else:
                await send(message)

        await app(scope, receive, send_safe)

    return wrapped


# --- the events table's search at a million events (timeline.datasette_table_search) ---

#: The events table's page, in any format: ``/<database>/events(.json|.csv|...)``.
_EVENTS_TABLE_PATH = re.compile(r"^/(?P<database>[^/.]+)/events(?:\.\w+)?$")

#: The facet types of our plugin, which read a marked search's count and whole SQL.
_OUR_FACETS = frozenset({"counted", "counted_array", "unique_array"})


async def _events_table_database(datasette: Any, scope: dict[str, Any]) -> str | None:
    """The name of the timeline database whose events table ``scope`` asks for, if any."""
    if scope.get("type") != "http":
        return None
    path = str(scope.get("route_path") or scope.get("path", ""))
    base = str(datasette.setting("base_url") or "/")
    if base != "/" and path.startswith(base):
        path = "/" + path[len(base) :]
    found = _EVENTS_TABLE_PATH.match(path)
    if found is None or found["database"] not in datasette.databases:
        return None
    name = found["database"]
    return name if await _is_timeline(datasette.get_database(name)) else None


def mark_searches(datasette: Any, app: _ASGIApp) -> _ASGIApp:
    """An ASGI app marking a plain search of the events table for our count (``_nocount=fts``).

    The JSON of a marked page gets the count our ``filters_from_request`` read from
    the index, where Datasette, told not to count, writes ``null``.
    """

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        database = await _events_table_database(datasette, scope)
        if database is None:
            await app(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        filters = search_filters(parse_qsl(query, keep_blank_values=True))
        plain = filters == [] or bool(
            filters and await _filters_read_an_index(datasette, database, filters)
        )
        marked = mark_query_string(query, plain)
        found: dict[str, Any] = {}
        scope = {**scope, "query_string": marked.encode("latin-1"), SCOPE_KEY: found}
        if not plain:
            await app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        body: list[bytes] = []

        async def send_counted(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body" or not start:
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            await _send_counted(send, start, b"".join(body), await search_count(found))

        await app(scope, receive, send_counted)

    return wrapped


async def _send_counted(send: Any, start: dict[str, Any], body: bytes, count: int | None) -> None:
    """Send a response, the JSON of a marked search with its count written in."""
    headers = list(start.get("headers", []))
    types = [v for k, v in headers if k.lower() == b"content-type"]
    null = b'"filtered_table_rows_count": null'
    if count is not None and types and b"json" in types[0] and null in body:
        body = body.replace(null, b'"filtered_table_rows_count": %d' % count, 1)
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _searches_from_index(datasette: Any, request: Any, database: str, table: str) -> bool:
    """Whether a marked request's search can be read from the index as this module says."""
    if table != "events" or not request.args.get("_nocount"):
        return False
    if search_filters(parse_qsl(request.query_string, keep_blank_values=True)) is None:
        return False
    meta = datasette.table_metadata(database, table)
    facets = meta.get("facets", [])
    ours = all(isinstance(f, dict) and set(f) <= _OUR_FACETS for f in facets)
    return bool(
        meta.get("fts_table") == "events_fts"
        and meta.get("sort") == "date_start"
        and not meta.get("sort_desc")
        and ours
        and not datasette.setting("suggest_facets")
    )


def _rows_needed(datasette: Any, request: Any, database: str, table: str) -> int | None:
    """The rows Datasette reads for the page (its size + 1); None for a size it refuses."""
    size = request.args.get("_size") or datasette.table_metadata(database, table).get("size")
    if size == "max":
        return int(datasette.max_returned_rows) + 1
    try:
        number = int(size) if size else int(datasette.page_size)
    except ValueError:
        return None
    return number + 1 if 0 <= number <= datasette.max_returned_rows else None


def _cursor_date(cursor: str) -> str | None:
    """The ``date_start`` of a ``_next`` cursor of the events table (Datasette's
    ``date,id``, each tilde-encoded); None for any other cursor, which Datasette reads.

    >>> _cursor_date("2020-01-01,2020-01-visit-kz-tr"), _cursor_date("$null,x")
    ('2020-01-01', None)
    """
    parts = urlsafe_components(cursor)
    if len(parts) != 2 or cursor.split(",")[0] == "$null":
        return None
    return str(parts[0])


async def _facets_of_every_match(
    datasette: Any,
    database: str,
    request: Any,
    every_match: str,
    params: dict[str, Any],
    counting: Awaitable[int | None],
    found: dict[str, Any] | None = None,
) -> dict[str, list[tuple[Any, int]]] | None:
    """The counted facets of the rows of ``every_match`` (a search's first page's), or None
    when the count is over what ``facet_time_limit_ms`` lets a live count go through
    (the facets are then reported timed out without being asked for). The count may
    find (``found``'s ``search_clause``) that the filter's index is read faster."""
    count = await counting
    limit = int(datasette.setting("facet_time_limit_ms"))
    if count is None or live_count_exceeds_limit(count, limit):
        return None
    clause = (found or {}).get("search_clause")
    if clause:
        every_match = every_match.replace(f"and {clause}", f"and +{clause}", 1)
    meta = datasette.table_metadata(database, "events")
    return await count_in_one_pass(datasette, database, request, meta, every_match, params)


def _datasette_filters(
    datasette: Any, database: str, filters: list[tuple[str, str]]
) -> tuple[str, dict[str, Any]]:
    """The column filters of an events page as Datasette's table view writes them (its
    ``Filters`` over the same arguments, sorted): the SQL of their ``where`` and its
    parameters."""
    from datasette.views.base import ureg

    units = datasette.table_metadata(database, "events").get("units", {})
    clauses, params = Filters(sorted(filters), units, ureg).build_where_clauses("events")
    return " and ".join(clauses) or "1", dict(params)


async def _filters_read_an_index(
    datasette: Any, database: str, filters: list[tuple[str, str]]
) -> bool:
    """Whether SQLite reads the events the column filters keep from an index: such a
    search is ours (:mod:`timeline.datasette_filtered_search`); any other is Datasette's."""
    where, params = _datasette_filters(datasette, database, filters)
    db = datasette.get_database(database)
    return bool(await db.execute_fn(lambda conn: reads_an_index(conn, where, params)))


def _counts_facets(request: Any) -> bool:
    """Whether Datasette counts the facets of this table page (not with ``_nofacet``,
    which a CSV adds, or an array or object ``_shape``)."""
    shape = request.args.get("_shape") in ("array", "object")
    return not (request.args.get("_nofacet") or shape)


# tryfirst: our clause comes before Datasette's, and SQLite reads the page from its rowids
@cast(Callable[[_F], _F], _hookimpl(tryfirst=True))
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    async def inner() -> Any:
        if not _searches_from_index(datasette, request, database, table):
            return None
        db = datasette.get_database(database)
        if not await _is_timeline(db):
            return None
        found = request.scope.setdefault(SCOPE_KEY, {})
        meta = datasette.table_metadata(database, table)
        mode = request.args.get("_searchmode") or meta.get("searchmode")
        match = ":search" if mode == "raw" else "escape_fts(:search)"
        search = request.args["_search"]
        needed = _rows_needed(datasette, request, database, table)
        through = await ordered_through(db)
        cursor = request.args.get("_next")
        after = _cursor_date(cursor) if cursor else None

        filters = search_filters(parse_qsl(request.query_string, keep_blank_values=True))
        if filters:
            return await _filtered_search(
                datasette, request, db, found, match, filters, needed, through
            )
        # the count, and the facets of a first page, are read on other query threads
        # while the page's own SQL runs; what needs them awaits them (a CSV shows neither)
        if not _asks_for_csv(request.scope):
            counting = asyncio.ensure_future(
                db.execute_fn(lambda conn: fts_count(conn, match, search))
            )
            found[COUNT_KEY] = counting
            if cursor is None and _counts_facets(request):
                every_match = (
                    "select * from events where rowid in "
                    f"(select rowid from events_fts where events_fts match {match})"
                )
                found[FACETS_KEY] = asyncio.ensure_future(
                    _facets_of_every_match(
                        datasette, database, request, every_match, {"search": search}, counting
                    )
                )
        if needed is None or through <= 0 or (cursor and after is None):
            return None
        clause = await db.execute_fn(
            lambda conn: page_clause(conn, match, search, needed, through, after)
        )
        if clause is None:
            return None
        found["clause"] = clause[0]
        return FilterArguments([clause[0]], clause[1])

    return inner


async def _filtered_search(
    datasette: Any,
    request: Any,
    db: Any,
    found: dict[str, Any],
    match: str,
    filters: list[tuple[str, str]],
    needed: int | None,
    through: int,
) -> Any:
    """A marked search with column filters (:mod:`timeline.datasette_filtered_search`).

    The clause giving its page's rowids (None: the page is Datasette's own SQL); its
    count and a first page's facets: from those rowids when they are every event the
    page's filter and search keep, else read from the filter's index on other query
    threads while the page's SQL runs.
    """
    where, params = _datasette_filters(datasette, db.name, filters)
    params["search"] = request.args["_search"]
    if not await db.execute_fn(lambda conn: reads_an_index(conn, where, params)):
        return None  # not marked by our wrapper (or the user's _nocount): Datasette's
    cursor = request.args.get("_next")
    after = _cursor_date(cursor) if cursor else None
    page = None
    if needed is not None and through > 0 and not (cursor and after is None):
        page = await db.execute_fn(
            lambda conn: filtered_page_rows(conn, match, where, params, needed, through, after)
        )
    if not _asks_for_csv(request.scope):  # a CSV shows neither count nor facets
        if page is not None and page.complete and cursor is None:
            every_match = f"select * from events where {rows_clause()}"
            every_params: dict[str, Any] = {ROWS_PARAM: rows_param(page.rows)}
            counting: Awaitable[int | None] = asyncio.ensure_future(_known(len(page.rows)))
        else:
            every_match = f"select * from events where {where} and {search_clause(match)}"
            every_params = params

            def count(conn: sqlite3.Connection) -> int | None:
                counted = filtered_count(conn, match, where, params, through)
                if counted is None:
                    return None
                if counted[1]:  # the facets read the filter's index too
                    found["search_clause"] = search_clause(match)
                return counted[0]

            counting = asyncio.ensure_future(db.execute_fn(count))
        found[COUNT_KEY] = counting
        if cursor is None and _counts_facets(request):
            found[FACETS_KEY] = asyncio.ensure_future(
                _facets_of_every_match(
                    datasette, db.name, request, every_match, every_params, counting, found
                )
            )
    if page is None:
        return None
    found["clause"] = rows_clause()
    return FilterArguments([rows_clause()], {ROWS_PARAM: rows_param(page.rows)})


async def _known(count: int) -> int:
    return count


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[_ASGIApp], _ASGIApp]:
    return lambda app: neutralize_csv(mark_searches(datasette, app))


#: The rows of one page of a paginated canned query (``limit 100`` in their SQL).
QUERY_PAGE_SIZE = 100


def next_page_url(request: Any, last_row: str | int) -> str:
    """The URL of a canned query's next page: the same arguments, ``after`` = the last row.

    The canned queries of ``datasette-metadata.yaml`` that list events or quotes return
    :data:`QUERY_PAGE_SIZE` rows after the event (or quote, by ``source_id``) their
    ``after`` parameter names: keyset pagination, so a late page costs what the first
    does at 1,000,000 events.

    >>> from datasette.utils.asgi import Request
    >>> request = Request.fake("/timeline/upcoming?today=2026-01-01&after=old&_hide_sql=1")
    >>> next_page_url(request, "2027-05-visit-kz-tr")
    '/timeline/upcoming?today=2026-01-01&_hide_sql=1&after=2027-05-visit-kz-tr'
    """
    arguments = parse_qsl(request.query_string, keep_blank_values=True)
    pairs = [(key, value) for key, value in arguments if key != "after"]
    return f"{request.path}?{urlencode([*pairs, ('after', str(last_row))])}"


@hookimpl
def prepare_jinja2_environment(env: Environment, datasette: Any) -> None:
    """Put our templates after any ``--template-dir`` and before every other template.

    Datasette's loader searches ``--template-dir``, plugins' templates, then its
    defaults, so ours go in a loader of their own in front, behind the user's folder.
    """
    env.filters["timeline_tilde"] = tilde_encode
    env.filters["timeline_web_url"] = safe_url  # a link only for http(s): no javascript:
    env.filters["timeline_next_page_url"] = next_page_url
    env.globals["timeline_query_page_size"] = QUERY_PAGE_SIZE
    paths = [p for p in (datasette.template_dir, str(TEMPLATES)) if p]
    rest = list(env.loader.loaders) if isinstance(env.loader, ChoiceLoader) else [env.loader]
    env.loader = ChoiceLoader([FileSystemLoader(paths), *(r for r in rest if r is not None)])


_QUERY_ORDER = (
    "events_involving_country",
    "year_timeline",
    "upcoming",
    "agreement_lifecycle",
    "document_events",
    "events_near_place",
)


async def _event_page(db: Any, event_id: str) -> dict[str, Any] | None:
    event = (
        await db.execute(
            "select e.id, e.title, e.summary, e.kind, e.status, e.date_label, e.date_start, "
            "e.date_end, e.date_precision, e.place_id, p.name as place, e.agreement_id, "
            "a.title as agreement from events e left join places p on p.id = e.place_id "
            "left join agreements a on a.id = e.agreement_id where e.id = ?",
            [event_id],
        )
    ).first()
    if event is None:
        return None
    participants = await db.execute(
        "select ea.actor_id, a.name, a.type, ea.role, a.title, a.country "
        "from event_actors ea join actors a on a.id = ea.actor_id "
        "where ea.event_id = ? order by a.type = 'person' desc, a.type, a.name, ea.role",
        [event_id],
    )
    sources = await db.execute(
        "select s.id, s.quote, s.start, s.end, s.document_id, s.published, "
        "s.published_inferred, coalesce(s.url, d.url) as url, "
        "coalesce(s.title, d.title) as document_title, coalesce(s.outlet, d.outlet) as outlet "
        "from sources s left join documents d on d.id = s.document_id "
        "where s.event_id = ? order by s.rowid",
        [event_id],
    )
    related = await db.execute(
        "select r.id, r.title, r.date_label from events e, json_each(e.related) j "
        "join events r on r.id = j.value where e.id = ? order by r.sort_key",
        [event_id],
    )
    return {
        **dict(event),
        "participants": [dict(r) for r in participants.rows],
        "sources": [dict(r) for r in sources.rows],
        "related": [dict(r) for r in related.rows],
    }


@hookimpl
def extra_template_vars(
    template: str,
    database: str | None,
    table: str | None,
    view_name: str,
    request: Any,
    datasette: Any,
) -> Callable[[], Awaitable[dict[str, Any]]]:
    async def inner() -> dict[str, Any]:
        if request is None or view_name not in {"index", "database", "row", "table"}:
            return {}
        if view_name == "table" and table == "events":
            # a marked search: Datasette did not count it, the index did
            count = await search_count(request.scope.get(SCOPE_KEY))
            return {} if count is None else {"filtered_table_rows_count": count}
        out: dict[str, Any] = {}
        if view_name == "row" and table == "events" and database:
            db = datasette.get_database(database)
            if await _is_timeline(db):
                event_id = tilde_decode(request.url_vars.get("pks", ""))
                out["timeline_event"] = await _event_page(db, event_id)
                out["timeline_event_ics"] = datasette.urls.row(
                    database, "events", tilde_encode(event_id), format="ics"
                )
            return out
        if view_name in {"index", "database"}:
            context = await _feed_context(datasette, request)
            name = context["timeline_database"]
            if name is None or (database and database != name):
                return {}
            queries = await datasette.get_canned_queries(name, request.actor)
            out.update(context)
            out["timeline_queries"] = [
                {
                    "name": q,
                    "title": queries[q].get("title") or q,
                    "description": queries[q].get("description") or "",
                    "url": datasette.urls.query(name, q),
                }
                for q in sorted(
                    queries,
                    key=lambda q: (
                        _QUERY_ORDER.index(q) if q in _QUERY_ORDER else len(_QUERY_ORDER),
                        q,
                    ),
                )
            ]
            out["timeline_links"] = {
                "events": datasette.urls.table(name, "events"),
                "map": datasette.urls.table(name, "events_map"),
                "calendars": datasette.urls.path("/-/calendars"),
            }
        return out

    return inner
