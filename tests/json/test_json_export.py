"""The native JSON timeline: shape, determinism, round trip, filters, errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from timeline import DataError, Event, Timeline
from timeline.formats import timeline_json as ej
from timeline.formats import write as write_exports
from timeline.model import SCHEMA_VERSION

EVENT_KEYS = [
    "id", "kind", "title", "summary", "date", "status", "participants", "location",
    "sources", "tags", "agreement", "related", "review",
]  # fmt: skip
DATE_KEYS = ["start", "end", "precision", "mod", "value", "text", "sort_key", "label"]
PARTICIPANT_KEYS = ["id", "name", "type", "role", "country", "title"]
SOURCE_KEYS = [
    "document",
    "outlet",
    "title",
    "published",
    "published_inferred",
    "quote",
    "start",
    "end",
    "url",
]


def test_top_level_shape(fixture_timeline: Timeline) -> None:
    data = ej.to_json(fixture_timeline, title="Fixture")
    assert list(data) == ["$schema", "schema_version", "title", "events", "agreements"]
    assert data["$schema"] == f"schema/{ej.schema_filenames()[0]}"
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["title"] == "Fixture"
    assert [e["id"] for e in data["events"]] == [e.id for e in fixture_timeline.events]
    assert [a["id"] for a in data["agreements"]] == ["fixture-customs-corridor"]


def test_title_left_out_when_not_given(fixture_timeline: Timeline) -> None:
    assert "title" not in ej.to_json(fixture_timeline)


def test_every_event_has_every_key_in_model_order(fixture_timeline: Timeline) -> None:
    for event in ej.to_json(fixture_timeline)["events"]:
        assert list(event) == EVENT_KEYS
        assert list(event["date"]) == DATE_KEYS
        for p in event["participants"]:
            assert list(p) == PARTICIPANT_KEYS
        for s in event["sources"]:
            assert list(s) == SOURCE_KEYS


def test_event_is_the_model_dump_plus_label(fixture_timeline: Timeline) -> None:
    """The export is the model's own serialization, not a hand-kept copy."""
    exported = ej.to_json(fixture_timeline)["events"]
    for event, data in zip(fixture_timeline.events, exported, strict=True):
        expected: dict[str, Any] = event.model_dump(mode="json")
        expected["date"]["label"] = event.date.label()
        assert data == expected


@pytest.mark.parametrize(
    ("event_id", "label", "precision"),
    [
        ("2022-05-visit-kz-tr", "late May 2022", "month"),
        ("2022-fa-summit-az-ots-tr", "autumn 2022", "season"),
        ("2024-summit-kg-ots-tr", "2024", "year"),
        ("2024-decree-tr", "early 2024", "year"),
        ("199x-founding-tm-tr", "the 1990s", "decade"),
        ("2022-03-29-visit-tr-uz", "29–30 March 2022", "day"),
    ],
)
def test_date_label_and_precision(
    fixture_timeline: Timeline, event_id: str, label: str, precision: str
) -> None:
    data = {e["id"]: e for e in ej.to_json(fixture_timeline)["events"]}[event_id]
    assert data["date"]["label"] == label
    assert data["date"]["precision"] == precision


def test_dumps_is_deterministic_utf8_with_trailing_newline(fixture_timeline: Timeline) -> None:
    text = ej.dumps(fixture_timeline)
    assert text == ej.dumps(Timeline(list(reversed(fixture_timeline.events)),
                                     fixture_timeline.agreements))  # fmt: skip
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "Türkiye" in text and "\\u00fc" not in text
    assert text.startswith('{\n  "$schema": ')


def test_write_is_byte_identical_and_returns_paths(
    fixture_timeline: Timeline, tmp_path: Path
) -> None:
    first = write_exports(fixture_timeline, tmp_path / "a", ["json", "schema"])
    second = write_exports(fixture_timeline, tmp_path / "b", ["json", "schema"])
    assert [p.relative_to(tmp_path / "a").as_posix() for p in first] == [
        "timeline.json",
        *(f"schema/{name}" for name in ej.schema_filenames()),
    ]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert json.loads(first[0].read_text(encoding="utf-8"))["title"] == ej.DEFAULT_TITLE


def test_round_trip(fixture_timeline: Timeline, tmp_path: Path) -> None:
    path = ej.write_file(fixture_timeline, tmp_path / "t.json", title="T")
    again = ej.load(path)
    assert again.events == fixture_timeline.events
    assert again.agreements == fixture_timeline.agreements
    assert ej.dumps(again, title="T") == path.read_text(encoding="utf-8")


def test_derived_members_are_recomputed_on_load(fixture_timeline: Timeline) -> None:
    data = ej.to_json(fixture_timeline)
    data["events"][0]["date"]["label"] = "made up"
    data["events"][0]["date"]["sort_key"] = "0"
    again = ej.from_json(data)
    assert ej.to_json(again) == ej.to_json(fixture_timeline)


def test_empty_timeline(tmp_path: Path) -> None:
    assert ej.to_json(Timeline()) == {
        "$schema": f"schema/{ej.schema_filenames()[0]}",
        "schema_version": SCHEMA_VERSION,
        "events": [],
        "agreements": [],
    }


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"country": "KZ"}, ["2022-05-visit-kz-tr", "2023-06-01-statement-eu-kz",
                             "2023-q3-exercise-kz-tr"]),
        ({"organization": "OTS"}, ["2022-fa-summit-az-ots-tr", "2022-11-11-signing-ots",
                                   "2024-summit-kg-ots-tr", "2024-11-29-entry-into-force-ots"]),
        ({"kind": "summit"}, ["2022-fa-summit-az-ots-tr", "2024-summit-kg-ots-tr"]),
        ({"status": ["planned", "postponed"]}, ["2022-fa-summit-az-ots-tr",
                                                "2023-h1-meeting-tr-uz", "2023-q3-exercise-kz-tr"]),
        ({"since": date(2024, 1, 1)}, ["2024-summit-kg-ots-tr", "2024-decree-tr",
                                       "2024-11-29-entry-into-force-ots"]),
        ({"since": date(2022, 5, 10), "until": date(2022, 5, 31)},
         ["2022-w19-forum-tr-uz", "2022-05-visit-kz-tr"]),
        ({"country": "UZ", "kind": "visit"}, ["2022-03-29-visit-tr-uz"]),
    ],
)  # fmt: skip
def test_filtered_export(
    fixture_timeline: Timeline, filters: dict[str, Any], expected: list[str]
) -> None:
    data = ej.to_json(fixture_timeline.filter(**filters))
    assert [e["id"] for e in data["events"]] == expected
    used = {e["agreement"] for e in data["events"] if e["agreement"]}
    assert {a["id"] for a in data["agreements"]} == used


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "t.json:1: not valid JSON: Expecting property name enclosed in double quotes"),
        (
            "[]",
            't.json: a JSON timeline is an object with "schema_version" and "events", not an array',
        ),
        ('{"schema_version": "1.0.0"}', "t.json: events Field required"),
        (
            '{"schema_version": "2.0.0", "events": []}',
            "t.json: schema_version 2.0.0 cannot be read by this release (data model "
            f"{SCHEMA_VERSION}): convert the file or use a matching release of timeline",
        ),
        (
            '{"schema_version": "1.0.0", "events": [], "extra": 1}',
            "t.json: extra Extra inputs are not permitted",
        ),
    ],
)
def test_load_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "t.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        ej.load(path)
    assert str(info.value) == message.replace("t.json", str(path), 1)


def test_load_error_names_the_event_field(fixture_timeline: Timeline) -> None:
    data = ej.to_json(fixture_timeline)
    data["events"][2]["date"]["end"] = "2000-01-01"
    with pytest.raises(DataError) as info:
        ej.from_json(data, source="x.json")
    assert str(info.value).startswith("x.json: events.2.date Value error, date.end 2000-01-01 is")


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"missing\.json: cannot read the file: No such file"):
        ej.load(tmp_path / "missing.json")


def test_exported_event_is_an_event(fixture_timeline: Timeline) -> None:
    doc = ej.TimelineDocument.model_validate(ej.to_json(fixture_timeline))
    assert all(isinstance(e, Event) for e in doc.events)
