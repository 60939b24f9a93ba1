"""A format streamed to its writer gives the bytes and the spans of a whole render.

In a build (:func:`timeline.formats.write` recording the span index) the large
formats render their files a piece at a time as the writer asks
(:attr:`~timeline.formats.contract.RenderOptions.streamed`), so no process
holds ``timeline.json`` (200 MB at 100,000 events) whole. The pieces must join
to the bytes of the render in one call, and the spans learnt while they are
written must be those cut from the whole file. Pieces are made tiny here so a
few events cross many of them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.errors import ExportError
from timeline.formats import FORMATS, by_year, csv_package, geojson, plover, timeline_json, write
from timeline.formats.contract import RenderOptions, SpannedFile
from timeline.formats.spans import event_keys
from timeline.ics import calendar, ledger
from timeline.ics.ledger import Ledger, write_pieces_if_changed

STREAMED = ("json", "plover", "geojson", "csv")


@pytest.fixture(autouse=True)
def _tiny_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline_json, "STREAMED_EVENTS", 2)
    monkeypatch.setattr(plover, "STREAMED_BYTES", 700)
    monkeypatch.setattr(geojson, "STREAMED_BYTES", 700)
    monkeypatch.setattr(csv_package, "STREAMED_EVENTS", 2)


def _spans(file: SpannedFile) -> list[tuple[object, ...]]:
    return [
        (list(s.lengths), s.keys, s.aux, s.separator, s.opener, s.closer) for s in file.sections
    ]


def _both(
    name: str, timeline: Timeline, *, by_year: bool = False
) -> list[tuple[SpannedFile, bytes, SpannedFile]]:
    """Each file of the format rendered whole, and streamed (its pieces joined first)."""
    rule = FORMATS[name].splice
    assert rule is not None
    options = RenderOptions(order_keys=event_keys(timeline.events), by_year=by_year)
    whole = rule.render(timeline, options)
    streamed = rule.render(timeline, replace(options, streamed=True))
    assert list(streamed) == list(whole)
    return [(whole[p], b"".join(streamed[p].pieces()), streamed[p]) for p in whole]


@pytest.mark.parametrize("name", STREAMED)
def test_a_streamed_file_is_the_whole_render_in_pieces(
    name: str,
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
) -> None:
    timeline = repeat_timeline(fixture_timeline, 3)
    files = _both(name, timeline)
    assert any(streamed.stream is not None for _, _, streamed in files)  # made as asked for
    for whole, joined, streamed in files:
        assert joined == whole.data()
        assert streamed.parts == whole.parts
        assert _spans(streamed) == _spans(whole)


@pytest.mark.parametrize("name", ["html", "timelinejs"])
def test_a_file_per_year_is_rendered_when_written_and_let_go(
    name: str,
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
) -> None:
    files = _both(name, repeat_timeline(fixture_timeline, 3), by_year=True)
    years = [streamed for _, _, streamed in files if streamed.stream is not None]
    assert len(years) == len(files) - 1 >= 2  # every year's file, not the entry file
    for whole, joined, streamed in files:
        assert joined == whole.data()
        assert streamed.parts == whole.parts
        assert _spans(streamed) == _spans(whole)
    assert all(section.body == [] for file in years for section in file.sections)  # let go


@pytest.mark.parametrize("name", STREAMED)
def test_a_streamed_empty_timeline_is_its_whole_render(name: str) -> None:
    for whole, joined, streamed in _both(name, Timeline()):
        assert joined == whole.data()
        assert _spans(streamed) == _spans(whole)


@settings(deadline=None, max_examples=30)
@given(data=st.data())
def test_hostile_events_streamed_give_the_whole_render(
    data: st.DataObject, hostile_timelines: st.SearchStrategy[Timeline]
) -> None:
    timeline = data.draw(hostile_timelines)
    for name in STREAMED:
        for whole, joined, streamed in _both(name, timeline):
            assert joined == whole.data(), name
            assert _spans(streamed) == _spans(whole), name


def test_a_build_writes_the_streamed_files_of_a_write_in_one_piece(
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(by_year, "BY_YEAR_FROM", 2)  # the page and TimelineJS by year too
    timeline = repeat_timeline(fixture_timeline, 3)
    names = (*STREAMED, "html", "timelinejs")
    write(timeline, tmp_path / "built", names, index=tmp_path / "index.db", jobs=1)
    write(timeline, tmp_path / "plain", names, jobs=1)  # no index: rendered whole
    built = sorted(p.relative_to(tmp_path / "built") for p in (tmp_path / "built").rglob("*.*"))
    assert built == sorted(
        p.relative_to(tmp_path / "plain") for p in (tmp_path / "plain").rglob("*.*")
    )
    assert {"timeline", "timelinejs"} <= {p.parts[0] for p in built}  # the files per year
    for path in built:
        assert (tmp_path / "built" / path).read_bytes() == (tmp_path / "plain" / path).read_bytes()


@pytest.mark.parametrize(
    "old",
    [b"", b"abcdefghij", b"abcdefghi", b"abcdefghijk", b"abcdeXghij", b"Xbcdefghij"],
)
def test_streamed_pieces_replace_a_different_file_and_leave_an_equal_one(
    tmp_path: Path, old: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.ics.ledger as ledger_module

    monkeypatch.setattr(ledger_module, "_COMPARED", 3)  # pieces longer than a read
    path = tmp_path / "timeline.json"
    path.write_bytes(old)
    before = path.stat()
    pieces = (p for p in [b"abcde", b"fgh", b"", b"ij"])
    assert write_pieces_if_changed(path, pieces) == path
    assert path.read_bytes() == b"abcdefghij"
    same = (path.stat().st_ino, path.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert same == (old == b"abcdefghij")


def test_streamed_pieces_to_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "exports" / "plover.jsonl"
    write_pieces_if_changed(path, iter([b"a\n", memoryview(b"b\n")]))
    assert path.read_bytes() == b"a\nb\n"
    assert [p.name for p in path.parent.iterdir()] == ["plover.jsonl"]  # no temporary left


def test_a_render_failing_midway_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "timeline.json"
    path.write_bytes(b"abc-old")
    before = path.stat()

    def failing() -> Iterator[bytes]:
        yield b"abc"
        yield b"-new"
        raise ValueError("the renderer failed")

    with pytest.raises(ValueError, match="renderer failed"):
        write_pieces_if_changed(path, failing())
    assert path.read_bytes() == b"abc-old"
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.json"]


def test_a_read_error_while_comparing_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old file unreadable midway (a disk error): a clear error naming it, the file
    left as it was, no temporary file."""
    path = tmp_path / "plover.jsonl"
    path.write_bytes(b"a\nb\n")

    def unreadable(existing: object, piece: object) -> bool:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(ledger, "_reads_as", unreadable)
    with pytest.raises(ExportError, match=r"cannot read .*plover\.jsonl.*Input/output error"):
        write_pieces_if_changed(path, iter([b"a\n", b"c\n"]))
    assert path.read_bytes() == b"a\nb\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plover.jsonl"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_calendars_streamed_read_each_feed_from_the_workers_files(
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    jobs: int,
) -> None:
    """In a build the workers' VEVENTs stay in their files until each feed is written
    (no process holds every feed at once): the same bytes and spans, the files removed
    once every feed is read. On one process (a build's calendars beside its database
    writer) each span is left in the folder as a worker's would be."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(calendar, "_SPAN", 5)  # several spans on one process
    timeline = repeat_timeline(fixture_timeline, 3)
    rule = FORMATS["ics"].splice
    assert rule is not None
    options = RenderOptions(
        order_keys=event_keys(timeline.events), jobs=jobs, today=date(2026, 1, 2)
    )
    whole = rule.render(timeline, replace(options, ledger=Ledger()))
    streamed = rule.render(timeline, replace(options, ledger=Ledger(), streamed=True))
    assert list(streamed) == list(whole)
    feeds = [path for path in whole if path.endswith(".ics")]
    assert len(feeds) > 3 and all(streamed[path].stream is not None for path in feeds)
    (folder,) = tmp_path.iterdir()  # the workers' files, not read yet
    assert len(list(folder.iterdir())) > 1
    for path, file in whole.items():
        assert b"".join(streamed[path].pieces()) == file.data(), path
        assert streamed[path].parts == file.parts
        assert _spans(streamed[path]) == _spans(file)
    assert not any(tmp_path.iterdir())  # every feed read: the files removed


@pytest.mark.parametrize("jobs", [2, 1])
def test_a_build_on_two_cores_writes_the_calendars_of_a_write(
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    jobs: int,
) -> None:
    """On two processes, or one (a build beside its database writer): the files of a
    write without the index."""
    monkeypatch.setattr(calendar, "_SPAN", 5)
    timeline = repeat_timeline(fixture_timeline, 3)
    write(timeline, tmp_path / "built", ["ics", "atom"], index=tmp_path / "index.db", jobs=jobs)
    write(timeline, tmp_path / "plain", ["ics", "atom"], jobs=1)  # no index: rendered whole
    built = sorted(p.relative_to(tmp_path / "built") for p in (tmp_path / "built").rglob("*.*"))
    assert built == sorted(
        p.relative_to(tmp_path / "plain") for p in (tmp_path / "plain").rglob("*.*")
    )
    assert len([p for p in built if p.suffix == ".ics"]) > 3
    for path in built:
        assert (tmp_path / "built" / path).read_bytes() == (tmp_path / "plain" / path).read_bytes()
