"""Real news pages: title, date, outlet, URL, known article sentences in, known boilerplate out."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.ingest import ingest

from .conftest import PAGES


@pytest.mark.parametrize("name", list(PAGES))
def test_page(name: str, ingest_data: Path, corpus: Path) -> None:
    expected = PAGES[name]
    report = ingest([ingest_data / "pages" / name], corpus)
    [result] = report.results
    assert result.status == "added", result.reason
    assert result.title == expected["title"]
    assert result.url == expected["url"]
    assert result.outlet == expected["outlet"]
    text = Path(str(result.path)).read_text("utf-8")
    lines = text.splitlines()
    assert lines[0] == expected["title"]
    for sentence in expected["sentences"]:
        assert sentence in text
    # The corpus reader reads it back with the same provenance, the date as stated.
    [doc] = read_corpus([corpus])
    assert (doc.id, doc.title, doc.url, doc.outlet) == (
        result.id,
        expected["title"],
        expected["url"],
        expected["outlet"],
    )
    assert not doc.published_inferred and doc.published_source == expected["published_source"]
    assert doc.ingested_from == str(ingest_data / "pages" / name)
    assert all(s.text in text for s in doc.sentences)
    assert lines[0] not in [s.text for s in doc.sentences]  # the headline is not body
    assert result.published == doc.published == expected["published"]
    for chrome in expected["boilerplate"]:
        assert chrome not in text, chrome


def test_ids_are_stable_and_come_from_the_url(ingest_data: Path, tmp_path: Path) -> None:
    """The same page ingested into two corpora gets the same id, read from its URL."""
    page = ingest_data / "pages" / "politico.com.retirement.html"
    [first] = ingest([page], tmp_path / "a").results
    [second] = ingest([page], tmp_path / "b").results
    assert first.id == second.id
    assert first.id is not None
    assert first.id.startswith("politico-com-mark-meadows-retirement-elect-wife-friend")
