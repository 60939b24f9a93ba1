"""Fixtures of the temporal tagger tests: the seed articles and their expression table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "temporal"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """Copies of the five seed articles of corpus/."""
    return DATA / "seed"


@pytest.fixture
def dct() -> date:
    """A Wednesday publication date for tense and weekday cases."""
    return date(2024, 11, 6)
