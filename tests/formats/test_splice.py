"""Exports updated by splicing equal a full render of the same events, after any edit.

The fixture (or a part of it: no event, one event) is rendered in full with
its span index; random edits (a title, a date moved, a place appearing or
going, a country or an organization joining or leaving, a status that drops
the event from PLOVER, events removed and added) are then spliced into that
folder, and a copy of the first folder is rendered in full from the edited
events: every file of both must be the same bytes, and the index after the
splice must splice the next edit as well.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Collection, Mapping
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.formats import FORMATS, ExportChanges, Format, update_exports, write
from timeline.model import Event, Location

TODAY = date(2026, 11, 23)
NEXT_DAY = date(2026, 11, 24)
NEW_PLACE = Location(
    name="Ulaanbaatar", country="MN", latitude=47.90771, longitude=106.88324, geonames_id=2028462
)

#: The formats that splice: each is tested alone and all together.
SPLICED = [name for name, fmt in FORMATS.items() if fmt.splice is not None]

_EDITS = st.sampled_from(
    ["title", "date", "place", "no-place", "new-country", "drop-participant", "new-organization",
     "cancel", "remove", "add"]
)  # fmt: skip


def _rounds(most: int) -> st.SearchStrategy[list[list[tuple[str, int]]]]:
    """Up to ``most`` rounds of one to four edits, each round spliced in turn."""
    return st.lists(
        st.lists(st.tuples(_EDITS, st.integers(0, 1000)), min_size=1, max_size=4),
        min_size=1,
        max_size=most,
    )


def _edit(timeline: Timeline, edits: list[tuple[str, int]]) -> tuple[Timeline, ExportChanges]:
    events: dict[str, Event] = {e.id: e for e in timeline.events}
    dates = [e.date.model_dump(exclude_computed_fields=True) for e in timeline.events]
    original = {e.id for e in timeline.events}
    changed: set[str] = set()
    removed: set[str] = set()
    for n, (edit, index) in enumerate(edits):
        if not events:
            break
        e = events[sorted(events)[index % len(events)]]
        data = e.model_dump(exclude_computed_fields=True)
        if edit == "title":
            data["title"] = f"{e.title} (edit {n})"
        elif edit == "date" and dates:
            data["date"] = dates[(index // 7) % len(dates)]
        elif edit == "place":
            data["location"] = NEW_PLACE.model_dump()
        elif edit == "no-place":
            data["location"] = None
        elif edit == "new-country":
            data["participants"].append({"id": "MN", "type": "country"})
        elif edit == "drop-participant" and data["participants"]:
            data["participants"] = data["participants"][1:]
        elif edit == "new-organization":
            data["participants"].insert(0, {"id": "SCO", "type": "organization"})
        elif edit == "cancel":
            data["status"] = "cancelled"
        elif edit == "remove":
            del events[e.id]
            changed.discard(e.id)
            if e.id in original:  # an event added by this round is simply not there
                removed.add(e.id)
            continue
        elif edit == "add":
            data.update(id=f"{e.id}-added{n}", title=f"Added {n}")
        events[data["id"]] = Event.model_validate(data)
        changed.add(data["id"])
        removed.discard(data["id"])
    after = Timeline(list(events.values()), list(timeline.agreements))
    changes = ExportChanges([events[i] for i in sorted(changed)], removed)
    return after, changes


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def _spliced(
    folder: Path,
    index: Path,
    changes: ExportChanges,
    *,
    formats: Mapping[str, Format] = FORMATS,
    touched: list[Path] | None = None,
) -> list[Path]:
    """Splice ``changes`` into ``folder``; the splice must not fall back."""
    messages: list[str] = []
    written = update_exports(
        folder, changes, index, base_url=None, today=NEXT_DAY, progress=messages.append,
        formats=formats, touched=touched,
    )  # fmt: skip
    assert written is not None, messages
    return written


def _splice_and_render(
    before: Timeline,
    edits: list[list[tuple[str, int]]],
    formats: Mapping[str, Format],
    folder: Path,
    *,
    may_fall_back: str | None = None,
) -> None:
    """Render ``before`` with its index, splice each round of edits, compare with a full render.

    ``may_fall_back``: a reason the splice may give to render in full instead (then
    the round is rendered in full with its index, as the build does)."""
    spliced, index = folder / "spliced", folder / "spans.sqlite"
    write(before, spliced, list(formats), today=TODAY, index=index)
    timeline = before
    for round_number, round_edits in enumerate(edits):
        timeline, changes = _edit(timeline, round_edits)
        full = folder / f"full{round_number}"
        shutil.copytree(spliced, full)
        if may_fall_back is None:
            written = _spliced(spliced, index, changes, formats=formats)
        else:
            messages: list[str] = []
            found = update_exports(
                spliced, changes, index, base_url=None, today=NEXT_DAY,
                progress=messages.append, formats=formats,
            )  # fmt: skip
            if found is None:
                assert may_fall_back in " ".join(messages), messages
                found = write(timeline, spliced, list(formats), today=NEXT_DAY, index=index)
            written = found
        rendered = write(timeline, full, list(formats), today=NEXT_DAY)
        assert _files(spliced) == _files(full)
        assert sorted(p.relative_to(spliced) for p in written) == sorted(
            p.relative_to(full) for p in rendered
        )


@pytest.mark.parametrize("name", SPLICED)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    size=st.integers(0, 52),
    edits=_rounds(2),
)
def test_a_splice_equals_a_full_render(
    name: str,
    size: int,
    edits: list[list[tuple[str, int]]],
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    generated = repeat_timeline(fixture_timeline, 4)
    before = Timeline(list(generated.events[:size]), list(fixture_timeline.agreements))
    _splice_and_render(before, edits, {name: FORMATS[name]}, tmp_path_factory.mktemp(name))


@pytest.mark.parametrize("name", ["html", "timelinejs"])
@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    size=st.integers(0, 52),
    edits=_rounds(3),
)
def test_a_splice_of_files_per_year_equals_a_full_render(
    name: str,
    size: int,
    edits: list[list[tuple[str, int]]],
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Written by year (every size here; the newest 5 in the entry file), the pages or
    TimelineJS files a splice writes, adds and removes equal a full render's. An edit
    that takes an event out of the newest (removed, dated back) renders in full: the
    next one's item is not in the entry file."""
    from timeline.formats import by_year

    monkeypatch.setattr(by_year, "BY_YEAR_FROM", 0)
    monkeypatch.setattr(by_year, "NEWEST", 5)
    generated = repeat_timeline(fixture_timeline, 4)
    before = Timeline(list(generated.events[:size]), list(fixture_timeline.agreements))
    _splice_and_render(
        before, edits, {name: FORMATS[name]}, tmp_path_factory.mktemp(name),
        may_fall_back="most recent events",
    )  # fmt: skip


def test_an_edit_rewrites_its_year_only(
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A title edited in an old year rewrites that year's page and TimelineJS file, no other."""
    from timeline.formats import by_year

    monkeypatch.setattr(by_year, "BY_YEAR_FROM", 0)
    monkeypatch.setattr(by_year, "NEWEST", 5)
    timeline = repeat_timeline(fixture_timeline, 2)
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    formats = {name: FORMATS[name] for name in ("html", "timelinejs")}
    write(timeline, folder, list(formats), today=TODAY, index=index)
    oldest = timeline.events[0]
    changed = oldest.model_copy(update={"title": oldest.title + " (edited)"})
    touched: list[Path] = []
    _spliced(folder, index, ExportChanges([changed], []), formats=formats, touched=touched)
    year = oldest.date.start.year
    assert sorted(str(p.relative_to(folder)) for p in touched) == [
        f"timeline/{year}.html", f"timelinejs/{year}.json"
    ]  # fmt: skip


def test_crossing_the_size_of_files_per_year_renders_in_full(
    fixture_timeline: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One file below the size, a file per year from it: an edit that crosses it renders in full."""
    from timeline.formats import by_year

    monkeypatch.setattr(by_year, "BY_YEAR_FROM", len(fixture_timeline) + 1)
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(fixture_timeline, folder, ["html"], today=TODAY, index=index)
    assert not (folder / "timeline").exists()
    _, changes = _edit(fixture_timeline, [("add", 3)])
    assert "crossed" in _fallback(folder, index, changes, {"html": FORMATS["html"]})


# --- what falls back, and says why ------------------------------------------------------------

SIMPLE = {name: FORMATS[name] for name in ("json", "geojson", "csv")}


@pytest.fixture
def rendered(fixture_timeline: Timeline, tmp_path: Path) -> tuple[Path, Path]:
    """The fixture rendered in full, with its span index."""
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(fixture_timeline, folder, list(SIMPLE), today=TODAY, index=index)
    return folder, index


def _one_edit(timeline: Timeline) -> ExportChanges:
    return _edit(timeline, [("title", 3)])[1]


def _fallback(
    folder: Path, index: Path, changes: ExportChanges, formats: Mapping[str, Format] | None = None
) -> str:
    """Splice, expecting the fallback; what it said. Nothing in ``folder`` is changed.
    ``formats``: by default the registry's (as it is now) of :data:`SIMPLE`."""
    before = _files(folder)
    messages: list[str] = []
    found = update_exports(
        folder,
        changes,
        index,
        base_url=None,
        today=NEXT_DAY,
        progress=messages.append,
        formats=formats if formats is not None else {name: FORMATS[name] for name in SIMPLE},
    )
    assert found is None
    assert _files(folder) == before
    return " ".join(messages)


def test_a_missing_index_falls_back(
    rendered: tuple[Path, Path], fixture_timeline: Timeline
) -> None:
    folder, index = rendered
    index.unlink()
    assert "no span index" in _fallback(folder, index, _one_edit(fixture_timeline))


def test_a_damaged_index_falls_back(
    rendered: tuple[Path, Path], fixture_timeline: Timeline
) -> None:
    folder, index = rendered
    index.write_bytes(b"SQLite format 3\0" + b"\x07" * 500)
    assert "span index" in _fallback(folder, index, _one_edit(fixture_timeline))


def test_a_planted_value_in_the_index_falls_back(
    rendered: tuple[Path, Path], fixture_timeline: Timeline
) -> None:
    """An index whose values do not fit (a GeoJSON point that is no number) is read as
    damaged: the exports are rendered in full, not a traceback (it was one)."""
    folder, index = rendered
    conn = sqlite3.connect(index)
    planted = conn.execute(
        "UPDATE sections SET aux = CAST('abc def' AS BLOB) "
        "WHERE path = 'timeline.geojson' AND aux IS NOT NULL"
    ).rowcount
    conn.commit()
    conn.close()
    assert planted == 1
    said = _fallback(folder, index, _one_edit(fixture_timeline))
    assert "does not fit the exports" in said


def test_a_file_changed_since_falls_back(
    rendered: tuple[Path, Path], fixture_timeline: Timeline
) -> None:
    folder, index = rendered
    geojson = folder / "timeline.geojson"
    geojson.write_bytes(geojson.read_bytes() + b" ")
    said = _fallback(folder, index, _one_edit(fixture_timeline))
    assert "timeline.geojson changed since the span index was written" in said


def test_an_index_of_another_version_falls_back(
    rendered: tuple[Path, Path], fixture_timeline: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline.formats import splice

    folder, index = rendered
    monkeypatch.setattr(splice, "version_key", lambda: "1:another")
    said = _fallback(folder, index, _one_edit(fixture_timeline))
    assert "another version of timeline" in said


def test_other_options_fall_back(rendered: tuple[Path, Path], fixture_timeline: Timeline) -> None:
    folder, index = rendered
    messages: list[str] = []
    found = update_exports(
        folder,
        _one_edit(fixture_timeline),
        index,
        base_url="https://example.org/t/",
        today=NEXT_DAY,
        progress=messages.append,
        formats=SIMPLE,
    )
    assert found is None
    assert "other options" in " ".join(messages)


def test_many_changes_fall_back(
    fixture_timeline: Timeline, repeat_timeline: Callable[[Timeline, int], Timeline], tmp_path: Path
) -> None:
    timeline = repeat_timeline(fixture_timeline, 2)
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(timeline, folder, list(SIMPLE), today=TODAY, index=index)
    said = _fallback(folder, index, ExportChanges([], [e.id for e in timeline.events[:21]]))
    assert "21 of 5 events changed" in said


def test_a_removed_event_the_exports_never_had_falls_back(
    rendered: tuple[Path, Path],
) -> None:
    folder, index = rendered
    said = _fallback(folder, index, ExportChanges([], {"no-such-event"}))
    assert "'no-such-event' is not in the previous exports" in said


def test_a_format_without_a_splice_rule_falls_back(
    rendered: tuple[Path, Path], fixture_timeline: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A format that gives no splice rule says why; a full render of it records no index."""
    from dataclasses import replace

    folder, index = rendered
    plain = replace(FORMATS["geojson"], splice=None, no_splice="its bytes depend on every event")
    monkeypatch.setitem(FORMATS, "geojson", plain)
    said = _fallback(folder, index, _one_edit(fixture_timeline))  # the index has the old rule
    assert "the geojson format cannot be spliced: its bytes depend on every event" in said
    write(fixture_timeline, folder, list(SIMPLE), today=TODAY, index=index)
    assert not index.exists()


@pytest.mark.parametrize("name", ["ics", "atom"])
def test_a_splice_of_a_render_on_several_processes_equals_a_full_render(
    name: str,
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The spans of a render spread over worker processes (spans of 3 events) splice the same."""
    from timeline.ics import calendar

    if FORMATS[name].splice is None:
        pytest.skip(f"{name} does not splice")
    monkeypatch.setattr(calendar, "PARALLEL_FROM", 2)
    monkeypatch.setattr(calendar, "_SPAN", 3)
    monkeypatch.setattr(calendar, "default_jobs", lambda: 2)
    edits = [[("date", 5), ("new-country", 9), ("add", 2)], [("remove", 7), ("place", 1)]]
    _splice_and_render(repeat_timeline(fixture_timeline, 3), edits, {name: FORMATS[name]}, tmp_path)


def test_atom_keeps_its_newest_entries_after_a_splice(
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Changed events come first and push the oldest entries out, as a full render does."""
    from timeline.formats import atom

    monkeypatch.setattr(atom, "ENTRIES", 5)
    edits = [[("title", 3), ("add", 8)], [("date", 11), ("title", 20)]]
    _splice_and_render(
        repeat_timeline(fixture_timeline, 2), edits, {"atom": FORMATS["atom"]}, tmp_path
    )


def test_atom_falls_back_when_an_entry_leaves_a_full_feed(
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sixth newest event's entry is not kept: removing one of the five cannot splice."""
    from timeline.formats import atom

    monkeypatch.setattr(atom, "ENTRIES", 5)
    timeline = repeat_timeline(fixture_timeline, 2)
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    formats = {"atom": FORMATS["atom"]}
    write(timeline, folder, ["atom"], today=TODAY, index=index)
    newest = (folder / "timeline.atom").read_text().split("<entry>")[1]
    gone = next(e.id for e in timeline.events if atom.entry_id(e.id) in newest)
    messages: list[str] = []
    found = update_exports(
        folder, ExportChanges([], {gone}), index, base_url=None, today=NEXT_DAY,
        progress=messages.append, formats=formats,
    )  # fmt: skip
    assert found is None
    assert "the next one's is not kept" in " ".join(messages)


def test_a_splice_says_which_files_it_wrote_or_removed(
    fixture_timeline: Timeline, tmp_path: Path
) -> None:
    """Every file whose bytes changed or that went is named, and every file not named
    is the same file as before (inode and mtime): a caller that staged a copy of the
    folder keeps those as they are."""
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(fixture_timeline, folder, today=TODAY, index=index)
    before = _files(folder)
    stats = {p: (s.st_ino, s.st_mtime_ns) for p in before for s in [(folder / p).stat()]}
    _, changes = _edit(fixture_timeline, [("new-country", 6), ("title", 11), ("remove", 2)])
    touched: list[Path] = []
    _spliced(folder, index, changes, touched=touched)
    after = _files(folder)
    named = {str(p.relative_to(folder)) for p in touched}
    differ = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    assert differ and differ <= named
    for path in after.keys() - named:
        found = (folder / path).stat()
        assert (found.st_ino, found.st_mtime_ns) == stats[path], path


def test_a_copy_that_fails_records_nothing_in_the_index(
    fixture_timeline: Timeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files are copied in threads while the index is recorded: a copy that fails
    rolls the index's transaction back (it still describes the files as they were), and
    the splice sends the build to the full render."""
    from timeline.errors import ExportError
    from timeline.formats import splice_write

    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(fixture_timeline, folder, today=TODAY, index=index)

    def recorded() -> list[tuple[str, str]]:
        with sqlite3.connect(index) as db:
            return sorted(db.execute("SELECT path, stat FROM files"))

    before = recorded()
    real = splice_write.write_pieces

    def failing(target: Path, *args: object) -> None:
        if target.name == "timeline.json":
            raise ExportError(f"cannot write {target}: no space left on device")
        real(target, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(splice_write, "write_pieces", failing)
    messages: list[str] = []
    found = update_exports(
        folder, _one_edit(fixture_timeline), index, base_url=None, today=NEXT_DAY,
        progress=messages.append,
    )  # fmt: skip
    assert found is None
    assert "no space left on device" in " ".join(messages)
    assert recorded() == before


def test_a_file_the_edit_leaves_as_it_was_is_not_written_again(
    fixture_timeline: Timeline, tmp_path: Path
) -> None:
    """A title edit leaves the CSV of participants and of sources as they were: the splice
    keeps those files (inode and mtime) instead of copying them whole, and rewrites the
    files whose bytes change, even where the new title is as long as the old one (the
    bytes are compared, not the sizes). The folder equals a full render of the edit."""
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(fixture_timeline, folder, today=TODAY, index=index)
    expected = tmp_path / "expected"
    shutil.copytree(folder, expected)  # its sequence ledger: the calendars' as the splice's
    stats = {p: (s.st_ino, s.st_mtime_ns) for p in _files(folder) for s in [(folder / p).stat()]}
    event = fixture_timeline.events[3]
    title = event.title[:-1] + ("x" if event.title[-1] != "x" else "y")  # the same length
    changed = event.model_copy(update={"title": title})
    touched: list[Path] = []
    _spliced(folder, index, ExportChanges([changed], []), touched=touched)
    kept = {p for p in stats if _inode_and_mtime(folder / p) == stats[p]}
    assert {"csv/participants.csv", "csv/sources.csv"} <= kept
    assert "csv/events.csv" not in kept and "timeline.json" not in kept
    edited = Timeline(
        [changed if e.id == event.id else e for e in fixture_timeline.events],
        list(fixture_timeline.agreements),
    )
    write(edited, expected, today=NEXT_DAY)
    assert _files(folder) == _files(expected)


def _inode_and_mtime(path: Path) -> tuple[int, int]:
    found = path.stat()
    return found.st_ino, found.st_mtime_ns


def test_the_files_an_edit_leaves_are_neither_read_nor_recorded_again(
    fixture_timeline: Timeline,
    repeat_timeline: Callable[[Timeline, int], Timeline],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A title edited in an old year: the keys of the other years' pages and TimelineJS
    files and of the calendar feeds that do not hold the event are not read from the
    span index, and their rows there are not written again (the same rowids); the
    folder equals a full render of the edit."""
    from timeline.formats import by_year
    from timeline.formats.span_index import SpanIndex

    monkeypatch.setattr(by_year, "BY_YEAR_FROM", 0)
    monkeypatch.setattr(by_year, "NEWEST", 5)
    timeline = repeat_timeline(fixture_timeline, 2)
    folder, index = tmp_path / "exports", tmp_path / "spans.sqlite"
    write(timeline, folder, today=TODAY, index=index)
    expected = tmp_path / "expected"
    shutil.copytree(folder, expected)

    def rows() -> dict[str, set[tuple[object, ...]]]:
        with sqlite3.connect(index) as db:
            found: dict[str, set[tuple[object, ...]]] = {}
            for table in ("files", "sections"):
                for row in db.execute(f"SELECT path, rowid FROM {table}"):
                    found.setdefault(row[0], set()).add((table, row[1]))
            keys = dict(db.execute("SELECT path || ' ' || number, keys FROM sections"))
        return found | {"keys of " + k: {("digest", v)} for k, v in keys.items()}

    before = rows()
    read: list[str] = []
    original = SpanIndex._keys

    def spying(self: SpanIndex, digests: Collection[str]) -> dict[str, list[str]]:
        read.extend(digests)
        return original(self, digests)

    monkeypatch.setattr(SpanIndex, "_keys", spying)
    oldest = timeline.events[0]
    changed = oldest.model_copy(update={"title": oldest.title + " (edited)"})
    touched: list[Path] = []
    _spliced(folder, index, ExportChanges([changed], []), touched=touched)
    written = {str(p.relative_to(folder)) for p in touched}
    with sqlite3.connect(index) as db:
        paths_read = {p for (p,) in db.execute("SELECT path FROM sections")} & {
            p
            for digest in read
            for (p,) in db.execute("SELECT path FROM sections WHERE keys = ?", (digest,))
        }
    left = [p for p in before if not p.startswith("keys of ") and p not in written]
    year = oldest.date.start.year
    others = [p for p in left if p.startswith(("timeline/", "timelinejs/", "calendars/"))]
    assert f"timeline/{year}.html" in written and others
    assert not set(others) & paths_read
    after = rows()
    assert all(after[p] == before[p] for p in left)
    edited = Timeline(
        [changed if e.id == oldest.id else e for e in timeline.events],
        list(timeline.agreements),
    )
    write(edited, expected, today=NEXT_DAY)
    assert _files(folder) == _files(expected)
