"""Fixtures for the Datasette tests: one fixture database built through the real store.

tests/data/datasette/ holds eight curated events (six from the repository's
events/, plus a planned summit in 2031 and a planned forum of 2025 whose date
has passed) and the documents they quote. The database is built once per
session with :func:`timeline.store.build_database`, exactly as `timeline build`
does, and served by :func:`timeline.serve.make_datasette`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from timeline.collection import Timeline
from timeline.curated import load_events
from timeline.serve import make_datasette
from timeline.store import build_database

DATA = Path(__file__).resolve().parent.parent / "data" / "datasette"


@dataclass(frozen=True)
class FixtureDocument:
    """A corpus document as the store needs it (timeline.store.DocumentLike)."""

    id: str
    text: str
    title: str | None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    published_inferred: bool = False

    @property
    def characters(self) -> int:
        return len(self.text)


#: Titles and dates of the fixture documents (the corpus reader is tested elsewhere).
DOCUMENTS = {
    "002_c273dc258421a7b0": ("OTS customs corridor comes into effect", date(2024, 12, 10)),
    "003_b7c0510a1e69fc93": ("Turkey expands its influence in Central Asia", None),
    "004_4637c54c35dd4532": ("Ankara and the Central Asian vector", None),
    "900_fixture_planned": ("Fixture article for the Datasette tests", date(2026, 1, 15)),
}


def fixture_documents() -> list[FixtureDocument]:
    docs = []
    for path in sorted((DATA / "corpus").glob("*.txt")):
        title, published = DOCUMENTS[path.stem]
        docs.append(
            FixtureDocument(
                id=path.stem,
                text=path.read_text(encoding="utf-8"),
                title=title,
                outlet="Fixture News",
                url=f"https://news.example/{path.stem}",
                published=published,
            )
        )
    return docs


@pytest.fixture(scope="session")
def timeline_fixture() -> Timeline:
    return load_events(DATA / "events")


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory, timeline_fixture: Timeline) -> Path:
    path = tmp_path_factory.mktemp("datasette") / "timeline.db"
    return build_database(timeline_fixture, fixture_documents(), path)


@pytest_asyncio.fixture
async def ds(db_path: Path) -> AsyncIterator[Any]:
    datasette = make_datasette(db_path)
    await datasette.invoke_startup()
    yield datasette
