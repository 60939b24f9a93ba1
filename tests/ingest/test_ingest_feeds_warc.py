"""RSS, Atom and WARC built from the saved pages: one article per item or HTML record."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.corpus.metadata import load_overrides
from timeline.ingest import ingest

from .conftest import PAGES


def _by_url(results: list) -> dict[str, object]:  # type: ignore[type-arg]
    return {r.url: r for r in results if r.status == "added"}


def test_rss_items(ingest_data: Path, corpus: Path) -> None:
    report = ingest([ingest_data / "feed.rss"], corpus)
    added = _by_url(report.results)
    assert len(added) == 4
    for meta in PAGES.values():
        result = added.get(meta["url"])
        if result is None:
            continue
        assert result.title == meta["title"]  # type: ignore[attr-defined]
        # The item's own day: Politico's 23:30 in New York is the next day in UTC.
        assert result.published == meta["published"]  # type: ignore[attr-defined]
        assert result.outlet == "Test wire: saved pages"  # type: ignore[attr-defined]
        text = Path(result.path).read_text("utf-8")  # type: ignore[attr-defined]
        assert text.splitlines()[:2] == [meta["title"], f"date {meta['published']}"]
        for sentence in meta["sentences"]:
            assert sentence in text
    [gallery] = [r for r in report.results if r.status == "skipped"]
    assert (
        gallery.reason
        == f"{ingest_data / 'feed.rss'} item 5: the item has no text (no content or summary)"
    )
    assert gallery.url == "https://news.example.org/gallery/week-in-pictures"
    overrides = load_overrides(corpus / "metadata.yaml")
    assert {o.values["published_source"] for o in overrides.values()} == {"feed"}


def test_atom_entries(ingest_data: Path, corpus: Path) -> None:
    report = ingest([ingest_data / "feed.atom"], corpus)
    assert [r.status for r in report.results] == ["added", "added"]
    kbs = PAGES["world.kbs.co.kr-Temperatures.html"]
    [result] = [r for r in report.results if r.url == kbs["url"]]
    assert result.published == date(2023, 11, 7)  # the feed knows the day the page hides
    assert result.outlet == "Test agency: saved pages"


def test_warc_html_records(ingest_data: Path, corpus: Path) -> None:
    report = ingest([ingest_data / "crawl.warc.gz"], corpus)
    # robots.txt, the requests and the redirect are not articles and are not reported
    assert sorted(r.url for r in report.results) == sorted(m["url"] for m in PAGES.values())
    assert {r.status for r in report.results} == {"added"}
    docs = {d.url: d for d in read_corpus([corpus])}
    for meta in PAGES.values():
        doc = docs[meta["url"]]
        assert doc.title == meta["title"]
        for sentence in meta["sentences"]:
            assert sentence in doc.text
    # The HTTP header claims ISO-8859-1; the bytes are UTF-8 and are read as such.
    assert (
        "Wikipedia’s 19th birthday"
        in docs[PAGES["wikimediafoundation.org.turkey.html"]["url"]].text
    )


def test_feed_and_pages_are_duplicates(ingest_data: Path, corpus: Path) -> None:
    first = ingest([ingest_data / "pages"], corpus)
    again = ingest([ingest_data / "feed.rss", ingest_data / "crawl.warc.gz"], corpus)
    assert [r.status for r in again.results if r.status != "skipped"] == ["duplicate"] * 11
    ids = {r.id for r in first.results}
    assert {r.id for r in again.results if r.status == "duplicate"} <= ids
    assert len(list(corpus.glob("*.txt"))) == len(PAGES)


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_truncated_warc_keeps_the_records_before(
    ingest_data: Path, tmp_path: Path, corpus: Path, compressed: bool
) -> None:
    raw = (ingest_data / "crawl.warc.gz").read_bytes()
    data = raw if compressed else gzip.decompress(raw)
    cut = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    cut.write_bytes(data[: len(data) // 2])
    report = ingest([cut], corpus)
    added = [r for r in report.results if r.status == "added"]
    [skipped] = [r for r in report.results if r.status == "skipped"]
    assert len(added) >= 1 and report.inputs_read == 1
    assert str(cut) in str(skipped.reason) and "truncated" in str(skipped.reason)
    assert sorted(p.stem for p in corpus.glob("*.txt")) == sorted(str(r.id) for r in added)
    assert set(load_overrides(corpus / "metadata.yaml")) == {r.id for r in added}
