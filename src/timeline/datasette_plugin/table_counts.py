"""Two events pages Datasette counted in full on every request, with the same rows and count.

Both are Datasette's table view of ``events``, reached by a link: at 1,000,000 events
each took about a second, most of it the page's count (docs/history/scale-log.md).

* **A country as the facets link it** (``?country_names__arraycontains=Türkiye``,
  with or without ``kind=``, ``status=`` or ``year=``): Datasette counts the events whose array
  holds the value with ``json_each`` over every row (1.4-1.7 s of CPU). The build
  counted them already: ``facet_counts`` holds, for each value of an array column,
  the events holding it, and for each pair of counted columns, the events holding
  both values (:data:`timeline.store.COUNTED_FACETS`, kept by an update in place). An
  array of unique items (``country_names``) holds a value once, so the number of
  items counted is the number of rows: :func:`facet_count_key` says which row of
  ``facet_counts`` is the page's count.
* **The events of one actor through** ``event_actors``
  (``?_through={"table":"event_actors","column":"actor_id","value":"TR"}``):
  Datasette's clause ``id in (select event_id from event_actors where actor_id =
  :p0)`` is not correlated, so SQLite lists the actor's event ids (686,000 for
  Türkiye) for every statement that holds it: 0.9 s of CPU for the page, 0.6 s for
  its count. :func:`correlated_through` writes the same test as ``exists (select 1
  from event_actors where actor_id = :p0 and event_id = [events].id)``, which SQLite
  answers for each row the date index gives, stopping at the page's last (12 ms for
  Türkiye); for an actor with few events (:data:`FEW_THROUGH_ROWS`) Datasette's list
  is the cheaper plan and is kept. The count is Datasette's own statement, run once
  per served immutable file (:mod:`timeline.datasette_plugin.table_view`).

* **The other tables the build counts** (``events_by_country``, ``event_actors``,
  ``events_map``: :data:`timeline.store.COUNTED_FACETS`) filtered by one or two of their
  counted columns (``event_actors?role=host``, ``events_by_country?kind=summit&country=TR``):
  Datasette counted every row of the table (1.1-1.9 s at 1,000,000 events); the count
  is the row of ``facet_counts`` :func:`table_count_key` names. A country's name in
  ``events_by_country`` is read through the key's country (:func:`country_of_name`), where
  Datasette read the table until it met the name.

``x in (select y from t where c = :p)`` and ``exists (select 1 from t where c = :p and
y = x)`` keep the same rows in a ``where``: both compare ``x`` and ``y`` as ``=`` does
(the same affinity), and where ``in`` gives NULL (``x`` NULL, or no match and a NULL
``y``) ``exists`` gives false, which a ``where`` treats alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..store.schema import COUNTED_FACETS
from .table_search import PLAIN_SEARCH_KEYS

__all__ = [
    "FEW_THROUGH_ROWS",
    "correlated_through",
    "counted_form",
    "country_of_name",
    "facet_count_key",
    "table_count_key",
    "through_bounded_count_sql",
    "through_clause",
    "through_count_sql",
    "through_rows_probe",
]

#: An actor with at most this many rows in the table ``_through`` names keeps Datasette's
#: clause: listing its few event ids costs less than testing the rows of the date index
#: one by one until the page is full (a page of 100 tests about 100 / share rows).
FEW_THROUGH_ROWS = 20_000

#: Arguments that leave a page's rows alone (its size, shape, order, cursor...).
_KEYS_KEEPING_ROWS = (PLAIN_SEARCH_KEYS - {"_search", "_searchmode"}) | {"_sort", "_sort_desc"}

#: The array column a country filter names, and the columns a second filter may name:
#: the counted facets of ``events`` whose values are text, and ``year``, whose counted
#: values are integers (``facet_counts`` keeps each value as the column holds it).
_ARRAY_COLUMN = "country_names"
_TEXT_COLUMNS = frozenset({"kind", "status"})
_INTEGER_COLUMNS = frozenset({"year"})

#: Datasette's ``_through`` clause (``datasette.filters.through_filters``), each name as
#: its ``escape_sqlite`` writes it.
_NAME = r"(?:\[[^\]]+\]|[A-Za-z_][A-Za-z0-9_]*)"
_THROUGH = re.compile(
    rf"^(?P<ours>{_NAME}) in \(select (?P<theirs>{_NAME}) from (?P<table>{_NAME}) "
    rf"where (?P<column>{_NAME}) = :(?P<param>p\d+)\)$"
)


def _filters(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """The column filters of a page whose other arguments keep its rows, else None."""
    filters = []
    for key, value in pairs:
        if not (key.startswith("_") and "__" not in key):
            filters.append((key, value))
        elif key not in _KEYS_KEEPING_ROWS and key != "_through":
            return None
    return filters


def counted_form(pairs: Iterable[tuple[str, str]], table: str = "events") -> str | None:
    """Which of this module's pages a table page is: ``"country"``, ``"through"`` (the
    events table), ``"counted"`` (another table :func:`table_count_key` counts) or None.

    >>> counted_form([("country_names__arraycontains", "Türkiye"), ("_sort", "date_start")])
    'country'
    >>> counted_form([("country_names__arraycontains", "Georgia"), ("kind", "visit")])
    'country'
    >>> counted_form([("country_names__arraycontains", "Georgia"), ("year", "2005")])
    'country'
    >>> counted_form([("country_names__arraycontains", "Georgia"), ("place_id", "x")]) is None
    True
    >>> counted_form([("_through", '{"table": "event_actors"}'), ("_size", "50")])
    'through'
    >>> counted_form([("_through", "{}"), ("kind", "visit")]) is None  # Datasette's own
    True
    >>> counted_form([("_search", "visit"), ("_through", "{}")]) is None
    True
    >>> counted_form([("role", "host"), ("_next", "x,TR,host")], "event_actors")
    'counted'
    >>> counted_form([("role", "host"), ("_where", "1")], "event_actors") is None
    True
    """
    pairs = list(pairs)
    filters = _filters(pairs)
    if filters is None:
        return None
    if table != "events":
        if any(key == "_through" for key, _ in pairs):
            return None
        return "counted" if table_count_key(table, filters) is not None else None
    throughs = [value for key, value in pairs if key == "_through"]
    if throughs:
        return "through" if len(throughs) == 1 and not filters else None
    return "country" if facet_count_key(filters) is not None else None


def facet_count_key(filters: list[tuple[str, str]]) -> tuple[str, str, str, str | int] | None:
    """The ``facet_counts`` row (filter column, filter value, column, value) of the
    events table that counts the events these filters keep, or None.

    A ``year`` is counted when it is written as SQLite writes an integer (``2005``):
    Datasette's ``year = :p`` compares the column's integers with the text as a number,
    so ``02005`` or ``2005.0`` keep the same events, and are left to Datasette's count.

    >>> facet_count_key([("country_names__arraycontains", "Türkiye")])
    ('', '', 'country_names', 'Türkiye')
    >>> facet_count_key([("status", "planned"), ("country_names__arraycontains", "Georgia")])
    ('country_names', 'Georgia', 'status', 'planned')
    >>> facet_count_key([("country_names__arraycontains", "Georgia"), ("year", "2005")])
    ('country_names', 'Georgia', 'year', 2005)
    >>> [facet_count_key([("country_names__arraycontains", "Georgia"), ("year", y)])
    ...  for y in ("02005", "2005.0", "-1", "")]
    [None, None, None, None]
    >>> facet_count_key([("country_names__arraycontains", "")]) is None
    True
    """
    arrays = [v for k, v in filters if k == f"{_ARRAY_COLUMN}__arraycontains"]
    others = [(k.removesuffix("__exact"), v) for k, v in filters if not k.endswith("arraycontains")]
    if len(arrays) != 1 or len(filters) != 1 + len(others) or len(others) > 1:
        return None
    if not arrays[0]:
        return None
    if not others:
        return ("", "", _ARRAY_COLUMN, arrays[0])
    column, value = others[0]
    if column in _TEXT_COLUMNS and value:
        return (_ARRAY_COLUMN, arrays[0], column, value)
    written_as_integer = value.isascii() and value.isdigit() and str(int(value)) == value
    if column in _INTEGER_COLUMNS and written_as_integer:
        return (_ARRAY_COLUMN, arrays[0], column, int(value))
    return None


def through_clause(clause: str) -> dict[str, str] | None:
    """The parts of Datasette's ``_through`` clause (None for any other clause).

    >>> parts = through_clause("id in (select event_id from event_actors where actor_id = :p0)")
    >>> parts["ours"], parts["theirs"], parts["table"], parts["column"], parts["param"]
    ('id', 'event_id', 'event_actors', 'actor_id', 'p0')
    >>> through_clause("id in (select 1)") is None
    True
    """
    found = _THROUGH.match(clause)
    return None if found is None else found.groupdict()


def through_rows_probe(parts: dict[str, str]) -> str:
    """SQL counting the rows of the ``_through`` table for the clause's value, up to one
    more than :data:`FEW_THROUGH_ROWS` (its parameter is the clause's)."""
    return (
        f"select count(*) from (select 1 from {parts['table']} "
        f"where {parts['column']} = :{parts['param']} limit {FEW_THROUGH_ROWS + 1})"
    )


def correlated_through(parts: dict[str, str], table: str) -> str:
    """Datasette's ``_through`` clause (:func:`through_clause`'s parts) as a correlated
    ``exists`` on ``table`` (escaped as Datasette escapes it), the same rows.

    >>> parts = through_clause("id in (select event_id from event_actors where actor_id = :p0)")
    >>> correlated_through(parts, "events")
    'exists (select 1 from event_actors where actor_id = :p0 and event_id = events.id)'
    """
    return (
        f"exists (select 1 from {parts['table']} where {parts['column']} = :{parts['param']} "
        f"and {parts['theirs']} = {table}.{parts['ours']})"
    )


def through_bounded_count_sql(parts: dict[str, str], table: str, bound: int) -> str:
    """SQL giving two numbers: the rows of ``table`` the ``_through`` clause (its parts)
    keeps among the first ``bound + 1`` distinct values it lists, and how many it listed.

    The first is above ``bound`` only if the clause keeps more than ``bound`` rows; it is
    the exact count when the second is at most ``bound`` (every value was listed). Both
    read the through table's index up to ``bound + 1`` values, where Datasette's count
    lists every one (686,000 for an actor of a million events: 0.5 s against 25 ms).

    >>> parts = through_clause("id in (select event_id from event_actors where actor_id = :p0)")
    >>> sql = through_bounded_count_sql(parts, "events", 3)
    >>> sql.startswith("select (select count(*) from events where id in (select distinct")
    True
    >>> sql.count("from event_actors where actor_id = :p0 limit 4")
    2
    """
    listed = (
        f"select distinct {parts['theirs']} from {parts['table']} "
        f"where {parts['column']} = :{parts['param']} limit {bound + 1}"
    )
    return (
        f"select (select count(*) from {table} where {parts['ours']} in ({listed})), "
        f"(select count(*) from ({listed}))"
    )


def through_count_sql(clause: str, table: str) -> str:
    """Datasette's count of a table page filtered by ``clause`` alone."""
    return f"select count(*) from {table} where {clause}"


def table_count_key(table: str, filters: list[tuple[str, str]]) -> tuple[str, str, str, str] | None:
    """The ``facet_counts`` row (filter column, filter value, column, value) of ``table``,
    a table besides ``events`` whose counts the build keeps, that counts the rows these
    filters keep (one or two counted columns, each ``=`` a value), or None.

    >>> table_count_key("event_actors", [("role", "host")])
    ('', '', 'role', 'host')
    >>> table_count_key("events_by_country", [("kind__exact", "summit"), ("country", "TR")])
    ('country', 'TR', 'kind', 'summit')
    >>> table_count_key("events_by_country", [("kind", "summit"), ("kind", "call")]) is None
    True
    >>> table_count_key("events_by_country", [("title", "Summit")]) is None
    True
    >>> table_count_key("events", [("kind", "summit")]) is None  # facet_count_key's
    True
    """
    counted = COUNTED_FACETS.get(table) if table != "events" else None
    if not counted or not 1 <= len(filters) <= 2:
        return None
    pairs = sorted((key.removesuffix("__exact"), value) for key, value in filters)
    if len({column for column, _ in pairs}) != len(pairs):
        return None
    if any(column not in counted or counted[column] or not value for column, value in pairs):
        return None
    if len(pairs) == 1:
        return ("", "", *pairs[0])
    return (*pairs[0], *pairs[1])


def country_of_name(table: str, filters: list[tuple[str, str]]) -> str | None:
    """A clause naming the key's countries of the ``country_name`` an ``events_by_country``
    page filters by (the countries ``facet_counts`` counts under that name, so the same
    rows), for SQLite to read them from the table's key; None for any other page. Its
    parameter is ``:timeline_country_name``.

    >>> country_of_name("events_by_country", [("country_name", "Türkiye")])[:36]
    'country in (select filter_value from'
    >>> country_of_name("events_by_country", [("country", "TR")]) is None
    True
    """
    if table != "events_by_country" or not any(
        key.removesuffix("__exact") == "country_name" for key, _ in filters
    ):
        return None
    return (
        "country in (select filter_value from facet_counts where table_name = "
        "'events_by_country' and filter_column = 'country' and column_name = 'country_name' "
        "and value = :timeline_country_name)"
    )
