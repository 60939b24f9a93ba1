"""Our Datasette 0.65 plugin: its hooks, each a thin layer over a module of its own.

Only Datasette's plugin hooks are used (https://docs.datasette.io/en/0.65/plugin_hooks.html);
Datasette itself is never patched. The hooks act only on databases that hold a
timeline (an ``events`` and a ``sources`` table), so the plugin is harmless in
any other Datasette that happens to have it installed.

* ``register_routes``: published exports and calendar feeds (iCalendar, RFC 5545,
  rendered by our own exporter, never datasette-ics), :mod:`timeline.datasette_plugin.feeds`:
  ``/-/exports`` and ``/-/exports/timeline.geojson`` (the built file, or rendered for
  URL filters such as ``?country=Turkey&kind=visit``); ``/-/calendars`` and
  ``/-/calendars/TR.ics``; ``/robots.txt`` (:func:`robots_txt`).
* ``register_routes`` also serves ``/-/search?q=...`` (and ``.json``): the events a
  full-text search finds, in date order, answered from the FTS5 index in the same
  time at any number of matches (:mod:`timeline.datasette_plugin.search_page`).
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
  the "events involving a country" query. It also caps the length of any string
  or blob a query makes (:data:`MAX_VALUE_BYTES`), so ``randomblob(1000000000)``
  fails at once instead of allocating a gigabyte (docs/reliability.md).
* ``menu_links``: "Search events" and "Calendar feeds" in Datasette's menu.
* ``asgi_wrapper``: every CSV response passes through
  :func:`timeline.datasette_plugin.csv.neutralize_csv` (no cell begins a spreadsheet
  formula, for every database served), a search of the events table is marked
  for our count (:func:`timeline.datasette_plugin.table_view.mark_searches`), and the reading
  view's HTML asks for its own columns
  (:func:`timeline.datasette_plugin.reading_columns.ask_reading_columns`).
* ``filters_from_request``: the page of such a search read from its rowids, its
  count and facets from the index (:mod:`timeline.datasette_plugin.table_view`); a wrapper
  of the same hook writes Datasette's ``_through`` clause as a correlated ``exists``
  (:mod:`timeline.datasette_plugin.table_counts`); another wrapper puts back the query string
  of a reading page once Datasette has chosen its columns
  (:func:`timeline.datasette_plugin.reading_columns.restore_query_string`).
* ``register_facet_classes``: the facets of :mod:`timeline.datasette_plugin.facets`:
  ``counted`` and ``counted_array``, read from the counts the build made
  (``facet_counts``), and ``unique_array``, Datasette's array facet for arrays
  whose items are unique (``countries``), counted in one pass.
"""

from __future__ import annotations

import asyncio
import json
import math
import sqlite3
from collections.abc import Awaitable, Callable, Generator, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl as _hookimpl
from datasette.database import QueryInterrupted
from datasette.filters import FilterArguments
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Response
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from markupsafe import Markup

from ..errors import UsageError
from ..filters import Filter
from ..formats import FORMATS, RenderOptions
from ..formats.registry import LEDGER_PATH
from ..ics.ledger import Ledger
from ..published import Reply
from ..store import load_timeline
from ..urls import absolute_url, safe_url
from .csv import ASGIApp, neutralize_csv
from .facets import CountedArrayFacet, CountedFacet, UniqueArrayFacet
from .feeds import (
    calendar_feed,
    calendar_index,
    export_file,
    export_index,
    exports_folder,
    feed_context,
    reply_response,
)
from .reading_columns import (
    TEMPLATES,
    ask_reading_columns,
    filter_columns_of,
    query_of_every_column,
    restore_query_string,
)
from .reads import SMALL_TABLES, is_timeline, kept_memo, labels, timeline_database
from .search_page import search_page
from .sorts import (
    is_refused_sort,
    offered_sorts,
    refuse_unoffered_sorts,
    refused_sort_page,
)
from .table_search import SCOPE_KEY, search_count
from .table_view import (
    mark_searches,
    search_filter_arguments,
    through_filter_arguments,
)

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
    db = await timeline_database(datasette)
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
    (docs/history/scale-log.md). Not done for other embedders (tests make many servers in
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


# tryfirst: answered before Datasette's own handler (a 500, after printing a traceback)
@cast(Callable[[_F], _F], _hookimpl(tryfirst=True))
def handle_exception(
    datasette: Any, request: Any, exception: BaseException
) -> Callable[[], Awaitable[Response | None]] | None:
    if not is_refused_sort(exception):
        return None
    return lambda: refused_sort_page(datasette, request, str(getattr(exception, "message", "")))


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
    return await is_timeline(datasette.get_database(database))


def _cell_value(cell: Any) -> Any:
    """A cell as stored: with ``_labels=on`` (the format links of a table whose
    ``event_id`` is a foreign key) Datasette gives a linked cell as its value and label.

    >>> _cell_value({"value": "2020-01-visit-kz-tr", "label": "A visit"}), _cell_value("x")
    ('2020-01-visit-kz-tr', 'x')
    """
    return cell["value"] if isinstance(cell, dict) and "value" in cell else cell


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
        if column is None or not await is_timeline(db):
            return Response.text("Only rows with an event id can be exported.", 400)
        wanted = [_cell_value(row[column]) for row in rows if row[column]]
        what = (query_name or table or "query").replace("_", " ")
        title = datasette.metadata("title") or "Timeline"
        page = absolute_url(
            datasette, request, datasette.urls.path(request.full_path.replace(fmt.suffix, "", 1))
        )
        exports = exports_folder(datasette, db.path)

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
        return reply_response(reply, f"{query_name or table or 'query'}{fmt.suffix}")

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


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    return lambda app: refuse_unoffered_sorts(
        datasette, neutralize_csv(mark_searches(datasette, ask_reading_columns(datasette, app)))
    )


# tryfirst: our clause comes before Datasette's, and SQLite reads the page from its rowids
@cast(Callable[[_F], _F], _hookimpl(tryfirst=True))
def filters_from_request(
    request: Any, database: str, table: str, datasette: Any
) -> Callable[[], Awaitable[FilterArguments | None]]:
    return lambda: search_filter_arguments(request, database, table, datasette)


# A wrapper (pluggy's ``hookwrapper``) sees what every implementation gave, Datasette's
# own ``_through`` filter included, before Datasette awaits them: each is awaited
# through :func:`timeline.datasette_plugin.table_view.through_filter_arguments`, which writes
# Datasette's ``_through`` clause as a correlated ``exists`` (the same rows).
@cast(Callable[[_F], _F], _hookimpl(hookwrapper=True, specname="filters_from_request"))
def filters_from_request_through(
    request: Any, database: str, table: str, datasette: Any
) -> Generator[None, Any, None]:
    outcome = yield
    outcome.force_result(
        [_through_read_by_row(r, request, database, table, datasette) for r in outcome.get_result()]
    )


# Datasette calls the hook once it has chosen the page's columns, before it builds the
# page's links, forms and other views from the request: a reading page's own query
# string is put back here, before any implementation runs.
@cast(Callable[[_F], _F], _hookimpl(hookwrapper=True, specname="filters_from_request"))
def filters_from_request_reading(
    request: Any, database: str, table: str, datasette: Any
) -> Generator[None, Any, None]:
    restore_query_string(request)
    yield


def _through_read_by_row(
    result: Any, request: Any, database: str, table: str, datasette: Any
) -> Callable[[], Awaitable[Any]]:
    return lambda: through_filter_arguments(result, request, database, table, datasette)


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
    env.filters["timeline_offered_sorts"] = offered_sorts
    env.filters["timeline_filter_columns"] = filter_columns_of
    env.filters["timeline_query_of_every_column"] = query_of_every_column
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
        if view_name == "table":
            # a marked page (a search, or one the build counted): Datasette did not count
            # it, the index or facet_counts did
            count = await search_count(request.scope.get(SCOPE_KEY))
            return {} if count is None else {"filtered_table_rows_count": count}
        out: dict[str, Any] = {}
        if view_name == "row" and table == "events" and database:
            db = datasette.get_database(database)
            if await is_timeline(db):
                event_id = tilde_decode(request.url_vars.get("pks", ""))
                out["timeline_event"] = await _event_page(db, event_id)
                out["timeline_event_ics"] = datasette.urls.row(
                    database, "events", tilde_encode(event_id), format="ics"
                )
            return out
        if view_name in {"index", "database"}:
            context = await feed_context(datasette, request)
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
