"""A rebuild stages the exports as hard links: unchanged files keep their inode and
mtime (so their ETags), changed ones are new files, and a reader of the old file
keeps reading the old bytes (nothing is written into a published file)."""

from __future__ import annotations

import shutil
from pathlib import Path

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
