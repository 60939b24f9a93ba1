"""Fixtures for extraction tests: hand-made events, the gold list, the seed corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from timeline.model import Event

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return DATA / "gold" / "seed.yaml"


@pytest.fixture(scope="session")
def extraction_sets() -> Path:
    """tests/data/extraction: the dev and test splits, corpus-extra, their gold and sources."""
    return DATA / "extraction"


@pytest.fixture(scope="session")
def extract_data() -> Path:
    return DATA / "extract"


@pytest.fixture
def make_event() -> Callable[..., Event]:
    """Build an Event from a few fields: kind, value, countries, document, start, end."""

    def build(
        kind: str = "visit",
        value: str = "2022-05-10",
        countries: tuple[str, ...] = ("KZ", "TR"),
        document: str = "doc1",
        start: int = 0,
        end: int = 10,
        review: str = "proposed",
        **extra: Any,
    ) -> Event:
        quote = "x" * (end - start)
        data: dict[str, Any] = {
            "kind": kind,
            "title": extra.pop("title", f"{kind} {value}"),
            "date": {"value": value},
            "status": extra.pop("status", "occurred"),
            "participants": [{"id": c, "type": "country"} for c in countries],
            "sources": [{"document": document, "quote": quote, "start": start, "end": end}],
            "review": review,
        }
        data.update(extra)
        return Event.model_validate(data)

    return build
