"""metadata.yaml overrides and their error messages."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from timeline.corpus import read_corpus, read_document
from timeline.errors import DataError


@pytest.fixture
def folder(tmp_path: Path, seed_dir: Path) -> Path:
    for name in ("003_b7c0510a1e69fc93.txt", "000_b90bf9710868340a.txt"):
        shutil.copy(seed_dir / name, tmp_path / name)
    return tmp_path


def test_override_wins(folder: Path) -> None:
    (folder / "metadata.yaml").write_text(
        "003_b7c0510a1e69fc93:\n"
        "  published: 2025-10-20\n"
        "  url: https://example.org/a\n"
        "  outlet: Berliner Zeitung\n"
        "  author: Someone Else\n"
        "000_b90bf9710868340a:\n"
        "  title: A better title\n",
        "utf-8",
    )
    docs = {d.id: d for d in read_corpus([folder])}
    doc = docs["003_b7c0510a1e69fc93"]
    assert (doc.published, doc.published_inferred) == (date(2025, 10, 20), False)
    assert doc.published_evidence == f"metadata {folder / 'metadata.yaml'} line 1"
    assert (doc.url, doc.outlet, doc.author) == (
        "https://example.org/a",
        "Berliner Zeitung",
        "Someone Else",
    )
    other = docs["000_b90bf9710868340a"]
    assert other.title == "A better title"
    assert other.published == date(2024, 11, 4)
    # read_document finds the metadata file beside the article too
    assert read_document(folder / "003_b7c0510a1e69fc93.txt").published == date(2025, 10, 20)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "003_b7c0510a1e69fc93:\n  published: 20-10-2025\n",
            "metadata.yaml:2: 003_b7c0510a1e69fc93.published '20-10-2025' is not a date: "
            "write it as YYYY-MM-DD",
        ),
        (
            "003_b7c0510a1e69fc93:\n  outlet: X\n  publisher: Y\n",
            "metadata.yaml:3: 003_b7c0510a1e69fc93.publisher is not a metadata field: "
            "use one of published, url, outlet, author, title, published_source, ingested_from",
        ),
        (
            "003_b7c0510a1e69fc93:\n  url: example.org\n",
            "metadata.yaml:2: 003_b7c0510a1e69fc93.url 'example.org' is not an absolute http(s) "
            "URL: only links such as https://example.org/page are published",
        ),
        (
            "003_b7c0510a1e69fc93:\n  title: [a, b]\n",
            "metadata.yaml:2: 003_b7c0510a1e69fc93.title must be a single non-empty value",
        ),
        (
            "003_b7c0510a1e69fc93: 2025-10-20\n",
            "metadata.yaml:1: the entry for '003_b7c0510a1e69fc93' must be a mapping of fields "
            "(published, url, outlet, author, title, published_source, ingested_from)",
        ),
        (
            "- 003_b7c0510a1e69fc93\n",
            "metadata.yaml:1: must map document ids to their fields "
            "(document-id: {published: YYYY-MM-DD})",
        ),
        (
            "003_b7c0510a1e69fc93:\n  title: a\n003_b7c0510a1e69fc93:\n  title: b\n",
            "metadata.yaml:3: document '003_b7c0510a1e69fc93' is listed twice",
        ),
        (
            "003_b7c0510a1e69fc93:\n  title: [a\n",
            "metadata.yaml:3: is not valid YAML: expected ',' or ']', but got '<stream end>'",
        ),
        (
            "003-typo:\n  title: a\n",
            "metadata.yaml:1: document '003-typo' has no 003-typo.txt in {folder}; "
            "fix the id or remove the entry",
        ),
    ],
)
def test_errors(folder: Path, content: str, message: str) -> None:
    (folder / "metadata.yaml").write_text(content, "utf-8")
    with pytest.raises(DataError) as info:
        read_corpus([folder])
    assert str(info.value) == f"{folder}/" + message.replace("{folder}", str(folder))


def test_empty_metadata_file(folder: Path) -> None:
    (folder / "metadata.yaml").write_text("# nothing yet\n", "utf-8")
    assert len(read_corpus([folder])) == 2
