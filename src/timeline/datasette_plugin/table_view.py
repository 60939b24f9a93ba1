"""How Datasette's table view answers a search of the events table at a million events.

:mod:`timeline.datasette_plugin.table_search` (a plain search) and
:mod:`timeline.datasette_plugin.filtered_search` (a search with column filters that SQLite
reads from an index) say which SQL gives the same rows, count and facets as
Datasette's own; this module joins them to Datasette's table view through two of
its plugin hooks, which :mod:`timeline.datasette_plugin` registers:

* ``asgi_wrapper`` (:func:`mark_searches`): a search that is ours gets
  ``_nocount=fts``, so Datasette skips its own count; the JSON of such a page gets
  our count written in;
* ``filters_from_request`` (:func:`search_filter_arguments`): the clause that gives
  the page's rowids, and the count and facets read on other query threads while
  the page's SQL runs.

Two pages that are not searches are marked and counted the same way
(:mod:`timeline.datasette_plugin.table_counts`): a country as the facets link it, counted
from ``facet_counts``, and the events of one actor through ``event_actors``
(``_through``), whose clause a wrapper of the ``filters_from_request`` hook
(:func:`through_filter_arguments`) writes as a correlated ``exists`` and whose count
is Datasette's own statement, run once per served file.

Any other request is Datasette's own, unchanged.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from datasette.filters import FilterArguments, Filters
from datasette.utils import await_me_maybe, escape_sqlite, urlsafe_components

from ..store.schema import COUNTED_FACETS
from . import filtered_search
from .csv import ASGIApp, asks_for_csv
from .facets import count_in_one_pass, live_count_exceeds_limit
from .filtered_search import (
    ROWS_PARAM,
    BoundedCount,
    filtered_count,
    filtered_page_rows,
    is_array_filter,
    reads_an_index,
    rows_clause,
    rows_param,
    search_clause,
)
from .reads import has_table, is_timeline, kept_memo, table_page
from .table_counts import (
    FEW_THROUGH_ROWS,
    correlated_through,
    counted_form,
    country_of_name,
    facet_count_key,
    table_count_key,
    through_bounded_count_sql,
    through_clause,
    through_count_sql,
    through_rows_probe,
)
from .table_search import (
    COUNT_KEY,
    FACETS_COUNT_KEY,
    FACETS_KEY,
    NOCOUNT_MARK,
    REWRITTEN_KEY,
    SCOPE_KEY,
    correlated_search,
    fts_count,
    mark_query_string,
    ordered_through,
    page_clause,
    search_count,
    search_filters,
)

__all__ = ["KEPT_COUNTS", "mark_searches", "search_filter_arguments", "through_filter_arguments"]

_T = TypeVar("_T")

#: The searches' counts kept per immutable file, the oldest dropped first (a few bytes each).
KEPT_COUNTS = 1024

#: The facet types of our plugin, which read a marked search's count and whole SQL.
_OUR_FACETS = frozenset({"counted", "counted_array", "unique_array"})


async def _timeline_table(datasette: Any, scope: dict[str, Any]) -> tuple[str, str] | None:
    """The timeline database and the table ``scope`` asks for, when it is the events
    table or another table whose counts the build keeps (``COUNTED_FACETS``)."""
    found = table_page(datasette, scope)
    if found is None:
        return None
    name, table = found
    if table not in COUNTED_FACETS:
        return None
    return (name, table) if await is_timeline(datasette.get_database(name)) else None


def mark_searches(datasette: Any, app: ASGIApp) -> ASGIApp:
    """An ASGI app marking a plain search of the events table for our count (``_nocount=fts``),
    and the pages :mod:`timeline.datasette_plugin.table_counts` counts.

    The JSON of a marked page gets the count our ``filters_from_request`` read from
    the index, where Datasette, told not to count, writes ``null``.
    """

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        found_table = await _timeline_table(datasette, scope)
        if found_table is None:
            await app(scope, receive, send)
            return
        database, table = found_table
        query = scope.get("query_string", b"").decode("latin-1")
        pairs = parse_qsl(query, keep_blank_values=True)
        if table == "events":
            filters = search_filters(pairs)
            plain = filters == [] or bool(
                filters and await _filters_are_ours(datasette, database, filters) is not None
            )
            plain = plain or (filters is None and counted_form(pairs) is not None)
        else:
            plain = counted_form(pairs, table) is not None
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
    datasette: Any, database: str, filters: list[tuple[str, str]], table: str = "events"
) -> tuple[str, dict[str, Any]]:
    """The column filters of a table page (the events') as Datasette's table view writes
    them (its ``Filters`` over the same arguments, sorted): the SQL of their ``where`` and
    its parameters."""
    from datasette.views.base import ureg

    units = datasette.table_metadata(database, table).get("units", {})
    clauses, params = Filters(sorted(filters), units, ureg).build_where_clauses(table)
    return " and ".join(clauses) or "1", dict(params)


async def _filters_are_ours(
    datasette: Any, database: str, filters: list[tuple[str, str]]
) -> bool | None:
    """Whether a search with these column filters is ours
    (:mod:`timeline.datasette_plugin.filtered_search`), and how: True when SQLite reads the
    events they keep from an index, False for array membership alone (a country, as the
    facets link it), None (Datasette's own) for any other."""
    where, params = _datasette_filters(datasette, database, filters)
    db = datasette.get_database(database)
    if await db.execute_fn(lambda conn: reads_an_index(conn, where, params)):
        return True
    return False if is_array_filter(filters) else None


def _counts_facets(request: Any) -> bool:
    """Whether Datasette counts the facets of this table page (not with ``_nofacet``,
    which a CSV adds, or an array or object ``_shape``)."""
    shape = request.args.get("_shape") in ("array", "object")
    return not (request.args.get("_nofacet") or shape)


async def search_filter_arguments(
    request: Any, database: str, table: str, datasette: Any
) -> FilterArguments | None:
    """What the ``filters_from_request`` hook adds to a marked search of the events
    table: the clause giving its page's rowids (None: the page is Datasette's own SQL).
    Its count and a first page's facets are left in the request's scope, read on other
    query threads while the page's SQL runs."""
    if _marked_country(request, table) or _marked(request, table) == "counted":
        db = datasette.get_database(database)
        if not await is_timeline(db):
            return None
        if not asks_for_csv(request.scope):
            found = request.scope.setdefault(SCOPE_KEY, {})
            found[COUNT_KEY] = asyncio.ensure_future(_built_count(datasette, db, request, table))
        return await _country_by_key(db, request, table)
    if not _searches_from_index(datasette, request, database, table):
        return None
    db = datasette.get_database(database)
    if not await is_timeline(db):
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
    if not asks_for_csv(request.scope):
        counting = asyncio.ensure_future(
            _counted_once(db, ("fts", match, search), lambda conn: fts_count(conn, match, search))
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
    """A marked search with column filters (:mod:`timeline.datasette_plugin.filtered_search`).

    The clause giving its page's rowids (None: the page is Datasette's own SQL); its
    count and a first page's facets: from those rowids when they are every event the
    page's filter and search keep, else read from the filter's index on other query
    threads while the page's SQL runs.
    """
    indexed = await _filters_are_ours(datasette, db.name, filters)
    if indexed is None:
        return None  # not marked by our wrapper (or the user's _nocount): Datasette's
    where, params = _datasette_filters(datasette, db.name, filters)
    params["search"] = request.args["_search"]
    cursor = request.args.get("_next")
    after = _cursor_date(cursor) if cursor else None
    page = None
    if needed is not None and through > 0 and not (cursor and after is None):
        page = await db.execute_fn(
            lambda conn: filtered_page_rows(
                conn, match, where, params, needed, through, after, indexed
            )
        )
    if not asks_for_csv(request.scope):  # a CSV shows neither count nor facets
        if page is not None and page.complete and cursor is None:
            every_match = f"select * from events where {rows_clause()}"
            every_params: dict[str, Any] = {ROWS_PARAM: rows_param(page.rows)}
            counting: Awaitable[int | None] = asyncio.ensure_future(_known(len(page.rows)))
        else:
            every_match = f"select * from events where {where} and {search_clause(match)}"
            every_params = params

            key = ("filtered", match, where, json.dumps(params, sort_keys=True, default=str))

            async def count(bound: int | None = None) -> int | None:
                counted = await _counted_once(
                    db,
                    (*key, through) if bound is None else (*key, through, "bound", bound),
                    lambda conn: filtered_count(
                        conn, match, where, params, through, indexed, bound
                    ),
                )
                if counted is None:
                    return None
                if counted[1]:  # the facets read the filter's index too
                    found["search_clause"] = search_clause(match)
                return counted[0]

            bound = filtered_search.COUNT_BOUND
            counting = _page_count(
                datasette, db, request, found, (*key, through), count, lambda: count(bound)
            )
        found[COUNT_KEY] = counting
        if cursor is None and _counts_facets(request):
            found[FACETS_KEY] = asyncio.ensure_future(
                _facets_of_every_match(
                    datasette,
                    db.name,
                    request,
                    every_match,
                    every_params,
                    found.get(FACETS_COUNT_KEY, counting),
                    found,
                )
            )
    if page is None:
        return None
    found["clause"] = rows_clause()
    return FilterArguments([rows_clause()], {ROWS_PARAM: rows_param(page.rows)})


def _page_count(
    datasette: Any,
    db: Any,
    request: Any,
    found: dict[str, Any],
    key: tuple[Any, ...],
    exact: Callable[[], Awaitable[int | None]],
    bounded: Callable[[], Awaitable[int | None]] | None,
) -> Awaitable[int | None]:
    """The count of a page our plugin counts (a filtered search, an actor's events): an
    HTML page whose exact count (kept under ``key``) is not known yet shows a count
    bounded as it is counted ("more than 30,000 rows"), the JSON and other formats the
    exact count; the facets (``found``) judge their time limit by the exact count when
    the bound leaves it open."""
    if (
        bounded is not None
        and _asks_for_html(request)
        and key not in kept_memo(db, "search_counts")
    ):
        counting = asyncio.ensure_future(bounded())
        limit = int(datasette.setting("facet_time_limit_ms"))
        found[FACETS_COUNT_KEY] = asyncio.ensure_future(_judged_count(counting, limit, exact))
        return counting
    return asyncio.ensure_future(exact())


async def _known(count: int) -> int:
    return count


async def _judged_count(
    counting: Awaitable[int | None],
    limit_ms: int,
    exact: Callable[[], Awaitable[int | None]],
) -> int | None:
    """A bounded count, or the exact one when the bound does not say whether a live count
    of the facets would outlast ``limit_ms`` (a bound below that count's rows)."""
    count = await counting
    if isinstance(count, BoundedCount) and not live_count_exceeds_limit(count, limit_ms):
        return await exact()
    return count


def _asks_for_html(request: Any) -> bool:
    """Whether a table page is asked for as HTML (no ``.json``, ``.csv``, ``_format``...)."""
    return not request.url_vars.get("format") and not request.args.get("_format")


async def _counted_once(
    db: Any, key: tuple[Any, ...], count: Callable[[sqlite3.Connection], _T | None]
) -> _T | None:
    """``count`` of a search, run on a query thread once per immutable file and ``key``.

    Every page of a search shows the count of every match: a "Next" link would count
    them again, which for a filter that keeps most matches costs more than the page
    itself (docs/history/scale-log.md). The file cannot change while served, so the count is kept
    with it (:func:`timeline.datasette_plugin.reads.kept_memo`; a mutable database is counted
    each time), at most :data:`KEPT_COUNTS` of them. A search that cannot be counted
    (None: Datasette reports its error) is not kept.
    """
    kept = kept_memo(db, "search_counts")
    if key in kept:
        known: _T = kept[key]
        return known
    counted: _T | None = await db.execute_fn(count)
    if counted is not None:
        while len(kept) >= KEPT_COUNTS:
            kept.pop(next(iter(kept)))
        kept[key] = counted
    return counted


def _marked(request: Any, table: str = "events") -> str | None:
    """Which page of :mod:`.table_counts` a request our wrapper marked is."""
    if request.args.get("_nocount") != NOCOUNT_MARK:
        return None
    return counted_form(parse_qsl(request.query_string, keep_blank_values=True), table)


def _marked_country(request: Any, table: str) -> bool:
    return table == "events" and _marked(request) == "country"


def _column_filters(request: Any) -> list[tuple[str, str]]:
    pairs = parse_qsl(request.query_string, keep_blank_values=True)
    return [(k, v) for k, v in pairs if not (k.startswith("_") and "__" not in k)]


async def _built_count(datasette: Any, db: Any, request: Any, table: str) -> int | None:
    """The count of a page :mod:`timeline.datasette_plugin.table_counts` counts (a country's
    events, with its ``kind`` or ``status``; another table by its counted columns): the
    row of ``facet_counts`` the build counted, else Datasette's count, once per served file."""
    filters = _column_filters(request)
    key = facet_count_key(filters) if table == "events" else table_count_key(table, filters)
    if key is not None and await has_table(db, "facet_counts"):
        rows = await db.execute(
            "select count from facet_counts where table_name = ? and filter_column = ? "
            "and filter_value = ? and column_name = ? and value = ?",
            [table, *key],
        )
        return int(rows.rows[0][0]) if rows.rows else 0
    where, params = _datasette_filters(datasette, db.name, filters, table)
    sql = f"select count(*) from {escape_sqlite(table)} where {where}"
    return await _counted_once(
        db,
        ("table", table, where, json.dumps(params, sort_keys=True, default=str)),
        _scalar(sql, params),
    )


async def _country_by_key(db: Any, request: Any, table: str) -> FilterArguments | None:
    """The clause reading a marked ``events_by_country`` page's country name through the
    table's key (:func:`timeline.datasette_plugin.table_counts.country_of_name`), else None."""
    filters = _column_filters(request)
    clause = country_of_name(table, filters)
    if clause is None or not await has_table(db, "facet_counts"):
        return None
    name = next(v for k, v in filters if k.removesuffix("__exact") == "country_name")
    return FilterArguments([clause], {"timeline_country_name": name})


async def through_filter_arguments(
    result: Any, request: Any, database: str, table: str, datasette: Any
) -> Any:
    """What one ``filters_from_request`` implementation gave (``result``, awaited here),
    with Datasette's own ``_through`` clause on the events table of a timeline written as
    a correlated ``exists`` (:func:`timeline.datasette_plugin.table_counts.correlated_through`)
    when the actor has many rows; and, for a page our wrapper marked, Datasette's count of
    the page with its own clause, once per served file. Any other result as it was."""
    arguments = await await_me_maybe(result)
    if table != "events" or not isinstance(arguments, FilterArguments):
        return arguments
    if not arguments.where_clauses:
        return arguments
    if "_through" not in request.args:
        return _search_read_by_row(arguments, request)
    found = [through_clause(clause) for clause in arguments.where_clauses]
    throughs = request.args.getlist("_through")
    if len(found) != len(throughs) or len(arguments.human_descriptions) != len(throughs):
        return arguments
    db = datasette.get_database(database)
    if not await is_timeline(db):
        return arguments
    clauses = []
    for clause, parts in zip(arguments.where_clauses, found, strict=True):
        if parts is None or parts["param"] not in arguments.params:
            return arguments
        value = {parts["param"]: arguments.params[parts["param"]]}
        many = await db.execute_fn(_scalar(through_rows_probe(parts), value)) > FEW_THROUGH_ROWS
        clauses.append(correlated_through(parts, escape_sqlite(table)) if many else clause)
    found_here = request.scope.setdefault(SCOPE_KEY, {})
    # the facets count every row of the page: Datasette's list of the actor's events
    # gives them in one pass, where the correlated test would probe every event
    found_here.setdefault(REWRITTEN_KEY, []).extend(
        (new, old) for new, old in zip(clauses, arguments.where_clauses, strict=True) if new != old
    )
    if _marked(request) == "through" and not asks_for_csv(request.scope):
        count_sql = through_count_sql(arguments.where_clauses[0], escape_sqlite(table))
        params = dict(arguments.params)
        key = ("through", count_sql, json.dumps(params, sort_keys=True, default=str))

        def exact() -> Awaitable[int | None]:
            return _counted_once(db, key, _scalar(count_sql, params))

        bounded = None
        parts = found[0]
        if parts is not None:
            bound = filtered_search.COUNT_BOUND
            bounded_sql = through_bounded_count_sql(parts, escape_sqlite(table), bound)

            def bounded() -> Awaitable[int | None]:
                counting = _bounded(bounded_sql, count_sql, params, bound)
                return _counted_once(db, (*key, "bound", bound), counting)

        found_here[COUNT_KEY] = _page_count(datasette, db, request, found_here, key, exact, bounded)
    return FilterArguments(
        clauses, arguments.params, arguments.human_descriptions, arguments.extra_context
    )


def _search_read_by_row(arguments: FilterArguments, request: Any) -> FilterArguments:
    """Datasette's search clause as a correlated ``exists``
    (:func:`timeline.datasette_plugin.table_search.correlated_search`) on a page whose rows our
    own clause gives (a marked search: its rowids are read from the index, the query
    already run), so SQLite does not list every match to test the page's 101 rows."""
    found = request.scope.get(SCOPE_KEY) or {}
    if not found.get("clause") or len(arguments.where_clauses) != 1:
        return arguments
    correlated = correlated_search(arguments.where_clauses[0])
    if correlated is None:
        return arguments
    found.setdefault(REWRITTEN_KEY, []).append((correlated, arguments.where_clauses[0]))
    return FilterArguments(
        [correlated], arguments.params, arguments.human_descriptions, arguments.extra_context
    )


def _bounded(
    bounded_sql: str, exact_sql: str, params: dict[str, Any], bound: int
) -> Callable[[sqlite3.Connection], int]:
    """A function of a connection counting the rows of a ``_through`` page up to
    ``bound + 1`` (:func:`timeline.datasette_plugin.table_counts.through_bounded_count_sql`): a
    :class:`~timeline.datasette_plugin.filtered_search.BoundedCount` above it, else the exact
    count; Datasette's own count (``exact_sql``) when the listed values held ids no row
    has, so the bound cannot say."""

    def count(conn: sqlite3.Connection) -> int:
        kept, listed = conn.execute(bounded_sql, params).fetchone()
        if kept > bound:
            return BoundedCount.of(bound)
        if listed <= bound:
            return int(kept)
        return int(conn.execute(exact_sql, params).fetchone()[0])

    return count


def _scalar(sql: str, params: dict[str, Any]) -> Callable[[sqlite3.Connection], int]:
    """A function of a connection giving the number ``sql`` selects (a count)."""
    return lambda conn: int(conn.execute(sql, params).fetchone()[0])
