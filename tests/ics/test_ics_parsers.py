"""Independent parsers read the feeds the same way: icalendar, vobject (validate=True), ical.

vobject with ``validate=True`` is the strictest on required properties
(PRODID, VERSION, UID, DTSTAMP); ``ical`` (a pydantic implementation of RFC
5545) is the strictest on values. Each must accept every feed file and
agree with the others on the number of events, their UIDs, dates, summaries
and sequences.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

import icalendar
import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

from timeline import Timeline
from timeline.formats import write as write_exports


class Seen(NamedTuple):
    uid: str
    start: date
    end: date
    summary: str
    sequence: int
    status: str


def by_icalendar(data: bytes) -> list[Seen]:
    cal = icalendar.Calendar.from_ical(data)
    return [
        Seen(
            str(e["UID"]),
            e.decoded("DTSTART"),
            e.decoded("DTEND"),
            str(e["SUMMARY"]),
            int(e["SEQUENCE"]),
            str(e["STATUS"]),
        )
        for e in cal.walk("VEVENT")
    ]


def by_vobject(data: bytes) -> list[Seen]:
    cal = vobject.readOne(data.decode("utf-8"), validate=True)
    assert cal.prodid.value == "-//timeline//Political and diplomatic events//EN"
    assert cal.version.value == "2.0"
    events = cal.contents.get("vevent", [])
    return [
        Seen(
            e.uid.value,
            e.dtstart.value,
            e.dtend.value,
            e.summary.value,
            int(e.sequence.value),
            e.status.value,
        )
        for e in events
    ]


def by_ical(data: bytes) -> list[Seen]:
    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    assert cal.prodid == "-//timeline//Political and diplomatic events//EN"
    return [
        Seen(
            e.uid or "",
            e.dtstart,  # type: ignore[arg-type]
            e.dtend,  # type: ignore[arg-type]
            e.summary or "",
            e.sequence or 0,
            e.status.value if e.status else "",
        )
        for e in cal.events
    ]


PARSERS = {"icalendar": by_icalendar, "vobject": by_vobject, "ical": by_ical}


@pytest.fixture(params=[False, True], ids=["default", "include_imprecise"])
def feed_files(
    request: pytest.FixtureRequest, tmp_path: Path, ics_timeline: Timeline
) -> list[Path]:
    write_exports(
        ics_timeline, tmp_path, ["ics"], today=date(2026, 11, 23), include_imprecise=request.param
    )
    return sorted(tmp_path.rglob("*.ics"))


def test_parsers_agree_on_every_feed(feed_files: list[Path]) -> None:
    assert len(feed_files) >= 14
    for path in feed_files:
        data = path.read_bytes()
        seen = {name: parse(data) for name, parse in PARSERS.items()}
        assert seen["icalendar"], path.name
        assert seen["vobject"] == seen["icalendar"], path.name
        assert seen["ical"] == seen["icalendar"], path.name


def test_parsers_see_hostile_text_as_text(exports: Path) -> None:
    data = (exports / "calendars" / "kind-signing.ics").read_bytes()
    for name, parse in PARSERS.items():
        assert [s.uid for s in parse(data)] == ["2022-11-11-signing-ots@timeline"], name
    vcal = vobject.readOne(data.decode("utf-8"), validate=True)
    text = vcal.vevent.description.value
    assert "END:VEVENT\nBEGIN:VEVENT\nUID:evil@example.org" in text
    assert "Türkiye — Erdoğan’s words: “ğüşıöç” ĞÜŞİÖÇ 🇹🇷" in text
    ical_event = IcsCalendarStream.calendar_from_ics(data.decode("utf-8")).events[0]
    assert ical_event.description == text
    assert ical_event.geo is not None
    assert (ical_event.geo.lat, ical_event.geo.lng) == (39.65417, 66.95972)


def test_round_trip_through_icalendar_is_stable(feed_files: list[Path]) -> None:
    for path in feed_files:
        data = path.read_bytes()
        assert icalendar.Calendar.from_ical(data).to_ical() == data, path.name
