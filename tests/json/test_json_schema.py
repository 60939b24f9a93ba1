"""The JSON Schemas in exports/schema/: generated from the model, valid draft 2020-12,
and every JSON export validates against them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from timeline import SCHEMA_VERSION, Timeline
from timeline.formats import timeline_json as ej
from timeline.formats import write as write_exports

DOCUMENT_SCHEMA, EVENT_SCHEMA = ej.schema_filenames()


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=FormatChecker())


def test_file_names_follow_the_schema_version() -> None:
    major_minor = ".".join(SCHEMA_VERSION.split(".")[:2])
    assert (
        f"timeline-{major_minor}.schema.json",
        f"event-{major_minor}.schema.json",
    ) == (DOCUMENT_SCHEMA, EVENT_SCHEMA)


@pytest.mark.parametrize("make", [ej.document_schema, ej.event_schema])
def test_schemas_are_valid_draft_2020_12(make: Any) -> None:
    schema = make()
    Draft202012Validator.check_schema(schema)
    assert list(schema)[:4] == ["$schema", "$id", "title", "description"]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("urn:timeline:schema:")


@pytest.mark.parametrize("name", [DOCUMENT_SCHEMA, EVENT_SCHEMA])
def test_committed_schema_equals_a_fresh_generation(
    repo_root: Path, tmp_path: Path, name: str
) -> None:
    """exports/schema/ is generated: regenerate with `timeline export schema`."""
    write_exports(Timeline(), tmp_path, ["schema"])
    committed = repo_root / "exports" / "schema" / name
    assert committed.read_bytes() == (tmp_path / "schema" / name).read_bytes()


def test_document_validates(written_exports: Path) -> None:
    schema = json.loads((written_exports / "schema" / DOCUMENT_SCHEMA).read_text("utf-8"))
    data = json.loads((written_exports / "timeline.json").read_text("utf-8"))
    validator(schema).validate(data)
    assert data["$schema"] == f"schema/{DOCUMENT_SCHEMA}"
    assert (written_exports / data["$schema"]).is_file()


def test_each_event_validates_against_the_event_schema(fixture_timeline: Timeline) -> None:
    check = validator(ej.event_schema())
    events = ej.to_json(fixture_timeline)["events"]
    assert len(events) == len(fixture_timeline)
    for event in events:
        check.validate(event)


@pytest.mark.parametrize(
    "filters",
    [{"country": "KZ"}, {"kind": "summit"}, {"organization": "EU"}, {"country": "US"}],
)
def test_filtered_exports_validate(fixture_timeline: Timeline, filters: dict[str, Any]) -> None:
    validator(ej.document_schema()).validate(ej.to_json(fixture_timeline.filter(**filters)))


def _break(data: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    broken = copy.deepcopy(data)
    target = broken
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return broken


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["events", 0, "date", "label"], KeyError, "'label' is a required property"),
        (["events", 0, "location"], KeyError, "'location' is a required property"),
        (["events", 0, "kind"], "party", "'party' is not one of"),
        (["events", 0, "date", "start"], "1 May 2022", "'1 May 2022' is not a 'date'"),
        (["events", 0, "date", "precision"], "minute", "'minute' is not one of"),
        (["events", 0, "sources"], [], "[] should be non-empty"),
        (["events", 0, "id"], "Not A Slug", "'Not A Slug' does not match"),
        (["events", 0, "participants", 0, "type"], "city", "'city' is not one of"),
        (["events", 0, "surprise"], 1, "Additional properties are not allowed"),
        (["schema_version"], "one", "'one' does not match"),
    ],
)
def test_schema_rejects_broken_documents(
    fixture_timeline: Timeline, path: list[Any], value: Any, message: str
) -> None:
    broken = _break(ej.to_json(fixture_timeline), path, value)
    with pytest.raises(ValidationError) as info:
        validator(ej.document_schema()).validate(broken)
    assert message in info.value.message


def test_title_is_optional_and_typed(fixture_timeline: Timeline) -> None:
    schema = ej.document_schema()
    assert "title" not in schema["required"]
    validator(schema).validate(ej.to_json(fixture_timeline))
    with pytest.raises(ValidationError):
        validator(schema).validate({**ej.to_json(fixture_timeline), "title": 3})


def test_schema_documents_every_kind_and_precision() -> None:
    from timeline import EventKind, Precision

    defs = ej.document_schema()["$defs"]
    assert defs["EventKind"]["enum"] == [k.value for k in EventKind]
    assert defs["Precision"]["enum"] == [p.value for p in Precision]
    assert set(defs) >= {"Event", "EventDate", "Participant", "Source", "Location", "Agreement"}
