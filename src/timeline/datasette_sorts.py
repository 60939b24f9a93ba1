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
answers a sort it refuses (typed, or an old link) with HTTP 500, a server error;
:func:`refused_sort_as_bad_request` makes it the 400 of a bad request, its message kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["offered_sorts", "refused_sort_as_bad_request"]

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


def refused_sort_as_bad_request(exception: BaseException) -> bool:
    """Give Datasette's refusal of a sort the status of a bad request (400, not 500);
    whether ``exception`` was one. Its message, title and page stay Datasette's.

    >>> from datasette.views.base import DatasetteError
    >>> refused = DatasetteError("Cannot sort table by title")
    >>> refused_sort_as_bad_request(refused), refused.status
    (True, 400)
    >>> other = DatasetteError("Cannot use _sort and _sort_desc at the same time")
    >>> refused_sort_as_bad_request(other), other.status
    (False, 500)
    """
    from datasette.views.base import DatasetteError

    if not isinstance(exception, DatasetteError) or exception.status != 500:
        return False
    if not str(exception.message).startswith(REFUSED_SORT):
        return False
    exception.status = 400
    return True
