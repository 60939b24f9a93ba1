"""CSV tables in a Frictionless Data Package: ``exports/csv/*.csv``, ``exports/datapackage.json``.

For spreadsheets, pandas, R and data portals. Three tables, RFC 4180 CSV in
UTF-8 with a header row, in date order:

* ``csv/events.csv`` — one row per event (primary key ``id``): kind, title,
  summary, status, the date interval with its precision, mod, TIMEX3 value,
  text and label, the place with its coordinates, the agreement, and the
  countries, organizations, related events and tags joined by ``; ``;
* ``csv/participants.csv`` — one row per participant of an event (primary key
  ``event_id``, ``actor_id``, ``role``; ``event_id`` references ``events``);
* ``csv/sources.csv`` — one row per quote (primary key ``event_id``,
  ``source_index``), with its document, outlet, title, offsets, publication
  date (and whether it was inferred) and URL.

``datapackage.json`` describes them (Frictionless Data Package v1, profile
``tabular-data-package``, https://specs.frictionlessdata.io/): each resource
has a Table Schema whose field types, descriptions, enumerations and
required flags are generated from the pydantic model (the single source of
truth), with the primary and foreign keys above.

Cells that a spreadsheet would run as a formula (text starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) get a leading ``'``
(:func:`timeline.csvsafe.safe_cell`, the OWASP advice on CSV injection);
only text columns are touched, never numbers or dates.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..collection import Timeline
from ..csvsafe import safe_cell
from ..model import SCHEMA_VERSION, Event, Participant, Source
from .contract import Format, RenderOptions
from .timeline_json import DEFAULT_TITLE

__all__ = ["FORMAT", "PACKAGE_PATH", "TABLES", "Column", "Table", "datapackage", "table_csv"]

#: Where the Data Package descriptor is written, relative to ``exports/``.
PACKAGE_PATH = "datapackage.json"

_JOIN = "; "


@dataclass(frozen=True, slots=True)
class Column:
    """One CSV column: its name, where its type and description come from, its value.

    ``model_path`` walks the JSON Schema of :class:`~timeline.model.Event`
    (``("date", "start")``, ``("participants", "role")``); ``description``
    overrides the model's, for derived columns.
    """

    name: str
    model_path: tuple[str, ...]
    value: Callable[[Any], Any]
    description: str | None = None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """One CSV table of the package."""

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: Callable[[Timeline], Iterator[Any]]
    primary_key: tuple[str, ...]
    references_events: bool


def _loc(attr: str) -> Callable[[Event], Any]:
    return lambda e: getattr(e.location, attr) if e.location is not None else None


def _joined(values: list[str]) -> str:
    return _JOIN.join(values)


_EVENT_COLUMNS = (
    Column("id", ("id",), lambda e: e.id),
    Column("kind", ("kind",), lambda e: e.kind.value, "What happened."),
    Column("title", ("title",), lambda e: e.title, "Short title of the event."),
    Column("summary", ("summary",), lambda e: e.summary, "What happened, in a sentence or two."),
    Column("status", ("status",), lambda e: e.status.value),
    Column("date_start", ("date", "start"), lambda e: e.date.start.isoformat()),
    Column("date_end", ("date", "end"), lambda e: e.date.end.isoformat()),
    Column("date_precision", ("date", "precision"), lambda e: e.date.precision.value),
    Column("date_mod", ("date", "mod"), lambda e: e.date.mod.value if e.date.mod else None),
    Column("date_value", ("date", "value"), lambda e: e.date.value),
    Column("date_text", ("date", "text"), lambda e: e.date.text),
    Column(
        "date_label", ("date",), lambda e: e.date.label(),
        "The date for people, at exactly its precision ('late May 2022').", "string",
    ),
    Column("place", ("location", "name"), _loc("name")),
    Column("place_country", ("location", "country"), _loc("country")),
    Column("latitude", ("location", "latitude"), _loc("latitude"), "Latitude (WGS 84)."),
    Column("longitude", ("location", "longitude"), _loc("longitude"), "Longitude (WGS 84)."),
    Column("geonames_id", ("location", "geonames_id"), _loc("geonames_id")),
    Column(
        "countries", ("participants",), lambda e: _joined(e.countries),
        "ISO 3166-1 alpha-2 codes of the participating countries, joined by '; '.", "string",
    ),
    Column(
        "organizations", ("participants",), lambda e: _joined(e.organizations),
        "Codes of the participating organizations, joined by '; '.", "string",
    ),
    Column("agreement", ("agreement",), lambda e: e.agreement),
    Column(
        "related", ("related",), lambda e: _joined(e.related),
        "Ids of related events, joined by '; '.", "string",
    ),
    Column("tags", ("tags",), lambda e: _joined(e.tags), "Free tags, joined by '; '.", "string"),
    Column("review", ("review",), lambda e: e.review.value),
)  # fmt: skip

_PARTICIPANT_COLUMNS = (
    Column("event_id", ("id",), lambda r: r[0].id, "The event (events.id)."),
    Column("actor_id", ("participants", "id"), lambda r: r[1].id),
    Column("type", ("participants", "type"), lambda r: r[1].type.value, "What the participant is."),
    Column("role", ("participants", "role"), lambda r: r[1].role.value, "Its role in the event."),
    Column("name", ("participants", "name"), lambda r: r[1].name),
    Column("country", ("participants", "country"), lambda r: r[1].country),
    Column("title", ("participants", "title"), lambda r: r[1].title),
)  # fmt: skip

_SOURCE_COLUMNS = (
    Column("event_id", ("id",), lambda r: r[0].id, "The event the quote proves (events.id)."),
    Column(
        "source_index", ("sources",), lambda r: r[1],
        "Position of the quote among the event's sources, from 1.", "integer",
    ),
    Column("document", ("sources", "document"), lambda r: r[2].document),
    Column("outlet", ("sources", "outlet"), lambda r: r[2].outlet),
    Column("title", ("sources", "title"), lambda r: r[2].title),
    Column("published", ("sources", "published"), lambda r: _iso(r[2].published)),
    Column(
        "published_inferred", ("sources", "published_inferred"),
        lambda r: r[2].published_inferred,
    ),
    Column("quote", ("sources", "quote"), lambda r: r[2].quote),
    Column("start", ("sources", "start"), lambda r: r[2].start),
    Column("end", ("sources", "end"), lambda r: r[2].end),
    Column("url", ("sources", "url"), lambda r: r[2].url),
)  # fmt: skip


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


def _participant_rows(timeline: Timeline) -> Iterator[tuple[Event, Participant]]:
    for event in timeline.events:
        seen: set[tuple[str, str]] = set()
        for p in event.participants:
            if (p.id, p.role.value) not in seen:  # the primary key stays unique
                seen.add((p.id, p.role.value))
                yield event, p


def _source_rows(timeline: Timeline) -> Iterator[tuple[Event, int, Source]]:
    for event in timeline.events:
        for i, source in enumerate(event.sources, 1):
            yield event, i, source


#: The tables of the package, in order.
TABLES = (
    Table("events", "Events", _EVENT_COLUMNS, lambda t: iter(t.events), ("id",), False),
    Table(
        "participants", "Participants", _PARTICIPANT_COLUMNS, _participant_rows,
        ("event_id", "actor_id", "role"), True,
    ),
    Table(
        "sources", "Sources (quotes)", _SOURCE_COLUMNS, _source_rows,
        ("event_id", "source_index"), True,
    ),
)  # fmt: skip


# --- Table Schemas from the model ---------------------------------------------------------


@cache
def _model_schema() -> dict[str, Any]:
    schema: dict[str, Any] = Event.model_json_schema(mode="validation")
    return schema


def _resolve(node: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema a node means, following ``$ref``, ``anyOf [X, null]`` and ``items``."""
    defs = _model_schema()["$defs"]
    nullable = False
    while True:
        if "$ref" in node:
            node = {**defs[node["$ref"].split("/")[-1]], **{k: v for k, v in node.items()
                                                          if k != "$ref"}}  # fmt: skip
        elif "anyOf" in node:
            options = [o for o in node["anyOf"] if o.get("type") != "null"]
            nullable = nullable or len(options) < len(node["anyOf"])
            node = {**options[0], **{k: v for k, v in node.items() if k != "anyOf"}}
        elif node.get("type") == "array" and "items" in node:
            node = node["items"]
        else:
            return node, nullable


def _field_schema(column: Column) -> dict[str, Any]:
    """A Table Schema field descriptor for a column, from the model's JSON Schema."""
    node: dict[str, Any] = _model_schema()
    required = True
    for step in column.model_path:
        required = required and step in node.get("required", ())
        node, nullable = _resolve(node["properties"][step])
        required = required and not nullable
    field: dict[str, Any] = {"name": column.name}
    kinds = {"integer": "integer", "number": "number", "boolean": "boolean"}
    if column.type:
        field["type"] = column.type
    elif node.get("format") == "date":
        field["type"] = "date"
    else:
        field["type"] = kinds.get(node.get("type", "string"), "string")
    description = column.description or node.get("description") or node.get("title")
    if description:
        field["description"] = description
    constraints: dict[str, Any] = {}
    if required or column.name in {"event_id", "source_index"}:
        constraints["required"] = True
    if "enum" in node and not column.type:
        constraints["enum"] = list(node["enum"])
    for key in ("minimum", "maximum"):
        if key in node and field["type"] in {"integer", "number"}:
            constraints[key] = node[key]
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(table: Table) -> dict[str, Any]:
    """The Table Schema of one table: fields, primary key and foreign keys."""
    schema: dict[str, Any] = {
        "fields": [_field_schema(c) for c in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.references_events:
        schema["foreignKeys"] = [
            {"fields": ["event_id"], "reference": {"resource": "events", "fields": ["id"]}}
        ]
    return schema


def datapackage(title: str | None = None) -> dict[str, Any]:
    """The Data Package descriptor (``datapackage.json``) of the three tables."""
    return {
        "profile": "tabular-data-package",
        "name": "timeline",
        "title": title or DEFAULT_TITLE,
        "description": "Dated political and diplomatic events extracted from news, each with "
        "the exact quote and character offsets that prove it. Field reference: docs/model.md.",
        "version": SCHEMA_VERSION,
        "licenses": [
            {
                "name": "Apache-2.0",
                "path": "https://www.apache.org/licenses/LICENSE-2.0",
                "title": "Apache License 2.0 (quotes are short extracts, © their publishers)",
            }
        ],
        "resources": [
            {
                "name": table.name,
                "title": table.title,
                "path": f"csv/{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(table),
            }
            for table in TABLES
        ],
    }


# --- the CSV bytes ------------------------------------------------------------------------


def table_csv(table: Table, timeline: Timeline) -> bytes:
    """One table as RFC 4180 CSV (CRLF line ends, a header row), UTF-8.

    Empty values (``None``) are empty cells; text cells that could start a
    formula get :func:`~timeline.csvsafe.safe_cell`'s leading ``'``.
    """
    text_columns = [i for i, c in enumerate(table.columns) if _field_schema(c)["type"] == "string"]
    getters = [c.value for c in table.columns]
    rows: list[list[Any]] = []
    for row in table.rows(timeline):
        cells = [get(row) for get in getters]
        for i in text_columns:
            value = cells[i]
            if value is not None:
                text = str(value)
                # a cell starting with a letter or digit is never a formula: skip the check
                cells[i] = text if text[:1].isalnum() else safe_cell(text)
        rows.append(cells)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    writer.writerows(rows)  # None is written as an empty cell
    return out.getvalue().encode("utf-8")


def _render_files(timeline: Timeline, options: RenderOptions) -> dict[str, bytes]:
    files = {f"csv/{t.name}.csv": table_csv(t, timeline) for t in TABLES}
    descriptor = json.dumps(datapackage(options.title), ensure_ascii=False, indent=2) + "\n"
    files[PACKAGE_PATH] = descriptor.encode("utf-8")
    return files


#: CSV tables with a Frictionless Data Package descriptor.
FORMAT = Format(
    name="csv",
    media_type="text/csv; charset=utf-8",
    path="csv/events.csv",
    description="CSV tables (events, participants, sources) with a Frictionless Data Package "
    "(datapackage.json), for spreadsheets, pandas, R and data portals",
    render=lambda timeline, options: table_csv(TABLES[0], timeline),
    render_files=_render_files,
    folder="csv",
)
