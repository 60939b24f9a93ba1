"""Fixtures of the store's tests: the export fixture and documents for its quotes."""

from __future__ import annotations

import filecmp
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline import Timeline


@dataclass(frozen=True)
class FixtureDocument:
    """A source document as the store needs it (:class:`timeline.store.DocumentLike`)."""

    id: str
    characters: int = 1000
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: None = None
    published_inferred: bool = False


@pytest.fixture(scope="session")
def fixture_documents(fixture_timeline: Timeline) -> list[FixtureDocument]:
    """One document for each document the fixture's quotes cite."""
    cited = sorted({s.document for e in fixture_timeline.events for s in e.sources})
    return [FixtureDocument(d, title=f"Article {d}", outlet="Fixture News") for d in cited]


@pytest.fixture(scope="session")
def store_data(data_dir: Path) -> Path:
    return data_dir / "store"


def _assert_same_tree(left: Path, right: Path) -> None:
    compared = filecmp.dircmp(left, right)
    assert compared.left_only == compared.right_only == []
    _, mismatch, errors = filecmp.cmpfiles(left, right, compared.common_files, shallow=False)
    assert mismatch == errors == []
    for folder in compared.common_dirs:
        _assert_same_tree(left / folder, right / folder)


@pytest.fixture(scope="session")
def assert_same_tree() -> Callable[[Path, Path], None]:
    """Asserts that two folders hold the same files, byte for byte, at every depth."""
    return _assert_same_tree
