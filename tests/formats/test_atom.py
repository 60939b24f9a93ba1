"""Atom (RFC 4287): parsed by feedparser without bozo; ids stable; `updated` from the ledger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import feedparser

from timeline import Timeline
from timeline.formats import FORMATS, RenderOptions, write
from timeline.formats.atom import ENTRIES, entry_id
from timeline.ics.ledger import Ledger


def parse(data: bytes) -> feedparser.FeedParserDict:
    feed = feedparser.parse(data)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_parses_cleanly_with_an_entry_per_event(fixture_timeline: Timeline) -> None:
    feed = parse(FORMATS["atom"].render(fixture_timeline, RenderOptions()))
    assert feed.version == "atom10"
    assert len(feed.entries) == min(ENTRIES, len(fixture_timeline))
    assert {e.id for e in feed.entries} == {entry_id(e.id) for e in fixture_timeline}
    assert all(e.title and e.updated and e.summary for e in feed.entries)


def test_hostile_text_stays_text(fixture_timeline: Timeline) -> None:
    data = FORMATS["atom"].render(fixture_timeline, RenderOptions())
    assert b"<script" not in data
    feed = parse(data)
    assert any("<script>" in e.title or "<script>" in e.summary for e in feed.entries)


def test_updated_comes_from_the_ledger_and_ids_stay(
    fixture_timeline: Timeline, tmp_path: Path
) -> None:
    write(fixture_timeline, tmp_path, ["ics", "atom"], today=date(2026, 11, 23))
    first = parse((tmp_path / "timeline.atom").read_bytes())
    changed = fixture_timeline.events[3].model_copy(update={"title": "A corrected title"})
    events = [changed if e.id == changed.id else e for e in fixture_timeline.events]
    write(
        Timeline(events, fixture_timeline.agreements), tmp_path, ["atom"], today=date(2026, 12, 1)
    )
    second = parse((tmp_path / "timeline.atom").read_bytes())
    assert (
        second.entries[0].id
        == entry_id(changed.id)
        == first.entries[[e.id for e in first.entries].index(entry_id(changed.id))].id
    )
    assert second.entries[0].updated == "2026-12-01T00:00:00Z"
    assert second.feed.updated == "2026-12-01T00:00:00Z"
    assert {e.updated for e in second.entries[1:]} == {"2026-11-23T00:00:00Z"}
    ledger = Ledger.load(tmp_path / "calendars" / "sequence.json")
    revision = ledger.get(changed.id)
    assert revision is not None and revision.sequence == 1


def test_same_events_same_bytes(fixture_timeline: Timeline) -> None:
    shuffled = Timeline(list(reversed(fixture_timeline.events)), fixture_timeline.agreements)
    render = FORMATS["atom"].render
    assert render(fixture_timeline, RenderOptions()) == render(shuffled, RenderOptions())


def test_characters_xml_cannot_hold_are_replaced(fixture_timeline: Timeline) -> None:
    base = fixture_timeline.events[0]
    odd = base.model_copy(
        update={"title": "Talks\x0b in \x00 Astana \ufffe end", "summary": "a\x1fb"}
    )
    feed = parse(FORMATS["atom"].render(Timeline([odd]), RenderOptions()))
    assert feed.entries[0].title.endswith("Talks  in   Astana \ufffd end")


def test_hashes_shared_with_the_calendars_give_the_same_feed(
    fixture_timeline: Timeline, tmp_path: Path
) -> None:
    """In one build the calendars hash each event and Atom reuses the hashes
    (RenderOptions.content_hashes): the feed is the one Atom writes alone, and a
    change between builds is still seen (each write() starts with no hashes)."""
    write(fixture_timeline, tmp_path / "both", ["ics", "atom"], today=date(2026, 11, 23))
    write(fixture_timeline, tmp_path / "alone", ["atom"], today=date(2026, 11, 23))
    both = (tmp_path / "both" / "timeline.atom").read_bytes()
    assert both == (tmp_path / "alone" / "timeline.atom").read_bytes()
    changed = fixture_timeline.events[2].model_copy(update={"title": "A corrected title"})
    events = [changed if e.id == changed.id else e for e in fixture_timeline.events]
    later = Timeline(events, fixture_timeline.agreements)
    write(later, tmp_path / "both", ["ics", "atom"], today=date(2026, 12, 1))
    feed = parse((tmp_path / "both" / "timeline.atom").read_bytes())
    assert feed.entries[0].id == entry_id(changed.id)
    assert feed.entries[0].updated == "2026-12-01T00:00:00Z"


def test_the_newest_entries_are_those_a_sort_by_stamp_date_and_id_gives(
    fixture_timeline: Timeline,
) -> None:
    """More events than entries, many with the same LAST-MODIFIED and date: the feed holds
    the first ENTRIES of all sorted by (LAST-MODIFIED, date's sort key, id), descending."""
    from timeline.ics.calendar import revisions

    base = fixture_timeline.events
    events = [
        e.model_copy(update={"id": f"{e.id}-{n}"})
        for n in range(-(-(ENTRIES * 3) // len(base)))
        for e in base
    ]
    timeline = Timeline(events, fixture_timeline.agreements)
    stamps = revisions(timeline.events, agreements={a.id: a for a in timeline.agreements})
    expected = sorted(
        timeline.events,
        key=lambda e: (stamps[e.id].modified, e.date.sort_key, e.id),
        reverse=True,
    )[:ENTRIES]
    feed = parse(FORMATS["atom"].render(timeline, RenderOptions()))
    assert [e.id for e in feed.entries] == [entry_id(e.id) for e in expected]
