"""Fixtures shared by every area's tests.

- ``repo_root``: the repository (its events/ and corpus/ are the canonical
  fixture dataset shared by tests, docs and the Datasette demo).
- ``tmp_repo``: a temporary working folder holding copies of events/ and
  corpus/, for tests that build, write or break things.
- ``data_dir``: tests/data.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return ROOT / "tests" / "data"


@pytest.fixture
def tmp_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with copies of events/ and corpus/; the test runs inside it."""
    for name in ("events", "corpus"):
        shutil.copytree(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path
