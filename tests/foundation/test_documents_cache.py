"""The build's cache of documents: the same documents as reading them, without the tagger."""

from __future__ import annotations

import json
import shutil
import zlib
from pathlib import Path
from typing import Any

import pytest

from timeline import corpus
from timeline.corpus import read_corpus
from timeline.documents_cache import DocumentCache, read_corpus_cached


@pytest.fixture
def articles(tmp_path: Path, repo_root: Path) -> Path:
    shutil.copytree(repo_root / "corpus", tmp_path / "corpus")
    return tmp_path / "corpus"


@pytest.fixture
def tagged(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many texts the temporal tagger read (to infer a publication date)."""
    calls: list[int] = []
    tagger = corpus._default_tagger()
    assert tagger is not None

    def counting(text: str, dct: Any) -> list[Any]:
        calls.append(len(text))
        return tagger(text, dct)

    monkeypatch.setattr(corpus, "_default_tagger", lambda: counting)
    return calls


def test_cached_documents_are_the_documents_read(
    articles: Path, tmp_path: Path, tagged: list[int]
) -> None:
    expected = read_corpus([articles])
    inferred = len(tagged)
    assert inferred > 0  # the corpus has documents without a stated date
    cache = DocumentCache(tmp_path / "cache.db")
    assert read_corpus_cached([articles], cache) == expected  # filled
    tagged.clear()
    assert read_corpus_cached([articles], cache) == expected  # from the cache
    assert tagged == []
    cache.close()


def test_an_edited_document_or_metadata_entry_is_read_again(
    articles: Path, tmp_path: Path, tagged: list[int]
) -> None:
    cache = DocumentCache(tmp_path / "cache.db")
    read_corpus_cached([articles], cache)
    undated = next(d for d in read_corpus([articles]) if d.published_inferred)
    tagged.clear()
    path = articles / f"{undated.id}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    cached = read_corpus_cached([articles], cache)
    assert len(tagged) == 1  # the edited file only
    assert cached == read_corpus([articles])
    metadata = articles / "metadata.yaml"
    text = metadata.read_text(encoding="utf-8")
    assert f"\n{undated.id}:\n" in text
    metadata.write_text(
        text.replace(f"\n{undated.id}:\n", f"\n{undated.id}:\n  author: A. Nother\n"),
        encoding="utf-8",
    )
    again = read_corpus_cached([articles], cache)
    assert again == read_corpus([articles])
    assert next(d for d in again if d.id == undated.id).author == "A. Nother"
    cache.close()


def test_a_damaged_entry_is_read_as_missing(articles: Path, tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / "cache.db")
    expected = read_corpus_cached([articles], cache)
    cache._conn.execute("UPDATE documents SET result = ?", [zlib.compress(b'{"id": 1}')])
    assert read_corpus_cached([articles], cache) == expected
    cache.close()


def test_an_entry_planted_with_a_link_the_reader_refuses_is_read_again(
    articles: Path, tmp_path: Path
) -> None:
    cache = DocumentCache(tmp_path / "cache.db")
    expected = read_corpus_cached([articles], cache)
    for key, blob in cache._conn.execute("SELECT key, result FROM documents").fetchall():
        planted = {**json.loads(cache.unpacked(blob)), "url": "javascript:alert(1)"}
        cache.put_text(key, "planted", json.dumps(planted))
    cache.commit()
    again = read_corpus_cached([articles], cache)
    assert again == expected
    assert all(d.url is None or d.url.startswith("http") for d in again)
    cache.close()


def test_entries_of_another_reader_version_are_ignored(
    articles: Path, tmp_path: Path, tagged: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = DocumentCache(tmp_path / "cache.db")
    expected = read_corpus_cached([articles], cache)
    stored = len(cache)
    tagged.clear()
    monkeypatch.setattr("timeline.documents_cache.reader_version", lambda: "another-tagger")
    assert read_corpus_cached([articles], cache) == expected
    assert len(tagged) > 0  # the undated documents' dates inferred again
    assert len(cache) == 2 * stored
    cache.close()


@pytest.mark.parametrize(
    "blob",
    [
        b"not zlib data",
        zlib.compress(b"\xff\xfe not UTF-8"),
        zlib.compress(b"{}")[:-4],  # cut short
        "a text, not bytes",
    ],
)
def test_an_entry_that_does_not_unpack_is_read_as_missing(
    articles: Path, tmp_path: Path, blob: Any
) -> None:
    cache = DocumentCache(tmp_path / "cache.db")
    expected = read_corpus_cached([articles], cache)
    with cache._conn:
        cache._conn.execute("UPDATE documents SET result = ?", [blob])
    assert read_corpus_cached([articles], cache) == expected
    cache.close()


def test_an_entry_that_inflates_past_the_limit_is_read_as_missing(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline import keyed_cache

    cache = DocumentCache(tmp_path / "cache.db")
    expected = read_corpus_cached([articles], cache)
    # a "zip bomb" in small: entries unpack to more than the limit allows
    monkeypatch.setattr(keyed_cache, "MAX_ENTRY_BYTES", 100)
    assert read_corpus_cached([articles], cache) == expected
    assert all(
        cache.get_text(key) is None for (key,) in cache._conn.execute("SELECT key FROM documents")
    )
    cache.close()
