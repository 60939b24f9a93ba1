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
only free-text columns are checked, never numbers, dates, enumerations or
columns the model holds to a pattern that starts with a letter or digit
(:attr:`Column.plain`).
"""

from __future__ import annotations

import csv
import json
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from typing import Any

from ..collection import Timeline
from ..csvsafe import safe_cell
from ..model import SCHEMA_VERSION, ActorType, Event
from .contract import Format, RenderOptions, Section, SpannedFile, SpliceRule
from .spans import timeline_keys
from .timeline_json import DEFAULT_TITLE

__all__ = ["FORMAT", "PACKAGE_PATH", "TABLES", "Column", "Table", "datapackage", "table_csv"]

#: Where the Data Package descriptor is written, relative to ``exports/``.
PACKAGE_PATH = "datapackage.json"

_JOIN = "; "


@dataclass(frozen=True, slots=True)
class Column:
    """One CSV column: its name and where its type and description come from.

    ``model_path`` walks the JSON Schema of :class:`~timeline.model.Event`
    (``("date", "start")``, ``("participants", "role")``); ``description``
    overrides the model's, for derived columns. ``plain`` says the text can
    never start a spreadsheet formula (a slug, codes joined by ``; ``, an
    ISO date, a label we write); columns of an enumeration or a non-text type
    cannot either. The row functions check the cells of the other text columns.
    """

    name: str
    model_path: tuple[str, ...]
    description: str | None = None
    type: str | None = None
    plain: bool = False


#: One row's cells, in its table's column order.
Row = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """One CSV table of the package: its columns, and its rows in column order."""

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: Callable[[Sequence[Event]], Iterator[Row]]
    primary_key: tuple[str, ...]
    references_events: bool


_EVENT_COLUMNS = (
    Column("id", ("id",), plain=True),
    Column("kind", ("kind",), "What happened."),
    Column("title", ("title",), "Short title of the event."),
    Column("summary", ("summary",), "What happened, in a sentence or two."),
    Column("status", ("status",)),
    Column("date_start", ("date", "start")),
    Column("date_end", ("date", "end")),
    Column("date_precision", ("date", "precision")),
    Column("date_mod", ("date", "mod")),
    Column("date_value", ("date", "value")),
    Column("date_text", ("date", "text")),
    Column(
        "date_label", ("date",),
        "The date for people, at exactly its precision ('late May 2022').", "string", plain=True,
    ),
    Column("place", ("location", "name")),
    Column("place_country", ("location", "country")),
    Column("latitude", ("location", "latitude"), "Latitude (WGS 84)."),
    Column("longitude", ("location", "longitude"), "Longitude (WGS 84)."),
    Column("geonames_id", ("location", "geonames_id")),
    Column(
        "countries", ("participants",),
        "ISO 3166-1 alpha-2 codes of the participating countries, joined by '; '.", "string",
        plain=True,
    ),
    Column(
        "organizations", ("participants",),
        "Codes of the participating organizations, joined by '; '.", "string",
        plain=True,
    ),
    Column("agreement", ("agreement",), plain=True),
    Column("related", ("related",), "Ids of related events, joined by '; '.", "string"),
    Column("tags", ("tags",), "Free tags, joined by '; '.", "string"),
    Column("review", ("review",)),
)  # fmt: skip

_PARTICIPANT_COLUMNS = (
    Column("event_id", ("id",), "The event (events.id).", plain=True),
    Column("actor_id", ("participants", "id"), plain=True),
    Column("type", ("participants", "type"), "What the participant is."),
    Column("role", ("participants", "role"), "Its role in the event."),
    Column("name", ("participants", "name")),
    Column("country", ("participants", "country"), plain=True),
    Column("title", ("participants", "title")),
)

_SOURCE_COLUMNS = (
    Column("event_id", ("id",), "The event the quote proves (events.id).", plain=True),
    Column(
        "source_index", ("sources",),
        "Position of the quote among the event's sources, from 1.", "integer",
    ),
    Column("document", ("sources", "document"), plain=True),
    Column("outlet", ("sources", "outlet")),
    Column("title", ("sources", "title")),
    Column("published", ("sources", "published")),
    Column("published_inferred", ("sources", "published_inferred")),
    Column("quote", ("sources", "quote")),
    Column("start", ("sources", "start")),
    Column("end", ("sources", "end")),
    Column("url", ("sources", "url"), plain=True),  # http(s) only
)  # fmt: skip

# The rows are built by one function per table, each cell read as a plain attribute
# (a getter call per cell cost about 40% of the CSV's time). An enumeration member is
# a cell as it is: a ``StrEnum`` member is the string of its value, and csv writes it
# as such. Free-text cells go through _text; tests/formats/test_csv_package.py holds
# every table equal to csv's own output of the model's values, hostile text included.


def _text(value: str | None) -> str | None:
    """A free-text cell: :func:`~timeline.csvsafe.safe_cell` unless it starts with a letter
    or a digit (which never starts a formula, and is most text)."""
    if value and not value[0].isalnum():
        return safe_cell(value)
    return value


_NO_PLACE = (None, None, None, None, None)


def _event_rows(events: Sequence[Event]) -> Iterator[Row]:
    text, join = _text, _JOIN.join
    country, organization = ActorType.country, ActorType.organization
    for e in events:
        d, loc = e.date, e.location
        place = (
            _NO_PLACE
            if loc is None
            else (text(loc.name), text(loc.country), loc.latitude, loc.longitude, loc.geonames_id)
        )
        countries = {p.id for p in e.participants if p.type is country}
        organizations = {p.id for p in e.participants if p.type is organization}
        yield (
            e.id, e.kind, text(e.title), text(e.summary), e.status,
            d.start, d.end, d.precision, d.mod, text(d.value), text(d.text), d.label(),
            *place,
            join(sorted(countries)), join(sorted(organizations)), e.agreement,
            text(join(e.related)), text(join(e.tags)), e.review,
        )  # fmt: skip


def _participant_rows(events: Sequence[Event]) -> Iterator[Row]:
    text = _text
    for event in events:
        seen: set[tuple[str, str]] = set()
        for p in event.participants:
            if (p.id, p.role) not in seen:  # the primary key stays unique
                seen.add((p.id, p.role))
                yield event.id, p.id, p.type, p.role, text(p.name), p.country, text(p.title)


def _source_rows(events: Sequence[Event]) -> Iterator[Row]:
    text = _text
    for event in events:
        for i, s in enumerate(event.sources, 1):
            yield (
                event.id, i, s.document, text(s.outlet), text(s.title), s.published,
                s.published_inferred, text(s.quote), s.start, s.end, s.url,
            )  # fmt: skip


#: The tables of the package, in order.
TABLES = (
    Table("events", "Events", _EVENT_COLUMNS, _event_rows, ("id",), False),
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

    Empty values (``None``) are empty cells; free-text cells that could start
    a formula get :func:`~timeline.csvsafe.safe_cell`'s leading ``'``.
    """
    return _table_spanned(table, timeline.events).data()


def _table_spanned(
    table: Table,
    events: Sequence[Event],
    keys_of: dict[str, str] | None = None,
    *,
    streamed: bool = False,
) -> SpannedFile:
    """The table as a header row and one span per event that has rows: its rows.

    Every table's first cell is the event's id, and an event's rows follow each other,
    so the rows are written in one call and cut where the id changes. ``keys_of``
    gives each event's order key by id, for a build's span index; without it the
    spans have no keys (a render outside a build uses only the bytes). ``streamed``:
    the rows are made :data:`STREAMED_EVENTS` events at a time as the file is written
    (:attr:`RenderOptions.streamed`), the same bytes.
    """
    header: list[str] = []
    csv.writer(_Lines(header), lineterminator="\r\n").writerow([c.name for c in table.columns])
    section = Section([], array("Q"), [])
    file = SpannedFile([header[0].encode("utf-8"), b""], [section])
    if streamed:
        file.stream = _table_pieces(table, events, keys_of, file)
    else:
        section.body = [b"".join(_rows_bytes(table, events, keys_of, section))]
    return file


#: How many events' rows a piece of a streamed CSV table holds.
STREAMED_EVENTS = 5_000


def _table_pieces(
    table: Table, events: Sequence[Event], keys_of: dict[str, str] | None, file: SpannedFile
) -> Iterator[bytes]:
    """The bytes of a streamed table's ``file``, its spans added as its rows are made."""
    yield file.parts[0]
    for at in range(0, len(events), STREAMED_EVENTS):
        chosen = events[at : at + STREAMED_EVENTS]
        yield b"".join(_rows_bytes(table, chosen, keys_of, file.sections[0]))
    yield file.parts[1]


def _rows_bytes(
    table: Table, events: Sequence[Event], keys_of: dict[str, str] | None, section: Section
) -> list[bytes]:
    """The rows of ``events``, an event's together, its span's length and key added to
    ``section``."""
    rows: list[str] = []
    writer = csv.writer(_Lines(rows), lineterminator="\r\n")  # csv writes a row per call
    ids: list[str] = []

    def noted(found: Iterator[Row]) -> Iterator[Row]:
        for row in found:
            ids.append(row[0])
            yield row

    # None is written as an empty cell, a date as str(date), its isoformat()
    writer.writerows(noted(table.rows(events)))
    chunks: list[bytes] = []
    at = 0
    for event_id, group in groupby(ids):
        count = sum(1 for _ in group)
        chunks.append("".join(rows[at : at + count]).encode("utf-8"))
        section.lengths.append(len(chunks[-1]))
        if keys_of is not None:
            section.keys.append(keys_of[event_id])
        at += count
    return chunks


class _Lines:
    """A file for :func:`csv.writer` that keeps each row's text."""

    def __init__(self, rows: list[str]) -> None:
        self.write = rows.append


def _render_files(timeline: Timeline, options: RenderOptions) -> dict[str, bytes]:
    return {path: f.data() for path, f in _spanned(timeline, options, spans=False).items()}


def _spanned(
    timeline: Timeline, options: RenderOptions, *, spans: bool = True
) -> dict[str, SpannedFile]:
    """The tables and the descriptor (without ``spans``, a render outside a build,
    the rows' keys are left out: only the bytes are used)."""
    by_id = None
    if spans:
        keys = timeline_keys(timeline, options)  # once for the three tables
        by_id = {e.id: key for e, key in zip(timeline.events, keys, strict=True)}
    files = {
        f"csv/{t.name}.csv": _table_spanned(t, timeline.events, by_id, streamed=options.streamed)
        for t in TABLES
    }
    descriptor = json.dumps(datapackage(options.title), ensure_ascii=False, indent=2) + "\n"
    files[PACKAGE_PATH] = SpannedFile([descriptor.encode("utf-8")])
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
    splice=SpliceRule(_spanned),
)
