"""Datasette facets that answer at a million events: counted once, or in one pass.

Registered by :mod:`timeline.datasette_plugin` (``register_facet_classes``), named in
the metadata's ``facets`` lists:

* ``counted: kind`` and ``counted_array: country_names``: the counts come from
  the ``facet_counts`` table the build makes (:func:`timeline.store.add_summaries`)
  when the page shows the whole table, or the table filtered on one value of a
  counted column (``?kind=summit``, ``?country_names__arraycontains=Türkiye``):
  one indexed read of a few rows instead of a ``GROUP BY`` over every row (at
  1,000,000 events each facet of the events page took seconds). Any other page
  (a search, two filters, a database without that table) counts live, like
  Datasette's column facet and :class:`UniqueArrayFacet`, within
  ``facet_time_limit_ms``. A page with more rows than that limit lets us count
  (:func:`live_count_exceeds_limit`: a search for a common word at a million
  events) does not try: its facets are reported as timed out at once instead of
  after ``facet_time_limit_ms`` each (four facets were 0.8 s of such a search).
* ``unique_array: countries``: Datasette's array facet for arrays whose items are
  unique, counted in one pass of ``json_each`` (Datasette 0.65's array facet runs a
  ``DISTINCT`` over every column of every row: 16 s instead of 0.36 s at 100,000
  events).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any, cast

from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet, ColumnFacet, load_facet_configs
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from ..store.schema import COUNTED_FACETS
from ..urls import absolute_url
from .reads import has_table
from .table_search import COUNT_KEY, FACETS_COUNT_KEY, REWRITTEN_KEY, search_count
from .table_search import FACETS_KEY as SEARCH_FACETS_KEY
from .table_search import SCOPE_KEY as SEARCH_SCOPE_KEY

__all__ = [
    "CountedArrayFacet",
    "CountedFacet",
    "UniqueArrayFacet",
    "count_in_one_pass",
    "live_count_exceeds_limit",
]

#: Query-string arguments that change which rows a table page holds (besides filters).
_ROW_SET_ARGS = ("_search", "_where", "_through", "_filter_")


def _column(source_and_config: dict[str, Any]) -> str:
    """The column a facet's configuration names (``{"simple": c}`` or ``{"column": c}``)."""
    config = source_and_config["config"]
    return str(config.get("column") or config["simple"])


#: Rows a facet counts live in a millisecond, the slower of a column (``GROUP BY``) and
#: a JSON array (``json_each``) over a search's rows, at 1,000,000 events on the
#: 2-core sandbox of docs/history/scale-log.md (about 7 us a row for an array): a page with more
#: rows than ``facet_time_limit_ms`` times this would be interrupted anyway.
LIVE_ROWS_PER_MS = 150


def live_count_exceeds_limit(row_count: int | None, time_limit_ms: int) -> bool:
    """Whether counting a facet live over ``row_count`` rows would outlast the limit.

    >>> live_count_exceeds_limit(286_000, 200), live_count_exceeds_limit(2_000, 200)
    (True, False)
    >>> live_count_exceeds_limit(None, 200)  # not counted (``_nocount``): try
    False
    """
    return row_count is not None and row_count > time_limit_ms * LIVE_ROWS_PER_MS


class _Shown:
    """Facet values and facets as Datasette's templates show them (for our facet classes)."""

    type: str
    ds: Any
    request: Any
    sql: str
    row_count: int | None  # the page's rows, counted by Datasette before its facets

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A search our plugin read from the index (timeline.datasette_plugin.table_search):
        # Datasette did not count it, and its SQL holds our clause for the first page
        # before Datasette's own. Facets count every match: the count is the index's,
        # the SQL Datasette's alone.
        found = self.request.scope.get(SEARCH_SCOPE_KEY) if self.request is not None else None
        if found and found.get("clause"):
            self.sql = self.sql.replace(f"{found['clause']} and ", "", 1)
        # a clause written for the page's first rows (``_through``'s ``exists``): the
        # facets count every row, which Datasette's own clause lists at once
        for new, old in (found or {}).get(REWRITTEN_KEY, []):
            self.sql = self.sql.replace(new, old, 1)
        self._search = found

    async def _too_many_rows(self) -> bool:
        """Whether this page has more rows than a live count can go through in time."""
        if self.row_count is None and self._search:
            key = FACETS_COUNT_KEY if FACETS_COUNT_KEY in self._search else COUNT_KEY
            self.row_count = await search_count(self._search, key)
        return live_count_exceeds_limit(self.row_count, int(self.ds.setting("facet_time_limit_ms")))

    def _value(
        self, column: str, arg: str, value: Any, count: int, pairs: list[tuple[str, str]]
    ) -> dict[str, Any]:
        """One facet value as Datasette's templates show it, with its toggle link."""
        selected = (arg, str(value)) in pairs
        toggle = {arg: str(value)}
        path = (
            path_with_removed_args(self.request, toggle)
            if selected
            else path_with_added_args(self.request, toggle)
        )
        return {
            "value": value,
            "label": value,
            "count": count,
            "toggle_url": absolute_url(self.ds, self.request, self.ds.urls.path(path)),
            "selected": selected,
        }

    def _facet(
        self,
        column: str,
        source_and_config: dict[str, Any],
        values: list[dict[str, Any]],
        truncated: bool,
    ) -> dict[str, Any]:
        return {
            "name": column,
            "type": self.type,
            "results": values,
            "hideable": source_and_config["source"] != "metadata",
            "toggle_url": self.ds.urls.path(
                path_with_removed_args(self.request, {f"_facet_{self.type}": column})
            ),
            "truncated": truncated,
        }


class UniqueArrayFacet(_Shown, ArrayFacet):  # type: ignore[misc]
    """Datasette's array facet, for JSON arrays whose items are unique (``countries``).

    Datasette 0.65 counts array items with a ``DISTINCT`` over every column of
    every row, to guard against an item repeated in one array; our arrays are
    sets (sorted, no repeats), so one pass of ``json_each`` counts the same:
    at 100,000 events 0.36 s instead of 16 s (docs/history/scale-log.md). Configure it in
    the metadata as ``facets: [{unique_array: countries}]``; selecting a value
    filters with the built-in ``countries__arraycontains``, as the array facet does.
    """

    type = "unique_array"

    async def suggest(self) -> list[dict[str, Any]]:
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        too_many = await self._too_many_rows()
        for source_and_config in self.get_configs():
            column = _column(source_and_config)
            if too_many:
                timed_out.append(column)
                continue
            sql = (
                f"select j.value as value, count(*) as count "
                f"from (select {escape_sqlite(column)} as items from ({self.sql})) "
                f"join json_each(items) j group by j.value "
                f"order by count desc, value limit {size + 1}"
            )
            try:
                rows = await self.ds.execute(
                    self.database,
                    sql,
                    self.params,
                    truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = [
                self._value(column, f"{column}__arraycontains", row["value"], row["count"], pairs)
                for row in rows.rows[:size]
            ]
            results.append(self._facet(column, source_and_config, values, len(rows) > size))
        return results, timed_out


#: Where a page's facets counted in one pass are kept in the request's ASGI scope.
_ONE_PASS_KEY = "timeline.facets_in_one_pass"

#: A page whose facets one pass cannot count (a value that is not a plain JSON scalar).
_NOT_IN_ONE_PASS: dict[str, list[tuple[Any, int]]] = {}


def _sqlite_order(value: Any) -> tuple[int, Any]:
    """The order SQLite gives values of mixed types: NULL, numbers, text, blobs."""
    if value is None:
        return (0, 0)
    if isinstance(value, int | float):
        return (1, value)
    return (2, value) if isinstance(value, str) else (3, value)


def _ranked(counts: dict[Any, int]) -> list[tuple[Any, int]]:
    """Values by count, most first, then by value (``order by count desc, value``)."""
    return sorted(counts.items(), key=lambda vc: (-vc[1], _sqlite_order(vc[0])))


class _OnePass:
    """Every counted facet of a page counted live in one pass over its rows.

    Datasette counts each facet with a query of its own over the page's rows; a
    search's rows are each looked up in ``events`` again for every facet (four
    facets were about 180 ms of CPU for a search matching 28,600 of 1,000,000
    events). One ``GROUP BY`` of every counted column and array reads the rows once;
    each facet adds up the groups, and gives the values and counts Datasette's
    queries give (a test compares them).
    """

    ds: Any
    database: str
    request: Any
    metadata: Any
    sql: str
    params: Any
    _search: dict[str, Any] | None  # a marked search's scope (see _Shown)

    async def _counted_in_one_pass(self) -> dict[str, list[tuple[Any, int]]] | None:
        """Each counted column's values and counts, ranked; None if the pass timed out."""
        early = (self._search or {}).get(SEARCH_FACETS_KEY)
        if early is not None:  # a search's first page: counted beside the page's own SQL
            counted_early: dict[str, list[tuple[Any, int]]] | None = await early
            return counted_early
        memo = self.request.scope.setdefault(_ONE_PASS_KEY, {})
        key = (self.sql, json.dumps(self.params, sort_keys=True, default=str))
        if key not in memo:
            memo[key] = asyncio.ensure_future(self._one_pass())
        counted: dict[str, list[tuple[Any, int]]] | None = await asyncio.shield(memo[key])
        return counted

    async def _one_pass(self) -> dict[str, list[tuple[Any, int]]] | None:
        sql = self.sql
        clause = (self._search or {}).get("search_clause")
        if clause:  # a filtered search whose count read the filter's index, faster
            sql = sql.replace(f"and {clause}", f"and +{clause}", 1)
        return await count_in_one_pass(
            self.ds, self.database, self.request, self.metadata, sql, self.params
        )


async def count_in_one_pass(
    ds: Any, database: str, request: Any, metadata: Any, sql: str, params: Any
) -> dict[str, list[tuple[Any, int]]] | None:
    """The counted facets of ``metadata`` over the rows of ``sql``, in one ``GROUP BY``.

    Each counted column's values and counts, ranked as Datasette ranks them; None if
    the pass outlasted ``facet_time_limit_ms``; :data:`_NOT_IN_ONE_PASS` when a value
    is not a plain JSON scalar (the facets then count as Datasette's do).
    """
    configs = load_facet_configs(request, metadata)
    columns = {
        _column(c): kind == "counted_array"
        for kind in ("counted", "counted_array")
        for c in configs.get(kind, [])
    }
    if not columns:
        return _NOT_IN_ONE_PASS
    names = ", ".join(escape_sqlite(c) for c in columns)
    try:
        groups = await ds.execute(
            database,
            f"select {names}, count(*) from ({sql}) group by {names}",
            params,
            truncate=False,
            custom_time_limit=ds.setting("facet_time_limit_ms"),
        )
    except QueryInterrupted:
        return None
    totals: dict[str, dict[Any, int]] = {c: {} for c in columns}
    for row in groups.rows:
        count = row[len(columns)]
        for i, (column, is_array) in enumerate(columns.items()):
            values = [row[i]] if not is_array else _items(row[i])
            if values is None:
                return _NOT_IN_ONE_PASS
            for value in values:
                if value is None and not is_array:
                    continue  # a column facet leaves out NULL (``where col is not null``)
                totals[column][value] = totals[column].get(value, 0) + count
    return {column: _ranked(counts) for column, counts in totals.items()}


def _items(cell: Any) -> list[Any] | None:
    """The items ``json_each`` gives of a JSON array cell; None for anything else."""
    if cell is None:
        return []
    try:
        items = json.loads(cell)
    except (TypeError, ValueError):
        return None
    if not isinstance(items, list) or any(isinstance(i, list | dict | bool) for i in items):
        return None
    return items


class _Counted(_OnePass, _Shown):
    """What both counted facets share: the counts the build made for a page, else one pass.

    :meth:`facet_results` finds each configured column's counts in ``facet_counts``
    (:meth:`_precounted`); for a page the build did not count, it counts every counted
    column in one pass (:class:`_OnePass`), or gives the page's facets as timed out
    when it has too many rows, or leaves them to the facet class this one refines (a
    value one pass cannot read). Each facet class shows a column's values its own way
    (:meth:`_values`).
    """

    array: bool
    table: str | None
    get_querystring_pairs: Callable[[], list[tuple[str, str]]]  # Datasette's Facet has it
    get_facet_size: Callable[[], int]
    get_configs: Callable[[], list[dict[str, Any]]]

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        size = self.get_facet_size()
        configs = list(self.get_configs())
        columns = [_column(c) for c in configs]
        maybe = [await self._precounted(column, size) for column in columns]
        found = [rows for rows in maybe if rows is not None]
        if len(found) < len(maybe):
            if await self._too_many_rows():
                return [], columns
            counted = await self._counted_in_one_pass()
            if counted is None:
                return [], columns
            if counted is _NOT_IN_ONE_PASS:  # the facet class this one refines counts
                live: tuple[list[dict[str, Any]], list[str]]
                live = await cast(Any, super()).facet_results()
                return live
            found = [_as_rows(counted[column], size) for column in columns]
        pairs = self.get_querystring_pairs()
        results = []
        for source_and_config, column, rows in zip(configs, columns, found, strict=True):
            values = await self._values(column, rows[:size], pairs)
            results.append(self._facet(column, source_and_config, values, len(rows) > size))
        return results, []

    async def _values(
        self, column: str, rows: list[Any], pairs: list[tuple[str, str]]
    ) -> list[dict[str, Any]]:
        """A column's counted values (rows of ``value`` and ``count``) as the page shows them."""
        raise NotImplementedError

    async def _precounted(self, column: str, size: int) -> list[Any] | None:
        """The counts of ``column`` for this page from ``facet_counts``; None if not kept."""
        counted = COUNTED_FACETS.get(self.table or "", {})
        if counted.get(column) is not self.array:
            return None
        filters = []
        for key, value in self.get_querystring_pairs():
            if key.startswith(_ROW_SET_ARGS):
                return None
            if not key.startswith("_"):
                filters.append((key, value))
        if len(filters) > 1:
            return None
        by, by_value = "", ""
        if filters:
            key, by_value = filters[0]
            by, _, operation = key.partition("__")
            if by not in counted:
                return None
            allowed = {"arraycontains"} if counted[by] else {"", "exact"}
            if operation not in allowed:
                return None
        db = self.ds.get_database(self.database)
        if not await has_table(db, "facet_counts"):
            return None
        rows = await db.execute(
            "select value, count from facet_counts where table_name = ? and filter_column = ? "
            "and filter_value = ? and column_name = ? order by count desc, value limit ?",
            [self.table, by, by_value, column, size + 1],
        )
        return list(rows.rows)


def _as_rows(ranked: list[tuple[Any, int]], size: int) -> list[dict[str, Any]]:
    """The first ``size + 1`` values as the rows a facet query gives."""
    return [{"value": value, "count": count} for value, count in ranked[: size + 1]]


class CountedFacet(_Counted, ColumnFacet):  # type: ignore[misc]
    """A column facet (``counted: kind``) read from ``facet_counts`` where the build counted it."""

    type = "counted"
    array = False

    async def suggest(self) -> list[dict[str, Any]]:
        return []

    async def _values(
        self, column: str, rows: list[Any], pairs: list[tuple[str, str]]
    ) -> list[dict[str, Any]]:
        expanded = await self.ds.expand_foreign_keys(
            self.database, self.table, column, [r["value"] for r in rows]
        )
        values = []
        for row in rows:
            value = self._value(column, column, row["value"], row["count"], pairs)
            value["label"] = expanded.get((column, row["value"]), row["value"])
            values.append(value)
        return values


class CountedArrayFacet(_Counted, UniqueArrayFacet):
    """A unique-array facet (``counted_array: country_names``) read from ``facet_counts``."""

    type = "counted_array"
    array = True

    async def _values(
        self, column: str, rows: list[Any], pairs: list[tuple[str, str]]
    ) -> list[dict[str, Any]]:
        arg = f"{column}__arraycontains"
        return [self._value(column, arg, row["value"], row["count"], pairs) for row in rows]
