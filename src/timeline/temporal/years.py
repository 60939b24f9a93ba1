"""The year of a date written without one: "April 18 last year", "last March 5", "last
February", "the nineties".

The year choices of :mod:`timeline.temporal.normalize`'s absolute forms, one function
each, anchored to the DCT (TimeML Annotation Guidelines 1.2.1, section 2.2: the
``value`` of an expression anchored to the DCT is the time it names). A day or month
with no year and no such word takes its year from the narrative
(:meth:`~timeline.temporal.anchoring.Context.day_year`,
:meth:`~timeline.temporal.anchoring.Context.month_year`).
"""

from __future__ import annotations

from datetime import date

from .anchoring import Context
from .calendar_values import in_calendar

__all__ = [
    "last_or_next_year",
    "latest_century",
    "relative_month_year",
    "relative_year",
    "valid_day",
]


def valid_day(y: int, m: int, d: int) -> bool:
    """Whether the calendar has that day.

    >>> valid_day(2024, 2, 29), valid_day(2023, 2, 29)
    (True, False)
    """
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def last_or_next_year(
    dct: date | None, word: str, month: int, day: int, weekday: int | None = None
) -> int | None:
    """The year of "last March 5" (that day's latest before the DCT) or "next March 5"
    (its first after the DCT): "last" with a day names the date just gone, not a year
    back as "last March" said in April would be (TimeML 1.2.1, section 2.2, ``value``:
    the date the expression names, anchored to the DCT). A weekday written with it
    ("next Tuesday, July 12") decides one thing only: the DCT's own day counts when it
    falls on that weekday (a report dated the day it names). Otherwise the weekday is
    not checked: the year is the nearest in the direction, whatever day its date is
    ("next Monday, Jan. 4" said in November 2024 is 2025-01-04, a Saturday; a year
    further on to match the weekday would be a guess).

    >>> last_or_next_year(date(2018, 3, 23), "last", 3, 5), last_or_next_year(
    ...     date(2018, 3, 5), "last", 3, 5)
    (2018, 2017)
    >>> last_or_next_year(date(2022, 11, 12), "next", 4, 7), last_or_next_year(
    ...     date(2022, 11, 12), "this coming", 12, 1)
    (2023, 2022)
    >>> last_or_next_year(date(2025, 3, 1), "last", 2, 29), last_or_next_year(None, "last", 3, 5)
    (2024, None)
    >>> last_or_next_year(date(2022, 7, 12), "next", 7, 12, weekday=1)
    2022
    >>> last_or_next_year(date(2024, 11, 6), "next", 1, 4, weekday=0)
    2025
    """
    if dct is None:
        return None
    back = word.lower().split()[-1] in ("last", "past")
    step = -1 if back else 1
    for year in range(dct.year, dct.year + 5 * step, step):
        if not in_calendar(year) or not valid_day(year, month, day):
            continue
        when = date(year, month, day)
        if weekday is not None and when == dct and when.weekday() == weekday:
            return year
        if (when < dct) if back else (when > dct):
            return year
    return None


def relative_year(ctx: Context, rel: str, start: int) -> int | None:
    """The year of "April 18 last year", "March of the following year", "the second
    quarter of that year": the DCT's year less or more one, the reference time's for
    "that"/"same" (the DCT's without one), ``None`` without a DCT."""
    if ctx.dct is None:
        return None
    r = rel.lower().split()
    if r[0] == "last" or r[-1] == "previous":
        return ctx.dct.year - 1 if in_calendar(ctx.dct.year - 1) else None
    if r[0] == "next" or r[-1] == "following":
        return ctx.dct.year + 1 if in_calendar(ctx.dct.year + 1) else None
    if r[0] == "that" or r[-1] == "same":
        ref = ctx.current_reference(start)
        return ref.year if ref is not None else ctx.dct.year
    return ctx.dct.year


def relative_month_year(dct: date, word: str, month: int) -> int:
    """The year of "last February", "next March", "this May" (``word`` is the modifier's
    last word): the month just gone is "last month", so "last February" said in March is a
    year back; "last"/"past" is the latest such month before the DCT's, "next"/"coming"
    the first after it, any other word the DCT's year.

    >>> [relative_month_year(date(2024, 3, 10), w, 2) for w in ("last", "past", "next", "this")]
    [2023, 2024, 2025, 2024]
    """
    if word == "last" and month == dct.month - 1:
        # the month just gone is "last month"; "last February" said in March is a year back
        return dct.year - 1
    if word in ("last", "past"):
        return dct.year if month < dct.month else dct.year - 1
    if word in ("next", "coming"):
        return dct.year if month > dct.month else dct.year + 1
    return dct.year


def latest_century(dct: date | None, digit: int) -> int | None:
    """The century of the latest decade ending in ``digit`` that began by the DCT's year
    (the 1900s without a DCT); ``None`` before the first century.

    >>> latest_century(date(1998, 5, 1), 9), latest_century(date(2024, 5, 1), 2)
    (19, 20)
    """
    year = dct.year if dct is not None else 1999
    century = year // 100 if (year // 100) * 100 + digit * 10 <= year else year // 100 - 1
    return century if century >= 1 else None
