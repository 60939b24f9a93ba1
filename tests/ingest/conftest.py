"""Fixtures for the ingest tests: the saved real pages, the feeds and WARC built from them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def _expected() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = yaml.safe_load((DATA / "pages.yaml").read_text("utf-8"))
    return loaded


#: What each saved page holds (tests/data/ingest/pages.yaml), by file name.
PAGES = _expected()


@pytest.fixture(scope="session")
def ingest_data() -> Path:
    """tests/data/ingest: pages/, feed.rss, feed.atom, crawl.warc.gz."""
    return DATA


@pytest.fixture(scope="session")
def expected_pages() -> dict[str, dict[str, Any]]:
    return PAGES


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """An empty corpus folder to ingest into."""
    return tmp_path / "corpus"
