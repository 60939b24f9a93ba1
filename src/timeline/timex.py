"""TIMEX3 values as calendar intervals.

TimeML 1.2.1 (ISO-TimeML, ISO 24617-1) gives every DATE expression a
``value`` in an ISO 8601-based grammar (TimeML Annotation Guidelines 1.2.1,
section 2.2, "TIMEX3"). This module turns such a value, with the optional
``mod`` attribute, into an inclusive calendar interval and a precision, and
back. It is the single place that knows the grammar: the event model, the
temporal tagger and the exporters all use it.

Supported values (``Y`` a digit, ``X`` an unknown digit is *not* supported,
because an unknown date has no interval):

============================  =========  ====================================
value                         precision  interval
============================  =========  ====================================
``2022-05-10``                day        that day (a time part ``T10:30``,
                                         ``TMO`` ... is accepted and dropped)
``2022-W19``                  week       ISO week, Monday to Sunday
``2022-W19-WE``               day        that week's Saturday and Sunday
``2022-05``                   month      the month
``2022-SP|SU|FA|WI``          season     meteorological, northern hemisphere:
                                         Mar-May, Jun-Aug, Sep-Nov, Dec-Feb
                                         (winter runs into the next year)
``2022-Q3``                   quarter    the quarter
``2022-H1``                   half       the half year
``2022``                      year       the year
``199`` or ``199X``           decade     1990-01-01 .. 1999-12-31
``19`` or ``19XX``            century    1900-01-01 .. 1999-12-31
``2022-03-29/2022-03-30``     (of the    an ISO 8601 interval of two values,
                              start)     our extension for ranges
============================  =========  ====================================

``mod`` narrows an interval the way a reader would (TimeML ``mod`` START, MID,
END): a month splits into days 1-10, 11-20 and 21-end; a year into
January-April, May-August and September-December; a decade into years 0-3,
4-6 and 7-9; a century into 0-32, 33-65, 66-99; any other span into thirds.
APPROX keeps the interval. The precision is unchanged: "late May" is still a
month-precision date, only its interval is narrower.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .errors import TimexError

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "DateMod",
    "Interval",
    "Precision",
    "date_range_problem",
    "interval_for",
    "value_for",
]


class Precision(StrEnum):
    """How precise a date is: the unit of the TIMEX3 value it came from."""

    day = "day"
    week = "week"
    month = "month"
    season = "season"
    quarter = "quarter"
    half = "half"
    year = "year"
    decade = "decade"
    century = "century"


class DateMod(StrEnum):
    """A modifier of an imprecise date, as TimeML's ``mod`` attribute.

    ``start`` is TimeML START ("early May", "at the beginning of May"),
    ``mid`` is MID ("mid-2023"), ``end`` is END ("in the end of May",
    "late 2024"), ``approximate`` is APPROX ("around March").
    """

    start = "start"
    mid = "mid"
    end = "end"
    approximate = "approximate"

    @property
    def timeml(self) -> str:
        """The TimeML spelling of this modifier (START, MID, END, APPROX)."""
        return {"start": "START", "mid": "MID", "end": "END", "approximate": "APPROX"}[self.value]

    @classmethod
    def from_timeml(cls, mod: str) -> DateMod | None:
        """Our modifier for a TimeML ``mod`` value; ``None`` for those without one."""
        return {
            "START": cls.start,
            "MID": cls.mid,
            "END": cls.end,
            "APPROX": cls.approximate,
        }.get(mod.upper())


@dataclass(frozen=True, slots=True)
class Interval:
    """An inclusive calendar interval with the precision of its value."""

    start: date
    end: date
    precision: Precision


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# A clock time is checked, not just matched: 2022-05-10T99:99 is no time (ISO 8601 4.2.2);
# T24:00 is midnight at the end of the day (ISO 8601 4.2.3), which the tagger writes.
_CLOCK = (
    r"(?:[01][0-9]|2[0-3])(?::[0-5][0-9](?::(?:[0-5][0-9]|60)(?:\.[0-9]+)?)?)?"
    r"|24(?::00(?::00(?:\.0+)?)?)?"
)
_TIME_PART = rf"(?:T(?:{_CLOCK}|MO|AF|EV|NI|DT))?"

# re.ASCII: \d is 0-9 only, so "٢٠٢٢" (Arabic-Indic digits) is not a year.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern, re.ASCII), unit)
    for pattern, unit in [
        (r"(\d{4})-(\d{2})-(\d{2})" + _TIME_PART, "day"),
        (r"(\d{4})-W(\d{2})-WE", "weekend"),
        (r"(\d{4})-W(\d{2})", "week"),
        (r"(\d{4})-(\d{2})", "month"),
        (r"(\d{4})-(SP|SU|FA|WI)", "season"),
        (r"(\d{4})-Q([1-4])", "quarter"),
        (r"(\d{4})-H([12])", "half"),
        (r"(\d{4})", "year"),
        (r"(\d{3})X?", "decade"),
        (r"(\d{2})(?:XX)?", "century"),
    ]
]

#: The first and last day any date may touch. The last is 9998-12-31, not datetime's
#: 9999-12-31, so that the day after an event (iCalendar's exclusive DTEND, RFC 5545
#: 3.6.1) and a winter running into the next year stay representable in every exporter.
FIRST_DAY = date(1, 1, 1)
LAST_DAY = date(9998, 12, 31)
_RANGE = f"dates lie between {FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}"


def date_range_problem(day: date) -> str | None:
    """Why ``day`` is outside the supported dates, or ``None`` when it is inside.

    >>> date_range_problem(date(9999, 12, 31))
    '9999-12-31 is after 9998-12-31, the last date supported'
    """
    if day > LAST_DAY:
        return f"{day.isoformat()} is after {LAST_DAY.isoformat()}, the last date supported"
    return None  # FIRST_DAY is datetime.date.min: nothing earlier exists


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _plain(value: str) -> Interval:
    iv = _unchecked(value)
    if iv.end > LAST_DAY:
        raise TimexError(
            f"TIMEX3 value {value!r} ends on {iv.end.isoformat()}, after "
            f"{LAST_DAY.isoformat()}, the last date supported: {_RANGE}"
        )
    return iv


def _unchecked(value: str) -> Interval:
    for pattern, unit in _PATTERNS:
        m = pattern.fullmatch(value)
        if m is None:
            continue
        g = m.groups()
        try:
            if unit == "day":
                d = date(int(g[0]), int(g[1]), int(g[2]))
                return Interval(d, d, Precision.day)
            if unit in ("week", "weekend"):
                monday = date.fromisocalendar(int(g[0]), int(g[1]), 1)
                if unit == "weekend":
                    return Interval(
                        monday + timedelta(days=5), monday + timedelta(days=6), Precision.day
                    )
                return Interval(monday, monday + timedelta(days=6), Precision.week)
            if unit == "month":
                y, mo = int(g[0]), int(g[1])
                return Interval(date(y, mo, 1), _month_end(y, mo), Precision.month)
            if unit == "season":
                y = int(g[0])
                first, last = _SEASONS[g[1]]
                end_y, end_m = (y + 1, last - 12) if last > 12 else (y, last)
                return Interval(date(y, first, 1), _month_end(end_y, end_m), Precision.season)
            if unit == "quarter":
                y, q = int(g[0]), int(g[1])
                return Interval(date(y, 3 * q - 2, 1), _month_end(y, 3 * q), Precision.quarter)
            if unit == "half":
                y, h = int(g[0]), int(g[1])
                return Interval(date(y, 6 * h - 5, 1), _month_end(y, 6 * h), Precision.half)
            if unit == "year":
                y = int(g[0])
                return Interval(date(y, 1, 1), date(y, 12, 31), Precision.year)
            if unit == "decade":
                y = int(g[0]) * 10
                return Interval(date(y, 1, 1), date(y + 9, 12, 31), Precision.decade)
            y = int(g[0]) * 100
            return Interval(date(y, 1, 1), date(y + 99, 12, 31), Precision.century)
        except ValueError as exc:  # month 13, day 31 of April, week 54 ...
            raise TimexError(f"TIMEX3 value {value!r} is not a calendar date: {exc}") from None
        except OverflowError:  # week 52 of 9999 ends past datetime's last day
            raise TimexError(f"TIMEX3 value {value!r} lies outside {_RANGE}") from None
    raise TimexError(
        f"TIMEX3 value {value!r} is not a date value this library can place on a calendar "
        "(expected forms such as 2022-05-10, 2022-05, 2022-FA, 2022-Q3, 2022, 199X)"
    )


def _narrow(iv: Interval, mod: DateMod) -> Interval:
    if mod is DateMod.approximate or iv.precision is Precision.day:
        return iv
    third = {DateMod.start: 0, DateMod.mid: 1, DateMod.end: 2}[mod]
    s, e = iv.start, iv.end
    if iv.precision is Precision.month:
        bounds = [(1, 10), (11, 20), (21, e.day)][third]
        return Interval(s.replace(day=bounds[0]), s.replace(day=bounds[1]), iv.precision)
    if iv.precision is Precision.year:
        months = [(1, 4), (5, 8), (9, 12)][third]
        return Interval(date(s.year, months[0], 1), _month_end(s.year, months[1]), iv.precision)
    if iv.precision in (Precision.decade, Precision.century):
        span = 10 if iv.precision is Precision.decade else 100
        cuts = [(0, 3), (4, 6), (7, 9)] if span == 10 else [(0, 32), (33, 65), (66, 99)]
        a, b = cuts[third]
        return Interval(date(s.year + a, 1, 1), date(s.year + b, 12, 31), iv.precision)
    days = (e - s).days + 1
    first = s + timedelta(days=days * third // 3)
    last = s + timedelta(days=days * (third + 1) // 3 - 1)
    return Interval(first, last, iv.precision)


@functools.lru_cache(maxsize=4096)
def interval_for(value: str, mod: DateMod | str | None = None) -> Interval:
    """The inclusive interval and precision of a TIMEX3 DATE ``value``.

    >>> iv = interval_for("2022-05")
    >>> iv.start, iv.end, iv.precision.value
    (datetime.date(2022, 5, 1), datetime.date(2022, 5, 31), 'month')
    >>> interval_for("2022-05", "end").start
    datetime.date(2022, 5, 21)
    >>> interval_for("2022-03-29/2022-03-30").end
    datetime.date(2022, 3, 30)

    Raises :class:`~timeline.errors.TimexError` for values with no interval
    (``XXXX-05``, ``PRESENT_REF``, ``P3D``). Results are cached: the
    function is pure and its :class:`Interval` is immutable.
    """
    if isinstance(mod, str) and not isinstance(mod, DateMod):
        try:
            mod = DateMod(mod)
        except ValueError:
            found = DateMod.from_timeml(mod)
            if found is None:
                raise TimexError(
                    f"unknown date modifier {mod!r}: use start, mid, end or approximate"
                ) from None
            mod = found
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _plain(first), _plain(last)
        if b.end < a.start:
            raise TimexError(f"TIMEX3 interval {value!r} ends before it starts")
        iv = Interval(a.start, b.end, a.precision)
    else:
        iv = _plain(value)
    return _narrow(iv, mod) if mod is not None else iv


def value_for(start: date, end: date, precision: Precision) -> str:
    """The TIMEX3 value of a whole-unit interval: the inverse of :func:`interval_for`.

    >>> value_for(date(2022, 3, 29), date(2022, 3, 30), Precision.day)
    '2022-03-29/2022-03-30'
    >>> value_for(date(1990, 1, 1), date(1999, 12, 31), Precision.decade)
    '199X'

    Raises :class:`~timeline.errors.TimexError` when the interval is not one
    unit of that precision (a year-precision date must span one whole year).
    """
    y = start.year
    if precision is Precision.day:
        one = start.isoformat()
        return one if start == end else f"{one}/{end.isoformat()}"
    candidates = {
        Precision.week: f"{start.isocalendar()[0]:04d}-W{start.isocalendar()[1]:02d}",
        Precision.month: f"{y:04d}-{start.month:02d}",
        Precision.quarter: f"{y:04d}-Q{(start.month - 1) // 3 + 1}",
        Precision.half: f"{y:04d}-H{(start.month - 1) // 6 + 1}",
        Precision.year: f"{y:04d}",
        Precision.decade: f"{y // 10:03d}X",
        Precision.century: f"{y // 100:02d}XX",
    }
    if precision is Precision.season:
        code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}.get(start.month, "")
        candidates[Precision.season] = f"{y:04d}-{code}"
    value = candidates[precision]
    try:
        iv = interval_for(value)
    except TimexError:
        iv = None
    if iv is None or (iv.start, iv.end) != (start, end):
        raise TimexError(
            f"{start.isoformat()}..{end.isoformat()} is not one whole {precision.value}; "
            "give the TIMEX3 value (and mod) instead of start/end"
        )
    return value
