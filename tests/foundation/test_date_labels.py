"""Date labels name months in English by table, as strftime's %B does in the C locale."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timeline import EventDate


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 1)), st.integers(0, 400))
def test_day_labels_read_like_strftime(start: date, days: int) -> None:
    end = start + timedelta(days=days)
    label = EventDate.from_value(f"{start.isoformat()}/{end.isoformat()}").label()
    if start == end:
        assert label == f"{start.day} {start:%B %Y}"
    elif (start.year, start.month) == (end.year, end.month):
        assert label == f"{start.day}–{end.day} {start:%B %Y}"
    elif start.year == end.year:
        assert label == f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    else:
        assert label == f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


@given(st.integers(1000, 2999), st.integers(1, 12))
def test_month_and_week_labels_read_like_strftime(year: int, month: int) -> None:
    first = date(year, month, 1)
    assert EventDate.from_value(f"{year:04d}-{month:02d}").label() == f"{first:%B %Y}"
    week = EventDate.from_value(f"{first.isocalendar().year:04d}-W{first.isocalendar().week:02d}")
    assert week.label() == f"week of {week.start.day} {week.start:%B %Y}"
