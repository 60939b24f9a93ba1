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
(:func:`add_summaries`, docs/history/scale-log.md): ``events_by_month``, ``events_map``,
``agreement_lifecycle``, ``events_by_country`` (every event once per
participating country, stored in country and date order) and ``facet_counts``
(the facet counts of :data:`COUNTED_FACETS`); ``upcoming_events`` stays a view,
as it depends on the day it is asked. Full-text search (SQLite FTS5) covers event titles,
summaries and quotes (``events_fts``) and quotes alone (``sources_fts``).

The store is a package of five modules: this one, its reading side, which also names
what the next three define, :mod:`timeline.store.schema` (the tables, indexes, views and summaries),
:mod:`timeline.store.rows` (the rows made from the models) and :mod:`timeline.store.build`
(a new database written whole); and :mod:`timeline.store.update` (one updated in place),
imported from its own module.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..collection import Timeline
from ..errors import DataError
from ..filters import Filter
from ..model import Agreement, Event
from .build import (
    NEW_FILE_PRAGMAS,
    ROWS_CACHE_PRAGMA,
    build_database,
    finish_database_file,
    import_sqlite_utils_without_dataframes,
)
from .rows import (
    DocumentLike,
    actor_row,
    actor_rows,
    chosen_actor_rows,
    country_rows,
    default_actor_row,
    document_rows,
    event_row,
    insert_rows,
    participant_rows,
    place_id,
    place_row,
    source_id,
    source_rows,
)
from .schema import (
    COUNTED_FACETS,
    EVENT_DIGESTS,
    FACET_COUNTS,
    INDEXES,
    ORDERED_THROUGH,
    SUMMARY_TABLES,
    add_summaries,
    count_facets,
)

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
