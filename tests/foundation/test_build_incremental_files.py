"""A rebuild stages the exports as hard links: unchanged files keep their inode and
mtime (so their ETags), changed ones are new files, and a reader of the old file
keeps reading the old bytes (nothing is written into a published file)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline.build import build

DATA = Path(__file__).resolve().parent.parent / "data" / "datasette"


def _build(work: Path) -> None:
    build(work / "events", work / "corpus", work / "timeline.db", work / "exports")


def test_rebuild_links_unchanged_exports_and_replaces_changed_ones(tmp_path: Path) -> None:
    for name in ("events", "corpus"):
        shutil.copytree(DATA / name, tmp_path / name)
    _build(tmp_path)
    exports = tmp_path / "exports"
    schema = next((exports / "schema").iterdir())
    json_file = exports / "timeline.json"
    schema_before, json_before = schema.stat(), json_file.stat()
    old_bytes = json_file.read_bytes()
    with json_file.open("rb") as reader:  # a client downloading the old file
        event = next((tmp_path / "events").rglob("*.yaml"))
        text = event.read_text(encoding="utf-8")
        event.write_text(text.replace("title: ", "title: Changed ", 1), encoding="utf-8")
        _build(tmp_path)
        assert reader.read() == old_bytes
    schema_after, json_after = schema.stat(), json_file.stat()
    assert (schema_after.st_ino, schema_after.st_mtime_ns) == (
        schema_before.st_ino,
        schema_before.st_mtime_ns,
    )
    assert json_after.st_ino != json_before.st_ino
    assert b"Changed " in json_file.read_bytes()


def test_a_build_with_a_cache_reads_the_database_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build that may update the database from the changes asks the kernel to read the
    previous database ahead (it is copied once the changes are known); one without a
    previous database or a cache does not; a file that cannot be opened is no error."""
    import os

    from timeline import files

    for name in ("events", "corpus"):
        shutil.copytree(DATA / name, tmp_path / name)
    advised: list[tuple[str, int]] = []
    real = os.posix_fadvise

    def advise(fd: int, offset: int, length: int, advice: int) -> None:
        advised.append((os.readlink(f"/proc/self/fd/{fd}"), advice))
        real(fd, offset, length, advice)

    monkeypatch.setattr(os, "posix_fadvise", advise)
    cache = tmp_path / ".timeline-cache.db"
    args = (
        tmp_path / "events",
        tmp_path / "corpus",
        tmp_path / "timeline.db",
        tmp_path / "exports",
    )
    build(*args, cache=cache)  # the first: no previous database
    assert advised == []
    build(*args)  # no cache: every file is read, the database written whole
    assert advised == []
    build(*args, cache=cache)
    assert advised == [(str(tmp_path / "timeline.db"), os.POSIX_FADV_WILLNEED)]
    files.read_ahead(tmp_path / "missing.db")
    assert len(advised) == 1
