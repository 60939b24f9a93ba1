"""Fixtures for the iCalendar tests: events from tests/data/ics/, built feeds, a factory."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline import Agreement, Event, Timeline
from timeline.formats import write as write_exports

DATA = Path(__file__).resolve().parent.parent / "data" / "ics"

#: The build day every test passes to write(), so output never depends on the clock.
BUILD_DAY = date(2026, 11, 23)


def _with_ends(record: dict[str, Any]) -> dict[str, Any]:
    for source in record.get("sources", []):
        source.setdefault("end", source["start"] + len(source["quote"]))
    return record


def load_fixture_timeline(name: str = "events.yaml") -> Timeline:
    raw = yaml.safe_load((DATA / name).read_text("utf-8"))
    events = [Event.model_validate(_with_ends(e)) for e in raw["events"]]
    agreements = [Agreement.model_validate(a) for a in raw.get("agreements", [])]
    return Timeline(events, agreements)


@pytest.fixture
def build_day() -> date:
    """The build day every test passes to write(), so output never depends on the clock."""
    return BUILD_DAY


@pytest.fixture
def format1_ledger() -> Path:
    """A sequence ledger of format 1 (sha256 hashes), as the code of November 2026 wrote it."""
    return DATA / "ledger-format1.json"


@pytest.fixture
def ics_timeline() -> Timeline:
    """Every event of tests/data/ics/events.yaml (a fresh copy per test)."""
    return load_fixture_timeline()


@pytest.fixture
def make_event() -> Callable[..., Event]:
    """Build one event from keyword overrides of a plain exact-day call."""

    def factory(**overrides: Any) -> Event:
        quote = overrides.pop("quote", "The presidents spoke by phone on 3 May 2022.")
        record: dict[str, Any] = {
            "id": "2022-05-03-call-tr-uz",
            "kind": "call",
            "title": "Phone call",
            "date": {"value": "2022-05-03"},
            "status": "occurred",
            "participants": [{"id": "TR", "type": "country"}, {"id": "UZ", "type": "country"}],
            "sources": [{"document": "doc", "quote": quote, "start": 0}],
        }
        record.update(overrides)
        return Event.model_validate(_with_ends(record))

    return factory


@pytest.fixture
def exports(tmp_path: Path, ics_timeline: Timeline) -> Path:
    """An exports folder with the fixture's feeds written on :data:`BUILD_DAY`."""
    folder = tmp_path / "exports"
    write_exports(ics_timeline, folder, ["ics"], today=BUILD_DAY)
    return folder
