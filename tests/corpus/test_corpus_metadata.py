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
            "metadata.yaml:3: 003_b7c0510a1e69fc93 is given twice, on lines 1 and 3: keep one",
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


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"003_b7c0510a1e69fc93:\n  title: a\x00b\n",
            "metadata.yaml:2: contains the control character U+0000 (column 11), "
            "which YAML does not allow: remove it",
        ),
        (
            b"003_b7c0510a1e69fc93:\n  outlet: X\n  title: \x1b[31mred\n",
            "metadata.yaml:3: contains the control character U+001B (column 10), "
            "which YAML does not allow: remove it",
        ),
        (
            b"003_b7c0510a1e69fc93:\n  title: caf\xe9\n",
            "metadata.yaml:2: is not UTF-8 text (byte 34): save it as UTF-8",
        ),
        (
            b"003_b7c0510a1e69fc93:\n  title: a\n  title: b\n",
            "metadata.yaml:3: 003_b7c0510a1e69fc93.title is given twice, on lines 2 and 3: "
            "keep one",
        ),
        (
            b"003_b7c0510a1e69fc93:\n  title: &t A title\n",
            "metadata.yaml:2: defines a YAML anchor (&t): aliases and anchors are not allowed "
            "in data files, remove it",
        ),
        (
            b"003_b7c0510a1e69fc93:\n  title: &t A title\n  author: *t\n",
            "metadata.yaml:3: 003_b7c0510a1e69fc93.author uses a YAML alias (*name): aliases "
            "and anchors are not allowed in data files, write the value out",
        ),
    ],
)
def test_bad_bytes_and_yaml_features_are_file_line_errors(
    folder: Path, content: bytes, message: str
) -> None:
    """The events/ loader's reader (timeline.yaml_files) reads metadata.yaml too."""
    (folder / "metadata.yaml").write_bytes(content)
    with pytest.raises(DataError) as info:
        read_corpus([folder])
    assert str(info.value) == f"{folder}/" + message


def test_metadata_yaml_must_be_a_regular_file_inside_the_folder(
    folder: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    (folder / "metadata.yaml").mkdir()
    with pytest.raises(DataError, match=r"metadata\.yaml: is a folder, not a regular file"):
        read_corpus([folder])
    (folder / "metadata.yaml").rmdir()
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "metadata.yaml"
    elsewhere.write_text("003_b7c0510a1e69fc93:\n  title: a\n", "utf-8")
    (folder / "metadata.yaml").symlink_to(elsewhere)
    with pytest.raises(DataError, match=r"is a link to .*, outside"):
        read_corpus([folder])


def test_values_are_the_text_written(folder: Path) -> None:
    """YAML 1.1 would read ``Yes`` as true and ``1984`` as a number: a title is text."""
    (folder / "metadata.yaml").write_text(
        "003_b7c0510a1e69fc93:\n  title: Yes\n  outlet: 1984\n  author: null\n", "utf-8"
    )
    doc = {d.id: d for d in read_corpus([folder])}["003_b7c0510a1e69fc93"]
    assert (doc.title, doc.outlet, doc.author) == ("Yes", "1984", "null")


def test_empty_metadata_file(folder: Path) -> None:
    (folder / "metadata.yaml").write_text("# nothing yet\n", "utf-8")
    assert len(read_corpus([folder])) == 2
