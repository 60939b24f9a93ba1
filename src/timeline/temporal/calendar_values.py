"""Values on Python's calendar: a year's four digits, days and months moved, ISO weeks.

Every date shift of the tagger goes through :func:`shift_days` and every year through
:func:`in_calendar`: a value that would leave the calendar (years 1-9999) is unknown, not
a crash.
"""

from __future__ import annotations

from datetime import date

__all__ = ["add_months", "in_calendar", "shift_days", "week_value", "year_text"]


def in_calendar(year: int) -> bool:
    """Whether a value can name ``year``: ISO 8601's four digits, Python's years 1-9999.

    Arithmetic on a date near either end ("next year" published on 9999-12-31,
    "5000000 days later") leaves the calendar; such a value is unknown, not a crash.
    """
    return date.min.year <= year <= date.max.year


def shift_days(day: date, days: int) -> date | None:
    """``day`` moved by ``days``; ``None`` when that falls outside the calendar."""
    ordinal = day.toordinal() + days
    if not date.min.toordinal() <= ordinal <= date.max.toordinal():
        return None
    return date.fromordinal(ordinal)


def year_text(year: int | None) -> str:
    """A TIMEX3 year: four digits ("0950", "2024"); ``XXXX`` when unknown or out of range."""
    return f"{year:04d}" if year is not None and in_calendar(year) else "XXXX"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_value(day: date) -> str:
    """The TIMEX3 ISO week value of ``day`` ("2022-W19")."""
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"
