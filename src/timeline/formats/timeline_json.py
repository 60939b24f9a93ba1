"""The native JSON timeline and its JSON Schema (draft 2020-12).

One document shape serves ``exports/timeline.json``, ``timeline extract -o``
and anyone scripting against the data::

    {
      "$schema": "schema/timeline-1.1.schema.json",
      "schema_version": "1.1.0",
      "title": "...",                      # optional
      "events": [Event, ...],              # sorted by date, then id
      "agreements": [Agreement, ...]       # sorted by id
    }

Every event is the :class:`~timeline.model.Event` as pydantic serializes it
(``model_dump(mode="json")``), with two derived members added to ``date``:
``sort_key`` (from the model) and ``label`` (:meth:`EventDate.label`, "late May
2022"). The document is described by :class:`TimelineDocument`, and the
JSON Schema files in ``exports/schema/`` are generated from that class with
pydantic's ``model_json_schema`` in serialization mode, so the data, the
schema and ``docs/model.md`` cannot disagree.

Bytes are deterministic: keys in model field order, ``ensure_ascii=False``,
two-space indent, one trailing newline.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    computed_field,
    model_validator,
)
from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import core_schema

from ..collection import Timeline
from ..errors import DataError
from ..files import atomic_write
from ..model import SCHEMA_VERSION, Agreement, Event, EventDate, Location, Participant, Source
from .contract import Format, RenderOptions, SpannedFile, SpliceRule
from .spans import json_list_section, timeline_keys

__all__ = [
    "DEFAULT_TITLE",
    "FORMAT",
    "JSON_SCHEMA_DIALECT",
    "SCHEMA_FORMAT",
    "ExportedDate",
    "ExportedEvent",
    "TimelineDocument",
    "document_bytes",
    "document_schema",
    "dumps",
    "event_schema",
    "from_json",
    "json_bytes",
    "json_text",
    "load",
    "loads",
    "schema_filenames",
    "to_json",
    "write_file",
]

#: The JSON Schema dialect of the generated schemas.
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Title of the exports when the caller gives none.
DEFAULT_TITLE = "Türkiye and Central Asia: political and diplomatic events"

_MAJOR_MINOR = ".".join(SCHEMA_VERSION.split(".")[:2])
_DOCUMENT_NAME = f"timeline-{_MAJOR_MINOR}.schema.json"
_EVENT_NAME = f"event-{_MAJOR_MINOR}.schema.json"
_DERIVED_DATE_KEYS = ("sort_key", "label")


def schema_filenames() -> tuple[str, str]:
    """File names of the document schema and the event schema for this :data:`SCHEMA_VERSION`.

    Versioned by major.minor (``timeline-1.1.schema.json``,
    ``event-1.1.schema.json``): a patch release never changes the shape.
    """
    return _DOCUMENT_NAME, _EVENT_NAME


class ExportedDate(EventDate):
    """An :class:`EventDate` as exported: the model's fields plus a ready-made ``label``."""

    model_config = ConfigDict(
        title="EventDate",
        json_schema_extra={"description": inspect.cleandoc(EventDate.__doc__ or "")},
    )

    @model_validator(mode="before")
    @classmethod
    def _drop_derived(cls, data: Any) -> Any:
        # ``sort_key`` and ``label`` are derived: accept them on input and recompute.
        if isinstance(data, dict) and any(k in data for k in _DERIVED_DATE_KEYS):
            return {k: v for k, v in data.items() if k not in _DERIVED_DATE_KEYS}
        return data

    @computed_field(  # type: ignore[prop-decorator]
        alias="label",
        description="The date for people, at exactly its precision: '29–30 March 2022', "
        "'late May 2022', 'autumn 2022', '2024'.",
    )
    @property
    def label_text(self) -> str:
        return self.label()


class ExportedEvent(Event):
    """An :class:`Event` as exported; only ``date`` differs (it carries ``label``)."""

    model_config = ConfigDict(
        title="Event", json_schema_extra={"description": inspect.cleandoc(Event.__doc__ or "")}
    )

    date: ExportedDate


class TimelineDocument(BaseModel):
    """The JSON timeline document: ``exports/timeline.json`` and ``timeline extract -o``."""

    model_config = ConfigDict(title="Timeline", extra="forbid", populate_by_name=True)

    schema_: str | None = Field(
        default=None,
        alias="$schema",
        description="Where the JSON Schema of this document is, relative to the document "
        "in exports/.",
    )
    schema_version: str = Field(
        description="Version of the data model (semantic versioning): the major version "
        "changes only with breaking changes.",
        pattern=r"^\d+\.\d+\.\d+$",
    )
    title: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="What this timeline shows; left out when there is none.",
    )
    events: list[ExportedEvent] = Field(description="Events sorted by date, then id.")
    agreements: list[Agreement] = Field(
        default_factory=list, description="Agreements the events refer to, sorted by id."
    )


def to_json(timeline: Timeline, *, title: str | None = None) -> dict[str, Any]:
    """The timeline as a JSON-ready dict in the shape of :class:`TimelineDocument`.

    >>> from timeline import Timeline
    >>> list(to_json(Timeline(), title="Nothing yet"))
    ['$schema', 'schema_version', 'title', 'events', 'agreements']

    ``title`` is left out when not given. Filter first for a filtered export:
    ``to_json(timeline.filter(country="KZ", since=date(2024, 1, 1)))``.
    """
    # The shape of TimelineDocument, built without validating each event again (the
    # events are models already): pydantic dumps them all in one call, then each date
    # gets its label, the one derived member ExportedDate adds. The tests check that
    # this equals TimelineDocument's own dump and validates against the schema.
    events: list[dict[str, Any]] = _EVENTS.dump_python(list(timeline.events), mode="json")
    for data, event in zip(events, timeline.events, strict=True):
        data["date"]["label"] = event.date.label()
    doc: dict[str, Any] = {"$schema": f"schema/{_DOCUMENT_NAME}", "schema_version": SCHEMA_VERSION}
    if title is not None:
        doc["title"] = title
    doc["events"] = events
    doc["agreements"] = _AGREEMENTS.dump_python(list(timeline.agreements), mode="json")
    return doc


def document_bytes(timeline: Timeline, *, title: str | None = None, option: int = 0) -> bytes:
    """The document of :func:`to_json` as ``orjson.dumps(to_json(...), option=option)`` writes it.

    The same bytes in about half the time: orjson reads each event's fields
    straight from its models (:func:`_fields`, its ``default`` hook) instead of
    pydantic first building a dict of every event and orjson then reading
    those. orjson writes a ``date`` as its ISO text and an enumeration member as
    its value, as :func:`to_json` holds them. The tests hold the two equal on
    the fixtures and on generated hostile events.
    """
    return orjson.dumps(_document(timeline, timeline.events, title), default=_fields, option=option)


def _document(timeline: Timeline, events: Sequence[Event], title: str | None) -> dict[str, Any]:
    """The document of :func:`document_bytes` holding ``events`` (models, for orjson)."""
    doc: dict[str, Any] = {"$schema": f"schema/{_DOCUMENT_NAME}", "schema_version": SCHEMA_VERSION}
    if title is not None:
        doc["title"] = title
    doc["events"] = events
    doc["agreements"] = _AGREEMENTS.dump_python(list(timeline.agreements), mode="json")
    return doc


# The models inside an event with no computed fields: their fields are all of their dump.
_PLAIN_MODELS = frozenset({Event, Participant, Location, Source})


def _fields(model: object) -> dict[str, Any]:
    """A model inside an event as pydantic dumps it: its fields in order (an event's
    models have no aliases or excluded fields), a date with its ``sort_key`` and ``label``."""
    if type(model) in _PLAIN_MODELS:
        return model.__dict__
    if isinstance(model, EventDate):
        return {**model.__dict__, "sort_key": model.sort_key, "label": model.label()}
    if isinstance(model, BaseModel):
        return model.__dict__
    raise TypeError(f"{type(model).__name__} is not a model of an event")


_EVENTS: TypeAdapter[list[Event]] = TypeAdapter(list[Event])
_AGREEMENTS: TypeAdapter[list[Agreement]] = TypeAdapter(list[Agreement])


def dumps(timeline: Timeline, *, title: str | None = None) -> str:
    """:func:`to_json` as text: UTF-8 characters kept, two-space indent, trailing newline."""
    return document_bytes(timeline, title=title, option=_INDENTED).decode("utf-8")


def json_text(data: Any) -> str:
    """``data`` as JSON text: UTF-8 characters kept, two-space indent, trailing newline."""
    return json_bytes(data).decode("utf-8")


def json_bytes(data: Any) -> bytes:
    """:func:`json_text` as UTF-8 bytes, what the export files hold."""
    # orjson writes exactly what json.dumps(ensure_ascii=False, indent=2) writes, about
    # thirty times faster (the standard library's indenting encoder is pure Python).
    return orjson.dumps(data, option=_INDENTED)


_INDENTED = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE


def write_file(timeline: Timeline, path: str | Path, *, title: str | None = None) -> Path:
    """Write the JSON timeline to ``path`` atomically; return the path."""
    return atomic_write(path, dumps(timeline, title=title))


class _ExportSchema(GenerateJsonSchema):
    """Schema of the documents as written: every key :func:`to_json` always writes is required.

    Pydantic marks fields with defaults optional; in an export they are always
    present (``"location": null``), so scripts can rely on them. Keys written
    only sometimes (``title``) stay optional. Export classes take their
    model's name (``ExportedEvent`` is ``Event``).
    """

    def field_is_required(
        self,
        field: core_schema.ModelField | core_schema.DataclassField | core_schema.TypedDictField,
        total: bool,
    ) -> bool:
        if self.mode == "serialization" and field["type"] != "typed-dict-field":
            return field.get("serialization_exclude_if") is None
        return super().field_is_required(field, total)

    def normalize_name(self, name: str) -> str:
        return (
            super()
            .normalize_name(name.replace("ExportedDate", "EventDate"))
            .replace("ExportedEvent", "Event")
        )


def _schema(model: type[BaseModel], name: str, description: str) -> dict[str, Any]:
    generated = model.model_json_schema(
        mode="serialization", by_alias=True, schema_generator=_ExportSchema
    )
    head: dict[str, Any] = {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": f"urn:timeline:schema:{name.removesuffix('.schema.json')}",
        "title": generated.pop("title"),
        "description": description,
    }
    generated.pop("description", None)
    return {**head, **generated}


def document_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the JSON timeline document, generated from the model."""
    return _schema(
        TimelineDocument,
        _DOCUMENT_NAME,
        f"A JSON timeline of dated political and diplomatic events, each with the quote "
        f"that proves it (timeline data model {SCHEMA_VERSION}). Generated from the pydantic "
        f"model in timeline.formats.timeline_json; field reference in docs/model.md.",
    )


def event_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one event as exported, generated from the model."""
    return _schema(
        ExportedEvent,
        _EVENT_NAME,
        f"One dated political or diplomatic event with its evidence (timeline data model "
        f"{SCHEMA_VERSION}). Generated from the pydantic model in timeline.formats.timeline_json; "
        f"field reference in docs/model.md.",
    )


def _render(timeline: Timeline, options: RenderOptions) -> bytes:
    title = options.title or DEFAULT_TITLE
    return document_bytes(timeline, title=title, option=_INDENTED)


def _spanned(timeline: Timeline, options: RenderOptions) -> dict[str, SpannedFile]:
    """The document as a frame around the events, each one span (agreements in the frame);
    for a writer that takes it a piece at a time, rendered as it is written (:func:`_streamed`)."""
    keys = timeline_keys(timeline, options)
    if options.streamed and len(timeline.events) > STREAMED_EVENTS:
        return {FORMAT_PATH: _streamed(timeline, options, keys)}
    return {FORMAT_PATH: json_list_section(_render(timeline, options), b'"events"', 1, keys)}


#: How many events a piece of a streamed ``timeline.json`` holds (about 2 KB each).
STREAMED_EVENTS = 2_000


def _streamed(timeline: Timeline, options: RenderOptions, keys: list[str]) -> SpannedFile:
    """:func:`_spanned`'s file with its events rendered :data:`STREAMED_EVENTS` at a time as
    the writer asks for them (a 100,000-event document is about 200 MB): the same bytes.

    The frame is the document with no event; each piece is a document holding only some
    events, whose list orjson indents as the whole document's (the same depth), cut out
    of it by :func:`json_list_section`, which also gives the events' lengths.
    """
    empty = _document(timeline, [], options.title or DEFAULT_TITLE)
    frame = json_list_section(orjson.dumps(empty, option=_INDENTED), b'"events"', 1, [])
    section = frame.sections[0]
    section.keys = keys
    file = SpannedFile(frame.parts, [section])
    file.stream = _event_pieces(timeline.events, keys, file)
    return file


def _event_pieces(
    events: Sequence[Event], keys: list[str], file: SpannedFile
) -> Iterator[bytes | memoryview]:
    """The bytes of :func:`_streamed`'s ``file``, the events' lengths added to its section
    as their pieces are made."""
    section = file.sections[0]
    closer = section.closer
    yield file.parts[0]
    for at in range(0, len(events), STREAMED_EVENTS):
        chosen = events[at : at + STREAMED_EVENTS]
        data = orjson.dumps({"events": chosen}, default=_fields, option=orjson.OPT_INDENT_2)
        cut = json_list_section(data, b'"events"', 1, keys[at : at + len(chosen)]).sections[0]
        section.lengths.extend(cut.lengths)
        if at:
            yield b","  # with the next piece's opener, the separator
        yield cut.body[0][: -len(closer)]  # opener and items, without the list's closer
    if events:
        yield closer
    yield file.parts[1]


def _schema_spanned(timeline: Timeline, options: RenderOptions) -> dict[str, SpannedFile]:
    """The schemas hold no event: the whole files are frame."""
    return {path: SpannedFile([data]) for path, data in _schema_files(timeline, options).items()}


#: Where the JSON timeline is written under ``exports/``.
FORMAT_PATH = "timeline.json"


def _schema_files(timeline: Timeline, options: RenderOptions) -> dict[str, bytes]:
    return {
        f"schema/{_DOCUMENT_NAME}": json_bytes(document_schema()),
        f"schema/{_EVENT_NAME}": json_bytes(event_schema()),
    }


#: The native JSON timeline: every field of the model.
FORMAT = Format(
    name="json",
    media_type="application/json",
    path=FORMAT_PATH,
    description="the native JSON timeline: every field of the model, for scripts",
    render=_render,
    splice=SpliceRule(_spanned),
)

#: The JSON Schemas (draft 2020-12) of the document and of one event, from the model.
SCHEMA_FORMAT = Format(
    name="schema",
    media_type="application/schema+json",
    path=f"schema/{_DOCUMENT_NAME}",
    description="JSON Schema (draft 2020-12) of the JSON timeline and of one event",
    render=lambda timeline, options: json_bytes(document_schema()),
    render_files=_schema_files,
    folder="schema",
    splice=SpliceRule(_schema_spanned),
)


def from_json(data: Any, *, source: str | None = None) -> Timeline:
    """A :class:`Timeline` from a JSON timeline document (what :func:`to_json` returns).

    Derived members (``date.label``, ``date.sort_key``) are recomputed, not
    trusted. A document of another major ``schema_version`` is refused.
    Raises :class:`DataError` naming ``source`` and the field.
    """
    if not isinstance(data, dict):
        raise DataError(
            'a JSON timeline is an object with "schema_version" and "events", '
            f"not {_json_type(data)}",
            path=source,
        )
    version = data.get("schema_version")
    if isinstance(version, str) and version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise DataError(
            f"{version} cannot be read by this release (data model {SCHEMA_VERSION}): "
            "convert the file or use a matching release of timeline",
            path=source,
            field="schema_version",
        )
    try:
        doc = TimelineDocument.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = exc.error_count() - 1
        raise DataError(
            first["msg"] + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""),
            path=source,
            field=".".join(str(p) for p in first["loc"]) or None,
        ) from None
    events = [Event.model_validate(e.model_dump(exclude_computed_fields=True)) for e in doc.events]
    return Timeline(events, doc.agreements)


def _json_type(data: Any) -> str:
    if isinstance(data, list):
        return "an array"
    if isinstance(data, str):
        return "a string"
    if isinstance(data, bool) or data is None:
        return json.dumps(data)
    return "a number" if isinstance(data, int | float) else type(data).__name__


def loads(text: str, *, source: str | None = None) -> Timeline:
    """:func:`from_json` on JSON text."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"not valid JSON: {exc.msg}", path=source, line=exc.lineno) from None
    return from_json(data, source=source)


def load(path: str | Path) -> Timeline:
    """Read a JSON timeline file (``exports/timeline.json``, ``timeline extract`` output)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read the file: {exc.strerror}", path=path) from None
    except UnicodeDecodeError:
        raise DataError("cannot read the file: it is not UTF-8", path=path) from None
    return loads(text, source=str(path))
