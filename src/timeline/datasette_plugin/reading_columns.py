"""The reading view's HTML asks Datasette for the columns it shows, and only for them.

The events table's reading view (``templates/datasette/_table-timeline-events.html``)
shows six things of each event, read from :data:`READING_COLUMNS`; Datasette's table
view renders every column it selects (26 at 100 rows: 2,600 ``render_cell`` calls
through pluggy, ``datasette-pretty-json`` re-encoding every JSON array), which was
most of a searched page's HTML at 1,000,000 events (docs/history/scale-log.md). Datasette selects
fewer columns when a page asks with ``_col``; this module adds that to the reading
view's own HTML request and to nothing a reader sees, through three plugin hooks
(:mod:`timeline.datasette_plugin` registers them):

* ``asgi_wrapper`` (:func:`ask_reading_columns`): an HTML page of the events table in
  the reading view gets ``_col`` for each of :data:`READING_COLUMNS` added to its query
  string, the query string it came with kept in its ASGI scope (:data:`READING_KEY`).
  Not a page whose reader chose columns (``_col``, ``_nocol``), ``_view=all``, an export
  (``.json``, ``.csv``, any other format or ``_format``), the forms Datasette answers
  with a redirect (``_filter_column``..., ``_sort_by_desc``), a table without one of the
  columns, nor a reading template other than ours (a ``--template-dir`` of one's own);
* ``filters_from_request``, a hook wrapper (:func:`restore_query_string`): Datasette
  calls the hook once it has chosen the columns of the page's ``select`` and before it
  builds anything else from the request, so the query string is put back there: the
  page's links, forms, other views ("This data as json, CSV") and their exports are
  those of the page asked, every column in each export, as before;
* ``prepare_jinja2_environment``: two filters for the two things Datasette builds from
  the narrower ``select`` itself, in ``table.html``: the filter form's columns
  (:func:`filter_columns_of`) in the table's order, and the "View and edit SQL" link's
  query (:func:`query_of_every_column`), which selects every column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette.utils import escape_sqlite, to_css_class

from .csv import ASGIApp
from .reads import is_timeline, kept_memo, table_page

__all__ = [
    "READING_COLUMNS",
    "READING_KEY",
    "TEMPLATES",
    "ask_reading_columns",
    "filter_columns_of",
    "query_of_every_column",
    "reading_query_string",
    "restore_query_string",
]

#: Our Datasette templates (``{% extends "default:index.html" %}`` and friends).
TEMPLATES = Path(__file__).parent.parent / "templates" / "datasette"

#: The columns the reading view reads of each row (its key, ``id``, is always selected),
#: in the events table's order; ``date_start`` is the table's sort, whose value gives
#: Datasette's ``_next`` cursor.
READING_COLUMNS = (
    "kind",
    "title",
    "status",
    "date_start",
    "date_label",
    "place_id",
    "participant_names",
)

#: Where the request's own query string and the table's columns are kept in its scope.
READING_KEY = "timeline.reading_columns"

#: Arguments that keep Datasette's own columns: the reader's choice of columns, every
#: column shown, a format, and the forms Datasette answers with a redirect carrying
#: the query string (which must not carry ours).
_KEEPS_EVERY_COLUMN = re.compile(r"^(_col|_nocol|_format|_sort_by_desc|_filter_.*)$")


def reading_query_string(query_string: str) -> str | None:
    """``query_string`` of an HTML page of the events table with the reading view's
    ``_col`` added, or None when the page is to have Datasette's own columns.

    >>> reading_query_string("_search=visit")
    '_search=visit&_col=kind&_col=title&_col=status&_col=date_start&_col=date_label&_col=place_id&_col=participant_names'
    >>> reading_query_string("")[:9]
    '_col=kind'
    >>> [reading_query_string(q) for q in ("_col=title", "_nocol=tags", "_view=all")]
    [None, None, None]
    >>> forms = ("_format=json", "_filter_column=kind", "_sort_by_desc=on")
    >>> [reading_query_string(q) for q in forms]
    [None, None, None]
    """
    pairs = parse_qsl(query_string, keep_blank_values=True)
    if any(_KEEPS_EVERY_COLUMN.match(key) for key, _ in pairs) or ("_view", "all") in pairs:
        return None
    added = urlencode([("_col", column) for column in READING_COLUMNS])
    return f"{query_string}&{added}" if query_string else added


async def _reading_page(datasette: Any, scope: dict[str, Any]) -> tuple[str, ...] | None:
    """The events table's columns when ``scope`` asks for the HTML of its page rendered
    by our reading template and the table has every one of :data:`READING_COLUMNS`."""
    found = table_page(datasette, scope)
    if found is None or found[1] != "events":
        return None
    database, table = found
    path = str(scope.get("route_path") or scope.get("path", ""))
    if not path.endswith(f"/{table}"):  # a format: .json, .csv, .ics...
        return None
    templates = [
        f"_table-{to_css_class(database)}-{to_css_class(table)}.html",
        f"_table-table-{to_css_class(database)}-{to_css_class(table)}.html",
        "_table.html",
    ]
    chosen = datasette.jinja_env.select_template(templates)
    if chosen.filename is None or Path(chosen.filename).parent != TEMPLATES:
        return None
    db = datasette.get_database(database)
    if not await is_timeline(db):
        return None
    kept = kept_memo(db, "reading_columns")
    if "columns" not in kept:
        kept["columns"] = tuple(await db.table_columns(table))
        kept["keys"] = tuple(await db.primary_keys(table))
    columns: tuple[str, ...] = kept["columns"]
    if kept["keys"] != ("id",) or not set(READING_COLUMNS) <= set(columns):
        return None
    return columns


def ask_reading_columns(datasette: Any, app: ASGIApp) -> ASGIApp:
    """An ASGI app asking Datasette for the reading view's columns only
    (:func:`reading_query_string`) on an HTML page of the events table it renders."""

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        # Datasette runs its start-up (our templates' loader among it) on the first
        # request inside the app this wraps: an app served without ``datasette serve``
        # (its test client, any ASGI host) reaches here first. It runs once.
        await datasette.invoke_startup()
        columns = await _reading_page(datasette, scope)
        query = scope.get("query_string", b"").decode("latin-1")
        asked = None if columns is None else reading_query_string(query)
        if columns is None or asked is None:
            await app(scope, receive, send)
            return
        mark = {"query_string": scope.get("query_string", b""), "columns": columns}
        scope = {**scope, "query_string": asked.encode("latin-1"), READING_KEY: mark}
        await app(scope, receive, send)

    return wrapped


def restore_query_string(request: Any) -> None:
    """Put back the query string a reading page came with (:func:`ask_reading_columns`):
    Datasette has chosen the page's columns when it calls ``filters_from_request``."""
    mark = request.scope.get(READING_KEY)
    if mark is not None:
        request.scope["query_string"] = mark["query_string"]


def _mark(request: Any) -> Mapping[str, Any] | None:
    scope = getattr(request, "scope", None)
    return scope.get(READING_KEY) if isinstance(scope, dict) else None


def filter_columns_of(filter_columns: Sequence[str], request: Any) -> list[str]:
    """The filter form's columns of a table page: the table's, in its order, on a reading
    page (Datasette puts the selected columns first), else as Datasette gave them."""
    mark = _mark(request)
    if mark is None or set(filter_columns) != set(mark["columns"]):
        return list(filter_columns)
    return list(mark["columns"])


def query_of_every_column(query: Mapping[str, Any], request: Any) -> Mapping[str, Any]:
    """A table page's ``query`` (its SQL and parameters) as Datasette writes it with every
    column selected, on a reading page; any other page's as it is.

    >>> from types import SimpleNamespace
    >>> mark = {"columns": ("id", "kind", "title", "summary", "status", "date_start",
    ...         "date_label", "place_id", "participant_names")}
    >>> request = SimpleNamespace(scope={READING_KEY: mark})
    >>> sql = ("select id, kind, title, status, date_start, date_label, place_id, "
    ...        "participant_names from events order by date_start limit 101")
    >>> query_of_every_column({"sql": sql, "params": {}}, request)["sql"][:51]
    'select id, kind, title, summary, status, date_start'
    """
    mark = _mark(request)
    sql = query.get("sql") if isinstance(query, Mapping) else None
    if mark is None or not isinstance(sql, str):
        return query
    selected = ", ".join(escape_sqlite(c) for c in ("id", *READING_COLUMNS))
    every = ", ".join(escape_sqlite(c) for c in mark["columns"])
    prefix = f"select {selected} from "
    if not sql.startswith(prefix):
        return query
    return {**query, "sql": f"select {every} from {sql[len(prefix) :]}"}
