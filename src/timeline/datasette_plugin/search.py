"""Search the events in date order at any size: what ``/-/search?q=...`` answers.

Datasette's table view searches with ``rowid in (select rowid from events_fts where
events_fts match :q)``: it counts the matches by looking each one up in ``events``
and sorts them all for its first page. At 1,000,000 events a word found in a third
of them costs 0.4–0.7 s that way (docs/history/scale-log.md), and the SQL is Datasette's. This
module answers the same FTS5 query (SQLite's full-text search,
https://www.sqlite.org/fts5.html, with the syntax of the table's ``searchmode:
raw``) with work that does not grow with the number of matches:

* the count is the FTS5 index's alone (``events_fts`` indexes every event, its
  content being ``events``);
* a full build stores the events in the library's order (``sort_key``, then
  ``id``), so up to ``_meta``'s :data:`~timeline.store.ORDERED_THROUGH` rowid order
  is date order; FTS5 returns a query's matches in rowid order and starts at any
  rowid, so a page of those is one seek and ``size`` rows;
* an update in place appends the rows of the events it changes after them
  (:mod:`timeline.store.update`): only their matches are sorted, and merged in. A
  database without the key (another writer) is all such rows: still right, slower.

Pages follow each other by the id of the last event shown (``after``), so a page
is the same whatever came before it and deep pages cost what the first does.

>>> from timeline.datasette_plugin.search import fts_words
>>> fts_words('Erdoğan "state visit"')
'Erdoğan "state visit"'
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError
from ..store.schema import ORDERED_THROUGH

__all__ = [
    "MAX_QUERY_CHARS",
    "PAGE_SIZE",
    "SearchHit",
    "SearchResults",
    "fts_words",
    "search_events",
]

#: Events on a page.
PAGE_SIZE = 50

#: The longest query read; a longer one is refused (an FTS5 query's cost grows with its
#: terms).
MAX_QUERY_CHARS = 500

#: Private-use characters around a match in a snippet, replaced by ``<mark>`` once the
#: text around them is escaped (a quote may hold ``<`` or ``&``).
MARK_START, MARK_END = "\ue000", "\ue001"

#: Words of context a snippet gives around the matches (FTS5 allows up to 64).
SNIPPET_TOKENS = 24


@dataclass(frozen=True)
class SearchHit:
    """One event found: what the page lists, and the snippet that matched."""

    id: str
    kind: str
    title: str
    date_label: str | None
    status: str
    country_names: str | None
    snippet: str


@dataclass(frozen=True)
class SearchResults:
    """A page of matches in date order, their number, and the id to continue after."""

    query: str
    total: int
    hits: tuple[SearchHit, ...]
    next_after: str | None


def fts_words(query: str) -> str:
    """``query`` as it is searched: surrounding space trimmed, checked for length.

    >>> fts_words("  summit  ")
    'summit'
    """
    words = query.strip()
    if len(words) > MAX_QUERY_CHARS:
        raise UsageError(
            f"the search is {len(words)} characters long; at most {MAX_QUERY_CHARS} are read: "
            "search for fewer words"
        )
    return words


def search_events(
    conn: sqlite3.Connection, query: str, *, after: str | None = None, size: int = PAGE_SIZE
) -> SearchResults:
    """The events matching the FTS5 ``query``, in date order, ``size`` at a time.

    ``after`` is the id of the last event of the previous page. A query FTS5 cannot
    read, or an ``after`` that names no event, raises :class:`~timeline.errors.UsageError`
    saying what to do.
    """
    words = fts_words(query)
    if not words:
        return SearchResults(query=words, total=0, hits=(), next_after=None)
    try:
        return _search(conn, words, after, size)
    except sqlite3.OperationalError as exc:
        # FTS5 reports a query it cannot read as an OperationalError ("fts5: syntax
        # error near ...", "unterminated string", "no such column: ..."); a stopped or
        # missing table is not the query's fault.
        if "interrupted" in str(exc) or "no such table" in str(exc):
            raise
        raise UsageError(
            f"cannot search for {words!r}: {exc}. Put a word or phrase in double quotes "
            'to search for it as it is ("Bosnia and Herzegovina"), or use OR, NOT, '
            "a trailing * and parentheses as in SQLite FTS5"
        ) from None


def _ordered_through(conn: sqlite3.Connection) -> int:
    try:
        rows = _rows(conn, "SELECT value FROM _meta WHERE key = ?", [ORDERED_THROUGH])
    except sqlite3.OperationalError:  # no _meta: a database of another writer
        return 0
    try:
        return int(rows[0][0]) if rows else 0
    except ValueError:
        return 0


def _search(conn: sqlite3.Connection, words: str, after: str | None, size: int) -> SearchResults:
    through = _ordered_through(conn)
    total = _rows(conn, "SELECT count(*) FROM events_fts WHERE events_fts MATCH ?", [words])[0][0]
    cursor: tuple[str, str] | None = None
    start = 0
    if after is not None:
        found = _rows(conn, "SELECT sort_key FROM events WHERE id = ?", [after])
        if not found:
            raise UsageError(
                f"no event {after!r} to continue after: start the search again without 'after'"
            )
        cursor = (found[0][0], after)
        last = _rows(
            conn,
            "SELECT rowid FROM events WHERE (sort_key, id) <= (?, ?) AND rowid <= ? "
            "ORDER BY sort_key DESC, id DESC LIMIT 1",
            [*cursor, through],
        )
        start = last[0][0] if last else 0
    # The rows stored in order: FTS5 gives their matches in rowid order, from a rowid on.
    in_order = [
        rowid
        for (rowid,) in _rows(
            conn,
            "SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid > ? AND rowid <= ? "
            "ORDER BY rowid LIMIT ?",
            [words, start, through, size + 1],
        )
    ]
    keyed = _keys(conn, in_order)
    ordered = [keyed[rowid] for rowid in in_order]
    # The rows appended after them: their matches sorted.
    appended_sql = (
        "SELECT sort_key, id, rowid FROM events WHERE rowid IN "
        "(SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid > ?)"
    )
    params: list[object] = [words, through]
    if cursor is not None:
        appended_sql += " AND (sort_key, id) > (?, ?)"
        params.extend(cursor)
    appended = _rows(conn, f"{appended_sql} ORDER BY sort_key, id LIMIT ?", [*params, size + 1])
    page = list(heapq.merge(ordered, appended))[: size + 1]
    shown = page[:size]
    hits = _hits(conn, words, [rowid for _, _, rowid in shown])
    return SearchResults(
        query=words,
        total=total,
        hits=tuple(hits),
        next_after=shown[-1][1] if len(page) > size else None,
    )


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` as tuples, whatever row factory the connection has (Datasette's
    gives ``sqlite3.Row``)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params).fetchall()


def _keys(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, tuple[str, str, int]]:
    if not rowids:
        return {}
    marks = ", ".join("?" * len(rowids))
    return {
        rowid: (sort_key, event_id, rowid)
        for sort_key, event_id, rowid in _rows(
            conn, f"SELECT sort_key, id, rowid FROM events WHERE rowid IN ({marks})", rowids
        )
    }


def _hits(conn: sqlite3.Connection, words: str, rowids: list[int]) -> list[SearchHit]:
    if not rowids:
        return []
    marks = ", ".join("?" * len(rowids))
    rows = {
        row[0]: row[1:]
        for row in _rows(
            conn,
            "SELECT rowid, id, kind, title, date_label, status, country_names "
            f"FROM events WHERE rowid IN ({marks})",
            rowids,
        )
    }
    snippets = dict(
        _rows(
            conn,
            "SELECT rowid, snippet(events_fts, -1, ?, ?, '…', ?) FROM events_fts "
            f"WHERE events_fts MATCH ? AND rowid IN ({marks})",
            [MARK_START, MARK_END, SNIPPET_TOKENS, words, *rowids],
        )
    )
    hits = []
    for rowid in rowids:
        event_id, kind, title, date_label, status, country_names = rows[rowid]
        hits.append(
            SearchHit(
                id=event_id,
                kind=kind,
                title=title,
                date_label=date_label,
                status=status,
                country_names=country_names,
                snippet=snippets.get(rowid) or "",
            )
        )
    return hits
