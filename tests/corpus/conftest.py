from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    """The repository's five seed articles."""
    return ROOT / "corpus"


@pytest.fixture(scope="session")
def extra_dir() -> Path:
    """Copies of the twelve held-out corpus-extra articles."""
    return ROOT / "tests" / "data" / "corpus" / "extra"
