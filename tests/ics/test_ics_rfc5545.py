"""RFC 5545 / RFC 7986 properties, escaping and folding of the feeds' bytes."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import icalendar
import pytest

from timeline import Event, Timeline
from timeline.ics.calendar import calendar_bytes


def unfold(data: bytes) -> list[str]:
    """Content lines (RFC 5545 §3.1): CRLF followed by one space or tab continues a line."""
    text = data.decode("utf-8")
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]


def props(lines: list[str], name: str) -> list[str]:
    """Every value line of a property (name and parameters included), in order."""
    return [ln for ln in lines if re.match(rf"{name}[;:]", ln)]


def vevents(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


@pytest.fixture
def ics(ics_timeline: Timeline) -> bytes:
    return calendar_bytes(
        ics_timeline,
        name="Test; feed, with\nnewline",
        description="Desc",
        url="https://example.org/feed",
        include_imprecise=True,
    )


def test_envelope_has_required_and_subscription_properties(ics: bytes) -> None:
    lines = unfold(ics)
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-1] == "END:VCALENDAR"
    head = lines[: lines.index("BEGIN:VEVENT")]
    assert "VERSION:2.0" in head
    assert "PRODID:-//timeline//Political and diplomatic events//EN" in head
    assert "CALSCALE:GREGORIAN" in head
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT12H" in head
    assert "X-PUBLISHED-TTL:PT12H" in head
    assert "X-WR-CALNAME:Test\\; feed\\, with\\nnewline" in head
    assert "NAME:Test\\; feed\\, with\\nnewline" in head
    assert "X-WR-CALDESC:Desc" in head
    assert "URL;VALUE=URI:https://example.org/feed" in head


@pytest.mark.parametrize("forbidden", ["METHOD", "TZID", "BEGIN:VTIMEZONE", "UID"])
def test_envelope_leaves_out(ics: bytes, forbidden: str) -> None:
    lines = unfold(ics)
    head = lines[: lines.index("BEGIN:VEVENT")]
    assert not [ln for ln in head if ln.startswith(forbidden)]
    if forbidden != "UID":
        assert forbidden not in ics.decode()


def test_every_line_ends_with_crlf_and_no_bare_lf_or_cr(ics: bytes) -> None:
    assert ics.endswith(b"\r\n")
    assert b"\n" not in ics.replace(b"\r\n", b"")
    assert b"\r" not in ics.replace(b"\r\n", b"")


def test_lines_fold_at_75_octets_without_splitting_characters(ics: bytes) -> None:
    raw_lines = ics.split(b"\r\n")[:-1]
    assert max(len(line) for line in raw_lines) <= 75
    assert any(len(line) == 75 for line in raw_lines)  # folding happened
    for line in raw_lines:
        line.decode("utf-8")  # a multi-byte character is never cut in two
    multibyte = [ln for ln in raw_lines if len(ln) > len(ln.decode("utf-8"))]
    assert multibyte, "the fixture must exercise multi-byte text (Türkiye, Erdoğan)"
    # 75 octets, not 75 characters: lines with ğ/ü are shorter in characters.
    assert any(len(ln.decode("utf-8")) < 74 and len(ln) >= 74 for ln in multibyte)


@pytest.mark.parametrize(
    ("event_id", "start", "end"),
    [
        ("2022-05-03-call-tj-tr", date(2022, 5, 3), date(2022, 5, 4)),
        ("2022-03-29-visit-tr-uz", date(2022, 3, 29), date(2022, 3, 31)),
        ("2022-12-31-meeting-kz-uz", date(2022, 12, 31), date(2023, 1, 2)),
        ("2022-w19-exercise-tr-uz", date(2022, 5, 9), date(2022, 5, 16)),
        ("2022-05-visit-kz-tr", date(2022, 5, 21), date(2022, 6, 1)),
        ("2022-wi-forum-tr", date(2022, 12, 1), date(2023, 3, 1)),
        ("2023-q3-meeting-kg-tr", date(2023, 7, 1), date(2023, 10, 1)),
        ("2024-h1-statement-tr", date(2024, 1, 1), date(2024, 7, 1)),
        ("2024-summit-ots-uz", date(2024, 9, 1), date(2025, 1, 1)),
        ("199x-founding-ots", date(1990, 1, 1), date(2000, 1, 1)),
    ],
)
def test_all_day_dates_with_exclusive_dtend(
    ics: bytes, event_id: str, start: date, end: date
) -> None:
    lines = unfold(ics)
    uid = lines.index(f"UID:{event_id}@timeline")
    begin = max(i for i in range(uid) if lines[i] == "BEGIN:VEVENT")
    block = lines[begin : lines.index("END:VEVENT", uid)]
    assert props(block, "DTSTART") == [f"DTSTART;VALUE=DATE:{start:%Y%m%d}"]
    assert props(block, "DTEND") == [f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    event = vevents(ics)[f"{event_id}@timeline"]
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTEND") == end


def test_every_vevent_has_dtend_and_no_time(ics: bytes) -> None:
    events = vevents(ics)
    assert len(events) == 13
    for event in events.values():
        assert "DTEND" in event
        assert type(event.decoded("DTSTART")) is date
        assert type(event.decoded("DTEND")) is date


@pytest.mark.parametrize(
    ("status", "expected", "summary_prefix"),
    [
        ("occurred", "CONFIRMED", ""),
        ("planned", "TENTATIVE", ""),
        ("postponed", "TENTATIVE", "[postponed] "),
        ("cancelled", "CANCELLED", "[cancelled] "),
    ],
)
def test_status(
    make_event: Callable[..., Event], status: str, expected: str, summary_prefix: str
) -> None:
    data = calendar_bytes([make_event(status=status)], name="n", description="d")
    event = vevents(data)["2022-05-03-call-tr-uz@timeline"]
    assert str(event["STATUS"]) == expected
    assert str(event["SUMMARY"]) == summary_prefix + "Phone call"


def test_event_properties(ics: bytes) -> None:
    event = vevents(ics)["2022-03-29-visit-tr-uz@timeline"]
    assert str(event["SUMMARY"]) == "Erdoğan's official visit to Uzbekistan"
    assert str(event["LOCATION"]) == "Tashkent, Uzbekistan"
    assert event["GEO"].latitude == pytest.approx(41.26465)
    assert event["GEO"].longitude == pytest.approx(69.21627)
    assert event.categories == ["visit", "Türkiye", "Uzbekistan"]
    assert str(event["URL"]) == "https://example.org/news/uz-visit?lang=en&tags=tr,uz;print"
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["RELATED-TO"]) == "2022-05-03-call-tj-tr@timeline"
    assert event["RELATED-TO"].params["RELTYPE"] == "SIBLING"
    assert str(event["X-TIMELINE-PRECISION"]) == "day"
    description = str(event["DESCRIPTION"])
    assert description.splitlines() == [
        "Turkish President Erdoğan made a two-day official visit to Uzbekistan.",
        "",
        "When: 29–30 March 2022.",
        "Status: occurred.",
        "Kind: visit.",
        "Who: Recep Tayyip Erdoğan (President of Türkiye, visitor); Uzbekistan (host); "
        "Türkiye (visitor).",
        "Where: Tashkent, Uzbekistan.",
        "Related: 2022-05-03-call-tj-tr.",
        "",
        "Source:",
        "“On March 29-30, the Turkish President R. T. Erdogan made a two-day official visit "
        "to Uzbekistan.”",
        "— example.org, published 2022-03-30 (doc-uz-visit)",
        "https://example.org/news/uz-visit?lang=en&tags=tr,uz;print",
        "",
        "Event id: 2022-03-29-visit-tr-uz",
    ]


def test_agreement_title_in_description(ics: bytes) -> None:
    event = vevents(ics)["2022-11-11-signing-ots@timeline"]
    assert (
        "Agreement: Agreement on the Establishment of a Simplified Customs Corridor "
        "(ots-simplified-customs-corridor)." in str(event["DESCRIPTION"]).splitlines()
    )


def test_event_without_place_has_no_location_geo_or_url(ics: bytes) -> None:
    event = vevents(ics)["2022-05-03-call-tj-tr@timeline"]
    for name in ("LOCATION", "GEO", "URL", "RELATED-TO"):
        assert name not in event
    assert str(vevents(ics)["2022-05-visit-kz-tr@timeline"]["LOCATION"]) == "Ankara, Türkiye"
    assert "GEO" not in vevents(ics)["2022-05-visit-kz-tr@timeline"]


def test_text_escaping_of_commas_semicolons_backslashes_newlines(ics: bytes) -> None:
    lines = unfold(ics)
    call = next(ln for ln in lines if ln.startswith("DESCRIPTION:When: 3 May 2022."))
    assert "May 3\\, 2022\\; they discussed trade\\, energy\\, and transport." in call
    signing = vevents(ics)["2022-11-11-signing-ots@timeline"]
    text = str(signing["DESCRIPTION"])
    assert "“Commas, semicolons; backslashes \\ and\nnewlines\nand a bell   in Türkiye" in text
    assert "\a" not in text and "\r" not in text
    assert "backslashes \\\\ and\\nnewlines" in next(ln for ln in lines if "backslashes" in ln)


def test_hostile_quote_cannot_inject_components(ics: bytes) -> None:
    lines = unfold(ics)
    assert lines.count("BEGIN:VEVENT") == 13
    assert lines.count("END:VEVENT") == 13
    assert not [ln for ln in lines if ln.startswith("UID:evil")]
    assert not [ln for ln in lines if ln == "SUMMARY:injected"]
    signing = vevents(ics)["2022-11-11-signing-ots@timeline"]
    assert (
        "“Hostile: END:VEVENT\nBEGIN:VEVENT\nUID:evil@example.org\nSUMMARY:injected\n"
        "END:VEVENT\nBEGIN:VEVENT”" in str(signing["DESCRIPTION"])
    )


@pytest.mark.parametrize(
    "hostile",
    [
        "END:VEVENT\r\nBEGIN:VEVENT",
        "END:VCALENDAR\nBEGIN:VCALENDAR",
        "x\rDTSTART:19700101",
        "tab\there, nul\x00, esc\x1b, del\x7f",
    ],
)
@pytest.mark.parametrize("field", ["title", "summary", "quote"])
def test_hostile_text_in_any_field(
    make_event: Callable[..., Event], hostile: str, field: str
) -> None:
    event = make_event(**{field: "Start " + hostile})
    data = calendar_bytes([event], name=hostile, description=hostile)
    lines = unfold(data)
    assert lines.count("BEGIN:VEVENT") == 1
    assert lines.count("END:VCALENDAR") == 1
    assert len(props(lines, "DTSTART")) == 1
    for ln in lines:
        assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f]", ln)
    parsed = vevents(data)["2022-05-03-call-tr-uz@timeline"]
    assert parsed.decoded("DTSTART") == date(2022, 5, 3)


def test_url_with_spaces_and_newlines_is_never_emitted(make_event: Callable[..., Event]) -> None:
    url = "https://example.org/a b\r\nEND:VEVENT"
    source = {"document": "doc", "quote": "q", "start": 0, "url": url}
    with pytest.raises(ValueError, match="contains the character U\\+0020"):
        make_event(sources=[source])  # the model refuses it (tests/hostile)
    event = make_event()  # a source holding it anyway, as an older database could
    bad = event.sources[0].model_copy(update={"url": url})
    lines = unfold(
        calendar_bytes([event.model_copy(update={"sources": [bad]})], name="n", description="d")
    )
    assert props(lines, "URL") == []
    assert lines.count("END:VEVENT") == 1


def test_without_ledger_sequence_zero_and_stamp_from_latest_source(ics: bytes) -> None:
    event = vevents(ics)["2022-11-11-signing-ots@timeline"]
    assert event["SEQUENCE"] == 0
    assert event.decoded("DTSTAMP").isoformat() == "2022-11-13T00:00:00+00:00"
    assert event.decoded("LAST-MODIFIED") == event.decoded("DTSTAMP")
    undated = vevents(ics)["2022-05-03-call-tj-tr@timeline"]
    assert undated.decoded("DTSTAMP").isoformat() == "2022-05-03T00:00:00+00:00"


def test_calendar_bytes_is_deterministic_and_order_independent(ics_timeline: Timeline) -> None:
    one = calendar_bytes(ics_timeline, name="n", description="d")
    copy = Timeline(list(ics_timeline.events), list(ics_timeline.agreements))
    assert calendar_bytes(copy, name="n", description="d") == one
    forward = calendar_bytes(list(ics_timeline.events), name="n", description="d")
    backward = calendar_bytes(list(reversed(ics_timeline.events)), name="n", description="d")
    assert forward == backward
    # Only a Timeline knows agreement titles; a bare list names the agreement by id.
    assert forward != one
