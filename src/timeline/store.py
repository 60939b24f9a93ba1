"""The SQLite store: normalized tables built with sqlite-utils, and read back.

:func:`build_database` writes a complete new database to a temporary file
beside the target and renames it into place, so a failed build leaves the
previous database byte-identical, and readers never see half a build. The
same input gives the same rows (the build is idempotent).

Tables (documented column by column in docs/store.md and the Datasette
metadata):

=================  ============================================================
events             one row per event; date interval, precision, place, agreement
actors             countries, organizations and people
event_actors       who took part in which event, with their role
places             named places with GeoNames coordinates
documents          the source articles
sources            the quotes: document, character offsets, text
agreements         agreements and their type; agreement_parties their parties
=================  ============================================================

The common questions are answered by tables made from the others at the end of
the build, so that the Datasette pages read a few rows at any size
(:func:`add_summaries`, docs/scale.md): ``events_by_month``, ``events_map``,
``agreement_lifecycle``, ``events_by_country`` (every event once per
participating country, stored in country and date order) and ``facet_counts``
(the facet counts of :data:`COUNTED_FACETS`); ``upcoming_events`` stays a view,
as it depends on the day it is asked. Full-text search (SQLite FTS5) covers event titles,
summaries and quotes (``events_fts``) and quotes alone (``sources_fts``).
"""

from __future__ import annotations

import itertools
import json
import operator
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TypeVar

from .collection import Timeline
from .errors import DataError, ExportError
from .files import atomic_path, replacing
from .filters import Filter
from .gazetteer.codes import actor_type
from .model import (
    SCHEMA_VERSION,
    ActorType,
    Agreement,
    DateMod,
    Event,
    EventDate,
    Location,
    Participant,
)

if TYPE_CHECKING:  # sqlite-utils imports pandas (a second of CPU): only where it is used
    import sqlite_utils

__all__ = [
    "COUNTED_FACETS",
    "EVENT_DIGESTS",
    "FACET_COUNTS",
    "INDEXES",
    "NEW_FILE_PRAGMAS",
    "ORDERED_THROUGH",
    "ROWS_CACHE_PRAGMA",
    "SUMMARY_TABLES",
    "DocumentLike",
    "actor_row",
    "actor_rows",
    "add_summaries",
    "build_database",
    "chosen_actor_rows",
    "count_facets",
    "country_rows",
    "default_actor_row",
    "document_rows",
    "event_row",
    "finish_database_file",
    "import_sqlite_utils_without_dataframes",
    "insert_rows",
    "load_selection",
    "load_timeline",
    "participant_rows",
    "place_id",
    "place_row",
    "source_id",
    "source_rows",
]


class DocumentLike(Protocol):
    """What the store needs of a source document (see :class:`timeline.corpus.Document`)."""

    @property
    def id(self) -> str: ...
    @property
    def characters(self) -> int: ...
    @property
    def title(self) -> str | None: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def author(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def published(self) -> date | None: ...
    @property
    def published_inferred(self) -> bool: ...


FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"


def place_id(location: Location) -> str:
    """A stable id for a place: its GeoNames id when known, else name and country."""
    if location.geonames_id is not None:
        return f"geonames-{location.geonames_id}"
    slug = re.sub(r"[^a-z0-9]+", "-", location.name.casefold()).strip("-")
    return f"{slug}-{(location.country or 'xx').lower()}"


def place_row(location: Location) -> dict[str, Any]:
    """The row of ``places`` for a location (the first event naming a place gives it)."""
    return {"id": place_id(location), **location.model_dump()}


#: What stays a view: it depends on the day it is asked (``date('now')``). The partial
#: index :data:`UPCOMING_INDEX` answers it without reading past events. It has no
#: ``ORDER BY`` of its own (its Datasette page sorts by ``sort_key``, the metadata's
#: ``sort``): with one, SQLite computes every row of the view to count them (0.42 s at
#: 35,700 events to come, against 0.03 s from the index alone).
_VIEWS = {
    "upcoming_events": """
        SELECT id, date_start, date_end, date_label, kind, title, status, countries,
               organizations, place_id, sort_key
        FROM events
        WHERE status IN ('planned', 'postponed') AND date_end >= date('now')""",
}

#: The events still to come, in the view's order, with the day they end: the view reads
#: this index's few entries (planned or postponed events) instead of every event in
#: date order (6 s at 1,000,000 events, docs/scale.md). SQLite uses a partial index
#: when the query's WHERE has the index's WHERE as one of its terms.
UPCOMING_INDEX = (
    "CREATE INDEX idx_events_upcoming ON events (sort_key, date_end) "
    "WHERE status IN ('planned', 'postponed')"
)

#: Tables the build makes from the others (:func:`add_summaries`): a view over every
#: event (a count, a join, a GROUP BY) made each of these pages take 1.3-5 s at
#: 1,000,000 events; stored, a page reads its next rows (docs/scale.md). Each is
#: ``WITHOUT ROWID``, keyed in the order its page shows (``events_map`` by event id), so
#: its rows are stored in that order however they were inserted: a database updated in
#: place (:mod:`timeline.store_update`) holds them as a full build does. Name -> (its
#: CREATE TABLE, the SELECT of its rows, with ``{where}`` a condition that
#: :mod:`timeline.store_update` fills to remake some of them).
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
#: (:mod:`timeline.store_update`). The search page reads the matches of the rows up to
#: it in rowid order, which is date order, and sorts only those after it
#: (:mod:`timeline.datasette_search`).
ORDERED_THROUGH = "events_in_order_through"


#: The indexes, from the query plans of the Datasette pages at 100,000 and 1,000,000
#: events (docs/scale.md): the library's order (sort_key, then the primary key), the
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
#: (:mod:`timeline.datasette_facets`).
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
#: (:func:`country_rows`), without this join and its two sorts.
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

#: ``facet_counts``, keyed by what a facet asks (:mod:`timeline.datasette_facets`), its
#: values in SQLite's order within each facet.
FACET_COUNTS = (
    "CREATE TABLE facet_counts (table_name TEXT, filter_column TEXT, filter_value TEXT, "
    "column_name TEXT, value, count INTEGER, PRIMARY KEY (table_name, filter_column, "
    "filter_value, column_name, value)) WITHOUT ROWID"
)

#: What each event of the database was made from (a digest of its file, given by the
#: build): a later build updates the rows of the events whose digest changed
#: (:mod:`timeline.store_update`).
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
    A negative number counts rows taken away (:mod:`timeline.store_update`)."""
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
    index in date order; the build gives its rows (:func:`country_rows`), else they
    are made from ``event_actors``, ``actors`` and ``events``. ``facet_counts`` holds,
    for each table and column of :data:`COUNTED_FACETS`, the number of rows with each
    value, for the whole table (``filter_column`` empty) and for the rows having each
    value of each counted column (:func:`_facet_rows`). Called by the build;
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


#: The columns of ``events`` made from a date's TIMEX3 value and mod alone (its interval,
#: precision, label, sort key, year and month), by (value, mod): made once per distinct
#: date of a build (the 100,000 events of ``bench/scale.py`` have 664; a day's news
#: shares its dates) rather than once per event.
DateColumns = dict[tuple[str, DateMod | None], tuple[str, str, str, str | None, str, str, int, str]]


def _date_columns(d: EventDate) -> tuple[str, str, str, str | None, str, str, int, str]:
    return (
        d.start.isoformat(),
        d.end.isoformat(),
        d.precision.value,
        d.mod.value if d.mod else None,
        d.label(),
        d.sort_key,
        d.start.year,
        d.start.strftime("%Y-%m"),
    )


#: ``json.dumps(..., ensure_ascii=False)`` without making an encoder for each value.
_json_unicode = json.JSONEncoder(ensure_ascii=False).encode


def event_row(e: Event, dates: DateColumns) -> dict[str, Any]:
    key = (e.date.value, e.date.mod)
    if key not in dates:
        dates[key] = _date_columns(e.date)
    start, end, precision, mod, label, sort_key, year, month = dates[key]
    return {
        "id": e.id,
        "kind": e.kind.value,
        "title": e.title,
        "summary": e.summary,
        "status": e.status.value,
        "date_start": start,
        "date_end": end,
        "date_precision": precision,
        "date_mod": mod,
        "date_value": e.date.value,
        "date_text": e.date.text,
        "date_label": label,
        "sort_key": sort_key,
        "year": year,
        "month": month,
        "place_id": place_id(e.location) if e.location else None,
        "agreement_id": e.agreement,
        "countries": json.dumps(e.countries),
        "organizations": json.dumps(e.organizations),
        "tags": _json_unicode(sorted(e.tags)),
        "related": json.dumps(e.related),
        "review": e.review.value,
        "quotes": "\n".join(s.quote for s in e.sources),
        "source_count": len(e.sources),
        "participant_names": _participant_names(e),
        "country_names": _json_unicode(
            sorted(p.name or p.id for p in e.participants if p.type is ActorType.country)
        ),
    }


def _participant_names(e: Event) -> str:
    """Who took part, for people: "Recep Tayyip Erdoğan (President) · Uzbekistan (host)"."""
    shown = []
    for p in e.participants:
        text = p.name or p.id
        if p.title:
            text += f" ({p.title})"
        if p.role.value != "participant":
            text += f", {p.role.value}"
        shown.append(text)
    return " · ".join(shown)


def _create_schema(db: sqlite_utils.Database) -> None:
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


def actor_row(p: Participant) -> dict[str, Any]:
    """The row of ``actors`` a participant gives (if chosen: :func:`chosen_actor_rows`)."""
    return {
        "id": p.id,
        "name": p.name,
        "type": p.type.value,
        "country": p.country,
        "title": p.title,
    }


class _Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str | None: ...


N = TypeVar("N", bound=_Named)


def chosen_actor_rows(
    participants: Iterable[N], row: Callable[[N], dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Each actor's row (``row`` of a participant) among its participants in the events'
    order: the first with a title, else the first. A row is made only when chosen (a
    dict per participant would cost more than the rest, the collector walking them)."""
    actors: dict[str, dict[str, Any]] = {}
    for p in participants:
        old = actors.get(p.id)
        if old is None or (not old["title"] and p.title):
            actors[p.id] = row(p)
    return actors


def default_actor_row(code: str) -> dict[str, Any]:
    """The row of an actor no participant gives: an agreement's party, the country a person
    acts for."""
    kind = ActorType(actor_type(code) or "country")  # unknown: the model says why
    p = Participant(id=code, type=kind)
    return {"id": p.id, "name": p.name, "type": kind.value, "country": None, "title": None}


def actor_rows(timeline: Timeline) -> dict[str, dict[str, Any]]:
    actors = chosen_actor_rows((p for e in timeline.events for p in e.participants), actor_row)
    # agreement parties, and the countries people act for, are actors too
    codes = [code for a in timeline.agreements for code in a.parties]
    codes += [row["country"] for row in actors.values() if row["country"]]
    for code in codes:
        if code not in actors:
            actors[code] = default_actor_row(code)
    return dict(sorted(actors.items()))


#: A database being built is a new file renamed into place only when complete, and
#: flushed to disk by the build before that: a journal (a second copy of every page
#: changed, synced as it grows) protects nothing, and cost most of the wall time
#: (10,000 events: 25 s of wall for 6.4 s of CPU). The page cache holds the indexes
#: being built (64 MB: without it SQLite spills pages to disk mid-transaction).
NEW_FILE_PRAGMAS = (
    "PRAGMA journal_mode = OFF",
    "PRAGMA synchronous = OFF",
    "PRAGMA cache_size = -65536",
)

#: While the rows are inserted (:func:`build_database`, before any index but the keys'),
#: a smaller page cache: the rows go in the keys' order, nearly, so few pages are
#: visited again. At 100,000 events the build's forked writer held 40 MB less at the
#: build's peak for 0.3 CPU s more (64 MB: 344 MB private, 7.8 s; 8 MB: 304 MB, 8.1 s;
#: docs/scale.md, "The build, eighteenth session").
ROWS_CACHE_PRAGMA = "PRAGMA cache_size = -8192"


#: What sqlite-utils imports when it can (``sqlite_utils.db``, at its import) only to
#: map their column types: 63 MB and about 1.2 CPU s, for values a build never passes.
_DATAFRAME_MODULES = ("pandas", "numpy")


def import_sqlite_utils_without_dataframes() -> None:
    """Import sqlite-utils as it is where pandas and numpy are not installed (it imports
    them if it finds them), in a process that only writes a database then ends: the
    build's database writer (:func:`timeline.processes.start_forked`). Only there: in any
    other process sqlite-utils would then not know their types for the rest of its life.
    Nothing is done when sqlite-utils is imported already.
    """
    import sys

    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in _DATAFRAME_MODULES if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import pandas" raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]


def build_database(
    timeline: Timeline,
    documents: Sequence[DocumentLike],
    db_path: str | Path,
    *,
    meta: dict[str, str] | None = None,
    digests: Mapping[str, str] | None = None,
    finish_elsewhere: Callable[[Path, Path], NoReturn] | None = None,
) -> Path:
    """Write ``timeline`` and its ``documents`` to a new SQLite database at ``db_path``.

    Every source must name a document in ``documents``; the build is written
    to a temporary file and renamed over ``db_path`` only when complete.
    ``meta`` adds rows to the ``_meta`` table. ``digests`` (event id -> a digest
    of what the event was made from) fill ``_event_digests``, what a later build
    compares to update the database in place (:mod:`timeline.store_update`).
    Returns ``db_path``.

    The rows made from the timeline are written first; the indexes, full-text tables,
    views and summaries are then made from the database alone
    (:func:`finish_database_file`). ``finish_elsewhere(temporary file, db_path)``, when
    given, does that part and the rename instead, and does not return: the build's
    forked writer goes on in a fresh interpreter, without its copy of the builder's
    heap (:func:`timeline.processes.continue_fresh`).
    """
    db_path = Path(db_path)
    docs = {d.id: d for d in documents}
    for e in timeline.events:
        for s in e.sources:
            if s.document not in docs:
                raise DataError(
                    f"event {e.id!r} cites document {s.document!r}, which is not in the corpus: "
                    "add the article to the corpus folder or fix the document id",
                    field="sources.document",
                )
    with atomic_path(db_path, suffix=".db") as tmp:
        tmp.unlink()
        country_rows = _write_rows(tmp, db_path, timeline, docs, meta, digests)
        if finish_elsewhere is not None:
            finish_elsewhere(tmp, db_path)
        _finish(tmp, db_path, country_rows)
    return db_path


def finish_database_file(path: str | Path, target: str | Path) -> None:
    """The rest of :func:`build_database` for the rows it wrote at ``path`` (indexes,
    full-text tables, views, summaries, VACUUM), then ``path`` renamed over ``target``;
    ``path`` removed when anything fails. The build's database writer runs it in a fresh
    interpreter that ends with it, sqlite-utils imported there without pandas
    (:func:`import_sqlite_utils_without_dataframes`, called by the build, not here: in any
    other process that would change sqlite-utils for the rest of it)."""
    with replacing(path, target):
        _finish(Path(path), Path(target), None)


def _connect_new(
    path: Path, *more_pragmas: str
) -> tuple[sqlite3.Connection, sqlite_utils.Database]:
    """A connection to a database being built, with :data:`NEW_FILE_PRAGMAS`, then
    ``more_pragmas``."""
    conn = sqlite3.connect(str(path))
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    for pragma in (*NEW_FILE_PRAGMAS, *more_pragmas):
        db.execute(pragma)
    return conn, db


def _write_rows(
    path: Path,
    target: Path,
    timeline: Timeline,
    docs: dict[str, DocumentLike],
    meta: dict[str, str] | None,
    digests: Mapping[str, str] | None,
) -> Iterator[tuple[Any, ...]]:
    """The schema and every row made from the timeline written at ``path`` (the database
    of ``target``, named in errors); return ``events_by_country``'s rows, made from the
    events when read (:func:`_country_rows_again`)."""
    try:
        conn, db = _connect_new(path, ROWS_CACHE_PRAGMA)
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    try:
        with conn:
            _create_schema(db)
            country_rows = _fill(db, timeline, docs)
            db.table("_meta").insert_all(
                [{"key": k, "value": v} for k, v in sorted((meta or {}).items())]
            )
            conn.executemany(
                "INSERT INTO _event_digests VALUES (?, ?)",
                sorted((e.id, digests[e.id]) for e in timeline.events if e.id in digests)
                if digests
                else [],
            )
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    finally:
        conn.close()
    return country_rows


def _finish(path: Path, target: Path, events_by_country: Iterable[Sequence[Any]] | None) -> None:
    """The indexes, full-text tables, views and summary tables of the rows at ``path``
    (the database of ``target``, named in errors), then VACUUM. ``events_by_country``'s
    rows are those given, else made from the tables (the same rows)."""
    try:
        conn, db = _connect_new(path)
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    try:
        with conn:
            for table, cols in INDEXES:
                db.table(table).create_index(cols)
            db.execute(UPCOMING_INDEX)
            # Porter stemming ("summits" finds "summit") over Unicode words with accents
            # folded ("Erdogan" finds "Erdoğan"): SQLite FTS5's porter and unicode61.
            db.table("events").enable_fts(
                ["title", "summary", "quotes", "participant_names"],
                fts_version="FTS5",
                tokenize=FTS_TOKENIZER,
            )
            db.table("sources").enable_fts(["quote"], fts_version="FTS5", tokenize=FTS_TOKENIZER)
            for name, sql in _VIEWS.items():
                db.create_view(name, sql.strip())
        add_summaries(conn, events_by_country)
        conn.execute("VACUUM")
    except sqlite3.Error as exc:
        raise ExportError(f"cannot write database {target}: {exc}") from exc
    finally:
        conn.close()


def _fill(
    db: sqlite_utils.Database, timeline: Timeline, docs: dict[str, DocumentLike]
) -> Iterator[tuple[Any, ...]]:
    """Insert the rows of every table made from the timeline; return ``events_by_country``'s,
    made as they are inserted (:func:`_country_rows_again`)."""
    actors = actor_rows(timeline)
    db.table("actors").insert_all(actors.values())
    places: dict[str, dict[str, Any]] = {}
    for e in timeline.events:
        if e.location:
            places.setdefault(place_id(e.location), place_row(e.location))
    db.table("places").insert_all(sorted(places.values(), key=lambda r: r["id"]))
    db.table("documents").insert_all(document_rows(docs.values()))
    db.table("agreements").insert_all(
        {"id": a.id, "title": a.title, "type": a.type.value} for a in timeline.agreements
    )
    db.table("agreement_parties").insert_all(
        {"agreement_id": a.id, "actor_id": code} for a in timeline.agreements for code in a.parties
    )
    in_order = [0]  # rows 1..n of a new table, read in the library's order so far
    dates: DateColumns = {}

    def event_rows() -> Iterator[dict[str, Any]]:
        previous: tuple[str, str] | None = None
        for n, e in enumerate(timeline.events, 1):
            row = event_row(e, dates)
            key = (row["sort_key"] or "", e.id)
            if in_order[0] == n - 1 and (previous is None or previous <= key):
                in_order[0] = n
            previous = key
            yield row

    insert_rows(db.conn, "events", event_rows())
    insert_rows(
        db.conn,
        "event_actors",
        (row for e in timeline.events for row in participant_rows(e)),
        ignore=True,
    )
    insert_rows(db.conn, "sources", (row for e in timeline.events for row in source_rows(e)))
    db.table("_meta").insert_all(
        [
            {"key": "schema_version", "value": SCHEMA_VERSION},
            {"key": "events", "value": str(len(timeline.events))},
            {"key": ORDERED_THROUGH, "value": str(in_order[0])},
        ]
    )
    return _country_rows_again(timeline, actors, dates)


def _country_rows_again(
    timeline: Timeline, actors: dict[str, dict[str, Any]], dates: DateColumns
) -> Iterator[tuple[Any, ...]]:
    """``events_by_country``'s rows of every event (:func:`country_rows`), made again from
    the events as :func:`add_summaries` inserts them, their dates' columns from ``dates``
    (filled by :func:`event_row`): the same rows as the events' rows give, without a list
    of them held from the events' insert to the summaries (about 250,000 tuples at 100,000
    events, while the indexes and full-text tables are made)."""
    for e in timeline.events:
        start, end, _precision, _mod, label, sort_key, _year, _month = dates[
            (e.date.value, e.date.mod)
        ]
        shown = {
            "date_start": start,
            "date_end": end,
            "date_label": label,
            "kind": e.kind.value,
            "title": e.title,
            "status": e.status.value,
            "sort_key": sort_key,
        }
        yield from country_rows(e, shown, actors)


def document_rows(documents: Iterable[DocumentLike]) -> list[dict[str, Any]]:
    """The rows of ``documents``, by id."""
    return [
        {
            "id": d.id,
            "title": d.title,
            "outlet": d.outlet,
            "author": d.author,
            "url": d.url,
            "published": d.published.isoformat() if d.published else None,
            "published_inferred": int(d.published_inferred),
            "path": str(getattr(d, "path", "") or ""),
            "characters": d.characters,
        }
        for d in sorted(documents, key=lambda d: d.id)
    ]


def source_id(event_id: str, number: int) -> str:
    """The id of an event's quote ``number`` (from 1): ``2024-summit-kg-ots-tr-2``.

    Made of the event and the quote's place in it, not of its place in the
    timeline, so an event added or removed leaves every other quote's id as it was
    (:mod:`timeline.store_update`). Unique: an event id is a slug, and the number
    after the last hyphen is the quote's.
    """
    return f"{event_id}-{number}"


def participant_rows(e: Event) -> list[dict[str, Any]]:
    """The rows of ``event_actors`` for the participants of ``e``, in its order."""
    return [{"event_id": e.id, "actor_id": p.id, "role": p.role.value} for p in e.participants]


def source_rows(e: Event) -> list[dict[str, Any]]:
    """The rows of ``sources`` for the quotes of ``e``, in its order."""
    return [
        {
            "id": source_id(e.id, number),
            "event_id": e.id,
            "document_id": s.document,
            "quote": s.quote,
            "start": s.start,
            "end": s.end,
            "published": s.published.isoformat() if s.published else None,
            "published_inferred": int(s.published_inferred),
            "outlet": s.outlet,
            "title": s.title,
            "url": s.url,
        }
        for number, s in enumerate(e.sources, start=1)
    ]


def country_rows(
    e: Event, row: dict[str, Any], actors: dict[str, dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """``events_by_country``'s rows of one event: one per participating country (an
    actor of type country), in the columns of :data:`_EVENTS_BY_COUNTRY`, by country
    (a set's order would differ from one process to the next: a database updated in
    place, not VACUUMed, keeps the order its rows were inserted in on its pages)."""
    shown = [row[c] for c in ("date_start", "date_end", "date_label", "kind", "title")]
    countries = {p.id for p in e.participants if actors[p.id]["type"] == "country"}
    return [
        (code, actors[code]["name"], e.id, *shown, row["status"], row["sort_key"])
        for code in sorted(countries)
    ]


def insert_rows(
    conn: sqlite3.Connection,
    table: str,
    rows: Iterable[dict[str, Any]],
    *,
    ignore: bool = False,
) -> None:
    """Insert rows (dicts with the same keys, columns of ``table``) in one statement.

    sqlite-utils' ``insert_all`` without its conversion of every value (about a
    fifth of the database step's CPU at 10,000 events): the rows of the large tables
    hold only text, numbers and None, with their lists already JSON text.
    """
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return
    columns = list(first)
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    pick = operator.itemgetter(*columns)  # a row's values in the columns' order
    values = pick if len(columns) > 1 else lambda row: (pick(row),)  # one: not a tuple
    conn.executemany(
        f"{verb} INTO [{table}] ({names}) VALUES ({marks})",
        map(values, itertools.chain([first], it)),
    )


def load_timeline(db_path: str | Path, event_ids: Iterable[str] | None = None) -> Timeline:
    """Read events (all, or those in ``event_ids``) back from a database as models.

    The inverse of :func:`build_database`: ``load_timeline(build_database(t, d, p))``
    gives events equal to ``t``'s. With ``event_ids``, only the rows of those
    events are read (through the indexes), so a few events cost a few rows.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise DataError("does not exist: run `timeline build` to create the database", path=db_path)
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    if event_ids is None:
        chosen, params = "", []
    else:
        chosen, params = (
            " WHERE {column} IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(set(event_ids)))],
        )
    wanted = chosen.format(column="event_id")
    actors = {
        r["id"]: r
        for r in db.query(
            "SELECT * FROM actors"
            + (f" WHERE id IN (SELECT actor_id FROM event_actors{wanted})" if chosen else ""),
            params,
        )
    }
    places = {
        r["id"]: r
        for r in db.query(
            "SELECT * FROM places"
            + (f" WHERE id IN (SELECT place_id FROM events{chosen.format(column='id')})"
               if chosen else ""),
            params,
        )
    }  # fmt: skip
    roles: dict[str, list[dict[str, Any]]] = {}
    for r in db.query(
        f"SELECT event_id, actor_id, role FROM event_actors{wanted} ORDER BY rowid", params
    ):
        roles.setdefault(r["event_id"], []).append(r)
    sources: dict[str, list[dict[str, Any]]] = {}
    for r in db.query(f"SELECT * FROM sources{wanted} ORDER BY rowid", params):
        sources.setdefault(r["event_id"], []).append(r)
    events = []
    for r in db.query(
        f"SELECT * FROM events{chosen.format(column='id')} ORDER BY sort_key, id", params
    ):
        place = places.get(r["place_id"]) if r["place_id"] else None
        events.append(
            Event.model_validate(
                {
                    "id": r["id"],
                    "kind": r["kind"],
                    "title": r["title"],
                    "summary": r["summary"],
                    "status": r["status"],
                    "date": {
                        "value": r["date_value"],
                        "mod": r["date_mod"],
                        "text": r["date_text"],
                    },
                    "participants": [
                        {
                            **{k: v for k, v in actors[a["actor_id"]].items() if v is not None},
                            "role": a["role"],
                        }
                        for a in roles.get(r["id"], [])
                    ],
                    "location": {k: v for k, v in place.items() if k != "id"} if place else None,
                    "sources": [
                        {
                            "document": s["document_id"],
                            "quote": s["quote"],
                            "start": s["start"],
                            "end": s["end"],
                            "published": s["published"],
                            "published_inferred": bool(s["published_inferred"]),
                            "outlet": s["outlet"],
                            "title": s["title"],
                            "url": s["url"],
                        }
                        for s in sources.get(r["id"], [])
                    ],
                    "tags": json.loads(r["tags"]),
                    "agreement": r["agreement_id"],
                    "related": json.loads(r["related"]),
                    "review": r["review"],
                }
            )
        )
    used = {e.agreement for e in events if e.agreement}
    agreements = [
        Agreement(
            id=a["id"],
            title=a["title"],
            type=a["type"],
            parties=[
                p["actor_id"]
                for p in db.query(
                    "SELECT actor_id FROM agreement_parties WHERE agreement_id = ?", [a["id"]]
                )
            ],
        )
        for a in db.table("agreements").rows
        if event_ids is None or a["id"] in used
    ]
    return Timeline(events, agreements)


def load_selection(db_path: str | Path, *selections: Filter) -> Timeline:
    """The events of a database that every filter keeps, reading only their rows.

    The filters' SQL conditions (:meth:`Filter.sql`) pick the candidates by
    index; :meth:`Filter.matches` then decides, so the result is exactly
    what ``load_timeline(db_path)`` filtered by each filter gives, without
    reading every event.
    """
    chosen = [f for f in selections if f]
    if not chosen:
        return load_timeline(db_path)
    db_path = Path(db_path)
    if not db_path.is_file():
        raise DataError("does not exist: run `timeline build` to create the database", path=db_path)
    conditions: list[str] = []
    params: list[str] = []
    for selection in chosen:
        condition, values = selection.sql("e")
        conditions.append(f"({condition})")
        params += values
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    query = f"SELECT e.id FROM events e WHERE {' AND '.join(conditions)}"
    timeline = load_timeline(db_path, [r["id"] for r in db.query(query, params)])
    for selection in chosen:
        timeline = timeline.filter(selection)
    return timeline
