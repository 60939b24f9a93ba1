"""Quarters and halves of a year: "the third quarter of 1989", "the first half of 2023",
"the latest quarter", "the comparable period", and the codes business news writes, "Q3
2019", "H2 2019".

TIMEX3 writes a quarter ``YYYY-Qn`` and a half-year ``YYYY-Hn`` (TimeML Annotation
Guidelines 1.2.1, section 2.2, ``value``; their intervals are
those of :func:`timeline.timex.interval_for`). A quarter named is remembered, so that "the period"
and "a year earlier" of an earnings report can be read against it.
"""

from __future__ import annotations

import re
from datetime import date

from .anchoring import Context
from .calendar_values import add_months, year_text
from .lexicon import ORDINALS
from .normalize import Found, month_number, span
from .patterns import MONTH, YEAR
from .years import relative_year

__all__ = ["quarter", "quarter_code", "relative_quarter", "reported_period"]


def quarter(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m, "qtr")
    half = m["qtr_lh"] is not None or m["qtr_u"].lower() == "half"
    ordinal = (m["qtr_o"] or "").lower()
    # the final (last) quarter is the fourth, the final half the second
    n = 2 if m["qtr_lh"] or (half and ordinal in ("final", "last")) else ORDINALS[ordinal]
    if half and n > 2:
        return None
    ytext = m["qtr_y"] or m["qtr_y1"]
    rel = m["qtr_rel"] or m["qtr_rel1"]
    y: int | None
    if ytext:
        y = int(ytext)
    elif rel:
        y = relative_year(ctx, rel, s)
    else:
        y = ctx.quarter_year(n, s, e) if not half else (ctx.dct.year if ctx.dct else None)
    if not (ytext or rel) and ctx.text[s : s + 4].lower() == "the " and "-" in m["qtr"]:
        s += 4  # "the third-quarter loss": the article belongs to the noun
    if y is not None and not half:
        ctx.remember_quarter(y, n, e)
    return Found(s, e, "DATE", f"{year_text(y)}-{'H' if half else 'Q'}{n}")


#: A capitalised word before a code that does not open its sentence: the code is a model's
#: name ("Audi Q3 2019", "Kawasaki H2 2019"), not a quarter. A word that opens a sentence
#: ("In H2 2019, ..."), a possessive ("Kazakhstan's Q3 2019 figures") and a word in capitals
#: do not count.
_NAME_BEFORE = re.compile(r"(?<![\s.!?:;\"“‘'(\[])\s+(?-i:[A-Z][a-z]+)\s+\Z")


def quarter_code(m: re.Match[str], ctx: Context) -> Found | None:
    """A quarter or a half-year as business news abbreviates it, "Q3 2019", "H2 2019",
    "Q1 of 2020", "2019 Q3", "Q4 of last year": ``2019-Q3``, ``2019-H2`` (the pattern wants
    the year: "Q3" alone is not read, nor "H2O", "G20", "Q&A"); not after a name, a model
    ("Audi Q3 2019")."""
    s, e = span(m, "qcode")
    if m["qcode_y1"] is None and _NAME_BEFORE.search(ctx.text, max(0, s - 40), s):
        return None
    half = m["qcode_h"] is not None
    n = int(m["qcode_h"] or m["qcode_q"])
    ytext = m["qcode_y"] or m["qcode_y1"]
    y = int(ytext) if ytext else relative_year(ctx, m["qcode_rel"], s)
    if y is not None and not half:
        ctx.remember_quarter(y, n, e)
    return Found(s, e, "DATE", f"{year_text(y)}-{'H' if half else 'Q'}{n}")


def _quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


#: "the quarter ended July 31", "the quarter ending Sept. 30, 1989": the day the quarter
#: ends, written after it (bounded: a month, a day of two digits, a year).
_ENDED_ON = re.compile(
    rf"\s+end(?:ed|ing)\s+(?P<month>{MONTH})\s*\d{{1,2}}(?!\d)(?:,\s*(?P<year>{YEAR}))?",
    re.IGNORECASE,
)


def _quarter_ended(ctx: Context, dct: date, e: int) -> tuple[int, int] | None:
    """The calendar quarter of "the quarter ended July 31": the one that holds most of the
    three months up to that day, that is the quarter of its middle month (May, June, July:
    the second), as a named quarter is its value (TimeML 1.2.1, section 2.2, ``value``:
    ``YYYY-Qn``). A year not written is the latest such day not after the DCT after
    "ended" (a quarter that ended is past), the nearest one to the DCT after "ending"
    ("the quarter ending Dec. 31" told in October is the current one)."""
    ended = _ENDED_ON.match(ctx.text, e)
    if ended is None:
        return None
    month = month_number(ended["month"].rstrip("."))
    if ended["year"]:
        year = int(ended["year"])
    elif ended.group().lower().lstrip().startswith("ended"):
        year = dct.year if month <= dct.month else dct.year - 1
    else:
        now = 12 * dct.year + dct.month
        year = min((dct.year - 1, dct.year, dct.year + 1), key=lambda y: abs(12 * y + month - now))
    year, middle = add_months(year, month, -1)
    return year, (middle - 1) // 3 + 1


def relative_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m, "rq")
    if ctx.dct is None:
        return Found(s, e, "DATE", "XXXX-QX")
    w = " ".join((m["rq_w"] or "").lower().split())
    ended = _quarter_ended(ctx, ctx.dct, e) if not w else None
    if ended is not None:
        ctx.remember_quarter(*ended, e)
        return Found(s, e, "DATE", f"{year_text(ended[0])}-Q{ended[1]}")
    y, q = _quarter_of(ctx.dct)
    if w in ORDINALS:
        n = ORDINALS[w]
        y = ctx.quarter_year(n, s, e) or y
        ctx.remember_quarter(y, n, e)
        return Found(s, e, "DATE", f"{year_text(y)}-Q{n}")
    if w == "current":
        ctx.remember_quarter(y, q, e)
        return Found(s, e, "DATE", f"{year_text(y)}-Q{q}")
    y, mo = add_months(y, 3 * q - 2, -3)
    y, q = y, (mo - 1) // 3 + 1
    if w in ("year-ago", "year-earlier"):
        y -= 1
    else:
        ctx.remember_quarter(y, q, e)
    return Found(s, e, "DATE", f"{year_text(y)}-Q{q}")


def reported_period(m: re.Match[str], ctx: Context) -> Found | None:
    """'the latest period', 'the comparable period', 'the 1988 period' (financial results).

    Earnings reports call the quarter they report "the period": with a quarter in
    context ("the third quarter ... the latest period") it is that quarter, the
    comparable period a year back, "the 1988 period" that quarter of 1988; without
    one, "the 1988 period" is the year and "the latest period" the last quarter.
    """
    s, e = span(m, "per")
    quarter = ctx.recent_quarter(s)
    known = quarter is not None and quarter.quarter is not None
    if m["per_y"]:
        y = int(m["per_y"])
        value = f"{y}-Q{quarter.quarter}" if known and quarter is not None else str(y)
        return Found(s, e, "DATE", value)
    if ctx.dct is None:
        return Found(s, e, "DATE", "XXXX-QX")
    if quarter is not None and quarter.quarter is not None:
        y, q = quarter.year, quarter.quarter
    else:
        y, q = _quarter_of(ctx.dct)  # the quarter before the DCT's, as "the latest quarter"
        y, mo = add_months(y, 3 * q - 2, -3)
        q = (mo - 1) // 3 + 1
    if m["per_w"].lower() in ("comparable", "corresponding"):
        y -= 1
    return Found(s, e, "DATE", f"{year_text(y)}-Q{q}")
