"""Fixtures for the JSON, TimelineJS and HTML exports (``fixture_timeline``: tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import Timeline
from timeline.formats import write as write_exports

DATA = Path(__file__).resolve().parent.parent / "data" / "json"


@pytest.fixture(scope="session")
def json_data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def written_exports(tmp_path_factory: pytest.TempPathFactory, fixture_timeline: Timeline) -> Path:
    """A folder holding the three exports and the schemas of the fixture timeline."""
    folder = tmp_path_factory.mktemp("exports")
    write_exports(fixture_timeline, folder, ["json", "schema", "timelinejs", "html"])
    return folder
