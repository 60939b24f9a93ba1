"""CSV + Frictionless Data Package: valid per `frictionless`, keys hold, formulas defused."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from frictionless import Package, validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Event, Timeline
from timeline.csvsafe import safe_row
from timeline.formats import write
from timeline.formats.csv_package import TABLES, datapackage, table_csv


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


def _value(value: Any) -> Any:
    return getattr(value, "value", value)  # an enumeration member as its value


def reference_rows(timeline: Timeline) -> dict[str, list[list[Any]]]:
    """The three tables' rows read from the model the plain way, one value at a time."""
    tables: dict[str, list[list[Any]]] = {"events": [], "participants": [], "sources": []}
    for e in timeline.events:
        d, loc = e.date, e.location
        place = [loc.name, loc.country, loc.latitude, loc.longitude, loc.geonames_id] if loc else []
        tables["events"].append(
            [
                *(e.id, e.kind, e.title, e.summary, e.status),
                *(d.start, d.end, d.precision, d.mod, d.value, d.text, d.label()),
                *(place or [None] * 5),
                *("; ".join(e.countries), "; ".join(e.organizations), e.agreement),
                *("; ".join(e.related), "; ".join(e.tags), e.review),
            ]
        )
        pairs = list(dict.fromkeys((p.id, p.role) for p in e.participants))
        for p in e.participants:
            if (p.id, p.role) in pairs:
                pairs.remove((p.id, p.role))
                row = [e.id, p.id, p.type, p.role, p.name, p.country, p.title]
                tables["participants"].append(row)
        for i, s in enumerate(e.sources, 1):
            tables["sources"].append(
                [
                    *(e.id, i, s.document, s.outlet, s.title, s.published),
                    *(s.published_inferred, s.quote, s.start, s.end, s.url),
                ]
            )
    return tables


def reference_csv(header: list[str], rows: list[list[Any]]) -> bytes:
    """What the standard csv module writes, every text cell defused by csvsafe."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(safe_row([_value(v) for v in row]))
    return out.getvalue().encode("utf-8")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_generated_tables_are_what_the_csv_module_writes(
    data: st.DataObject, hostile_timelines: st.SearchStrategy[Timeline]
) -> None:
    timeline = data.draw(hostile_timelines)
    expected = reference_rows(timeline)
    for table in TABLES:
        header = [c.name for c in table.columns]
        assert table_csv(table, timeline) == reference_csv(header, expected[table.name])
