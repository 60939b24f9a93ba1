"""The day a writer puts in brackets after a day told another way.

News and press releases restate a relative day with the calendar day in brackets:
"on Thursday (12 January)", "today (July 17)", "this morning (Wednesday, 28 August
2024)", "tomorrow (Monday, June 5, 2023)". The bracket is the writer's own day, and it
decides the value (TimeML 1.2.1, section 2.2: the value is the one the text determines),
even when the page's date, the DCT, is a day or two later than the writing. A bracket
that does not fit (another weekday than the one it restates, a day far from the one the
DCT gives) is something else and is not read.

>>> from datetime import date
>>> text = "The meeting held today (Wednesday 12 July) in Vilnius"
>>> bracketed_day(text, 23, near=date(2023, 7, 13), reach=3)
datetime.date(2023, 7, 12)
>>> bracketed_day("today (Friday 12 July)", 5, near=date(2023, 7, 13), reach=3) is None
True
"""

from __future__ import annotations

import re
from datetime import date

from .lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

_MONTH_NUMBERS = {**MONTHS, **MONTH_ABBREVIATIONS}
_MONTH_NAME = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_WEEKDAY_NAME = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"

#: A calendar day in brackets right after a timex: an optional weekday, the day and month
#: in either order, an optional year.
_BRACKETED_DAY = re.compile(
    rf"\s*\(\s*(?:(?P<weekday>{_WEEKDAY_NAME})\.?,?\s+)?"
    rf"(?:(?P<month>{_MONTH_NAME})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}"
    rf"|(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month2>{_MONTH_NAME})\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*\)",
    re.IGNORECASE,
)


#: The same calendar day set off by a comma (or a space) instead of brackets: "today,
#: Saturday, November 11, 2023", "today, 02 February 2020", "tomorrow Wednesday 17th
#: January 2017", "today, Tuesday June 20" (sixty-seventh session).
_APPOSED_DAY = re.compile(
    rf"(?:\s*,\s*(?:on\s+)?|\s+)(?:(?P<weekday>{_WEEKDAY_NAME})\.?,?\s+)?"
    rf"(?:(?P<month>{_MONTH_NAME})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}"
    rf"|(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month2>{_MONTH_NAME})\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?![\w-])",
    re.IGNORECASE,
)


def bracketed_day(
    text: str,
    end: int,
    *,
    near: date,
    reach: int,
    weekday: int | None = None,
    apposed: bool = False,
) -> date | None:
    """The day in brackets right after ``end`` in ``text``, if it fits what it restates;
    with ``apposed`` also one set off by a comma ("today, Saturday, November 11, 2023").

    It fits when it falls on ``weekday`` (0 = Monday; when the restated expression is a
    weekday) and on the weekday the bracket names, and lies within ``reach`` days of
    ``near`` (the day the expression reads as without the bracket); without a year, the
    fitting day nearest ``near`` of the year before, the same and the next.

    >>> bracketed_day("on Monday (25 October 2021)", 9, near=date(2021, 10, 27), reach=183,
    ...               weekday=0)
    datetime.date(2021, 10, 25)
    >>> bracketed_day("on Monday (25 Octobe\u017f 2021)", 9, near=date(2021, 10, 27), reach=9)
    >>> bracketed_day("held today, Saturday, November 11, 2023, in Riyadh", 10,
    ...               near=date(2023, 11, 12), reach=3, apposed=True)
    datetime.date(2023, 11, 11)
    """
    found = _BRACKETED_DAY.match(text, end)
    if found is None and apposed:
        found = _APPOSED_DAY.match(text, end)
    if found is None:
        return None
    month_name = found["month"] or found["month2"]
    if not month_name.isascii() or not (found["weekday"] or "").isascii():
        return None  # "Auguſt": ``re`` matched a letter ``str.lower`` does not make ASCII
    month = _MONTH_NUMBERS[month_name.lower()]
    number = int(found["day"] or found["day2"])
    named = WEEKDAYS[found["weekday"].lower()] if found["weekday"] else None
    years = [int(found["year"])] if found["year"] else [near.year - 1, near.year, near.year + 1]
    days = []
    for year in years:
        try:
            day = date(year, month, number)
        except ValueError:
            continue
        if weekday is not None and day.weekday() != weekday:
            continue
        if named is not None and day.weekday() != named:
            continue
        if abs((day - near).days) <= reach:
            days.append(day)
    return min(days, key=lambda day: abs((day - near).days)) if days else None
