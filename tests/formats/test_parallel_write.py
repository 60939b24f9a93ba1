"""Every format written on several processes gives the files and the span index of one.

:func:`timeline.formats.write` hands the formats that do not use the sequence
ledger to a pool of worker processes (each format written by one) and writes
the calendars and Atom in the calling process, their events spread over the
cores; the bytes of every file, the ledger and what the span index records
must be those of a write in one process, and a splice into those files must
give what a full render gives.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline import Timeline
from timeline.formats import FORMATS, update_exports, write
from timeline.ics import calendar

from .test_splice import NEXT_DAY, TODAY, _edit, _files

_TABLES = {
    "meta": "key",
    "events": "id",
    "files": "path",
    "sections": "path, number",
    "keys": "digest",
    "ledger": "id",
}


def _index_rows(index: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the span index but the files' stats (inodes and times differ)."""
    conn = sqlite3.connect(index)
    try:
        rows = {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY {o}").fetchall()
            for t, o in _TABLES.items()
        }
        rows["files"] = [(p, f, lengths, parts) for p, f, _stat, lengths, parts in rows["files"]]
        rows["meta"] = [(k, v) for k, v in rows["meta"] if k != "ledger"]
    finally:
        conn.close()
    return rows


@pytest.fixture
def larger(
    fixture_timeline: Timeline, repeat_timeline: Callable[[Timeline, int], Timeline]
) -> Timeline:
    return repeat_timeline(fixture_timeline, 3)


def test_two_processes_write_what_one_writes(
    larger: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calendar, "PARALLEL_FROM", 2)  # the calendars' events spread too
    said: list[str] = []
    one, two = tmp_path / "one", tmp_path / "two"
    write(larger, one, today=TODAY, index=tmp_path / "one.sqlite", jobs=1)
    write(larger, two, today=TODAY, index=tmp_path / "two.sqlite", jobs=2, progress=said.append)
    assert any(" in 2 processes" in message for message in said), said
    assert _files(one) == _files(two)
    assert _index_rows(tmp_path / "one.sqlite") == _index_rows(tmp_path / "two.sqlite")


def test_a_write_in_processes_without_an_index_gives_the_same_files(
    larger: Timeline, tmp_path: Path
) -> None:
    names = [n for n, f in FORMATS.items() if not f.uses_ledger]
    write(larger, tmp_path / "one", names, today=TODAY, jobs=1)
    write(larger, tmp_path / "two", names, today=TODAY, jobs=2)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_a_splice_into_a_write_in_processes_equals_a_full_render(
    larger: Timeline, tmp_path: Path
) -> None:
    folder, index, full = tmp_path / "spliced", tmp_path / "spans.sqlite", tmp_path / "full"
    write(larger, folder, today=TODAY, index=index, jobs=2)
    write(larger, full, today=TODAY, jobs=1)
    after, changes = _edit(larger, [("title", 5), ("date", 40), ("remove", 9), ("add", 3)])
    said: list[str] = []
    done = update_exports(
        folder, changes, index, base_url=None, today=NEXT_DAY, progress=said.append
    )
    assert done is not None, said
    write(after, full, today=NEXT_DAY, jobs=1)
    assert _files(folder) == _files(full)


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if f.splice is not None])
def test_a_render_outside_a_build_gives_the_bytes_of_the_spanned_render(
    name: str, larger: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``Format.files`` (``timeline export``) renders without cutting spans; the bytes
    are those the build writes, and no span is cut (the cutters are made to fail)."""
    from datetime import date

    from timeline.formats import RenderOptions, html_page, spans

    fmt = FORMATS[name]
    assert fmt.splice is not None
    day = date(2026, 11, 23)
    spanned = fmt.splice.render(larger, RenderOptions(today=day))
    built = {path: file.data() for path, file in spanned.items()}

    def refused(*_args: object, **_options: object) -> None:
        raise AssertionError("a span was cut")

    for module in (spans, html_page):
        for cutter in ("json_list_section", "compact_list_section", "timeline_keys"):
            if hasattr(module, cutter):
                monkeypatch.setattr(module, cutter, refused)
    for module_name in ("timeline_json", "timelinejs", "geojson", "plover", "csv_package"):
        module = importlib.import_module(f"timeline.formats.{module_name}")
        for cutter in ("json_list_section", "timeline_keys"):
            if hasattr(module, cutter):
                monkeypatch.setattr(module, cutter, refused)
    assert fmt.files(larger, RenderOptions(today=day)) == built


def test_keys_sent_back_as_numbers_are_the_keys_sent() -> None:
    from array import array

    from timeline.formats.contract import Section, SpannedFile
    from timeline.formats.registry import _packed, _unpacked
    from timeline.formats.span_index import FileEntry

    order = ["2024-01-01\0a", "2024-02-01\0b", "2024-03-01\0c"]

    def entry() -> FileEntry:
        sections = [
            Section([], array("Q", [1, 1]), [order[2], order[0]]),  # a subset, any order
            Section([], array("Q", [1]), ["row 1\0b"], by_event_key=False),  # its own keys
            Section([], array("Q"), []),
        ]
        return FileEntry("f.json", "json", "", SpannedFile([b"", b"", b"", b""], sections))

    sent = _packed([entry()], order)
    assert [n.tolist() if n is not None else None for n in sent[0][1]] == [[2, 0], None, []]
    assert sent[0][0].spanned.sections[0].keys == []  # not sent as text
    back = _unpacked(sent, list(order))
    assert [s.keys for s in back[0].spanned.sections] == [s.keys for s in entry().spanned.sections]
    assert _unpacked(_packed([entry()], None), None)[0] == entry()  # nothing to number by
