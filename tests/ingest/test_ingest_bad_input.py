"""Bad input is skipped with a reason naming the file; the batch goes on; nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.corpus import read_corpus
from timeline.ingest import ingest

JAPAN = "japantimes.co.jp.surgical.html"


def _page(ingest_data: Path, name: str = JAPAN) -> str:
    return (ingest_data / "pages" / name).read_text("utf-8")


def _bad_inputs(ingest_data: Path, folder: Path) -> dict[str, str]:
    """Each bad file, and a word its skip reason must contain."""
    folder.mkdir()
    page = _page(ingest_data)
    cases = {
        "image.html": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "not an HTML page"),
        "empty.html": (
            b"<html><head><title>x</title></head><body></body></html>",
            "no article text",
        ),
        "paywall.html": (
            (
                b"<html><head><title>Summit ends</title></head><body><article><h1>Summit ends</h1>"
                b"<p>Leaders met in Astana on Tuesday.</p><div class='paywall'>Subscribe to "
                b"continue reading.</div></article></body></html>"
            ),
            "no article text",
        ),
        "broken.rss": (
            (ingest_data / "feed.rss").read_bytes()[:5000],
            "not a well-formed RSS or Atom feed",
        ),
        "page.xml": (page.encode(), "not a"),
        "notes.docx": (b"PK\x03\x04", "not a kind of file ingest reads"),
        "junk.warc": (b"this is not a web archive\n", "not a WARC file"),
    }
    for name, (data, _) in cases.items():
        (folder / name).write_bytes(data)
    huge = folder / "huge.html"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    return {name: word for name, (_, word) in cases.items()} | {"huge.html": "50.0 MB"}


def test_each_bad_input_is_skipped_and_the_batch_goes_on(
    ingest_data: Path, tmp_path: Path, corpus: Path
) -> None:
    bad = _bad_inputs(ingest_data, tmp_path / "in")
    good = ingest_data / "pages" / JAPAN
    inputs = [tmp_path / "in" / name for name in bad] + [good, tmp_path / "missing.html"]
    report = ingest(inputs, corpus)
    skipped = [r for r in report.results if r.status == "skipped"]
    assert len(skipped) == len(bad) + 1
    for path, word in [
        *((tmp_path / "in" / n, w) for n, w in bad.items()),
        (tmp_path / "missing.html", "no such file"),
    ]:
        [reason] = [r.reason for r in skipped if r.reason and r.reason.startswith(str(path))]
        assert word in reason, reason
    assert [r.status for r in report.results if r.status != "skipped"] == ["added"]
    # only the good article is in the corpus, complete and readable
    assert [d.title for d in read_corpus([corpus])] == [
        "Losing face: 6,000 surgical masks stolen from Kobe hospital"
    ]
    assert sorted(p.name for p in corpus.iterdir()) == sorted(
        [f"{report.results[-2].id}.txt", "metadata.yaml"]
    )


def test_a_page_that_lies_about_its_encoding(
    ingest_data: Path, tmp_path: Path, corpus: Path
) -> None:
    page = _page(ingest_data)
    assert 'charset="utf-8"' in page.lower() or "charset=utf-8" in page.lower()
    lying = tmp_path / "lying.html"
    # Windows-1252 bytes under a UTF-8 declaration (characters it lacks as references)
    lying.write_bytes(page.encode("cp1252", errors="xmlcharrefreplace"))
    [result] = ingest([lying], corpus).results
    assert result.status == "added"
    text = Path(str(result.path)).read_text("utf-8")
    assert "KOBE – A total of 6,000 surgical masks" in text
    assert "worth ¥40,000" in text


def test_nothing_readable_is_reported_not_raised(tmp_path: Path, corpus: Path) -> None:
    report = ingest([tmp_path / "nope.html"], corpus)
    assert report.inputs_read == 0 and [r.status for r in report.results] == ["skipped"]
    assert not corpus.exists() or not any(corpus.iterdir())


@pytest.mark.parametrize("name", ["feed.rss", "crawl.warc.gz"])
def test_a_cut_file_is_never_half_written(ingest_data: Path, tmp_path: Path, name: str) -> None:
    corpus = tmp_path / "corpus"
    report = ingest([ingest_data / name], corpus)
    for r in report.results:
        if r.status == "added":
            text = Path(str(r.path)).read_text("utf-8")
            assert text.endswith("\n") and r.title and text.startswith(r.title)
    assert not [p for p in corpus.iterdir() if p.name.startswith(".")]  # no temporary left
