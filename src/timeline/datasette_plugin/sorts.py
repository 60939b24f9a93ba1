"""The sorts a table page offers: the metadata's ``sortable_columns``, and no other.

At 1,000,000 events Datasette sorts every row of a column no index orders (seconds of
CPU, then HTTP 400 "SQL Interrupted" at the 1 s limit), and a descending next page of a
column that may hold NULL is read through every row too (SQLite plans Datasette's ``c <
:p or c is null or ...`` as a union of index searches and sorts the union). The tables
that grow with the events therefore name in the metadata the columns an index reads in
order both ways, next pages included (docs/datasette.md, "Sorting"), and Datasette
links only those in the column headers and its sort menu, and refuses any other
``_sort`` at once ("Cannot sort table by ...").

One exception in Datasette 0.65: the header of a table's single primary key (the link
column) is marked sortable whatever the metadata says, and the sort menu lists it, so a
click was answered "Cannot sort table by id" (HTTP 400). :func:`offered_sorts`, a
template filter our ``table.html`` applies, marks it as the metadata does. And Datasette
answers a sort it refuses (typed, or an old link) with HTTP 500, a server error, after
printing its traceback with every local variable (about 3 s of CPU at 1,000,000 events,
whatever plugin answers first): :func:`refuse_unoffered_sorts`, an ``asgi_wrapper``,
answers such a request before Datasette reads it, and :func:`refused_sort_page` is the
400 of a bad request, with Datasette's message and page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl

from .csv import ASGIApp
from .reads import table_page

__all__ = [
    "is_refused_sort",
    "offered_sorts",
    "refuse_unoffered_sorts",
    "refused_sort",
    "refused_sort_page",
]

#: How Datasette 0.65's table view words a ``_sort`` or ``_sort_desc`` it does not offer.
REFUSED_SORT = "Cannot sort table by "


def offered_sorts(
    display_columns: Sequence[Mapping[str, Any]], metadata: Mapping[str, Any] | None
) -> list[Mapping[str, Any]]:
    """Datasette's ``display_columns`` of a table page, each sortable only when the table's
    metadata offers it (every column Datasette marks sortable when it names none).

    >>> columns = [{"name": "id", "sortable": True}, {"name": "date_start", "sortable": True}]
    >>> [c["sortable"] for c in offered_sorts(columns, {"sortable_columns": ["date_start"]})]
    [False, True]
    >>> [c["sortable"] for c in offered_sorts(columns, {})]
    [True, True]
    """
    offered = (metadata or {}).get("sortable_columns")
    if offered is None:
        return list(display_columns)
    return [
        {**column, "sortable": False}
        if column.get("sortable") and column.get("name") not in offered
        else column
        for column in display_columns
    ]


def is_refused_sort(exception: BaseException) -> bool:
    """Whether ``exception`` is Datasette's refusal of a sort the table does not offer.

    >>> from datasette.views.base import DatasetteError
    >>> is_refused_sort(DatasetteError("Cannot sort table by title"))
    True
    >>> is_refused_sort(DatasetteError("Cannot use _sort and _sort_desc at the same time"))
    False
    """
    from datasette.views.base import DatasetteError

    return isinstance(exception, DatasetteError) and str(exception.message).startswith(REFUSED_SORT)


async def refused_sort_page(datasette: Any, request: Any, message: str) -> Any:
    """Datasette's error page (or JSON) for a refused sort, as its own exception handler
    writes it, with the status of a bad request (400) and no traceback: the request is
    at fault, not the server (Datasette prints every error's traceback with its local
    variables, seconds of CPU at a million events)."""
    from datasette.utils import add_cors_headers
    from datasette.utils.asgi import Response

    info = {"ok": False, "error": message, "status": 400, "title": None}
    headers: dict[str, str] = {}
    if datasette.cors:
        add_cors_headers(headers)
    if request.path.split("?")[0].endswith(".json"):
        return Response.json(info, status=400, headers=headers)
    template = datasette.jinja_env.select_template(["400.html", "error.html"])
    page = await template.render_async(
        dict(
            info,
            urls=datasette.urls,
            app_css_hash=datasette.app_css_hash(),
            menu_links=lambda: [],
        )
    )
    return Response.html(page, status=400, headers=headers)


async def refused_sort(datasette: Any, scope: dict[str, Any]) -> str | None:
    """The column of the ``_sort`` (or ``_sort_desc``) Datasette would refuse on the table
    page ``scope`` asks for, as its table view decides it (the metadata's
    ``sortable_columns``, and ``rowid`` for a table without a key); None for any other
    request, which Datasette answers."""
    if scope.get("type") != "http":
        return None
    query = scope.get("query_string", b"").decode("latin-1")
    if "_sort" not in query:
        return None
    sorts = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k in _SORT_KEYS]
    if len({k for k, _ in sorts}) != 1 or not sorts[0][1]:
        return None  # none, or both (Datasette's own error)
    found = table_page(datasette, scope)
    if found is None:
        return None
    database, table = found
    offered = datasette.table_metadata(database, table).get("sortable_columns")
    column = str(sorts[0][1])
    if offered is None or column in offered:
        return None
    db = datasette.get_database(database)
    if not await db.table_exists(table):
        return None
    if column == "rowid" and not await db.primary_keys(table):
        return None
    return column


_SORT_KEYS = frozenset({"_sort", "_sort_desc"})


def refuse_unoffered_sorts(datasette: Any, app: ASGIApp) -> ASGIApp:
    """An ASGI app answering a sort the table does not offer (:func:`refused_sort`) with
    :func:`refused_sort_page`, before Datasette's table view raises its error."""
    from datasette.utils.asgi import Request

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        column = await refused_sort(datasette, scope)
        if column is None:
            await app(scope, receive, send)
            return
        page = await refused_sort_page(datasette, Request(scope, receive), REFUSED_SORT + column)
        await page.asgi_send(send)

    return wrapped
