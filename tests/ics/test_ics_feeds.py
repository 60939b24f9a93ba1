"""write(): which feed files exist, what each holds, the index, stale files, atomicity."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import icalendar
import pytest

from timeline import Event, ExportError, Timeline
from timeline.formats import ics_feeds
from timeline.formats import write as write_exports
from timeline.formats.ics_feeds import feeds, load_ledger, render_feed
from timeline.ics.calendar import select_events

DEFAULT_FILES = [
    "calendars/KG.ics",
    "calendars/KZ.ics",
    "calendars/OTS.ics",
    "calendars/TJ.ics",
    "calendars/TR.ics",
    "calendars/UZ.ics",
    "calendars/index.json",
    "calendars/kind-call.ics",
    "calendars/kind-exercise.ics",
    "calendars/kind-forum.ics",
    "calendars/kind-meeting.ics",
    "calendars/kind-signing.ics",
    "calendars/kind-summit.ics",
    "calendars/kind-visit.ics",
    "calendars/sequence.json",
    "timeline.ics",
]


def uids(path: Path) -> list[str]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return [str(e["UID"]).removesuffix("@timeline") for e in cal.walk("VEVENT")]


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_write_returns_and_creates_every_feed(tmp_path: Path, ics_timeline: Timeline) -> None:
    written = write_exports(ics_timeline, tmp_path, ["ics"], today=date(2026, 11, 23))
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == DEFAULT_FILES
    assert files(tmp_path) == DEFAULT_FILES  # no temporary files left behind


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        (
            "calendars/TJ.ics",
            ["2022-05-03-call-tj-tr", "2023-03-cancelled-visit-tj-tr"],
        ),
        (
            "calendars/OTS.ics",
            ["2022-06-10-summit-ots", "2022-11-11-signing-ots"],
        ),
        ("calendars/KG.ics", ["2023-q3-meeting-kg-tr"]),
        ("calendars/kind-summit.ics", ["2022-06-10-summit-ots"]),
        (
            "calendars/kind-visit.ics",
            ["2022-03-29-visit-tr-uz", "2022-05-visit-kz-tr", "2023-03-cancelled-visit-tj-tr"],
        ),
        (
            "calendars/UZ.ics",
            ["2022-03-29-visit-tr-uz", "2022-w19-exercise-tr-uz", "2022-12-31-meeting-kz-uz"],
        ),
    ],
)
def test_feed_contents(exports: Path, feed: str, expected: list[str]) -> None:
    assert uids(exports / feed) == expected


def test_all_events_feed_in_date_order_without_coarse_dates(exports: Path) -> None:
    assert uids(exports / "timeline.ics") == [
        "2022-03-29-visit-tr-uz",
        "2022-05-03-call-tj-tr",
        "2022-w19-exercise-tr-uz",
        "2022-05-visit-kz-tr",
        "2022-06-10-summit-ots",
        "2022-11-11-signing-ots",
        "2022-wi-forum-tr",
        "2022-12-31-meeting-kz-uz",
        "2023-03-cancelled-visit-tj-tr",
        "2023-q3-meeting-kg-tr",
    ]


def test_index_lists_every_feed(exports: Path) -> None:
    index = json.loads((exports / "calendars" / "index.json").read_text("utf-8"))
    assert index["include_imprecise"] is False
    assert index["omitted_imprecise"] == 3
    assert index["media_type"] == "text/calendar; charset=utf-8"
    listed = {f["path"]: f for f in index["feeds"]}
    assert sorted(listed) == [f for f in DEFAULT_FILES if f.endswith(".ics")]
    assert listed["timeline.ics"] == {
        "path": "timeline.ics",
        "name": "timeline",
        "type": "all",
        "key": None,
        "title": "Türkiye and Central Asia: diplomatic events",
        "events": 10,
    }
    assert listed["calendars/TR.ics"]["title"] == "Diplomatic events: Türkiye"
    assert listed["calendars/OTS.ics"]["title"] == (
        "Diplomatic events: Organization of Turkic States"
    )
    assert listed["calendars/kind-exercise.ics"]["title"] == (
        "Diplomatic events: Military exercises"
    )
    for path, feed in listed.items():
        assert feed["events"] == len(uids(exports / path))
        cal = icalendar.Calendar.from_ical((exports / path).read_bytes())
        assert str(cal["X-WR-CALNAME"]) == feed["title"]


def test_include_imprecise_adds_coarse_events_and_their_feeds(
    tmp_path: Path, ics_timeline: Timeline
) -> None:
    write_exports(ics_timeline, tmp_path, ["ics"], today=date(2026, 11, 23), include_imprecise=True)
    assert len(uids(tmp_path / "timeline.ics")) == 13
    assert uids(tmp_path / "calendars" / "kind-founding.ics") == ["199x-founding-ots"]
    assert uids(tmp_path / "calendars" / "kind-statement.ics") == ["2024-h1-statement-tr"]
    cal = icalendar.Calendar.from_ical((tmp_path / "timeline.ics").read_bytes())
    assert "are included the same way" in str(cal["X-WR-CALDESC"])


def test_stale_feeds_are_removed(tmp_path: Path, ics_timeline: Timeline) -> None:
    write_exports(ics_timeline, tmp_path, ["ics"], today=date(2026, 11, 23), include_imprecise=True)
    (tmp_path / "calendars" / "notes.txt").write_text("kept", "utf-8")
    only_tr = ics_timeline.filter(country="TR")
    write_exports(only_tr, tmp_path, ["ics"], today=date(2026, 11, 23))
    left = files(tmp_path)
    assert "calendars/kind-founding.ics" not in left
    assert "calendars/TJ.ics" in left  # TJ events involve TR too
    assert "calendars/UZ.ics" in left
    assert "calendars/notes.txt" in left  # only .ics files are ours to remove
    index = json.loads((tmp_path / "calendars" / "index.json").read_text("utf-8"))
    assert sorted(f["path"] for f in index["feeds"]) == sorted(
        f for f in left if f.endswith(".ics")
    )
    write_exports(Timeline(), tmp_path, ["ics"], today=date(2026, 11, 23))
    assert [f for f in files(tmp_path) if f.endswith(".ics")] == ["timeline.ics"]
    assert uids(tmp_path / "timeline.ics") == []


def test_two_writes_are_byte_identical(tmp_path: Path, ics_timeline: Timeline) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    write_exports(ics_timeline, one, ["ics"], today=date(2026, 11, 23))
    write_exports(ics_timeline, two, ["ics"], today=date(2026, 11, 23))
    assert files(one) == files(two)
    for name in files(one):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_unchanged_files_are_not_rewritten(exports: Path, ics_timeline: Timeline) -> None:
    stamps = {p: p.stat().st_mtime_ns for p in exports.rglob("*.ics")}
    write_exports(ics_timeline, exports, ["ics"], today=date(2027, 1, 1))
    assert {p: p.stat().st_mtime_ns for p in exports.rglob("*.ics")} == stamps


def test_render_feed_equals_written_file(exports: Path, ics_timeline: Timeline) -> None:
    ledger = load_ledger(exports)
    for feed in feeds(ics_timeline):
        served = render_feed(ics_timeline, feed.name, ledger=ledger)
        assert served == (exports / feed.path).read_bytes(), feed.name
    assert (
        render_feed(ics_timeline, "TR.ics", ledger=ledger)
        == (exports / "calendars" / "TR.ics").read_bytes()
    )


def test_render_feed_unknown_name(ics_timeline: Timeline) -> None:
    with pytest.raises(ExportError) as info:
        render_feed(ics_timeline, "FR")
    assert str(info.value) == (
        "no calendar feed named 'FR'; the feeds are: timeline, KG, KZ, TJ, TR, UZ, OTS, "
        "kind-call, kind-exercise, kind-forum, kind-meeting, kind-signing, kind-summit, "
        "kind-visit"
    )


def test_feed_descriptors(ics_timeline: Timeline) -> None:
    by_name = {f.name: f for f in feeds(ics_timeline)}
    tr = by_name["TR"]
    assert (tr.path, tr.type, tr.key) == ("calendars/TR.ics", "country", "TR")
    assert tr.description.startswith("Events involving Türkiye. Political and diplomatic")
    assert by_name["kind-call"].select(ics_timeline).events == [
        ics_timeline.event("2022-05-03-call-tj-tr")
    ]


def test_failed_write_leaves_old_files(
    exports: Path, ics_timeline: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {name: (exports / name).read_bytes() for name in files(exports)}
    ics_timeline.event("2022-05-03-call-tj-tr").title = "Changed"

    def broken(*args: object, **kwargs: object) -> tuple[bytes, bytes]:
        raise ExportError("disk full")

    monkeypatch.setattr(ics_feeds, "envelope", broken)
    with pytest.raises(ExportError, match="disk full"):
        write_exports(ics_timeline, exports, ["ics"], today=date(2026, 12, 1))
    assert {name: (exports / name).read_bytes() for name in files(exports)} == before


def test_kind_feed_names_use_hyphens(tmp_path: Path, make_event: Callable[..., Event]) -> None:
    timeline = Timeline([make_event(kind="entry_into_force")])
    write_exports(timeline, tmp_path, ["ics"], today=date(2026, 11, 23))
    path = tmp_path / "calendars" / "kind-entry-into-force.ics"
    assert uids(path) == ["2022-05-03-call-tr-uz"]
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Diplomatic events: Entries into force"
    for name in ("kind-entry-into-force", "kind-entry_into_force.ics"):
        assert render_feed(timeline, name) == render_feed(timeline, "kind-entry-into-force")


def test_cli_export_ics(tmp_path: Path, ics_timeline: Timeline) -> None:
    from click.testing import CliRunner

    from timeline.cli import main
    from timeline.formats.timeline_json import dumps

    source = tmp_path / "events.json"
    source.write_text(dumps(ics_timeline), "utf-8")
    runner = CliRunner()
    args = ["export", "ics", "-i", str(source), "-o", str(tmp_path / "out"), "--date", "2026-11-23"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Wrote 16 files under" in result.output
    assert not (tmp_path / "exports").exists()
    assert files(tmp_path / "out") == DEFAULT_FILES
    direct = tmp_path / "direct"
    write_exports(ics_timeline, direct, ["ics"], today=date(2026, 11, 23))
    for name in DEFAULT_FILES:
        assert (tmp_path / "out" / name).read_bytes() == (direct / name).read_bytes(), name
    result = runner.invoke(main, [*args, "--include-imprecise"])
    assert result.exit_code == 0
    assert "calendars/kind-founding.ics" in files(tmp_path / "out")


def test_cli_export_ics_errors(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from timeline.cli import main

    result = CliRunner().invoke(main, ["export", "ics", "-i", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path / 'none'}: no such events folder")


def test_cli_export_ics_to_stdout_is_one_filtered_calendar(
    tmp_path: Path, ics_timeline: Timeline
) -> None:
    from click.testing import CliRunner

    from timeline.cli import main
    from timeline.formats.timeline_json import dumps

    source = tmp_path / "events.json"
    source.write_text(dumps(ics_timeline), "utf-8")
    result = CliRunner().invoke(main, ["export", "ics", "-i", str(source), "--country", "tajik"])
    assert result.exit_code == 2 and "did you mean Tajikistan (TJ)" in result.output
    result = CliRunner().invoke(
        main, ["export", "ics", "-i", str(source), "--country", "Tajikistan"]
    )
    assert result.exit_code == 0, result.output
    cal = icalendar.Calendar.from_ical(result.stdout_bytes)
    assert [str(c["UID"]).removesuffix("@timeline") for c in cal.walk("VEVENT")] == [
        e.id for e in ics_timeline.filter(country="TJ")
    ]


@pytest.mark.parametrize("include_imprecise", [False, True])
def test_each_feed_holds_what_its_filter_selects(
    tmp_path: Path, ics_timeline: Timeline, build_day: date, include_imprecise: bool
) -> None:
    # the build fills the feeds in one pass; each must equal its Filter's selection
    write_exports(
        ics_timeline, tmp_path, ["ics"], today=build_day, include_imprecise=include_imprecise
    )
    listed = feeds(ics_timeline, include_imprecise=include_imprecise)
    assert len(listed) > 10
    for feed in listed:
        chosen = select_events(feed.select(ics_timeline), include_imprecise=include_imprecise)
        assert uids(tmp_path / feed.path) == [e.id for e in chosen], feed.name
