"""Fixtures of the hostile-input suite: one valid event file, broken one field at a time.

``hostile_dir`` is tests/data/hostile (the valid ``event.yaml`` and the
reproduction files of issue #16); ``event_text`` is the valid event's text;
``load_errors(text)`` writes ``text`` as ``events/2022/x.yaml`` in a fresh
folder and returns the formatted errors of loading it (``[]`` when it loads).

``errors_of(folder)`` does the same for a whole events folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from timeline import DataErrors
from timeline.curated import load_events


@pytest.fixture(scope="session")
def hostile_dir(data_dir: Path) -> Path:
    return data_dir / "hostile"


@pytest.fixture(scope="session")
def event_text(hostile_dir: Path) -> str:
    return (hostile_dir / "event.yaml").read_text(encoding="utf-8")


def _errors_of(root: Path) -> list[str]:
    try:
        load_events(root)
    except DataErrors as exc:
        return [e.format() for e in exc.errors]
    return []


@pytest.fixture(scope="session")
def errors_of() -> Callable[[Path], list[str]]:
    """The formatted errors of loading an events folder (``[]`` when it loads)."""
    return _errors_of


@pytest.fixture
def load_errors(tmp_path: Path) -> Callable[[str], list[str]]:
    def load(text: str) -> list[str]:
        path = tmp_path / "events" / "2022" / "x.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return _errors_of(tmp_path / "events")

    return load
