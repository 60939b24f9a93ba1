"""CSV + Frictionless Data Package: valid per `frictionless`, keys hold, formulas defused."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from frictionless import Package, validate

from timeline import Event, Timeline
from timeline.formats import write
from timeline.formats.csv_package import TABLES, datapackage


@pytest.fixture(scope="module")
def package_dir(fixture_timeline: Timeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    write(fixture_timeline, folder, ["csv"])
    return folder


def read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"), newline="")))


def test_the_package_is_valid(package_dir: Path) -> None:
    report = validate(str(package_dir / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_tables_hold_every_event_participant_and_quote(
    package_dir: Path, fixture_timeline: Timeline
) -> None:
    events = read(package_dir / "csv" / "events.csv")
    assert [r["id"] for r in events] == [e.id for e in fixture_timeline]
    sources = read(package_dir / "csv" / "sources.csv")
    assert len(sources) == sum(len(e.sources) for e in fixture_timeline)
    participants = read(package_dir / "csv" / "participants.csv")
    assert {(r["event_id"], r["actor_id"]) for r in participants} == {
        (e.id, p.id) for e in fixture_timeline for p in e.participants
    }
    package = Package(str(package_dir / "datapackage.json"))
    rows = package.get_resource("events").read_rows()
    assert len(rows) == len(fixture_timeline)


def test_schemas_come_from_the_model() -> None:
    descriptor = datapackage()
    fields = {f["name"]: f for f in descriptor["resources"][0]["schema"]["fields"]}
    assert fields["date_start"]["type"] == "date"
    assert fields["latitude"]["type"] == "number"
    assert fields["latitude"]["constraints"]["minimum"] == -90
    assert fields["kind"]["constraints"]["enum"][0] == "summit"
    assert fields["id"]["constraints"]["required"] is True
    assert "description" in fields["id"]
    assert [r["name"] for r in descriptor["resources"]] == [t.name for t in TABLES]
    keys = descriptor["resources"][1]["schema"]["foreignKeys"]
    assert keys == [{"fields": ["event_id"], "reference": {"resource": "events", "fields": ["id"]}}]


def test_formula_cells_are_defused(tmp_path: Path, fixture_timeline: Timeline) -> None:
    base = fixture_timeline.events[0]
    hostile = Event.model_validate(
        {
            **base.model_dump(exclude_computed_fields=True),
            "id": "2022-01-01-hostile",
            "title": '=HYPERLINK("http://evil.example","x")',
            "summary": "-2+3",
            "tags": ["@cmd"],
        }
    )
    write(Timeline([hostile]), tmp_path, ["csv"])
    (row,) = read(tmp_path / "csv" / "events.csv")
    assert row["title"] == "'" + hostile.title
    assert row["summary"] == "'-2+3"
    assert row["tags"] == "'@cmd"
    assert row["date_start"] == hostile.date.start.isoformat()
    assert validate(str(tmp_path / "datapackage.json")).valid


def test_descriptor_is_deterministic(package_dir: Path) -> None:
    text = (package_dir / "datapackage.json").read_text("utf-8")
    assert json.loads(text) == datapackage()
