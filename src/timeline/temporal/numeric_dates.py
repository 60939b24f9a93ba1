"""Which number is the month in a date written in numbers, and the day a Hijri date is.

"10/4/2018" is the 4th of October to an American reader and the 10th of April to most
of the world; the two readings can lie months apart, so a wrong guess moves an event.
The writer's convention is not given, but the text and the page give it away:

1. a weekday written just before the date ("Tuesday 10/4/2018", "Monday (01/09/2023)",
   "Wednesday morning 9/6/2021") falls on one reading only, most of the time;
2. news tells of its own days: when one reading lies within a week of the publication
   day (the DCT) and the other does not, the near one is the writer's;
3. otherwise month first, as before (the TimeML corpora are American newswire).

A date in dots ("13.12.2022") is always day first, and a first number above 12 is a day
whatever the separator; this module only decides what the numbers leave open.

A date followed by "AH" (*anno Hegirae*) counts in the Islamic calendar: "21/5/1445 AH"
is no Gregorian year 1445. TIMEX3 values are Gregorian (ISO 8601, TimeML 1.2.1 section
2.2), so it takes the Gregorian day it falls on (day first, as Gulf and Saudi releases write
it; converted by `hijridate`, the Umm al-Qura tables, as the Eids are in
:mod:`.holidays`), or no tag outside the tables' years.

>>> from datetime import date
>>> text = "praised on Tuesday 10/4/2018 the strength"
>>> month_day(10, 4, 2018, text, 19, date(2018, 4, 11))
(4, 10)
>>> month_day(10, 4, 2018, "signed on 10/4/2018.", 10, None)
(10, 4)
>>> hijri_mark_end("on 21/5/1445 AH corresponding to", 12)
15
>>> hijri_day(21, 5, 1445)
datetime.date(2023, 12, 5)
"""

from __future__ import annotations

import re
from datetime import date

from hijridate import Hijri

from .lexicon import PARTS_OF_DAY, WEEKDAYS
from .years import valid_day

__all__ = ["NEAR_DCT_DAYS", "hijri_day", "hijri_mark_end", "month_day"]

#: How near the publication day a reading must lie to be taken for the writer's.
NEAR_DCT_DAYS = 7

_WEEKDAY_NAME = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_PART_OF_DAY = "|".join(sorted(PARTS_OF_DAY, key=len, reverse=True))
#: A weekday ending the text before a date: "Tuesday ", "Monday (", "Wednesday morning ".
_WEEKDAY_BEFORE = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_NAME})\.?(?:\s+(?:{_PART_OF_DAY}))?\s*,?\s*\(?\s*\Z",
    re.IGNORECASE,
)
#: How far back the weekday may start: the longest name with a part of the day.
_WEEKDAY_REACH = 30
_HIJRI_AFTER = re.compile(r"\s*(?:A\.\s?H\.|AH\b|Hijri\b)")


def month_day(
    first: int, second: int, year: int, text: str, start: int, dct: date | None
) -> tuple[int, int]:
    """The (month, day) of a slash date whose two numbers are both 12 or below.

    ``start`` is where the date begins in ``text``. Month first unless a weekday just
    before it, or else the publication day ``dct``, picks one reading alone.

    >>> month_day(1, 9, 2023, "in Bogor on Monday (01/09/2023)", 20, None)
    (1, 9)
    >>> month_day(9, 6, 2021, "headed on 9/6/2021 to Khartoum", 10, date(2021, 6, 9))
    (6, 9)
    """
    readings = [(first, second), (second, first)]
    days = [
        date(year, month, day) if valid_day(year, month, day) else None for month, day in readings
    ]
    if days[1] is None or days[0] == days[1]:
        return readings[0]
    if days[0] is None:
        return readings[1]
    before = _WEEKDAY_BEFORE.search(text, max(0, start - _WEEKDAY_REACH), start)
    if before is not None:
        weekday = WEEKDAYS[before["weekday"].lower()]
        fits = [day is not None and day.weekday() == weekday for day in days]
        if fits.count(True) == 1:
            return readings[fits.index(True)]
    if dct is not None:
        near = [day is not None and abs((day - dct).days) <= NEAR_DCT_DAYS for day in days]
        if near.count(True) == 1:
            return readings[near.index(True)]
    return readings[0]


def hijri_mark_end(text: str, end: int) -> int | None:
    """Where the mark of a year of the Hijra ("AH") after the date ending at ``end``
    ends, None when there is none: the mark is part of the expression.

    >>> hijri_mark_end("on 5/5/1443 A.H. and", 11)
    16
    >>> hijri_mark_end("on 5/5/2021 AHEAD", 11) is None
    True
    """
    mark = _HIJRI_AFTER.match(text, end)
    return None if mark is None else mark.end()


def hijri_day(day: int, month: int, year: int) -> date | None:
    """The Gregorian day of a Hijri date, None outside the Umm al-Qura tables (1343-1500
    AH) or for a day the month does not have.

    >>> hijri_day(5, 5, 1443)
    datetime.date(2021, 12, 9)
    >>> hijri_day(5, 5, 1000) is None
    True
    """
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(gregorian.year, gregorian.month, gregorian.day)
