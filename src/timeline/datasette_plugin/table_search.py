"""The events table's own search (``/timeline/events?_search=...``) at a million events.

Datasette's table view searches with ``rowid in (select rowid from events_fts where
events_fts match :search)``, then counts the matches (``select count(*) from events
where ...``) and sorts them all by the table's sort (``date_start``) for the first
page. SQLite plans that ``IN`` as a list of about 25 rows (its fixed guess for a
subquery, whatever the statistics say), so it looks every match up in ``events``
twice: 0.35-0.4 s each for a word in 286,000 of 1,000,000 events (docs/history/scale-log.md).
No FTS5 option, index, ``PRAGMA`` or Datasette setting changes that plan, so our
plugin answers each page of a search with no other parameter (but ``_next``) through
two of Datasette's plugin hooks, with the same rows, count and facets:

* the count from the FTS5 index alone (``select count(*) from events_fts where
  events_fts match ...``: 31 ms for those 286,000): our ``asgi_wrapper`` adds
  ``_nocount=fts`` to such a request (:func:`mark_query_string`), so Datasette skips its
  own count, and the page, its JSON and its facets are given ours (read on another of
  Datasette's query threads while the page's SQL runs, :func:`search_count`);
* the page read from the index in rowid order: a full build stores the events in
  date order (``_meta``'s ``events_in_order_through``, see
  :mod:`timeline.datasette_plugin.search`), so the page's rows are among the matches from
  the ``_next`` cursor's date on (the first page: from the start): those of that date,
  then the first ``page size + 1`` in rowid order, with every other match of the last
  one's ``date_start`` (ties), and every match stored after the ordered rows (an
  update in place appends them). Our ``filters_from_request`` hook adds that set as
  a clause before Datasette's own (:func:`page_clause`); SQLite then reads the
  page from those few rowids and tests Datasette's clause on them, instead of
  sorting every match. Every match outside the set sorts after the page, so
  Datasette's ``order by date_start limit`` gives the same rows.

What it gives up: the page's SQL (``View and edit SQL``, the JSON's ``query``) shows
the extra clause, and the page's links carry ``_nocount=fts`` (our wrapper removes it
from any other request). A search with a filter, a sort, a facet argument or
``_stream`` is Datasette's own, unchanged.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode

from ..store.schema import ORDERED_THROUGH
from .reads import kept_memo

__all__ = [
    "COUNT_KEY",
    "FACETS_COUNT_KEY",
    "FACETS_KEY",
    "NOCOUNT_MARK",
    "PLAIN_SEARCH_KEYS",
    "REWRITTEN_KEY",
    "SCOPE_KEY",
    "SORTED_BY",
    "correlated_search",
    "cursor_bounds",
    "is_plain_search",
    "mark_query_string",
    "page_clause",
    "search_count",
    "search_filters",
]

#: The value of ``_nocount`` our wrapper adds; a user's own ``_nocount`` is left alone.
NOCOUNT_MARK = "fts"

#: Query-string keys a searched events page may carry and still be answered from the
#: index: none but ``_next`` changes which rows it holds or their order, and
#: :func:`page_clause` reads its cursor. (``_stream`` does: a streamed CSV reads every
#: page through the same request, each after the last.)
PLAIN_SEARCH_KEYS = frozenset(
    {
        "_search",
        "_searchmode",
        "_size",
        "_labels",
        "_nolabels",
        "_col",
        "_nocol",
        "_shape",
        "_json",
        "_json_infinity",
        "_trace",
        "_context",
        "_view",
        "_nofacet",
        "_nosuggest",
        "_facet_size",
        "_nocount",
        "_dl",
        "_timelimit",
        "_ttl",
        "_next",
    }
)

#: Where the search's count and clause are kept in the request's ASGI scope.
SCOPE_KEY = "timeline.table_search"
COUNT_KEY = "count"
#: The count a page's facets judge their time limit by, when it is not the page's (an HTML
#: page's bounded count, :class:`timeline.datasette_plugin.filtered_search.BoundedCount`).
FACETS_COUNT_KEY = "facets_count"
#: The counted facets of a search's first page, counted beside the page's own SQL.
FACETS_KEY = "facets"
#: Clauses our hooks wrote in place of Datasette's (the new, the old), for the facets.
REWRITTEN_KEY = "rewritten"


#: The only ``_sort`` a search answered from the index may name: the events table's own
#: sort (the metadata's), which Datasette's ``_next`` links repeat.
SORTED_BY = "date_start"


def search_filters(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """The column filters of a table page that is a search the index can answer ([] for
    a plain search), or None for any other page.

    Column filters are what Datasette reads as filters (``kind=call``,
    ``date_start__gte=2020-01-01``); the other arguments must be
    :data:`PLAIN_SEARCH_KEYS` or ``_sort`` by the table's own order.

    >>> search_filters([("_search", "visit"), ("kind", "call"), ("_sort", "date_start")])
    [('kind', 'call')]
    >>> search_filters([("_search", "visit"), ("_sort", "title")]) is None
    True
    >>> search_filters([("_search", "visit"), ("_through", "{}")]) is None
    True
    """
    pairs = list(pairs)
    if not any(key == "_search" and value.strip() for key, value in pairs):
        return None
    filters = []
    for key, value in pairs:
        if not (key.startswith("_") and "__" not in key):
            filters.append((key, value))
        elif key not in PLAIN_SEARCH_KEYS and (key, value) != ("_sort", SORTED_BY):
            return None
    return filters


def is_plain_search(pairs: Iterable[tuple[str, str]]) -> bool:
    """Whether a table page's arguments are a search and nothing that changes its rows.

    >>> is_plain_search([("_search", "visit"), ("_size", "50")])
    True
    >>> is_plain_search([("_search", "visit"), ("kind", "summit")])
    False
    >>> is_plain_search([("_search", "visit"), ("_next", "2020-01-01,x")])
    True
    >>> is_plain_search([("_search", "visit"), ("_stream", "on")])
    False
    >>> is_plain_search([("_search", " ")])
    False
    >>> is_plain_search([("_search", "visit"), ("_sort", "date_start")])  # the next links'
    True
    """
    return search_filters(pairs) == []


def mark_query_string(query_string: str, plain: bool) -> str:
    """``query_string`` with our ``_nocount`` added when ``plain``, removed otherwise.

    A link from a marked page carries the mark; a filter added to it makes the page
    Datasette's own again, counted by Datasette.

    >>> mark_query_string("_search=visit", True)
    '_search=visit&_nocount=fts'
    >>> mark_query_string("_search=visit&_nocount=fts&kind=summit", False)
    '_search=visit&kind=summit'
    >>> mark_query_string("_search=visit&_nocount=1", True)
    '_search=visit&_nocount=1'
    """
    pairs = parse_qsl(query_string, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if (k, v) != ("_nocount", NOCOUNT_MARK)]
    if plain and not any(k == "_nocount" for k, _ in kept):
        kept.append(("_nocount", NOCOUNT_MARK))
    if kept == pairs:
        return query_string
    return urlencode(kept)


def _ordered_through(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("select value from _meta where key = ?", [ORDERED_THROUGH]).fetchone()
        return int(row[0]) if row else 0
    except (sqlite3.OperationalError, ValueError, TypeError):  # no _meta: another writer's
        return 0


def cursor_bounds(conn: sqlite3.Connection, after: str | None, through: int) -> tuple[int, int]:
    """Where a ``_next`` page's rows start among the events stored in date order: the first
    rowid of the cursor's date ``after`` and the first of a later date (both 1 on a first
    page, ``through + 1`` when no such event is stored in order)."""
    if after is None:
        return 1, 1
    lower = _first_in_order(conn, after, False, through) or through + 1
    later = _first_in_order(conn, after, True, through) or through + 1
    return lower, later


def _first_in_order(conn: sqlite3.Connection, date: str, later: bool, through: int) -> int | None:
    """The first rowid stored in order whose ``date_start`` is ``date`` or later (or, with
    ``later``, after ``date``); None if no event stored in order starts then."""
    compare = ">" if later else ">="
    row = conn.execute(
        "select min(rowid) from events where rowid <= :through and date_start = "
        f"(select min(date_start) from events where date_start {compare} :date "
        "and rowid <= :through)",
        {"date": date, "through": through},
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def page_clause(
    conn: sqlite3.Connection,
    match: str,
    search: str,
    rows_needed: int,
    through: int,
    after: str | None = None,
) -> tuple[str, dict[str, Any]] | None:
    """The clause limiting a search's page to the matches that can be on it.

    ``match`` is the SQL of the searched text (``:search`` or ``escape_fts(:search)``),
    ``rows_needed`` the rows Datasette reads (its page size + 1), ``through`` the last
    rowid stored in date order, ``after`` the ``date_start`` of a ``_next`` page's
    cursor (None for the first page). Such a page holds the matches after the cursor
    in (``date_start``, ``id``) order: those of the cursor's date (stored together,
    from ``lower``), then the first ``rows_needed`` matches of later dates, up to every
    tie of the last one's date. None when the first page would hold every match stored
    in order (the whole search is small) or the index cannot read the search.
    """
    params = {"search": search, "timeline_needed": rows_needed - 1, "timeline_through": through}
    try:
        lower, later = cursor_bounds(conn, after, through)
        last = conn.execute(
            f"select rowid from events_fts where events_fts match {match} "
            "and rowid >= :timeline_later and rowid <= :timeline_through "
            "order by rowid limit 1 offset :timeline_needed",
            {**params, "timeline_later": later},
        ).fetchone()
        if last is None and after is None:
            return None
        # every match stored in order after this one starts later, except its ties
        bound = through
        if last is not None:
            bound = conn.execute(
                "select max(rowid) from events where date_start = "
                "(select date_start from events where rowid = ?) and rowid <= ?",
                [last[0], through],
            ).fetchone()[0]
    except sqlite3.OperationalError:  # a search FTS5 cannot read: Datasette reports it
        return None
    clause = (
        "rowid in (select rowid from events_fts where events_fts match "
        f"{match} and rowid >= :timeline_page_first and rowid <= :timeline_page_last "
        f"union all select rowid from events_fts where events_fts match {match} "
        "and rowid > :timeline_through)"
    )
    return clause, {
        "timeline_page_first": lower,
        "timeline_page_last": bound,
        "timeline_through": through,
    }


def fts_count(conn: sqlite3.Connection, match: str, search: str) -> int | None:
    """The number of events matching the search, from the FTS5 index alone."""
    try:
        row = conn.execute(
            f"select count(*) from events_fts where events_fts match {match}", {"search": search}
        ).fetchone()
    except sqlite3.OperationalError:  # a search FTS5 cannot read: Datasette reports it
        return None
    return int(row[0])


async def search_count(found: dict[str, Any] | None, key: str = COUNT_KEY) -> int | None:
    """The index's count of a marked search, kept in the request's scope (None if none).

    It is read beside the page's own SQL (our ``filters_from_request`` starts it); the
    facets, the page's template and the JSON await it.
    """
    counting = (found or {}).get(key)
    if counting is None:
        return None
    count: int | None = await counting
    return count


async def ordered_through(db: Any) -> int:
    """The last rowid of ``db``'s events stored in date order (0 if none is known)."""
    memo = kept_memo(db, "events_in_order_through")
    if "value" not in memo:
        memo["value"] = await db.execute_fn(_ordered_through)
    return int(memo["value"])


#: Datasette's clause of a search of the events table (``datasette.filters.search_filters``,
#: the metadata's ``fts_table`` and its default ``fts_pk``), raw or escaped.
_SEARCH_CLAUSE = re.compile(
    r"^rowid in \(select rowid from events_fts where events_fts match "
    r"(?P<match>:search|escape_fts\(:search\))\)$"
)


def correlated_search(clause: str) -> str | None:
    """Datasette's search clause as a correlated ``exists`` (None for any other clause).

    ``rowid in (select rowid from events_fts where events_fts match :search)`` lists every
    match before SQLite tests a row (58 ms for 286,000 matches at 1,000,000 events), even
    when another clause gives the page's 101 rows; the ``exists`` asks FTS5 for each row
    alone (FTS5 reads a ``rowid =`` constraint beside its ``match``): the same rows.

    >>> clause = "rowid in (select rowid from events_fts where events_fts match :search)"
    >>> correlated = correlated_search(clause)
    >>> correlated.startswith("exists (select 1 from events_fts where events_fts match :search")
    True
    >>> correlated.endswith(" and events_fts.rowid = events.rowid)")
    True
    >>> correlated_search("rowid in (select rowid from other_fts where other_fts match :search)")
    """
    found = _SEARCH_CLAUSE.match(clause)
    if found is None:
        return None
    return (
        f"exists (select 1 from events_fts where events_fts match {found['match']} "
        "and events_fts.rowid = events.rowid)"
    )
