"""The Datasette route ``/-/search?q=...`` (and ``.json``): the events a full-text
search finds, in date order, answered from the FTS5 index in the same time at any
number of matches (:mod:`timeline.datasette_plugin.search`), where the table view's
``?_search=`` counts and sorts every match.

:mod:`timeline.datasette_plugin` registers it (``register_routes``).
"""

from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import urlencode

from datasette.utils import sqlite_timelimit, tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ..errors import UsageError
from .reads import timeline_database
from .search import MARK_END, MARK_START, SearchResults, search_events

__all__ = ["search_page", "snippet_html"]


async def search_page(datasette: Any, request: Any) -> Response:
    """``/-/search?q=...``: the events matching a full-text search, in date order.

    Answers in the same time at any number of matches (:mod:`timeline.datasette_plugin.search`);
    ``after`` continues after an event id, ``.json`` gives the page as JSON. A query
    FTS5 cannot read is a 400 that says how to write it.
    """
    as_json = bool(request.url_vars.get("format"))
    db = await timeline_database(datasette)
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
    """A snippet of :func:`~timeline.datasette_plugin.search.search_events` as HTML, matches marked.

    >>> snippet_html("\ue000Erdoğan\ue001 met <Tokayev> & co")
    Markup('<mark>Erdoğan</mark> met &lt;Tokayev&gt; &amp; co')
    """
    text = str(escape(snippet))
    return Markup(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))
