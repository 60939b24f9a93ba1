"""From a match of :data:`~timeline.temporal.patterns.MASTER` to a TIMEX3 type and value.

One function per alternative of the master expression (the clock times, "today" and the
parts of the day are :mod:`timeline.temporal.times_of_day`'s). Values follow the
TIMEX3 ``value`` grammar of the TimeML Annotation Guidelines 1.2.1 (section
2.2) and ISO-TimeML (ISO 24617-1):

* DATE: ``2022-05-10``, ``2022-05``, ``2022-W19``, ``2022-W19-WE``,
  ``2022-Q3``, ``2022-H1``, ``2022-SU``, ``2022``, ``199`` (a decade), ``19``
  (a century), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``; an unknown part
  is ``X`` (``XXXX-03`` when there is no DCT to anchor "March"). A range
  such as "March 29-30" is our extension ``2022-03-29/2022-03-30`` (two
  values joined by ``/`` as in an ISO 8601 interval).
* TIME: ``2022-05-10T10:30``, ``2022-05-10TMO`` (a part of the day).
* DURATION: ``P6Y``, ``P2D``, ``PT5H``, ``PXY`` (an unknown count).
* SET: ``P1Y`` ("annually", "twice a year"), ``XXXX-WXX-1`` ("every Monday").

``mod`` is TimeML's START/MID/END/APPROX as :class:`~timeline.timex.DateMod`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from ..timex import DateMod
from ..word_lists import word_lists
from .anchoring import Context
from .calendar_values import add_months, in_calendar, shift_days, week_value, year_text
from .clause_tense import Tense
from .holidays import COUNTRY_HOLIDAYS, country_near, days_in_year
from .lexicon import (
    DATE_MODIFIERS,
    DAY_ORDINALS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    SEASONS,
    WEEKDAYS,
    number_value,
)
from .numeric_dates import hijri_day, hijri_mark_end, month_day
from .patterns import MONTH_PAIR_YEAR, MONTH_RANGE_END
from .years import (
    last_or_next_year,
    latest_century,
    relative_month_year,
    relative_year,
    valid_day,
)

__all__ = [
    "Found",
    "century",
    "date_mod",
    "day_of_month",
    "decade",
    "dmy",
    "fiscal",
    "holiday",
    "iso_date",
    "mdy",
    "mon",
    "month_number",
    "my",
    "numeric",
    "season",
    "span",
    "week_of_month",
    "word_before",
]

#: The reviewed lists of ``data/normalizer_words.yaml``, read by this module, by
#: :mod:`timeline.temporal.times_of_day` and by :mod:`timeline.temporal.relative` (when the
#: tagger is imported).
NORMALIZER_WORDS = word_lists(
    "normalizer_words.yaml",
    {
        "may_preceders": "words",
        "clock_preceders": "words",
        "clock_with_seconds_preceders": "words",
        "approx_words": "words",
        "a_duration_preceders": "words",
        "frequency_counts": "words",
        "per_preceders": "words",
        "plural_preceders": "words",
        "the_units_preceders": "words",
        "focus_adverbs": "words",
        "length_verbs": "words",
        "not_before_signal": "words",
        "compared_periods": "words",
        "counts_after_the_past": "words",
        "day_units": "words",
        "span_ahead_or_behind": "words",
        "modals": "words",
        "verb_last_openers": "words",
        "one_day_subjects": "words",
        "fractions": "words",
        "age_words": "words",
        "short_year_preceders": "words",
        "fall_season_preceders": "words",
        "fall_not_season_after": "words",
        "day_part_preceders": "words",
        "day_part_followers": "words",
    },
)
_FALL_SEASON_PRECEDERS = frozenset(NORMALIZER_WORDS.words("fall_season_preceders"))
_FALL_NOT_SEASON_AFTER = frozenset(NORMALIZER_WORDS.words("fall_not_season_after"))
#: A capitalised word right after a season: with a capitalised season after "the", a name
#: ("the Winter Olympics", "the Summer Palace", "the Spring Festival"), not a date; the
#: name may be wrapped at a line's end or spaced twice, not cut by a blank line.
_NAME_WORD_AFTER = re.compile(r"[^\S\n]*\n?[^\S\n]*(?<=\s)(?-i:[A-Z][a-z])")

_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

#: The date modifiers' words ("early", "end": a noun without its "of") -> ``DateMod``.
_MODS = {words.removesuffix(" of"): mod for words, mod in DATE_MODIFIERS.items()}
_MAY_PRECEDERS = frozenset(NORMALIZER_WORDS.words("may_preceders"))


class Found(NamedTuple):
    """A recognised expression before it becomes a :class:`~timeline.temporal.Timex`.

    A named tuple rather than a frozen dataclass: it is built for every match, and
    a tuple is the cheapest immutable record to build.
    """

    start: int
    end: int
    type: str
    value: str
    mod: DateMod | None = None


def date_mod(text: str | None) -> DateMod | None:
    if not text:
        return None
    words = " ".join(text.lower().replace("-", " ").split())
    for key, mod in _MODS.items():
        if key in words:
            return mod
    return None


def month_number(name: str) -> int:
    """The number of a month written in full or abbreviated: "March", "Sept." -> 3, 9."""
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def day_of_month(text: str) -> int:
    """The day of the month of "8", "8th", "eighth" or "twenty-second" / "twenty second"."""
    if text[0].isdigit():
        return int(text.lower().rstrip("stndrh"))
    return DAY_ORDINALS["-".join(text.lower().replace("-", " ").split())]


def _iso(y: int | None, m: int, d: int) -> str:
    return f"{year_text(y)}-{m:02d}-{d:02d}"


def word_before(ctx: Context, start: int) -> str:
    """The word before ``start`` (lower case, letters only), skipping spaces and hyphens.

    Any whitespace counts (form feed, U+0085, U+2028 ...), as :meth:`str.split` has it.
    """
    words = ctx.text[max(0, start - 30) : start].replace("-", " ").split()
    if not words:
        return ""
    last = words[-1]
    end = len(last)
    begin = end
    while begin > 0 and last[begin - 1].isalpha():
        begin -= 1
    return last[begin:end].lower()


def _attributive(ctx: Context, start: int) -> bool:
    """Whether a date modifies a noun after "the" ("the August 1988 cease-fire").

    Such a date names a background event; the narrative does not move to it, so it
    does not become the reference time (a bare "Aug. 2" after it keeps the DCT's year).
    """
    return ctx.text[max(0, start - 4) : start].lower() == "the "


def names_a_thing(ctx: Context, found: Found) -> bool:
    """Whether a day after "the" modifies a noun right after it ("the November 27 maritime
    border agreement"): it names a thing, not the day the story is on (TimeML 1.2.1,
    section 2.2: the anchor of an anaphoric expression is the story's time)."""
    return _attributive(ctx, found.start) and _NOUN_AFTER.match(ctx.text, found.end) is not None


#: A lower-case word right after a date: the noun (or its modifier) the date names.
_NOUN_AFTER = re.compile(r" (?!(?:and|or|to|in|at|on|of|for|by|with|when|as)\b)[a-z]")


def span(m: re.Match[str], name: str) -> tuple[int, int]:
    return m.start(name), m.end(name)


# --- absolute dates -------------------------------------------------------------------------


def iso_date(m: re.Match[str], ctx: Context) -> Found | None:
    y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    if not valid_day(y, mo, d):
        return None
    s, e = span(m, "iso")
    ctx.remember(y, mo, e)
    if m["iso_t"]:
        return Found(s, e, "TIME", f"{_iso(y, mo, d)}T{m['iso_t']}")
    return Found(s, e, "DATE", _iso(y, mo, d))


def numeric(m: re.Match[str], ctx: Context) -> Found | None:
    a, b, yt = int(m["num_a"]), int(m["num_b"]), m["num_y"]
    y = int(yt) if len(yt) == 4 else (1900 + int(yt) if int(yt) > 30 else 2000 + int(yt))
    s, e = span(m, "num")
    hijri_end = hijri_mark_end(ctx.text, e)
    if hijri_end is not None:
        # "21/5/1445 AH": the Gregorian day it falls on (day first), none for a short year
        hijri = hijri_day(a, b, y) if len(yt) == 4 and not m["num_hh"] else None
        return None if hijri is None else Found(s, hijri_end, "DATE", hijri.isoformat())
    if m["num_sep"] == "." or a > 12:
        d, mo = a, b
    elif b > 12:
        mo, d = a, b
    else:
        mo, d = month_day(a, b, y, ctx.text, m.start("num_a"), ctx.dct)
    if not valid_day(y, mo, d):
        return None
    ctx.remember(y, mo, e)
    if m["num_hh"]:
        return Found(s, e, "TIME", f"{_iso(y, mo, d)}T{int(m['num_hh']):02d}:{m['num_mi']}")
    return Found(s, e, "DATE", _iso(y, mo, d))


def _day_value(
    ctx: Context,
    s: int,
    e: int,
    mo: int,
    d: int,
    d2: int | None,
    mo2: int | None,
    ytext: str | None,
    relative: str | None = None,
    last_or_next: str | None = None,
    weekday: int | None = None,
) -> Found | None:
    if ytext:
        y: int | None = int(ytext)
        assert y is not None
        if d2 is not None and mo2 is not None and mo2 < mo:
            # "December 30 to January 2, 2023": the one year written is the range's end's,
            # which runs over New Year from the year before
            y -= 1
        if not _attributive(ctx, s):
            ctx.remember(y, mo, e)
    elif relative:  # "April 18 last year", as "April of last year" (my)
        y = relative_year(ctx, relative, s)
    elif last_or_next:  # "last March 5", "next Oct. 2"
        y = last_or_next_year(ctx.dct, last_or_next, mo, d, weekday)
    else:
        y = ctx.day_year(mo, d, s, e)
    if y is not None and not valid_day(y, mo, d):
        return None
    first = _iso(y, mo, d)
    if d2 is None:
        return Found(s, e, "DATE", first)
    mo2 = mo2 or mo
    y2 = y + 1 if (y is not None and mo2 < mo) else y
    if y2 is not None and not valid_day(y2, mo2, d2):
        return None
    last = _iso(y2, mo2, d2)
    if last <= first:
        return None
    return Found(s, e, "DATE", f"{first}/{last}")


#: The word that joins two days into a list, not a range ("on July 12 and August 21").
_AND = re.compile(r"\band\b", re.IGNORECASE)


def _two_days(ctx: Context, found: Found | None, joint: tuple[int, int], start: int) -> bool:
    """Whether ``found``, a pair of days joined by "and" at ``joint``, names two days, not
    the days between them: the second is not the day after the first, and no "between"
    makes the pair a range ("between 5 and 10 May"). "On 9 and 10 October" is one span of
    two days (a two-day meeting); "on July 12 and August 21, 2019" two days (TimeML 1.2.1,
    section 2.2: each date of a conjunction is its own TIMEX3).
    """
    if found is None or "/" not in found.value or not _AND.search(ctx.text, *joint):
        return False
    if word_before(ctx, start) == "between":
        return False
    first, last = found.value.split("/")
    one, two = (f"2000{v[4:]}" if not v[:4].isdigit() else v for v in (first, last))
    if two < one:  # the year unknown and the pair over New Year
        two = f"2001{two[4:]}"
    try:
        return (date.fromisoformat(two) - date.fromisoformat(one)).days > 1
    except ValueError:
        return False


def mdy(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m, "mdy")
    mo = month_number(m["mdy_m"])
    d2 = day_of_month(m["mdy_d2"]) if m["mdy_d2"] else None
    mo2 = month_number(m["mdy_m2"]) if m["mdy_m2"] else None
    found = _day_value(
        ctx,
        s,
        e,
        mo,
        day_of_month(m["mdy_d"]),
        d2,
        mo2,
        m["mdy_y"],
        m["mdy_rel"],
        m["mdy_lr"],
        WEEKDAYS[m["mdy_wd"].lower()] if m["mdy_wd"] else None,
    )
    if m["mdy_d2"]:
        second = m.start("mdy_m2") if m["mdy_m2"] else m.start("mdy_d2")
        if _two_days(ctx, found, (m.end("mdy_d"), second), s):
            # the first day alone ("July 12"); the scan goes on after it to the second
            assert found is not None
            found = Found(s, m.end("mdy_d"), found.type, found.value.split("/")[0])
    if found is not None and m["mdy_mod"]:
        return Found(found.start, found.end, found.type, found.value, date_mod(m["mdy_mod"]))
    return found


def dmy(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m, "dmy")
    mo = month_number(m["dmy_m"])
    d1, d2 = day_of_month(m["dmy_d"]), (day_of_month(m["dmy_d2"]) if m["dmy_d2"] else None)
    if m["dmy_m1"]:  # 30 March - 2 April
        found = _day_value(
            ctx, s, e, month_number(m["dmy_m1"]), d1, d2, mo, m["dmy_y"], m["dmy_rel"]
        )
    else:
        found = _day_value(ctx, s, e, mo, d1, d2, None, m["dmy_y"], m["dmy_rel"])
    if d2 is not None:
        joint = (m.end("dmy_m1") if m["dmy_m1"] else m.end("dmy_d"), m.start("dmy_d2"))
        if _two_days(ctx, found, joint, s):
            # the second day, with the month and year the pair shares ("20 March 2019");
            # the first ("3") names its month only through the second
            assert found is not None
            return Found(m.start("dmy_d2"), e, found.type, found.value.split("/")[1])
    return found


#: "this month" is the DCT's, "last month" the one before, "next month" the one after.
_MONTH_SHIFT = {"this": 0, "last": -1, "next": 1}


def ordinal_day(m: re.Match[str], ctx: Context) -> Found | None:
    """A day of the month named by its ordinal alone after "on": "on the 24th", "on the
    17th of this month" (TimeML 1.2.1, section 2.2, ``value``: the month the text leaves
    out is the reference time's). The month of the day the sentence named before it ("On
    the 23rd of January we will meet ..., and on the 24th"), the next one when the day
    is earlier than that day; else the DCT's, or the month before in a past clause when
    the day lies after the DCT ("Mali said on the 4th"), the month after in a future
    clause when it lies before. "Of this / last / next month" counts from the DCT.

    >>> from datetime import date
    >>> from timeline.temporal import tag
    >>> [t.value for t in tag("Mali said on the 4th that it cut ties.", date(2024, 8, 5))]
    ['2024-08-04']
    >>> [t.value for t in tag("He will arrive on 30 May and talks will take place on the 31st.",
    ...                       date(2021, 5, 17))]
    ['2021-05-30', '2021-05-31']
    >>> [t.value for t in tag("He took office on the 17th of this month.", date(2023, 11, 28))]
    ['2023-11-17']
    >>> [t.value for t in tag("They met on the 5th floor.", date(2023, 11, 28))]
    []
    """
    s, e = span(m, "oday")
    if word_before(ctx, s) != "on":
        return None
    d = int(m["oday_d"])
    dct = ctx.dct
    day = None if m["oday_rel"] else ctx.day_in_sentence(s)
    if day is not None:
        y, mo = add_months(day.year, day.month, 1) if d < day.day else (day.year, day.month)
    elif dct is None:
        return None
    elif m["oday_rel"]:
        y, mo = add_months(dct.year, dct.month, _MONTH_SHIFT[m["oday_rel"].lower()])
    else:
        past = ctx.tense(s, e) is Tense.past
        shift = -1 if past and d > dct.day else 1 if not past and d < dct.day else 0
        y, mo = add_months(dct.year, dct.month, shift)
    if not valid_day(y, mo, d):
        return None
    return Found(s, e, "DATE", _iso(y, mo, d))


def my(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m, "my")
    mo = month_number(m["my_m"])
    y: int | None
    if m["my_y"] or m["my_sy"]:
        y = int(m["my_y"]) if m["my_y"] else spoken_year_value(m["my_sy"])
        if y is None:
            return None
        if not _attributive(ctx, s):
            ctx.remember(y, mo, e)
    else:
        y = relative_year(ctx, m["my_rel"], s)
    if m["my_m0"] and y is not None:
        # "March-June 2003", "December-February 2023": one range of months (our ISO
        # interval extension, as for days), its first month in the year before when later
        # in the calendar than its last
        first = month_number(m["my_m0"])
        if first != mo:
            y0 = y if first < mo else y - 1
            value = f"{year_text(y0)}-{first:02d}/{year_text(y)}-{mo:02d}"
            return Found(s, e, "DATE", value, date_mod(m["my_mod"]))
    return Found(s, e, "DATE", f"{year_text(y)}-{mo:02d}", date_mod(m["my_mod"]))


#: "March" followed by these after "the" is a procession, not the month.
_A_MARCH = re.compile(r"\s+(?:for|of|on|against|to)\s")


def mon(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m, "mon")
    name = m["mon_m"]
    mo = month_number(name)
    rel = (m["mon_rel"] or "").lower().split()
    if mo == 5 and not m["mon_mod"] and not rel and word_before(ctx, s) not in _MAY_PRECEDERS:
        return None
    if name == "March" and not m["mon_mod"] and not rel and _A_MARCH.match(ctx.text, e):
        before = ctx.text[max(0, s - 12) : s].rstrip(" `'\"“‘")
        if before.lower().endswith(("the", "annual", "a")):
            return None  # "the annual March for Life", "the ``March of the Mothers''"
    y: int | None
    if rel and ctx.dct is not None:
        y = relative_month_year(ctx.dct, rel[-1], mo)
    else:
        y = _pair_year(ctx, e, mo)
        if y is None:
            y = _range_start_year(ctx, s, e, mo)
        if y is None:
            y = ctx.month_year(mo, s, e)
    return Found(s, e, "DATE", f"{year_text(y)}-{mo:02d}", date_mod(m["mon_mod"]))


def _pair_year(ctx: Context, end: int, month: int) -> int | None:
    """The year of a month named without one (ending at ``end``) that a later month of its
    range or list writes ("between May and July 2021", "from March through June 2004", "in
    March, April and May 2022") or counts from the DCT or the narrative ("from January to
    September last year"): TimeML 1.2.1, section 2.2, ``value``: an underspecified
    expression takes the parts it lacks from its anchor, here the other end of the pair.
    A range whose first month comes later in the calendar than its last began the year
    before ("from December to February 2023"); None when no such month follows.

    >>> _pair_year(Context("between May and July 2021", None), 11, 5)
    2021
    >>> _pair_year(Context("from December to February 2023", None), 13, 12)
    2022
    >>> _pair_year(Context("from January to September last year", date(2017, 1, 3)), 12, 1)
    2016
    >>> _pair_year(Context("in May, and 2021 was", None), 6, 5) is None
    True
    """
    pair = MONTH_PAIR_YEAR.match(ctx.text, end)
    if pair is None:
        return None
    if pair["rel"]:
        # "from January to September last year": the year the second month's words give
        relative = relative_year(ctx, pair["rel"], pair.start("rel"))
        if relative is None:
            return None
        year = relative
    else:
        year = int(pair["year"])
    if pair["link"].lower() not in ("and", "or") and month > month_number(pair["month"]):
        year -= 1
    return year if in_calendar(year) else None


def _range_start_year(ctx: Context, start: int, end: int, month: int) -> int | None:
    """The year of the first month of a range with no year ("from July to June", "from
    January to October", "between December and February"): the range cannot end before
    it starts, so its start is the latest such month not after its end, and the end is
    anchored as any month is (its clause's tense from the DCT, or the narrative).
    TimeML 1.2.1, section 2.2, ``value``: an underspecified expression takes the parts it
    lacks from its anchor, here the other end of its range. Anchored apart, "from January
    to October" on a page of March 1998 read January 1998 and October 1997. None when no
    such month follows "from" or "between".
    """
    before = word_before(ctx, start)
    if before not in ("from", "between"):
        return None
    pair = MONTH_RANGE_END.match(ctx.text, end)
    if pair is None or (pair["link"] == "and") != (before == "between"):
        return None
    last = month_number(pair["month"])
    last_year = ctx.month_year(last, pair.start("month"), pair.end("month"))
    if last_year is None:
        return None
    year = last_year if month <= last else last_year - 1
    return year if in_calendar(year) else None


#: "the nineties" -> 9 (the decade digit).
_DECADE_DIGIT = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def decade(m: re.Match[str], ctx: Context) -> Found | None:
    """'the 1990s', 'the early 1990s', 'the nineties' (TimeML decade value ``199``).

    A decade in words has no century: it is the latest one not after the DCT's year
    ("the nineties" in 1998 is ``199``, "the twenties" in 2024 ``202``), the 1900s
    without a DCT. "The" is part of it, as TimeBank marks "the nineties".
    """
    s, e = span(m, "dec")
    if m["dec_w"]:
        digit = _DECADE_DIGIT[m["dec_w"].lower()]
        century = latest_century(ctx.dct, digit)
        if century is None:
            return None
        return Found(s, e, "DATE", f"{century}{digit}", date_mod(m["dec_wm"]))
    if m["dec_t"]:
        return _two_digit_decade(m, ctx, s, e)
    if not m["dec_mod"] and ctx.text[s : s + 4].lower() == "the ":
        s += 4
    return Found(s, e, "DATE", f"{m['dec_c']}{m['dec_d']}", date_mod(m["dec_mod"]))


#: A decade of two digits next to another decade: "the 70s and 80s", "the 1940s and 50s".
_DECADE_AFTER = re.compile(
    r"\s*(?:and|or|to|through|-|–)\s*(?:the\s+)?['’]?(?:1\d|20)?\d0['’]?s(?!\w)"
)
_DECADE_BEFORE = re.compile(
    r"(?<!\w)(?:1\d|20)?\d0['’]?s\s*(?:and|or|to|through|-|–)\s*(?:the\s+)?$"
)
#: Before a count of years in tens, these make it an age ("in his 70s", "aged in her early
#: 30s") or a temperature reading ("highs in the 70s"), not a decade.
_AGE_OR_READING = re.compile(
    r"\b(?:his|her|their|its|my|our|your|whose|aged?|ages|age|highs?|lows?|temperatures?|"
    r"degrees|mph|miles)\s+(?:(?:in\s+)?(?:the\s+)?(?:early|mid|late)[\s-]+)?(?:in\s+the\s+)?$",
    re.IGNORECASE,
)


def _two_digit_decade(m: re.Match[str], ctx: Context, s: int, e: int) -> Found | None:
    """'the '80s', 'the early '80s', 'the 70s and 80s', 'the 1940s and '50s': a decade
    written with two digits (TimeML 1.2.1, section 2.2.1, value: a decade is its first
    three digits, ``198``). The century is that of the latest such decade begun by the
    DCT's year. Without an apostrophe ("80s") it is a decade only beside another decade,
    since "the 70s" alone is as often an age or a temperature; never after a possessive
    or "aged" ("in his 70s"). The apostrophe belongs to it ("'80s"), as in "since '82"."""
    text = ctx.text
    if not m["dec_mod"] and s > 0 and text[s - 1] in "'’":
        s -= 1  # the match began at the digit: the apostrophe before it is part of it
    digits = m.start("dec_t")
    apostrophe = text[digits - 1] in "'’" or text[digits + 2 : digits + 3] in ("'", "’")
    before = _DECADE_BEFORE.search(text, max(0, s - 40), s)
    if not (apostrophe or before is not None or _DECADE_AFTER.match(text, e) is not None):
        return None
    first = s if before is None else before.start()  # "in their 70s and 80s": both ages
    if _AGE_OR_READING.search(text, max(0, first - 40), first):
        return None
    digit = int(m["dec_t"])
    century = latest_century(ctx.dct, digit)
    if century is None:
        return None
    return Found(s, e, "DATE", f"{century}{digit}", date_mod(m["dec_mod"]))


def century(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m, "cen")
    n = int(m["cen_o"])
    return Found(s, e, "DATE", f"{n - 1:02d}", date_mod(m["cen_mod"])) if 1 <= n <= 21 else None


def fiscal(m: re.Match[str], ctx: Context) -> Found | None:
    """'fiscal 1990', 'fiscal year 2024', 'FY2023', 'FY24', 'fiscal year 2023-24': the
    year named first (TimeBank writes "fiscal 1990" as ``1990``). A second year is part of
    the expression only when it is the next one."""
    s, e = span(m, "fy")
    t = m["fy_y"].lstrip("'")
    y = int(t) if len(t) == 4 else (1900 + int(t) if int(t) > 30 else 2000 + int(t))
    if m["fy_y2"] and int(m["fy_y2"]) % 100 != (y + 1) % 100:
        e = m.end("fy_y")  # "fiscal 1990-95": a range of years, not one fiscal year
    return Found(s, e, "DATE", str(y))


def spoken_year_value(text: str) -> int | None:
    """The year a read-out year stands for: "nineteen ninety-four" -> 1994; None if not one."""
    words = text.lower().replace("-", " ").split()
    if len(words) < 2:
        return None
    if words[0] in ("nineteen", "eighteen"):
        century = 1900 if words[0] == "nineteen" else 1800
        rest = words[1:]
        tail = number_value("-".join(rest)) if len(rest) > 1 else number_value(rest[0])
        if tail is None:
            return None
        return century + (0 if tail == 100 else tail)
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + ((number_value(rest[0]) or 0) if rest else 0)
    return None


def season(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m, "sea")
    code = SEASONS[m["sea_s"].lower()]
    rel = " ".join((m["sea_rel"] or "").lower().split())
    explicit = int(m["sea_y"]) if m["sea_y"] else spoken_year_value(m["sea_sy"] or "")
    if m["sea_ry"] and ctx.dct is not None:
        explicit = relative_year(ctx, m["sea_ry"], s)
    if not (explicit or m["sea_ry"] or m["sea_mod"] or rel):
        return None
    if rel == "the" and m["sea_s"].lower() == "fall" and not (explicit or m["sea_ry"]):
        # "in the fall" is the season, "the fall of the Soviet Union" a falling
        before = ctx.text[max(0, s - 12) : s].lower().split()
        after = ctx.text[e : e + 12].lower().split()
        if (
            not before
            or before[-1] not in _FALL_SEASON_PRECEDERS
            or (after and after[0] in _FALL_NOT_SEASON_AFTER)
        ):
            return None
    season_word = m["sea_s"]
    if (
        rel == "the"
        and not (explicit or m["sea_ry"] or m["sea_mod"])
        and season_word[0].isupper()
        and season_word[1:].islower()
        and _NAME_WORD_AFTER.match(ctx.text, e)
    ):
        # "the opening of the Winter Olympics", "before the Spring Festival holiday": a
        # capitalised season that opens a name with the next capitalised word is part of
        # that name, not a time expression (TimeML 1.2.1, section 2.2; TIDES TIMEX2
        # 2005, "names"), as "This Week With David Brinkley" is not (relative.py)
        return None
    first = _SEASON_FIRST_MONTH[code]
    y: int | None
    if explicit:
        y = explicit
    elif ctx.dct is None or m["sea_ry"]:
        y = None
    else:
        dct = ctx.dct
        this = dct.year - 1 if code == "WI" and dct.month <= 2 else dct.year
        begun = (this, first) <= (dct.year, dct.month)
        ended = add_months(this, first, 3) <= (dct.year, dct.month)
        if rel.endswith(("last", "past")):
            y = this if ended else this - 1
        elif rel.endswith(("next", "coming")):
            y = this + 1 if begun else this
        elif rel == "this" or (begun and not ended):
            y = this  # "this winter"; "in the fall" told in the fall is this one
        else:
            y = ctx.month_year(first, s, e)
    return Found(s, e, "DATE", f"{year_text(y)}-{code}", date_mod(m["sea_mod"]))


#: The day a week of a month holds: the month's first week is the one with most of its
#: days in the month, the week of the 4th (as ISO 8601's first week of a year is the week
#: of 4 January); the last week holds the day three days before the month's end.
_WEEK_OF_MONTH_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def week_of_month(m: re.Match[str], ctx: Context) -> Found | None:
    """'the last week of March', 'the first week of May 2009': one DATE, the ISO week
    (TimeML 1.2.1, section 2.2.1: the whole phrase names one week; its value is the ISO
    week ``YYYY-Www`` with most of its days in the month, in the month's order)."""
    s, e = span(m, "wkof")
    mo = month_number(m["wkof_m"])
    y = int(m["wkof_y"]) if m["wkof_y"] else ctx.month_year(mo, s, e)
    if y is None:
        return Found(s, e, "DATE", f"XXXX-{mo:02d}")
    ordinal = m["wkof_o"].lower()
    if ordinal in _WEEK_OF_MONTH_DAY:
        day = date(y, mo, _WEEK_OF_MONTH_DAY[ordinal])
    else:
        next_year, next_month = add_months(y, mo, 1)
        last = shift_days(date(next_year, next_month, 1), -1) if in_calendar(next_year) else None
        if last is None:
            return None
        day = shift_days(last, -3) or last
    return Found(s, e, "DATE", week_value(day))


def holiday(m: re.Match[str], ctx: Context) -> Found | None:
    """'Thanksgiving Day', 'last Christmas', 'Easter week', 'Nowruz 2024', 'Eid al-Adha'.

    Without a year, the holiday is the occurrence the tense points to (the
    last one on or before the DCT, or the next one in a future clause), as
    for a bare month; see :mod:`timeline.temporal.holidays` for the rules.
    """
    s, e = span(m, "hol")
    name = m["hol_n"]
    country = None
    if name.lower() in COUNTRY_HOLIDAYS:
        country = country_near(ctx.text, s, e, ctx.sentence(s, e))
    if days_in_year(name, 2000, country) is None:
        return Found(s, e, "DATE", "XXXX-XX-XX")  # whose Independence Day?
    day = _holiday_day(m, ctx, name, country, s, e)
    if day is None:
        return Found(s, e, "DATE", "XXXX-XX-XX")
    if m["hol_y"]:
        ctx.remember(day.year, day.month, e)
    if m["hol_w"]:
        return Found(s, e, "DATE", week_value(day))
    return Found(s, e, "DATE", day.isoformat())


def _holiday_day(
    m: re.Match[str], ctx: Context, name: str, country: str | None, s: int, e: int
) -> date | None:
    def days(year: int) -> list[date]:
        return days_in_year(name, year, country) or []

    if m["hol_y"]:
        found = days(int(m["hol_y"]))
        return found[0] if found else None
    ref = ctx.current_reference(s)
    if ref is not None:
        found = days(ref.year)
        return found[0] if found else None
    dct = ctx.dct
    if dct is None:
        return None
    rel = (m["hol_r"] or "").lower()
    if rel == "this":
        found = days(dct.year)
        return found[0] if found else None
    around = sorted(days(dct.year - 1) + days(dct.year) + days(dct.year + 1))
    before = [d for d in around if d <= dct]
    after = [d for d in around if d >= dct]
    if rel == "last":
        before = [d for d in before if d < dct]
        return before[-1] if before else None
    if rel == "next" or (after and (after[0] - dct).days <= _HOLIDAY_AHEAD):
        after = [d for d in after if d > dct] if rel == "next" else after
        return after[0] if after else None
    if ctx.tense(s, e) is Tense.future:
        return after[0] if after else None
    return before[-1] if before else None


#: A holiday this close ahead of the DCT is the coming one ("Christmas" in a December article).
_HOLIDAY_AHEAD = 31
