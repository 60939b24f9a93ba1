"""A search of the events table with column filters (``?_search=visit&kind=call``), fast.

Datasette writes such a page as ``"kind" = :p0 and rowid in (select rowid from
events_fts where events_fts match :search)``. SQLite takes the ``IN`` for about 25 rows
(its fixed guess for a subquery) and plans it first: it looks every match up in
``events`` to test the filter, twice (the count, then the page sorted by date): 0.6 s
each for a word in 286,000 of 1,000,000 events (docs/history/scale-log.md). Our plugin answers
the page, its count and its facets from the filter's index instead, with the same
rows, through the hooks of :mod:`timeline.datasette_plugin.table_search`:

* the count (:func:`filtered_count`) and the facets read the filter's index (``kind``
  and ``date_start``, ``status`` and ``date_start``...) and test each row it gives
  against the matches' rowids, read once into a list (``+rowid in (...)``: the
  unary plus keeps SQLite from looking the matches up one by one), when that index
  alone keeps fewer than twice as many events as the search finds
  (:func:`index_is_cheaper`); else they look each match up, as Datasette does; either
  way they read only the matches between the first and last events the filter keeps
  (a date range is a range of rowids);
* the page (:func:`filtered_page_rows`) is the first ``page size + 1`` events of the
  search and the filter from the ``_next`` cursor's date on, in rowid order, which
  is date order for the rows a full build stored in order: read from the first
  few thousand matches one by one when the filter keeps many of them, else from the
  filter's index in date order; with every other such event of the last one's date
  (ties), of the cursor's date, and stored after the ordered rows (an update in
  place appends them). Datasette's own clauses then read its page from those rowids.

A search filtered by array membership alone (``countries__arraycontains=TR``,
``country_names__arraycontains=Türkiye``: a country, as the facets link it; no index
reads it, :func:`is_array_filter`) is answered from the matches alone: the page is the
first ``page size + 1`` matches in rowid order that the filter keeps, read one by one
until the page is full, and the count looks each match up (kept per served file by
:mod:`timeline.datasette_plugin.table_view`). Both test the array with ``instr`` and
``exists`` over its items (:func:`exists_form`), which SQLite answers without building
a list per row.
Any other filter SQLite cannot read from an index (``title__contains``) is left to
Datasette (:func:`reads_an_index`).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .table_search import cursor_bounds

__all__ = [
    "COUNT_BOUND",
    "ROWS_PARAM",
    "BoundedCount",
    "FilteredPage",
    "exists_form",
    "filtered_count",
    "filtered_page_rows",
    "index_is_cheaper",
    "is_array_filter",
    "reads_an_index",
    "rows_clause",
    "rows_param",
    "search_clause",
]

#: The parameter holding the page's rowids (a JSON array) in :func:`rows_clause`.
ROWS_PARAM = "timeline_rows"

#: The count an HTML page of a filtered search shows at most ("more than 30,000 rows"):
#: the rows above which its facets are not counted live at Datasette's 200 ms limit
#: (:data:`timeline.datasette_plugin.facets.LIVE_ROWS_PER_MS`). Counting to it takes about a
#: sixth of counting every match of a common word (docs/history/scale-log.md).
COUNT_BOUND = 30_000


class BoundedCount(int):
    """A count stopped at ``bound + 1`` rows: Datasette's template writes it as a bound.

    Its value is ``bound + 1``, so a facet's time limit judges it as any count above the
    bound; formatted (``"{:,}".format``, as Datasette's ``table.html`` writes a count) it
    says how many there are at least.

    >>> count = BoundedCount.of(30_000)
    >>> count, "{:,}".format(count), count == 1
    (30001, 'more than 30,000', False)
    """

    @classmethod
    def of(cls, bound: int) -> BoundedCount:
        return cls(bound + 1)

    def __format__(self, spec: str) -> str:
        return "more than " + format(int(self) - 1, spec)


#: Matches read one by one, in rowid order, before the filter's index is read for the
#: page: enough for a filter that keeps one match in forty to fill a page of 100.
SCAN_FIRST = 4096


def rows_clause() -> str:
    """The clause limiting Datasette's page to the rowids :func:`filtered_page_rows` gives.

    >>> rows_clause()
    'rowid in (select value from json_each(:timeline_rows))'
    """
    return f"rowid in (select value from json_each(:{ROWS_PARAM}))"


def search_clause(match: str) -> str:
    """Datasette's clause for a search of the events table (its ``search_filters``).

    >>> search_clause(":search")
    'rowid in (select rowid from events_fts where events_fts match :search)'
    """
    return f"rowid in (select rowid from events_fts where events_fts match {match})"


def _every_match(match: str) -> str:
    """Datasette's clause with a unary plus: SQLite reads the matches' rowids into a list
    and tests rows against it, instead of looking each match up in ``events``."""
    return "+" + search_clause(match)


def reads_an_index(conn: sqlite3.Connection, where: str, params: dict[str, Any]) -> bool:
    """Whether SQLite reads the events the filter ``where`` keeps from an index.

    A filter on ``kind``, ``status``, ``year`` or ``date_start`` (alone or with others)
    does; ``title__contains`` or an array filter alone does not (every row is read).
    """
    try:
        plan = conn.execute(f"explain query plan select rowid from events where {where}", params)
        details = [str(row[3]) for row in plan.fetchall()]
    except sqlite3.OperationalError:  # a filter SQLite cannot read: Datasette reports it
        return False
    scans = any(d == "SCAN events" or d.startswith("SCAN events ") for d in details)
    searches = any(d.startswith("SEARCH events USING") and "INDEX" in d for d in details)
    return searches and not scans


#: Datasette's clause for ``column__arraycontains=value`` (its ``Filters``, 0.65):
#: ``:p0 in (select value from json_each("events"."countries"))``.
_ARRAY_CONTAINS = re.compile(r':(\w+) in \(select value from json_each\(([\w"\[\].]+)\)\)')


def is_array_filter(filters: Iterable[tuple[str, str]]) -> bool:
    """Whether column filters are array membership alone (what the country facets link).

    >>> is_array_filter([("countries__arraycontains", "TR")])
    True
    >>> is_array_filter([("countries__arraycontains", "TR"), ("title__contains", "x")])
    False
    >>> is_array_filter([])
    False
    """
    keys = [key for key, _ in filters]
    return bool(keys) and all(key.endswith("__arraycontains") for key in keys)


def exists_form(where: str) -> str:
    """``where`` with Datasette's array tests written so that SQLite answers them with
    less work, for the same rows (and the same error for a text that is not JSON).

    Datasette's ``:p0 in (select value from json_each(c))`` builds the list of an
    array's items for each row it tests. Ours reads the items with ``exists`` (true
    exactly when an item equals the value, with the same comparison), and only for a
    text that holds the value between quotes, a backslash, or is not JSON: a JSON text
    with no backslash writes each string as it is, so an item equal to the value is
    ``"value"`` in it (a value JSON must escape makes a backslash). Most rows of a
    country in few events are ruled out by ``instr`` alone.

    >>> print(exists_form(':p0 in (select value from json_each(c))'))
    ((instr(c, '"' || :p0 || '"') or instr(c, '\\') or not json_valid(c))
    and exists (select 1 from json_each(c) where value = :p0))
    """
    return _ARRAY_CONTAINS.sub(
        lambda m: (
            f"((instr({m[2]}, '\"' || :{m[1]} || '\"') or instr({m[2]}, '\\') "
            f"or not json_valid({m[2]})) "
            f"and exists (select 1 from json_each({m[2]}) where value = :{m[1]}))"
        ),
        where,
    )


def _kept_in_order(
    conn: sqlite3.Connection, where: str, params: dict[str, Any], through: int
) -> tuple[int, int] | None:
    """The first and last rowids stored in date order of an event the filter keeps (None
    if it keeps none): two seeks in the filter's index, whose entries are in date order.
    A date range (``date_start__gte``) is a range of rowids."""
    ends = []
    for order in ("", " desc"):
        row = conn.execute(
            f"select rowid from events where {where} and +rowid <= :timeline_through "
            f"order by date_start{order}, rowid{order} limit 1",
            {**params, "timeline_through": through},
        ).fetchone()
        if row is None:
            return None
        ends.append(int(row[0]))
    return ends[0], ends[1]


def _matches_between(match: str, narrowed: bool = True) -> str:
    """The search's matches stored in order between two rowids, and those stored after;
    every match when not ``narrowed`` (FTS5 reads a range of rowids, and SQLite puts the
    two parts together, only for a gain)."""
    if not narrowed:
        return f"select rowid from events_fts where events_fts match {match}"
    return (
        f"select rowid from events_fts where events_fts match {match} "
        "and rowid >= :timeline_first and rowid <= :timeline_last union all "
        f"select rowid from events_fts where events_fts match {match} "
        "and rowid > :timeline_through"
    )


def index_is_cheaper(
    conn: sqlite3.Connection, match: str, where: str, params: dict[str, Any], narrowed: bool
) -> bool:
    """Whether reading the filter's index beats looking each match up, for a count.

    ``params`` holds the bounds of the matches read (``timeline_first``,
    ``timeline_last``, ``timeline_through``). Reading the index costs a probe of the
    matches' list per event the filter keeps, and the list; looking up costs a row per
    match. The index wins when it is an index alone (``COVERING``: no row read) and
    keeps fewer than twice as many events as there are matches: ``kind=call`` (57,200
    events) for ``visit`` (286,000 matches), not ``status=occurred`` (914,300), nor
    ``date_start >= 2030`` (291,200 events, 75,600 matches from its first rowid on).
    """
    try:
        plan = conn.execute(f"explain query plan select rowid from events where {where}", params)
        if not all("COVERING INDEX" in str(row[3]) for row in plan.fetchall()):
            return False
        found = conn.execute(
            f"select count(*) from ({_matches_between(match, narrowed)})", params
        ).fetchone()[0]
        kept = conn.execute(
            f"select count(*) from (select 1 from events where {where} limit :timeline_cap)",
            {**params, "timeline_cap": 2 * found},
        ).fetchone()[0]
    except sqlite3.OperationalError:  # a search FTS5 cannot read: Datasette reports it
        return False
    return bool(kept < 2 * found)


def filtered_count(
    conn: sqlite3.Connection,
    match: str,
    where: str,
    params: dict[str, Any],
    through: int = 0,
    indexed: bool = True,
    bound: int | None = None,
) -> tuple[int, bool] | None:
    """The events matching the search and the filter ``where``, and whether they were
    counted from the filter's index (:func:`index_is_cheaper`). A filter no index reads
    (not ``indexed``: :func:`is_array_filter`) is tested on every match.

    Only the matches stored in order between the first and last events the filter keeps
    are read (``through`` is the last rowid stored in date order; the filter's index
    gives both ends: a date range is a range of rowids), and those stored after them.
    From the index, each event it keeps is tested against those matches' rowids, read
    once into a list; else each match is looked up, in rowid order. With a ``bound``,
    the count stops at ``bound + 1`` (a :class:`BoundedCount` then).
    """
    where = exists_form(where)
    try:
        kept = _kept_in_order(conn, where, params, through) if through > 0 and indexed else None
        first, last = kept or (1, 0)
        # a range of less than three quarters of the ordered rows is worth reading alone
        narrowed = indexed and through > 0 and (last - first) < through * 3 // 4
        bounds = {"timeline_first": first, "timeline_last": last, "timeline_through": through}
        bounded = {**params, **bounds}
        every_match = _matches_between(match, narrowed)
        from_index = indexed and index_is_cheaper(conn, match, where, bounded, narrowed)
        if from_index:
            rows = f"from events where {where} and +rowid in ({every_match})"
        else:
            rows = (
                f"from ({every_match}) cross join events "
                f"on events.rowid = timeline_match where {where}"
            ).replace(
                "select rowid from events_fts", "select rowid as timeline_match from events_fts"
            )
        if bound is None:
            return int(conn.execute(f"select count(*) {rows}", bounded).fetchone()[0]), from_index
        # the same rows, stopped at one more than the bound
        sql = f"select count(*) from (select 1 {rows} limit :timeline_bound)"
        count = int(conn.execute(sql, {**bounded, "timeline_bound": bound + 1}).fetchone()[0])
        return (BoundedCount.of(bound) if count > bound else count), from_index
    except sqlite3.OperationalError:  # a search FTS5 cannot read: Datasette reports it
        return None


def _one_by_one(
    conn: sqlite3.Connection,
    match: str,
    where: str,
    params: dict[str, Any],
    first: int,
    last: int | None,
) -> list[int]:
    """The rowids from ``first`` to ``last`` (None: no end) of the events matching the
    search and the filter, reading the matches in rowid order and testing each row."""
    upper = "" if last is None else "and rowid <= :timeline_last "
    rows = conn.execute(
        "select events.rowid from (select rowid as timeline_match from events_fts "
        f"where events_fts match {match} and rowid >= :timeline_first {upper}) "
        f"cross join events on events.rowid = timeline_match where {where}",
        {**params, "timeline_first": first, "timeline_last": last},
    ).fetchall()
    return sorted(int(row[0]) for row in rows)


def _first_matches(
    conn: sqlite3.Connection,
    match: str,
    where: str,
    params: dict[str, Any],
    first: int,
    last: int,
) -> tuple[list[int], int | None]:
    """Of the first :data:`SCAN_FIRST` matches from ``first`` to ``last``, in rowid order,
    those the filter keeps; with the last match read if there may be more (else None)."""
    rows = conn.execute(
        f"select timeline_match, coalesce({where}, 0) from (select rowid as timeline_match "
        f"from events_fts where events_fts match {match} and rowid >= :timeline_first "
        "and rowid <= :timeline_last order by rowid limit :timeline_scan) "
        "cross join events on events.rowid = timeline_match order by timeline_match",
        {**params, "timeline_first": first, "timeline_last": last, "timeline_scan": SCAN_FIRST},
    ).fetchall()
    kept = [int(rowid) for rowid, keeps in rows if keeps]
    return kept, int(rows[-1][0]) if len(rows) == SCAN_FIRST else None


def _matches_kept(
    conn: sqlite3.Connection,
    match: str,
    where: str,
    params: dict[str, Any],
    first: int,
    last: int,
    wanted: int,
) -> list[int]:
    """The first ``wanted`` matches from ``first`` to ``last`` that the filter keeps, in
    rowid order, read one by one (FTS5 gives them in rowid order: SQLite stops at the
    ``wanted``-th)."""
    rows = conn.execute(
        "select timeline_match from (select rowid as timeline_match from events_fts "
        f"where events_fts match {match} and rowid >= :timeline_first "
        "and rowid <= :timeline_last order by rowid) "
        f"cross join events on events.rowid = timeline_match where {where} "
        "order by timeline_match limit :timeline_wanted",
        {**params, "timeline_first": first, "timeline_last": last, "timeline_wanted": wanted},
    ).fetchall()
    return [int(row[0]) for row in rows]


def _from_the_index(
    conn: sqlite3.Connection,
    match: str,
    where: str,
    params: dict[str, Any],
    first: int,
    last: int,
    wanted: int,
) -> list[int]:
    """The first ``wanted`` rowids from ``first`` to ``last`` (rows stored in date order) of
    the events matching the search and the filter, read from the filter's index."""
    rows = conn.execute(
        f"select rowid from events where {where} and {_every_match(match)} "
        "and +rowid >= :timeline_first and +rowid <= :timeline_last "
        "order by date_start, rowid limit :timeline_wanted",
        {**params, "timeline_first": first, "timeline_last": last, "timeline_wanted": wanted},
    ).fetchall()
    return [int(row[0]) for row in rows]


@dataclass(frozen=True)
class FilteredPage:
    """The rowids that can be on a page (:func:`filtered_page_rows`), in rowid order, and
    whether they are every event of the search and the filter from the page's date on."""

    rows: list[int]
    complete: bool


def filtered_page_rows(
    conn: sqlite3.Connection,
    match: str,
    where: str,
    params: dict[str, Any],
    rows_needed: int,
    through: int,
    after: str | None = None,
    indexed: bool = True,
) -> FilteredPage | None:
    """The rowids of the events that can be on a page of a search with a filter.

    ``match`` is the SQL of the searched text, ``where`` and ``params`` Datasette's
    filter (with ``search``), ``rows_needed`` the rows Datasette reads (its page size
    + 1), ``through`` the last rowid stored in date order, ``after`` the ``date_start``
    of a ``_next`` page's cursor (None for the first page). The page holds the events
    of the search and the filter after the cursor in (``date_start``, ``id``) order: of
    the cursor's date, then the first ``rows_needed`` of later dates, up to every tie of
    the last one's date, and any stored after the ordered rows. None when the search or
    the filter cannot be read (Datasette reports it). A filter no index reads (not
    ``indexed``) is tested on the matches in rowid order until the page is full.
    """
    where = exists_form(where)
    try:
        lower, later = cursor_bounds(conn, after, through)
        rows: list[int] = []
        if lower < later:  # the cursor's date
            rows += _one_by_one(conn, match, where, params, lower, later - 1)
        page: list[int] = []
        if not indexed:
            if later <= through:
                page = _matches_kept(conn, match, where, params, later, through, rows_needed)
            kept = None
        else:
            kept = _kept_in_order(conn, where, params, through)
        if kept is not None and max(later, kept[0]) <= kept[1]:
            first, last = max(later, kept[0]), kept[1]
            page, read = _first_matches(conn, match, where, params, first, last)
            page = page[:rows_needed]
            if len(page) < rows_needed and read is not None:
                page += _from_the_index(
                    conn, match, where, params, read + 1, last, rows_needed - len(page)
                )
        rows += page
        if len(page) == rows_needed:  # every other event of the last one's date
            bound = conn.execute(
                "select max(rowid) from events where date_start = "
                "(select date_start from events where rowid = ?) and rowid <= ?",
                [page[-1], through],
            ).fetchone()[0]
            if bound > page[-1]:
                rows += _one_by_one(conn, match, where, params, page[-1] + 1, bound)
        rows += _one_by_one(conn, match, where, params, through + 1, None)
    except sqlite3.OperationalError:  # a search or filter SQLite cannot read
        return None
    return FilteredPage(rows, complete=len(page) < rows_needed)


def rows_param(rows: list[int]) -> str:
    """The page's rowids as the JSON array :func:`rows_clause` reads.

    >>> rows_param([3, 1, 2])
    '[3,1,2]'
    """
    return json.dumps(rows, separators=(",", ":"))
