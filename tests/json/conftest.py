"""Fixtures for the JSON, TimelineJS and HTML exports: events from tests/data/json/."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from timeline import Agreement, Event, Timeline, export_html, export_json, export_timelinejs

DATA = Path(__file__).resolve().parent.parent / "data" / "json"


def load_fixture_timeline(path: Path = DATA / "events.yaml") -> Timeline:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    timeline = Timeline(
        [Event.model_validate(e) for e in raw["events"]],
        [Agreement.model_validate(a) for a in raw["agreements"]],
    )
    timeline.check()
    return timeline


@pytest.fixture(scope="session")
def json_data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def fixture_timeline() -> Timeline:
    """Every precision, mod and status, an agreement lifecycle, and an HTML/JS-injection event."""
    return load_fixture_timeline()


@pytest.fixture(scope="session")
def written_exports(tmp_path_factory: pytest.TempPathFactory, fixture_timeline: Timeline) -> Path:
    """A folder holding the three exports and the schemas of the fixture timeline."""
    folder = tmp_path_factory.mktemp("exports")
    export_json.write(fixture_timeline, folder)
    export_timelinejs.write(fixture_timeline, folder)
    export_html.write(fixture_timeline, folder)
    return folder
