"""The sequence ledger: SEQUENCE/DTSTAMP stable until an event changes, then bumped once."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import feedparser
import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import ExportError, Timeline
from timeline.formats import write as write_exports
from timeline.ics.ledger import Ledger, Revision, build_day, write_pieces_if_changed


def revisions(path: Path) -> dict[str, tuple[int, str, str]]:
    """UID -> (SEQUENCE, DTSTAMP, LAST-MODIFIED) of a feed file."""
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {
        str(e["UID"]): (
            int(e["SEQUENCE"]),
            e.decoded("DTSTAMP").isoformat(),
            e.decoded("LAST-MODIFIED").isoformat(),
        )
        for e in cal.walk("VEVENT")
    }


def test_first_build_records_every_event_at_sequence_zero(exports: Path) -> None:
    ledger = json.loads((exports / "calendars" / "sequence.json").read_text("utf-8"))
    assert ledger["format"] == 2
    assert len(ledger["events"]) == 13  # imprecise events too, though not in the feeds
    entry = ledger["events"]["2022-03-29-visit-tr-uz"]
    assert entry["sequence"] == 0
    assert entry["created"] == entry["modified"] == "2026-11-23T00:00:00Z"
    assert entry["hash"].startswith("blake2b:") and len(entry["hash"]) == 72
    for seq, stamp, modified in revisions(exports / "timeline.ics").values():
        assert (seq, stamp, modified) == (0, "2026-11-23T00:00:00+00:00", stamp)


def test_rebuild_later_with_same_events_is_byte_identical(
    exports: Path, ics_timeline: Timeline
) -> None:
    before = {p: p.read_bytes() for p in sorted(exports.rglob("*")) if p.is_file()}
    write_exports(ics_timeline, exports, ["ics"], today=date(2027, 6, 1))
    after = {p: p.read_bytes() for p in sorted(exports.rglob("*")) if p.is_file()}
    assert after == before


def test_changing_one_event_bumps_only_its_sequence(exports: Path, ics_timeline: Timeline) -> None:
    before = revisions(exports / "timeline.ics")
    changed = ics_timeline.event("2022-05-03-call-tj-tr")
    changed.title = "Erdoğan and Rahmon discuss trade by phone"
    write_exports(ics_timeline, exports, ["ics"], today=date(2026, 12, 1))
    after = revisions(exports / "timeline.ics")
    uid = "2022-05-03-call-tj-tr@timeline"
    assert after[uid] == (1, "2026-12-01T00:00:00+00:00", "2026-12-01T00:00:00+00:00")
    assert {k: v for k, v in after.items() if k != uid} == {
        k: v for k, v in before.items() if k != uid
    }
    created = icalendar.Calendar.from_ical((exports / "timeline.ics").read_bytes())
    call = next(e for e in created.walk("VEVENT") if str(e["UID"]) == uid)
    assert call.decoded("CREATED").isoformat() == "2026-11-23T00:00:00+00:00"
    # The same event in the per-country feed carries the same revision.
    assert revisions(exports / "calendars" / "TJ.ics")[uid] == after[uid]
    # A second change on another day bumps it again.
    changed.summary = "They discussed trade."
    write_exports(ics_timeline, exports, ["ics"], today=date(2026, 12, 2))
    assert revisions(exports / "timeline.ics")[uid][0] == 2


def test_changes_invisible_to_subscribers_do_not_bump(
    exports: Path, ics_timeline: Timeline
) -> None:
    before = (exports / "timeline.ics").read_bytes()
    event = ics_timeline.event("2022-05-03-call-tj-tr")
    event.review = event.review.__class__("reviewed")
    event.tags = ["trade"]
    write_exports(ics_timeline, exports, ["ics"], today=date(2026, 12, 1))
    assert (exports / "timeline.ics").read_bytes() == before


def test_removed_event_keeps_its_ledger_entry_and_resumes(
    exports: Path, ics_timeline: Timeline
) -> None:
    kept = [e for e in ics_timeline.events if e.id != "2022-05-03-call-tj-tr"]
    write_exports(
        Timeline(kept, ics_timeline.agreements), exports, ["ics"], today=date(2026, 12, 1)
    )
    ledger = Ledger.load(exports / "calendars" / "sequence.json")
    assert "2022-05-03-call-tj-tr" in ledger
    assert "2022-05-03-call-tj-tr@timeline" not in revisions(exports / "timeline.ics")
    back = ics_timeline.event("2022-05-03-call-tj-tr")
    back.title = "Back, changed"
    write_exports(ics_timeline, exports, ["ics"], today=date(2026, 12, 2))
    assert revisions(exports / "timeline.ics")["2022-05-03-call-tj-tr@timeline"][0] == 1


def test_format_1_ledger_is_migrated_without_changing_a_revision(
    tmp_path: Path, ics_timeline: Timeline, format1_ledger: Path
) -> None:
    """A ledger of format 1 (sha256 hashes of the properties' JSON, written by the code
    of November 2026) keeps every SEQUENCE, CREATED and LAST-MODIFIED: only the hashes
    are replaced. Its entries, from a build on 2026-11-23: the Tashkent visit edited
    to SEQUENCE 2 (same content), the phone call with a hash of other content
    (changed since), and an event that is no longer in the timeline."""
    exports = tmp_path / "exports"
    (exports / "calendars").mkdir(parents=True)
    ledger_path = exports / "calendars" / "sequence.json"
    ledger_path.write_bytes(format1_ledger.read_bytes())
    legacy = Ledger.load(ledger_path)
    write_exports(ics_timeline, exports, ["ics", "atom"], today=date(2026, 12, 1))

    assert json.loads(ledger_path.read_text("utf-8"))["format"] == 2
    migrated = Ledger.load(ledger_path)
    assert list(migrated) == list(legacy)
    changed, gone = "2022-05-03-call-tj-tr", "2021-01-01-founding-gone"
    day = datetime(2026, 12, 1, tzinfo=UTC)
    for event_id in legacy:
        before, after = legacy.get(event_id), migrated.get(event_id)
        assert before is not None and after is not None
        if event_id == gone:
            assert after == before  # migrated when it comes back
        elif event_id == changed:
            assert after.hash.startswith("blake2b:")
            assert (after.sequence, after.created, after.modified) == (2, before.created, day)
        else:
            assert after.hash.startswith("blake2b:")
            assert (after.sequence, after.created, after.modified) == (
                before.sequence,
                before.created,
                before.modified,
            )
    # What subscribers see carries the same revisions: VEVENTs and Atom entries.
    for uid, (sequence, stamp, modified) in revisions(exports / "timeline.ics").items():
        entry = migrated.get(uid.removesuffix("@timeline"))
        assert entry is not None
        assert (sequence, stamp, modified) == (
            entry.sequence,
            entry.modified.isoformat(),
            entry.modified.isoformat(),
        )
    feed = feedparser.parse((exports / "timeline.atom").read_bytes())
    updated = {e.title: e.updated for e in feed.entries}
    by_title = {e.title: e for e in ics_timeline.events}
    for title, stamp in updated.items():
        entry = migrated.get(by_title[title].id) if title in by_title else None
        if entry is not None:
            assert stamp == entry.modified.strftime("%Y-%m-%dT%H:%M:%SZ")
    # The next build reads format 2 and changes nothing.
    before_files = {p: p.read_bytes() for p in sorted(exports.rglob("*")) if p.is_file()}
    write_exports(ics_timeline, exports, ["ics", "atom"], today=date(2026, 12, 2))
    assert {p: p.read_bytes() for p in sorted(exports.rglob("*")) if p.is_file()} == before_files


def test_revise_migrates_a_legacy_hash_only_when_it_matches() -> None:
    d1 = datetime(2026, 1, 1, tzinfo=UTC)
    d2 = datetime(2026, 2, 1, tzinfo=UTC)
    ledger = Ledger({"e": Revision("sha256:old", 3, d1, d1)})
    assert ledger.revise("e", "blake2b:new", d2, lambda: "sha256:old") == Revision(
        "blake2b:new", 3, d1, d1
    )
    ledger = Ledger({"e": Revision("sha256:old", 3, d1, d1)})
    assert ledger.revise("e", "blake2b:new", d2, lambda: "sha256:other") == Revision(
        "blake2b:new", 4, d1, d2
    )
    computed: list[str] = []
    ledger = Ledger({"e": Revision("blake2b:x", 3, d1, d1)})
    ledger.revise("e", "blake2b:x", d2, lambda: computed.append("legacy") or "sha256:x")
    assert computed == []  # the old-style hash is computed only for a format-1 entry


def test_revise_rules() -> None:
    ledger = Ledger()
    d1 = datetime(2026, 1, 1, tzinfo=UTC)
    d2 = datetime(2026, 2, 1, tzinfo=UTC)
    assert ledger.revise("e", "sha256:a", d1) == Revision("sha256:a", 0, d1, d1)
    assert ledger.revise("e", "sha256:a", d2) == Revision("sha256:a", 0, d1, d1)
    assert ledger.revise("e", "sha256:b", d2) == Revision("sha256:b", 1, d1, d2)
    assert ledger.revise("e", "sha256:b", d2) == Revision("sha256:b", 1, d1, d2)
    assert Ledger.loads(ledger.dumps()).get("e") == Revision("sha256:b", 1, d1, d2)
    assert list(Ledger.loads(ledger.dumps())) == ["e"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{",
            "ledger.json:1: not valid JSON (Expecting property name enclosed in double "
            "quotes): fix it, or restore it from git (deleting it restarts every SEQUENCE at 0)",
        ),
        (
            '{"format": 3, "events": {}}',
            "ledger.json: not a sequence ledger of format 1 or 2 "
            '(expected an object with "format": 2): fix it',
        ),
        ('{"format": 1, "events": []}', 'ledger.json: "events" must be an object: fix it'),
        (
            '{"format": 1, "events": {"e": {"hash": "h", "sequence": -1, "created": '
            '"2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z"}}}',
            "ledger.json: entry 'e': sequence -1 is not a non-negative integer: fix it",
        ),
        (
            '{"format": 1, "events": {"e": {"hash": "h", "sequence": 0, "created": '
            '"2026-01-01", "modified": "2026-01-01T00:00:00Z"}}}',
            "ledger.json: entry 'e': time '2026-01-01' is not a UTC time like "
            "2026-11-23T00:00:00Z: fix it",
        ),
        (
            '{"format": 1, "events": {"e": {"hash": "h", "sequence": 0}}}',
            "ledger.json: entry 'e': missing 'created': fix it",
        ),
    ],
)
def test_broken_ledger_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "ledger.json"
    path.write_text(text, "utf-8")
    with pytest.raises(ExportError) as info:
        Ledger.load(path)
    assert str(info.value).startswith(f"{path.parent}/{message}")


def test_broken_ledger_stops_write_and_leaves_feeds(exports: Path, ics_timeline: Timeline) -> None:
    before = (exports / "timeline.ics").read_bytes()
    (exports / "calendars" / "sequence.json").write_text("not json", "utf-8")
    ics_timeline.events[0].title = "Changed"
    with pytest.raises(ExportError, match=r"sequence\.json:1: not valid JSON"):
        write_exports(ics_timeline, exports, ["ics"], today=date(2026, 12, 1))
    assert (exports / "timeline.ics").read_bytes() == before


def test_missing_ledger_is_empty(tmp_path: Path) -> None:
    assert len(Ledger.load(tmp_path / "nothing.json")) == 0


@pytest.mark.parametrize(
    ("today", "epoch", "expected"),
    [
        (date(2026, 11, 23), "0", "2026-11-23T00:00:00+00:00"),
        (None, "1795392000", "2026-11-23T00:00:00+00:00"),
        (None, "1795391999", "2026-11-22T00:00:00+00:00"),
    ],
)
def test_build_day(
    monkeypatch: pytest.MonkeyPatch, today: date | None, epoch: str, expected: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert build_day(today).isoformat() == expected


def test_build_day_defaults_to_utc_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert build_day().date() in {datetime.now(UTC).date()}


def test_bad_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ExportError) as info:
        build_day()
    assert str(info.value) == (
        "SOURCE_DATE_EPOCH='yesterday' is not a number of seconds: unset it or give an "
        "integer such as 1795392000"
    )


@settings(deadline=None)  # a per-example time limit fails on a loaded machine
@given(
    entries=st.dictionaries(
        st.text(min_size=1, max_size=12),
        st.tuples(
            st.text(max_size=20),
            st.integers(0, 10**6),
            st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1)),
            st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1)),
        ),
        max_size=6,
    )
)
def test_the_ledger_text_is_what_json_dumps_writes(
    entries: dict[str, tuple[str, int, datetime, datetime]],
) -> None:
    """The hand-written ledger text equals json.dumps(indent=1) of the same data, and reads back."""
    revisions = {
        k: Revision(
            h, n, c.replace(microsecond=0, tzinfo=UTC), m.replace(microsecond=0, tzinfo=UTC)
        )
        for k, (h, n, c, m) in entries.items()
    }
    ledger = Ledger(revisions)
    data = {"format": 2, "events": {k: revisions[k].to_json() for k in sorted(revisions)}}
    assert ledger.dumps() == json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    assert {k: Ledger.loads(ledger.dumps()).get(k) for k in revisions} == revisions


@settings(deadline=None)  # it writes files: no per-example time limit
@given(
    old=st.binary(max_size=64),
    pieces=st.lists(st.binary(max_size=24), max_size=5),
    views=st.booleans(),
)
def test_pieces_are_written_as_their_join_and_an_equal_file_is_left_alone(
    tmp_path_factory: pytest.TempPathFactory, old: bytes, pieces: list[bytes], views: bool
) -> None:
    path = tmp_path_factory.mktemp("pieces") / "feed.ics"
    path.write_bytes(old)
    before = path.stat()
    given = [memoryview(bytearray(p)) if views else p for p in pieces]
    assert write_pieces_if_changed(path, given) == path
    assert path.read_bytes() == b"".join(pieces)
    if old == b"".join(pieces):  # compared, not written: the same file, the same mtime
        assert (path.stat().st_ino, path.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    else:
        assert path.stat().st_ino != before.st_ino  # a new file renamed over the old


def test_pieces_compared_across_the_read_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.ics.ledger as ledger_module

    monkeypatch.setattr(ledger_module, "_COMPARED", 3)  # pieces longer than a read
    path = tmp_path / "timeline.json"
    path.write_bytes(b"abcdefghij")
    inode = path.stat().st_ino
    write_pieces_if_changed(path, [b"abcde", memoryview(b"fghij")])
    assert path.stat().st_ino == inode
    write_pieces_if_changed(path, [b"abcde", memoryview(b"fghiJ")])  # the last byte differs
    assert path.read_bytes() == b"abcdefghiJ" and path.stat().st_ino != inode


def test_pieces_to_a_place_that_cannot_be_written_are_a_clear_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(ExportError, match="cannot"):
        write_pieces_if_changed(blocked / "timeline.ics", [b"BEGIN:VCALENDAR"])
