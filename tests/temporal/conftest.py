"""Fixtures of the temporal tagger tests: the seed articles and their expression table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

#: ``pytest --hypothesis-profile=fuzz``: 10,000 examples a property (test_never_raises.py).
settings.register_profile("fuzz", max_examples=10_000, deadline=None)

DATA = Path(__file__).resolve().parent.parent / "data" / "temporal"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """Copies of the five seed articles of corpus/."""
    return DATA / "seed"


@pytest.fixture
def dct() -> date:
    """A Wednesday publication date for tense and weekday cases."""
    return date(2024, 11, 6)
