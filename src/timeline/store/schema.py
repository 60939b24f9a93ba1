"""The store's schema: its tables, indexes, full-text tables and views, and the
summary tables made from the others at the end of a build (:mod:`timeline.store`).

:func:`create_schema` makes the tables the rows go in (:mod:`timeline.store.rows`);
:data:`INDEXES`, :data:`UPCOMING_INDEX`, :data:`VIEWS` and :data:`FTS_TOKENIZER` are what
the build makes once they are in (:mod:`timeline.store.build`); :func:`add_summaries`
makes :data:`SUMMARY_TABLES`, ``events_by_country`` and ``facet_counts``
(:data:`COUNTED_FACETS`), which an update in place keeps (:mod:`timeline.store.update`).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # sqlite-utils imports pandas (a second of CPU): only where it is used
    import sqlite_utils

__all__ = [
    "COUNTED_FACETS",
    "EVENT_DIGESTS",
    "FACET_COUNTS",
    "FTS_TOKENIZER",
    "INDEXES",
    "ORDERED_THROUGH",
    "SUMMARY_TABLES",
    "UPCOMING_INDEX",
    "VIEWS",
    "add_summaries",
    "count_facets",
    "create_schema",
]


#: The full-text tables' tokenizer (:mod:`timeline.store.build` says what it does).
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"


#: What stays a view: it depends on the day it is asked (``date('now')``). The partial
#: index :data:`UPCOMING_INDEX` answers it without reading past events. It has no
#: ``ORDER BY`` of its own (its Datasette page sorts by ``sort_key``, the metadata's
#: ``sort``): with one, SQLite computes every row of the view to count them (0.42 s at
#: 35,700 events to come, against 0.03 s from the index alone).
VIEWS = {
    "upcoming_events": """
        SELECT id, date_start, date_end, date_label, kind, title, status, countries,
               organizations, place_id, sort_key
        FROM events
        WHERE status IN ('planned', 'postponed') AND date_end >= date('now')""",
}

#: The events still to come, in the view's order, with the day they end: the view reads
#: this index's few entries (planned or postponed events) instead of every event in
#: date order (6 s at 1,000,000 events, docs/history/scale-log.md). SQLite uses a partial index
#: when the query's WHERE has the index's WHERE as one of its terms.
UPCOMING_INDEX = (
    "CREATE INDEX idx_events_upcoming ON events (sort_key, date_end) "
    "WHERE status IN ('planned', 'postponed')"
)

#: Tables the build makes from the others (:func:`add_summaries`): a view over every
#: event (a count, a join, a GROUP BY) made each of these pages take 1.3-5 s at
#: 1,000,000 events; stored, a page reads its next rows (docs/history/scale-log.md). Each is
#: ``WITHOUT ROWID``, keyed in the order its page shows (``events_map`` by event id), so
#: its rows are stored in that order however they were inserted: a database updated in
#: place (:mod:`timeline.store.update`) holds them as a full build does. Name -> (its
#: CREATE TABLE, the SELECT of its rows, with ``{where}`` a condition that
#: :mod:`timeline.store.update` fills to remake some of them).
SUMMARY_TABLES: dict[str, tuple[str, str]] = {
    "events_by_month": (
        "CREATE TABLE events_by_month (month TEXT PRIMARY KEY, events INTEGER, kinds TEXT, "
        "exact_day INTEGER) WITHOUT ROWID",
        # the kinds sorted, whatever order the events were stored in
        """
        SELECT m.month, m.events,
               (SELECT group_concat(kind) FROM (
                    SELECT DISTINCT kind FROM events
                    WHERE date_start >= m.month AND date_start < m.month || '~'
                      AND date_precision IN ('day', 'week', 'month')
                    ORDER BY kind)) AS kinds,
               m.exact_day
        FROM (SELECT substr(date_start, 1, 7) AS month, count(*) AS events,
                     sum(date_precision = 'day') AS exact_day
              FROM events
              WHERE date_precision IN ('day', 'week', 'month') AND {where}
              GROUP BY month) m""",
    ),
    "events_map": (
        "CREATE TABLE events_map (id TEXT PRIMARY KEY, date_label TEXT, kind TEXT, "
        "title TEXT, status TEXT, place TEXT, place_country TEXT, latitude REAL, "
        "longitude REAL, popup TEXT) WITHOUT ROWID",
        """
        SELECT e.id, e.date_label, e.kind, e.title, e.status, p.name AS place,
               p.country AS place_country, p.latitude, p.longitude,
               json_object(
                   'title', e.title,
                   'description', e.date_label || ' · ' || replace(e.kind, '_', ' ')
                       || ' · ' || p.name,
                   'link', 'events/' || e.id
               ) AS popup
        FROM events e JOIN places p ON p.id = e.place_id
        WHERE p.latitude IS NOT NULL AND {where}""",
    ),
    "agreement_lifecycle": (
        "CREATE TABLE agreement_lifecycle (agreement_id TEXT, agreement TEXT, type TEXT, "
        "event_id TEXT, kind TEXT, date_start TEXT, date_label TEXT, status TEXT, "
        "sort_key TEXT, PRIMARY KEY (agreement_id, sort_key, event_id)) WITHOUT ROWID",
        """
        SELECT g.id AS agreement_id, g.title AS agreement, g.type, e.id AS event_id, e.kind,
               e.date_start, e.date_label, e.status, e.sort_key
        FROM agreements g JOIN events e ON e.agreement_id = g.id
        WHERE {where}""",
    ),
}


#: The ``_meta`` key holding the last rowid of ``events`` up to which the rows are stored
#: in the library's order (``sort_key``, then ``id``): a full build writes them in that
#: order, and an update in place appends the rows it changes after them
#: (:mod:`timeline.store.update`). The search page reads the matches of the rows up to
#: it in rowid order, which is date order, and sorts only those after it
#: (:mod:`timeline.datasette_plugin.search`).
ORDERED_THROUGH = "events_in_order_through"


#: The indexes, from the query plans of the Datasette pages at 100,000 and 1,000,000
#: events (docs/history/scale-log.md): the library's order (sort_key, then the primary key), the
#: events page's order (date_start, as the Datasette metadata sorts it), each facet
#: column followed by date_start (so a page filtered on it is read in date order
#: without sorting its matches), and every foreign key.
INDEXES: tuple[tuple[str, list[str]], ...] = (
    ("events", ["sort_key", "id"]),
    ("events", ["date_start", "sort_key"]),
    ("events", ["kind", "date_start"]),
    ("events", ["status", "date_start"]),
    ("events", ["year", "date_start"]),
    ("events", ["place_id"]),
    ("events", ["agreement_id"]),
    ("event_actors", ["actor_id", "event_id"]),
    ("event_actors", ["event_id"]),
    ("sources", ["event_id"]),
    ("sources", ["document_id"]),
    ("agreement_parties", ["actor_id"]),
)


#: The facets counted at build time into ``facet_counts``: table -> column -> whether the
#: column holds a JSON array of unique items. Counted for the whole table and for the
#: table filtered on one value of any of these columns, which is what the ``counted``
#: facets of the Datasette metadata show without scanning the table
#: (:mod:`timeline.datasette_plugin.facets`).
COUNTED_FACETS: dict[str, dict[str, bool]] = {
    "events": {"kind": False, "country_names": True, "year": False, "status": False},
    "events_by_country": {"country": False, "country_name": False, "kind": False},
    "events_map": {"kind": False, "place": False},
    "event_actors": {"role": False},
}

_EVENTS_BY_COUNTRY = (
    "CREATE TABLE events_by_country (\n"
    "        country TEXT REFERENCES actors(id), country_name TEXT,\n"
    "        event_id TEXT REFERENCES events(id), date_start TEXT, date_end TEXT,\n"
    "        date_label TEXT, kind TEXT, title TEXT, status TEXT, sort_key TEXT,\n"
    "        PRIMARY KEY (country, sort_key, event_id)) WITHOUT ROWID"
)

#: ``events_by_country``'s rows made from the tables, for :func:`add_summaries` called
#: on a database alone; the build gives the same rows made from the timeline
#: (:func:`~timeline.store.rows.country_rows`), without this join and its two sorts.
_EVENTS_BY_COUNTRY_SELECT = """
    INSERT INTO events_by_country
    SELECT a.id, a.name, e.id, e.date_start, e.date_end, e.date_label, e.kind, e.title,
           e.status, e.sort_key
    FROM event_actors ea
    JOIN actors a ON a.id = ea.actor_id AND a.type = 'country'
    JOIN events e ON e.id = ea.event_id
    GROUP BY a.id, e.id
    ORDER BY a.id, e.sort_key, e.id"""

#: Its key (country, sort_key, event id) gives a country's rows in date order; the
#: indexes find an event's rows, and count a country's (a table page counts its rows:
#: at 1,000,000 events, Türkiye's 686,000 took 147 ms read from the table's key, which
#: holds every column, and 88 ms from this narrow index).
_EVENTS_BY_COUNTRY_INDEXES = (
    "CREATE INDEX idx_events_by_country_event_id ON events_by_country (event_id)",
    "CREATE INDEX idx_events_by_country_country ON events_by_country (country)",
)

#: ``facet_counts``, keyed by what a facet asks (:mod:`timeline.datasette_plugin.facets`), its
#: values in SQLite's order within each facet.
FACET_COUNTS = (
    "CREATE TABLE facet_counts (table_name TEXT, filter_column TEXT, filter_value TEXT, "
    "column_name TEXT, value, count INTEGER, PRIMARY KEY (table_name, filter_column, "
    "filter_value, column_name, value)) WITHOUT ROWID"
)

#: What each event of the database was made from (a digest of its file, given by the
#: build): a later build updates the rows of the events whose digest changed
#: (:mod:`timeline.store.update`).
EVENT_DIGESTS = (
    "CREATE TABLE _event_digests (event_id TEXT PRIMARY KEY, digest TEXT NOT NULL) WITHOUT ROWID"
)

#: A value of a counted facet column: text, or a number (``year``).
FacetValue = str | int


def _sqlite_order(value: FacetValue) -> tuple[int, FacetValue]:
    """A facet value's place in SQLite's order: numbers before text, text by its
    UTF-8 bytes (the order of its code points, Python's order of strings)."""
    return (1, value) if isinstance(value, str) else (0, value)


def _facet_rows(
    conn: sqlite3.Connection, table: str, columns: dict[str, bool]
) -> list[tuple[str, str, str, str, FacetValue, int]]:
    """``facet_counts``' rows for ``table``, counted in one scan of its counted columns.

    The rows that share every counted value are counted together (1,166 combinations
    for the 100,000 events of ``bench/scale.py``; at worst one per row), then each
    combination adds its count to every (column, value) and every (filter column,
    filter value, column, value) it holds: what one ``GROUP BY`` query per pair of
    columns gave, in the same order (each column's whole-table counts, then its
    counts for each filter column, by value).
    A JSON array column counts each of its items, as ``json_each`` did; a filter
    value is stored as text, as ``CAST(value AS TEXT)`` did. One scan instead of one
    per pair (20 for ``events``): at 100,000 events the summaries took 3.8 CPU s
    instead of 10.2 (docs/store.md).
    """
    selected = ", ".join(f"[{c}]" for c in columns)
    combinations = Counter(conn.execute(f"SELECT {selected} FROM [{table}]"))
    return count_facets(table, columns, combinations)


def count_facets(
    table: str, columns: dict[str, bool], combinations: Counter[tuple[Any, ...]]
) -> list[tuple[str, str, str, str, FacetValue, int]]:
    """``facet_counts``' rows of ``table`` from the number of its rows holding each
    combination of the values of ``columns`` (in their order): see :func:`_facet_rows`.
    A negative number counts rows taken away (:mod:`timeline.store.update`)."""
    names = list(columns)
    totals: dict[str, Counter[FacetValue]] = {c: Counter() for c in names}
    pairs: dict[tuple[str, str], Counter[tuple[FacetValue, FacetValue]]] = {
        (by, c): Counter() for c in names for by in names
    }
    for combination, count in combinations.items():
        values = [
            [
                v
                for v in (json.loads(raw) if columns[c] and raw is not None else [raw])
                if v is not None
            ]
            for c, raw in zip(names, combination, strict=True)
        ]
        for c, held in zip(names, values, strict=True):
            for v in held:
                totals[c][v] += count
            for by, by_held in zip(names, values, strict=True):
                counter = pairs[(by, c)]
                for fv in by_held:
                    for v in held:
                        counter[(fv, v)] += count
    rows: list[tuple[str, str, str, str, FacetValue, int]] = []
    for c in names:
        rows += [
            (table, "", "", c, v, n)
            for v, n in sorted(totals[c].items(), key=lambda item: _sqlite_order(item[0]))
        ]
        for by in names:
            rows += [
                (table, by, str(fv), c, v, n)
                for (fv, v), n in sorted(
                    pairs[(by, c)].items(),
                    key=lambda item: (_sqlite_order(item[0][0]), _sqlite_order(item[0][1])),
                )
            ]
    return rows


def add_summaries(
    conn: sqlite3.Connection, events_by_country: Iterable[Sequence[Any]] | None = None
) -> None:
    """Make the summary tables and ``facet_counts`` from the other tables (then ANALYZE).

    ``events_by_month``, ``events_map`` and ``agreement_lifecycle`` are stored in
    the order their pages show (:data:`SUMMARY_TABLES`). ``events_by_country`` is
    stored in (country, date) order, so a country's page is the next rows of its
    index in date order; the build gives its rows
    (:func:`~timeline.store.rows.country_rows`), else they are made from
    ``event_actors``, ``actors`` and ``events``. ``facet_counts`` holds, for each table
    and column of :data:`COUNTED_FACETS`, the number of rows with each value, for the
    whole table (``filter_column`` empty) and for the rows having each value of each
    counted column (:func:`_facet_rows`). Called by the build;
    ``bench/scale.py`` calls it after copying rows.
    """
    with conn:
        conn.execute("DROP TABLE IF EXISTS events_by_country")
        conn.execute("DROP TABLE IF EXISTS facet_counts")
        conn.execute(_EVENTS_BY_COUNTRY)
        if events_by_country is None:
            conn.execute(_EVENTS_BY_COUNTRY_SELECT)
        else:
            conn.executemany(
                f"INSERT INTO events_by_country VALUES ({', '.join('?' * 10)})",
                events_by_country,
            )
        for index in _EVENTS_BY_COUNTRY_INDEXES:
            conn.execute(index)
        for name, (create, select) in SUMMARY_TABLES.items():
            conn.execute(f"DROP TABLE IF EXISTS [{name}]")
            conn.execute(create)
            conn.execute(f"INSERT INTO [{name}] {select.format(where='1').strip()}")
        conn.execute(FACET_COUNTS)
        for table, columns in COUNTED_FACETS.items():
            conn.executemany(
                "INSERT INTO facet_counts VALUES (?, ?, ?, ?, ?, ?)",
                _facet_rows(conn, table, columns),
            )
    conn.execute("ANALYZE")


def create_schema(db: sqlite_utils.Database) -> None:
    """The tables of a new database, with their keys and foreign keys (no index yet)."""
    db.table("actors").create(
        {"id": str, "name": str, "type": str, "country": str, "title": str},
        pk="id",
        foreign_keys=[("country", "actors", "id")],
    )
    db.table("places").create(
        {
            "id": str,
            "name": str,
            "country": str,
            "latitude": float,
            "longitude": float,
            "geonames_id": int,
        },
        pk="id",
    )
    db.table("documents").create(
        {
            "id": str,
            "title": str,
            "outlet": str,
            "author": str,
            "url": str,
            "published": str,
            "published_inferred": int,
            "path": str,
            "characters": int,
        },
        pk="id",
    )
    db.table("agreements").create({"id": str, "title": str, "type": str}, pk="id")
    db.table("agreement_parties").create(
        {"agreement_id": str, "actor_id": str},
        pk=("agreement_id", "actor_id"),
        foreign_keys=[("agreement_id", "agreements", "id"), ("actor_id", "actors", "id")],
    )
    columns = {k: type(v) if v is not None else str for k, v in _sample_event_columns().items()}
    db.table("events").create(
        columns,
        pk="id",
        foreign_keys=[("place_id", "places", "id"), ("agreement_id", "agreements", "id")],
        not_null={"kind", "title", "status", "date_start", "date_end", "date_precision"},
    )
    db.table("event_actors").create(
        {"event_id": str, "actor_id": str, "role": str},
        pk=("event_id", "actor_id", "role"),
        foreign_keys=[("event_id", "events", "id"), ("actor_id", "actors", "id")],
    )
    db.table("sources").create(
        {
            "id": str,
            "event_id": str,
            "document_id": str,
            "quote": str,
            "start": int,
            "end": int,
            "published": str,
            "published_inferred": int,
            "outlet": str,
            "title": str,
            "url": str,
        },
        pk="id",
        foreign_keys=[("event_id", "events", "id"), ("document_id", "documents", "id")],
    )
    db.table("_meta").create({"key": str, "value": str}, pk="key")
    db.execute(EVENT_DIGESTS)


def _sample_event_columns() -> dict[str, Any]:
    sample = {
        "id": "",
        "kind": "",
        "title": "",
        "summary": "",
        "status": "",
        "date_start": "",
        "date_end": "",
        "date_precision": "",
        "date_mod": "",
        "date_value": "",
        "date_text": "",
        "date_label": "",
        "sort_key": "",
        "year": 0,
        "month": "",
        "place_id": "",
        "agreement_id": "",
        "countries": "",
        "organizations": "",
        "tags": "",
        "related": "",
        "review": "",
        "quotes": "",
        "source_count": 0,
        "participant_names": "",
        "country_names": "",
    }
    return sample
