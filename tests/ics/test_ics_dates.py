"""How each date precision is placed: span, marker, default feeds or not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import icalendar
import pytest

from timeline import Event, EventDate
from timeline.ics.calendar import calendar_bytes
from timeline.ics.dates import placement, precision_note


@pytest.mark.parametrize(
    ("value", "mod", "start", "end", "marker", "default"),
    [
        ("2022-05-10", None, date(2022, 5, 10), date(2022, 5, 11), None, True),
        ("2022-03-29/2022-03-30", None, date(2022, 3, 29), date(2022, 3, 31), None, True),
        ("2022-12-31/2023-01-02", None, date(2022, 12, 31), date(2023, 1, 3), None, True),
        ("2024-02-28/2024-03-01", None, date(2024, 2, 28), date(2024, 3, 2), None, True),
        (
            "2022-05-10",
            "approximate",
            date(2022, 5, 10),
            date(2022, 5, 11),
            "around 10 May 2022",
            True,
        ),
        ("2022-W19", None, date(2022, 5, 9), date(2022, 5, 16), "week of 9 May 2022", True),
        ("2022-W19-WE", None, date(2022, 5, 14), date(2022, 5, 16), None, True),
        ("2022-05", None, date(2022, 5, 1), date(2022, 6, 1), "May 2022", True),
        ("2022-05", "start", date(2022, 5, 1), date(2022, 5, 11), "early May 2022", True),
        ("2022-05", "mid", date(2022, 5, 11), date(2022, 5, 21), "mid-May 2022", True),
        ("2022-05", "end", date(2022, 5, 21), date(2022, 6, 1), "late May 2022", True),
        ("2024-02", None, date(2024, 2, 1), date(2024, 3, 1), "February 2024", True),
        ("2022-FA", None, date(2022, 9, 1), date(2022, 12, 1), "autumn 2022", True),
        ("2022-WI", None, date(2022, 12, 1), date(2023, 3, 1), "winter 2022", True),
        ("2023-Q3", None, date(2023, 7, 1), date(2023, 10, 1), "Q3 2023", True),
        ("2024-H1", None, date(2024, 1, 1), date(2024, 7, 1), "H1 2024", False),
        ("2024", None, date(2024, 1, 1), date(2025, 1, 1), "2024", False),
        ("2024", "end", date(2024, 9, 1), date(2025, 1, 1), "late 2024", False),
        ("199X", None, date(1990, 1, 1), date(2000, 1, 1), "the 1990s", False),
        ("19", None, date(1900, 1, 1), date(2000, 1, 1), "the 20th century", False),
    ],
)
def test_placement(
    value: str, mod: str | None, start: date, end: date, marker: str | None, default: bool
) -> None:
    when = EventDate.from_value(value, mod)
    p = placement(when)
    assert (p.start, p.end, p.marker, p.in_default_feeds) == (start, end, marker, default)
    assert p.end == when.end_exclusive
    assert p.exact is (marker is None)


@pytest.mark.parametrize(
    ("value", "mod", "note"),
    [
        ("2022-05-10", None, "When: 10 May 2022."),
        (
            "2022-05-10",
            "approximate",
            "When: around 10 May 2022 (an approximate date; shown on 10 May 2022).",
        ),
        (
            "2022-05",
            "end",
            "When: late May 2022 (month precision, the end of the month; the source gives no "
            "exact day, so the event is shown across 21 May 2022 – 31 May 2022).",
        ),
        (
            "2022-FA",
            None,
            "When: autumn 2022 (season precision; the source gives no exact day, so the event "
            "is shown across 1 September 2022 – 30 November 2022).",
        ),
        (
            "2024",
            "approximate",
            "When: around 2024 (year precision, an approximate date; the source gives no exact "
            "day, so the event is shown across 1 January 2024 – 31 December 2024).",
        ),
    ],
)
def test_precision_note(value: str, mod: str | None, note: str) -> None:
    assert precision_note(EventDate.from_value(value, mod)) == note


@pytest.mark.parametrize(
    ("value", "mod", "summary"),
    [
        ("2022-05-03", None, "Phone call"),
        ("2022-05", None, "[May 2022] Phone call"),
        ("2022-05", "end", "[late May 2022] Phone call"),
        ("2022-SU", None, "[summer 2022] Phone call"),
        ("2022", None, "[2022] Phone call"),
    ],
)
def test_imprecise_dates_are_marked_in_summary(
    make_event: Callable[..., Event], value: str, mod: str | None, summary: str
) -> None:
    event = make_event(date={"value": value, "mod": mod})
    data = calendar_bytes([event], name="n", description="d", include_imprecise=True)
    parsed = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(parsed["SUMMARY"]) == summary


def test_coarse_dates_left_out_unless_asked(make_event: Callable[..., Event]) -> None:
    events = [
        make_event(id=f"e-{value.lower()}", date={"value": value})
        for value in ("2022-05-03", "2022-05", "2022-Q2", "2022-H1", "2022", "202X")
    ]
    default = icalendar.Calendar.from_ical(calendar_bytes(events, name="n", description="d"))
    assert [str(e["UID"]) for e in default.walk("VEVENT")] == [
        "e-2022-q2@timeline",
        "e-2022-05@timeline",
        "e-2022-05-03@timeline",
    ]
    every = calendar_bytes(events, name="n", description="d", include_imprecise=True)
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(every).walk("VEVENT")]
    assert sorted(uids) == sorted(
        f"e-{v.lower()}@timeline"
        for v in ("2022-05-03", "2022-05", "2022-Q2", "2022-H1", "2022", "202X")
    )
