"""Relative dates, durations, sets, temporal references and bare years.

The second half of the normalizers (see :mod:`timeline.temporal.normalize`
for the absolute forms). Values follow TimeML 1.2.1 / ISO-TimeML:

* "last year" -> ``2023`` (DCT 2024-...), "next month" -> ``2024-12``,
  "this week" -> ``2024-W45``, "earlier this year" -> ``2024`` with mod START;
* "three years ago" -> ``2021``; "a year earlier" is anchored on the
  reference time when the paragraph has one;
* "the past six years" -> DURATION ``P6Y``, "two-day" -> ``P2D``,
  "several weeks" -> ``PXW``;
* "annually", "every year", "twice a year" -> SET ``P1Y``;
* "recently" -> ``PAST_REF``, "so far" -> ``PRESENT_REF``, "the future" ->
  ``FUTURE_REF``;
* "in 2024" -> ``2024`` (a year is never turned into a day).
"""

from __future__ import annotations

import math
import re
from datetime import date

from ..timex import DateMod
from .anchoring import Context
from .calendar_values import add_months, in_calendar, shift_days, week_value, year_text
from .clause_tense import Tense, is_past_verb
from .lexicon import (
    COUNT_QUANTIFIERS,
    DAY_CLOSERS,
    EVENT_NOUNS,
    FIGURE_VERBS,
    LABEL_NOUNS,
    MONTHS,
    PARTS_OF_DAY,
    REFERENCE_WORDS,
    SEASONS,
    SET_ADVERBS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
    number_value,
)
from .normalize import NORMALIZER_WORDS, Found, date_mod, span, word_before
from .tense_markers import past_cues

__all__ = [
    "ago",
    "anaphoric",
    "durations",
    "earlier_in",
    "half_duration",
    "plural_duration",
    "range_start_duration",
    "reference",
    "relative",
    "sets",
    "spoken_year",
    "year",
    "year_adjective",
]

_APPROX_WORDS = NORMALIZER_WORDS.words("approx_words")
_A_DURATION_PRECEDERS = frozenset(NORMALIZER_WORDS.words("a_duration_preceders"))
_FREQUENCY_COUNTS = frozenset(NORMALIZER_WORDS.words("frequency_counts"))
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_PER_PRECEDERS = frozenset(NORMALIZER_WORDS.words("per_preceders"))
#: A count of things right before: "15 million instructions", "5,000 tonnes", "358,000".
_COUNT_BEFORE = re.compile(
    r"(?<![$€£\d.,])\d[\d,]*(?:\s+(?:hundred|thousand|million|billion))?(?:\s+[a-z]+s)?\s+$"
)


def after_count(ctx: Context, start: int) -> bool:
    """Whether a count of things ends right before ``start``: "10,000 units annually".

    Things counted per unit of time are a speed or a throughput ("15 million
    instructions per second", "5,000 tonnes daily", "hires 300 a month"), a unit of
    measure, not a set of recurring times: the TimeML guidelines do not mark
    expressions of speed (TimeML Annotation Guidelines, TempEval-2010 version,
    section 3.2.3). Money and shares per period ("$35 a night", "$2 million a year",
    "20% annually") stay SETs, as TimeBank marks them; so does a count of
    occurrences ("twice a year").
    """
    return _COUNT_BEFORE.search(ctx.text, max(0, start - 40), start) is not None


_PLURAL_PRECEDERS = frozenset(NORMALIZER_WORDS.words("plural_preceders"))
#: Focus adverbs, not part of an expression (TimeBank leaves them out: section 2.2.1).
_FOCUS_ADVERBS = frozenset(NORMALIZER_WORDS.words("focus_adverbs"))
#: Verbs of a length of time: "can take weeks", "lasted hours", "spent years".
_LENGTH_VERBS = frozenset(NORMALIZER_WORDS.words("length_verbs"))
#: "days before the vote", "an hour after the blast": a signal follows the duration.
_SIGNAL_AFTER = re.compile(r"\s+(?:before|after)(?![\w-])")
#: Before these the plural is a noun phrase of its own ("the first days after the vote").
_NOT_BEFORE_SIGNAL = frozenset(NORMALIZER_WORDS.words("not_before_signal"))


def _unit(word: str) -> str:
    w = word.lower()
    return UNIT_PLURALS.get(w, w)


#: The value of each unit when the shift leaves the calendar (years 1-9999).
_UNKNOWN = {
    "day": "XXXX-XX-XX",
    "night": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX",
    "fortnight": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}


def _shifted(day: date, unit: str, n: int) -> str | None:
    """The TIMEX3 value of the ``unit`` ``n`` units away from ``day``, at that unit.

    Unknown (``XXXX``) when that is outside the calendar; ``None`` for a clock unit.
    """
    if unit in ("day", "night", "week", "weekend", "fortnight"):
        days = n if unit in ("day", "night") else 7 * n * (2 if unit == "fortnight" else 1)
        shifted = shift_days(day, days)
        if shifted is None:
            return _UNKNOWN[unit]
        return shifted.isoformat() if unit in ("day", "night") else week_value(shifted)
    if unit in ("month", "quarter"):
        y, m = add_months(day.year, day.month, n if unit == "month" else 3 * n)
        if not in_calendar(y):
            return _UNKNOWN[unit]
        return f"{y:04d}-{m:02d}" if unit == "month" else f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit in ("year", "decade", "century"):
        y = day.year + n * {"year": 1, "decade": 10, "century": 100}[unit]
        if not in_calendar(y):
            return _UNKNOWN[unit]
        return {"year": f"{y:04d}", "decade": f"{y // 10:03d}", "century": f"{y // 100:02d}"}[unit]
    return None


#: "A year earlier", "a quarter earlier" name the period compared with (a DATE, as
#: TimeBank annotates financial news); with other units "earlier"/"later" is a signal.
_COMPARED_PERIODS = frozenset(NORMALIZER_WORDS.words("compared_periods"))


def ago(m: re.Match[str], ctx: Context) -> Found | None:
    """'three years ago', 'a year earlier' (DATE); 'two weeks later', 'two weeks from now'
    (DURATION 'two weeks').

    "Three days later" measures the distance from an event: TimeML 1.2.1 (section
    2.2.1; TimeBank) annotates the DURATION "three days" and leaves "later" out, a
    SIGNAL; "ago" anchors on the DCT, so "three years ago" is a DATE with "ago" in it.
    """
    s, e = span(m, "ago")
    unit = _unit(m["ago_u"])
    if m["ago_time"]:
        if word_before(ctx, s) != "in":
            # "took a year's time": a length of time, the whole noun phrase a DURATION
            n = number_value(m["ago_n"])
            return Found(s, e, "DURATION", _duration_value(n, unit, False))
        # "in a year's time", "in two weeks' time": the point that far after the DCT, as
        # "a year from now" and the mirror of "a year ago" (TimeML 1.2.1, section 2.2.1:
        # the value is the date the anchored duration ends on, at the unit's granularity)
        direction = "hence"
    else:
        direction = " ".join(m["ago_dir"].lower().split())
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    n = number_value(m["ago_n"])
    mod = DateMod.approximate if (m["ago_q"] or "").lower() in _APPROX_WORDS else None
    if direction == "from now" or (
        direction in ("earlier", "later") and unit not in _COMPARED_PERIODS
    ):
        # "eight years from now": the DURATION "eight years", the SIGNAL "from" and the
        # DATE "now" (TimeML 1.2.1, section 2.2.1: "two weeks from June 7, 2003" marks
        # "two weeks" and the date apart; a signal is in neither)
        return Found(s, m.end("ago_u"), "DURATION", _duration_value(n, unit, False), mod)
    if n is None:
        return Found(s, e, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    letter, clock, _mult = UNITS[unit]
    if clock:
        return Found(s, e, "DURATION", f"PT{n}{letter}", mod)
    quarter = ctx.recent_quarter(s)
    if unit == "year" and n == 1 and sign < 0 and quarter is not None and quarter.quarter:
        return Found(s, e, "DATE", f"{quarter.year - 1}-Q{quarter.quarter}", mod)
    anchor = ctx.dct
    if direction not in ("ago", "from now", "hence"):
        found = ctx.anchor(s)
        if found is not None:
            anchor, precision = found
            if precision != "day":
                anchor = anchor.replace(month=anchor.month if precision == "month" else 7)
    if anchor is None:
        return Found(s, e, "DATE", "XXXX", mod)
    if m["ago_time"] and unit == "year" and isinstance(n, int):
        # "in a year's time": the DCT's month that many years on, as "this time next
        # year"; the calendar year ("2025") would name all of it, which the phrase does not
        value = _shifted(anchor, "month", 12 * sign * n)
    else:
        value = _shifted(anchor, unit, sign * n)
        if unit == "year" and direction == "ago":
            frame_story_year(ctx, s, e, value)
    return Found(s, e, "DATE", value, mod) if value else None


_ANAPHORIC_SIGN = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}


def anaphoric(m: re.Match[str], ctx: Context) -> Found | None:
    """'that year', 'later that day', 'the following month', 'the next morning', 'the day before'.

    These point back into the narrative, not at the DCT (TimeML's anchorTimeID
    is an earlier expression): "On May 22, 1995 he was promoted, and the
    following year ..." is 1996 whatever the publication date. The anchor is
    :meth:`~timeline.temporal.anchoring.Context.anchor`; without one, "the
    following year" falls back to the DCT and "that day" stays unresolved.
    """
    s, e = span(m, "ana")
    if m["ana_ba"]:
        n, unit = (-1 if m["ana_ba"].lower() == "before" else 1), "day"
    else:
        n = _ANAPHORIC_SIGN.get(m["ana_r"].lower().split()[-1], 0)
        unit = m["ana_u"].lower()
    mod = None
    if m["ana_el"]:
        mod = DateMod.start if m["ana_el"].lower() == "earlier" else DateMod.end
    quarter = ctx.recent_quarter(s) if unit == "quarter" else None
    if quarter is not None and quarter.quarter:
        y, mo = add_months(quarter.year, 3 * quarter.quarter - 2, 3 * n)
        return Found(s, e, "DATE", f"{y}-Q{(mo - 1) // 3 + 1}", mod)
    found = ctx.anchor(s)
    if found is None and (
        (unit in _DAY_UNITS and (n == 0 or ctx.told_in_past(s, e)))
        or (unit in WEEKDAYS and n != 0 and ctx.told_in_past(s, e))
    ):
        # "the same day", "later that day" with no date within reach: the day named last;
        # so for "issued the following day", "had met the day before" told in the past,
        # paragraphs after the story's day (not the day after the DCT: a past act); and
        # "closed lower Friday [paragraphs] down 4.5% from the previous Friday": the
        # weekday before or after that day, not the DCT's (TimeML 1.2.1, section 2.2:
        # an anaphoric expression's value is counted from its anchor, anchorTimeID)
        day_named = ctx.last_day_named(s, e)
        found = (day_named, "day") if day_named is not None else None
    if found is None:
        if n == 0 or ctx.dct is None:
            if unit in PARTS_OF_DAY:  # "that evening": a TIME on an unknown day
                return Found(s, e, "TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", mod)
            return Found(s, e, "DATE", "XXXX-XX-XX" if unit in _DAY_UNITS else "XXXX", mod)
        found = (ctx.dct, "day")
    anchor, precision = found
    if unit in WEEKDAYS:
        if precision != "day":
            return None
        wd = WEEKDAYS[unit]
        if n < 0:
            day = shift_days(anchor, -((anchor.weekday() - wd) % 7 or 7))
        else:
            day = shift_days(anchor, (wd - anchor.weekday()) % 7 or 7)
        return Found(s, e, "DATE", day.isoformat() if day else "XXXX-XX-XX", mod)
    if unit in _DAY_UNITS:
        day = shift_days(anchor, n) if precision == "day" else None
        if unit in PARTS_OF_DAY:
            on = day.isoformat() if day else "XXXX-XX-XX"
            return Found(s, e, "TIME", f"{on}T{PARTS_OF_DAY[unit]}", mod)
        if day is None:
            return Found(s, e, "DATE", "XXXX-XX-XX", mod)
        return Found(s, e, "DATE", day.isoformat(), mod)
    if unit == "week" and precision != "day":
        return Found(s, e, "DATE", "XXXX-WXX", mod)
    if unit in ("month", "quarter") and precision == "year":
        return Found(s, e, "DATE", f"{anchor.year:04d}-XX" if unit == "month" else "XXXX", mod)
    value = _shifted(anchor, unit, n)
    if value is None:
        return None
    if unit == "year":
        ctx.remember(anchor.year + n, None, e)
    elif unit == "month":
        y, mo = add_months(anchor.year, anchor.month, n)
        ctx.remember(y, mo, e)
    return Found(s, e, "DATE", value, mod)


_DAY_UNITS = frozenset(NORMALIZER_WORDS.words("day_units"))


def year_adjective(m: re.Match[str], ctx: Context) -> Found | None:
    """'year-earlier', 'year-ago' (the same period a year before)."""
    s, e = span(m, "yago")
    if not m["yago_n"]:
        s = m.start("yago_w")  # "the year-earlier results": the article belongs to the noun
    quarter = ctx.recent_quarter(s)
    if m["yago_w"].lower() == "year" and quarter is not None and quarter.quarter:
        return Found(s, e, "DATE", f"{quarter.year - 1}-Q{quarter.quarter}")
    if ctx.dct is None:
        return Found(s, e, "DATE", "XXXX")
    value = _shifted(ctx.dct, _unit(m["yago_w"]), -1)
    return Found(s, e, "DATE", value) if value else None


_SPAN_AHEAD_OR_BEHIND = frozenset(NORMALIZER_WORDS.words("span_ahead_or_behind"))
_PERIOD_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end)\b")


#: Characters that open a quotation ("...", “...”, ``...'').
_OPENING_QUOTES = frozenset("\"“`‘'")


def _weekend_gone(ctx: Context, r: str, s: int, e: int) -> bool:
    """Whether a weekend named on a weekday without "last" or "next" is the one gone.

    "this weekend" is the weekend of the DCT's week (TimeML 1.2.1, section 2.2, ``value``:
    "this" names the unit that holds the DCT), the one ahead on a weekday; only a past
    marker of its own clause sends it back ("the ministers met this weekend"): the news
    default of a clause with no marker does not, since "this" fixes the week ("A
    breakthrough on the horizon this weekend?", "Join us this weekend", "this long weekend
    for a sale"), nor does a past reporting verb beside a future ("will visit Taiwan this
    weekend, he announced"). "the weekend" says no week of its own and keeps the tense's
    default.
    """
    past = ctx.tense(s, e) is Tense.past
    return past and ctx.told_in_past(s, e) if r == "this" else past


def relative(m: re.Match[str], ctx: Context) -> Found | None:
    """'this year', 'last month', 'next week', 'earlier this year', 'the end of the year';
    'the year 2000' (the year written after "year" is the value)."""
    s, e = span(m, "rel")
    word = m["rel_u"]
    if ctx.text[s - 1 : s] in _OPENING_QUOTES and word[0].isupper() and word[1:].islower():
        # ABC's "This Week With David Brinkley": a title opened by a quotation mark, its
        # inner word capitalised, is a name, not a time expression (TimeML 1.2.1, section
        # 2.2; TIDES TIMEX2 2005, "names"); a quoted sentence writes "This week"
        return None
    r = " ".join(m["rel_r"].lower().split())
    if m["rel_y"] and _PLURAL_NOUN_AFTER.match(ctx.text, e):
        e = m.end("rel_u")  # "this year 2000 people died": a count, not the year
    elif m["rel_y"]:
        # "the year 2000", "by the year 2025", "the current year 2018": the year written
        # after it is the value, one expression (TimeML 1.2.1, section 2.2.1: the extent
        # is the whole phrase; "the year two thousand" likewise, :func:`spoken_year`)
        mod = date_mod(m["rel_mod"])
        if r.startswith("earlier"):
            mod = DateMod.start
        elif r.startswith("later"):
            mod = DateMod.end
        return Found(s, e, "DATE", m["rel_y"], mod)
    if r == "the full":
        r = "the"  # "the full year": the year being reported
    unit = m["rel_u"].lower()
    mod = date_mod(m["rel_mod"])
    if r == "the" and unit not in ("weekend", "year") and mod is None:
        return None
    if r == "the" and unit == "year" and mod is None and _PERIOD_ENDED.match(ctx.text, e):
        # "the year ended March 31": twelve months up to that day, not a calendar year
        return Found(s, e, "DURATION", "P1Y")
    if r.startswith("earlier"):
        mod = DateMod.start
    elif r.startswith("later"):
        mod = DateMod.end
    if r in _SPAN_AHEAD_OR_BEHIND and unit in ("decade", "century"):
        # "the past decade", "the next century": the ten years up to or from now, a
        # DURATION (TimeML 1.2.1, section 2.2.3: a period, not the calendar decade)
        return Found(s, e, "DURATION", "P10Y" if unit == "decade" else "P100Y")
    dct = ctx.dct
    if dct is None:
        return Found(s, e, "DATE", {"year": "XXXX", "month": "XXXX-XX"}.get(unit, "XXXX-WXX"), mod)
    if r in ("the same",):
        ref = ctx.current_reference(s)
        if ref is None:
            return None
        if unit == "year":
            return Found(s, e, "DATE", str(ref.year), mod)
        if unit == "month" and ref.month:
            return Found(s, e, "DATE", f"{ref.year}-{ref.month:02d}", mod)
        return None
    quarter = ctx.recent_quarter(s) if unit == "quarter" and r == "this" else None
    if quarter is not None and quarter.quarter is not None:
        # "the third quarter ... this quarter's loss": the quarter being reported
        return Found(s, e, "DATE", f"{quarter.year:04d}-Q{quarter.quarter}", mod)
    last = r.endswith(("last", "past", "previous", "latest"))
    nxt = r.endswith(("next", "coming", "following"))
    n = -1 if last else (1 if nxt else 0)
    if unit == "weekend":
        if n == 0 and dct.weekday() < 5 and _weekend_gone(ctx, r, s, e):
            n = -1
        week = shift_days(dct, 7 * n)
        return Found(s, e, "DATE", (week_value(week) if week else "XXXX-WXX") + "-WE", mod)
    # "the same time last year", "this time next year": the DCT's month a year back or
    # ahead, the point of the year the DCT is at (TimeML 1.2.1, section 2.2: the value is
    # the time referred to; the phrase fixes no day)
    value = _shifted(dct, "month", 12 * n) if m["rel_st"] else _shifted(dct, unit, n)
    if unit == "year" and not m["rel_st"]:
        frame_story_year(ctx, s, e, value)
    return Found(s, e, "DATE", value, mod) if value else None


def year_end(m: re.Match[str], ctx: Context) -> Found | None:
    """'year-end', 'year-end 1988': the end of a year (TimeML mod END on the year).

    The year named, else the reference time's, else the DCT's; in a past clause, or
    after "since", a year-end not named is the last one (the DCT's is still ahead).
    """
    s, e = span(m, "ye")
    if m["ye_y"]:
        return Found(s, e, "DATE", m["ye_y"], DateMod.end)
    ref = ctx.current_reference(s)
    if ref is not None:
        return Found(s, e, "DATE", year_text(ref.year), DateMod.end)
    if ctx.dct is None:
        return Found(s, e, "DATE", "XXXX", DateMod.end)
    past = word_before(ctx, s) == "since" or ctx.tense(s, e) is Tense.past
    y = ctx.dct.year - 1 if past else ctx.dct.year
    return Found(s, e, "DATE", year_text(y) if in_calendar(y) else "XXXX", DateMod.end)


#: From the finest to the coarsest: a day anchors "later in the week", a month does not.
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def earlier_in(m: re.Match[str], ctx: Context) -> Found | None:
    """'earlier in the year' (mod START), 'later in the month', 'later in the day' (mod END).

    They name a part of the period the narrative is in: the last day named for a day
    or a week ("On March 3, 1996 ... later in the day" is 3 March 1996), the reference
    time for a month or a year ("In March 1996 ... later in the year" is 1996), else
    the DCT's. In a story of an earlier year (a reference time before the DCT's year)
    that names no such day, week or month, that period is unknown (``XXXX-XX-XX``),
    not the DCT's (TimeML 1.2.1, section 2.2.3, value: parts the text does not fix are X).
    """
    s, e = span(m, "eiy")
    mod = DateMod.start if m["eiy_w"].lower() == "earlier" else DateMod.end
    unit = m["eiy_u"].lower()
    found = ctx.anchor(s)
    if unit in ("month", "year"):  # the narrative's explicit date, not "a year ago"
        ref = ctx.current_reference(s)
        found = (
            None
            if ref is None
            else (date(ref.year, ref.month or 1, 1), "month" if ref.month else "year")
        )
    if found is not None and _PRECISION_RANK[found[1]] <= _PRECISION_RANK[unit]:
        value = _shifted(found[0], unit, 0)
        return Found(s, e, "DATE", value, mod) if value else None
    if ctx.dct is None or (unit != "year" and ctx.story_before_dct(s)):
        return Found(s, e, "DATE", _UNKNOWN[unit], mod)
    value = _shifted(ctx.dct, unit, 0)
    return Found(s, e, "DATE", value, mod) if value else None


#: "the day before the vote", "the day after he left": a signal and an event follow.
_EVENT_SIGNAL = re.compile(r"\s+(?:before|after)\s+(?=[\w\"“'])")
#: Right after a date, with a comma: "Oct. 12, the day before the plunge" (an apposition).
_APPOSITION = re.compile(r",\s*$")


def _day_of_an_event(ctx: Context, s: int, e: int) -> Found:
    """'the day before the vote': a DATE, "the day" without the signal and the event
    (TimeML 1.2.1, section 2.2.1: the signal is not part of the extent). In apposition
    to a day just named ("Oct. 12, the day before the plunge") it is that day; else the
    text does not fix it: the year of the story (the date the paragraph last named, if
    before the DCT's year) with the day unknown (``2012-XX-XX``), or ``XXXX-XX-XX``
    (section 2.2.3)."""
    point = _point_before(ctx, s)
    if point is not None:
        return Found(s, e, "DATE", point)
    anchor = ctx.anchor(s)
    if anchor is not None and ctx.dct is not None and anchor[0].year < ctx.dct.year:
        return Found(s, e, "DATE", f"{year_text(anchor[0].year)}-XX-XX")
    return Found(s, e, "DATE", _UNKNOWN["day"])


def _point_before(ctx: Context, s: int) -> str | None:
    """The day named right before ``s`` and a comma, if any (an apposition)."""
    last = ctx.last
    if last is None or not _APPOSITION.search(ctx.text, max(0, last[1]), s):
        return None
    if s - last[1] > 3 or not re.fullmatch(r"\d{4}-\d\d-\d\d", last[0]):
        return None
    return last[0]


def market_day(m: re.Match[str], ctx: Context) -> Found | None:
    """'ended the day up 2%', 'For the day, the index fell': the day the report tells of.

    A DATE (TimeML 1.2.1, section 2.2.1: "the day" that refers to a particular day is
    marked) with the value of :func:`earlier_in`'s day: the last day named, else the DCT;
    unknown in a story of an earlier year that names none.
    """
    s, e = span(m, "tday")
    before = word_before(ctx, s)
    if _EVENT_SIGNAL.match(ctx.text, e):
        # not "late in the day after ...", "during the day before ...": a part of a day
        return None if before in ("in", "during", "of") else _day_of_an_event(ctx, s, e)
    if before not in DAY_CLOSERS and not (before == "for" and ctx.text.startswith(",", e)):
        return None
    found = ctx.anchor(s)
    if found is not None and found[1] == "day":
        value = _shifted(found[0], "day", 0)
        return Found(s, e, "DATE", value) if value else None
    if ctx.dct is None or ctx.story_before_dct(s):
        return Found(s, e, "DATE", _UNKNOWN["day"])
    return Found(s, e, "DATE", ctx.dct.isoformat())


#: Half of one unit in the next smaller one: "two and a half years" is P2Y6M.
_HALF_OF = {"S": "", "Y": "6M", "M": "15D", "D": "T12H", "Q": "1M15D"}
_HALF_OF_CLOCK = {"H": "30M", "M": "30S", "S": ""}


def _duration_value(n: int | float | None, unit: str, half: bool) -> str:
    """The TIMEX3 DURATION value (ISO 8601 ``PnYnMnDTnHnMnS``) of ``n`` units, plus a half."""
    letter, clock, mult = UNITS[unit]
    count: int | float | str = "X" if n is None else n * mult
    if isinstance(count, float) and count.is_integer():
        count = int(count)
    if unit == "century" and n is None:
        letter, count = "C", "X"
    if not half or isinstance(count, str):
        return f"PT{count}{letter}" if clock else f"P{count}{letter}"
    if clock:
        return f"PT{count}{letter}{_HALF_OF_CLOCK[letter]}"
    if letter == "W":  # weeks do not mix with other units: 1.5 weeks is P10DT12H
        return f"P{int(count) * 7 + 3}DT12H"
    if mult > 1:  # a decade and a half: P15Y
        return f"P{int(count) + mult // 2}{letter}"
    return f"P{count}{letter}{_HALF_OF[letter]}"


_MODALS = frozenset(NORMALIZER_WORDS.words("modals"))
_ONE_DAY_SUBJECTS = frozenset(NORMALIZER_WORDS.words("one_day_subjects"))
_VERB_LAST_OPENERS = _MODALS | frozenset(NORMALIZER_WORDS.words("verb_last_openers"))
_FRACTIONS = frozenset(NORMALIZER_WORDS.words("fractions"))
_AGE = re.compile(r"\s+(?:old|and\s+(?:older|younger|over|under|up))(?![\w-])")
_AGE_WORDS = frozenset(NORMALIZER_WORDS.words("age_words"))
_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?:year|\d))")


#: Nouns that are lengths of time: after "four-year" they belong to the expression.
_PERIOD_NOUN = re.compile(r"\s+(?:term|period|span|stint|tenure|spell|stretch|interval)(?![\w-])")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+$")


def _is_verb_last(m: re.Match[str], ctx: Context) -> bool:
    """Whether the "last" before a count is the verb ("to last two weeks"), not "the last".

    The adjective comes after a determiner ("the last two weeks", "its last three days");
    the verb after a modal, "to", "not" or "did" (``verb_last_openers``). A verb is no
    part of a TIMEX3's extent (TimeML 1.2.1, section 2.2), so "will last three days" is
    "three days", as "lasted three days" is.
    """
    if (m["dur_dir"] or "").lower() != "last" or m["dur_the"] or m["dur_q"]:
        return False
    return word_before(ctx, m.start("dur_dir")) in _VERB_LAST_OPENERS


def durations(m: re.Match[str], ctx: Context) -> Found | None:
    """'five years', 'the past six years', 'two-day', 'more than four hours', 'several weeks'."""
    s, e = span(m, "dur")
    word = " ".join(m["dur_n"].lower().split())
    unit_word = m["dur_u"] or m["dur_ul"]
    unit = _unit(unit_word)
    direction = m["dur_dir"]
    if _is_verb_last(m, ctx):
        s, direction = m.start("dur_n"), None  # "will last three days": the count alone
    if word in ("a", "an") and not direction and not m["dur_q"] and not m["dur_half2"]:
        before = word_before(ctx, s)
        if unit in ("second",):
            return None
        if after_count(ctx, s):
            return None  # "hires 300 a month": a throughput, not a recurrence
        if (
            before in _FREQUENCY_COUNTS
            or before in _PER_PRECEDERS
            or _DIGIT_BEFORE.search(ctx.text, max(0, s - 3), s)
        ):
            return Found(s, e, "SET", _duration_value(1, unit, False))
        if (
            before not in _A_DURATION_PRECEDERS
            and before not in _LENGTH_VERBS
            and not _SIGNAL_AFTER.match(ctx.text, e)
        ):
            # "an hour before the vote", "lasted a week", "took a year" are DURATIONs
            # (after a verb of length the phrase is how long something took, as "lasted
            # hours" is); "a year of war" is not
            return None
    if _AGE.match(ctx.text, e) or word_before(ctx, s) in _AGE_WORDS:
        return None  # "52 years old", "ages 6 months and older" are ages
    if unit == "quarter" and word in _FRACTIONS and _FRACTION_OF.match(ctx.text, e):
        return None  # "three-quarters of its food" is a fraction
    if word == "one" and unit == "day" and ctx.text[s:e].lower() in ("one day", "one\tday"):
        before = word_before(ctx, s)
        if before in _MODALS:  # "Islam will one day be ...": an indefinite future time
            return Found(s, e, "DATE", "FUTURE_REF")
        if before in _ONE_DAY_SUBJECTS and not _SIGNAL_AFTER.match(ctx.text, e):
            return Found(s, e, "DATE", "FUTURE_REF")  # "in its bid to one day join"
        if ctx.text.startswith(",", e) and ctx.sentence(s, e)[0] >= s - 1:
            return Found(s, e, "DATE", "PAST_REF")  # "One day, he left."
    n: int | float | None
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        n = float(word) if "." in word else number_value(word)
        if isinstance(n, float) and not math.isfinite(n):
            n = None  # more digits than a float holds: an unknown count
    else:
        n = number_value(word)
    if n == 0:
        return None
    mod = DateMod.approximate if (m["dur_q"] or "").lower() in _APPROX_WORDS else None
    if n is not None and 1600 <= n <= 2100 and re.fullmatch(r"\d{4}", word):
        return None  # "the 1988 quarter": a year, not 1988 quarters
    adjective = "-" in ctx.text[m.start("dur_n") : e] or (
        n not in (None, 1) and unit_word.lower() in UNITS
    )
    period = _PERIOD_NOUN.match(ctx.text, e) if adjective and not direction else None
    if period is not None:
        # "a four-year term", "the three-month period": the noun is itself a length of time,
        # so the whole noun phrase is the expression, article included (TimeML 1.2.1,
        # section 2.2.1: the extent is the full phrase headed by the temporal noun)
        e = period.end()
        if not m["dur_the"]:
            article = _ARTICLE_BEFORE.search(ctx.text, max(0, s - 4), s)
            s = article.start() if article else s
    elif m["dur_the"] and not direction and adjective:
        s = m.start("dur_n")  # "the 14-day period", "the two day rally": the article is the noun's
    elif direction and "-" in ctx.text[m.start("dur_n") : e]:
        # "the first three-month class", "its next two-year budget": the hyphenated
        # adjective is the expression; "first" and "next" modify the noun phrase
        s = m.start("dur_n")
    half = bool(m["dur_half"] or m["dur_halfc"] or m["dur_half2"])
    value = _duration_value(n, unit, half)
    if unit == "year" and isinstance(n, int) and n >= 1000 and n % 1000 == 0 and not half:
        # "more than two thousand years", "5,000 years": millennia, as TimeBank 1.2 writes
        # them (``P2L``, the letter L of the TIMEX3 duration units; TimeML 1.2.1, section
        # 2.2.1.3)
        value = f"P{n // 1000}L"
    elif isinstance(n, int) and not half and period is None and not direction:
        e, value = _compound(ctx.text, e, n, unit, value)
    return Found(s, e, "DURATION", value, mod)


#: The units a compound duration can run through, largest first (weeks do not mix with
#: the others in ISO 8601, so "two weeks and three days" stays two expressions).
_COMPOUND_UNITS = ("year", "month", "day", "hour", "minute", "second")
_NEXT_PART = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?(?P<n>\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)[\s-]+"
    r"(?P<u>(?:year|month|day|hour|minute|second)s?)(?![\w-])"
)


def _compound(text: str, end: int, n: int, unit: str, value: str) -> tuple[int, str]:
    """'1 hour 20 minutes', 'two years and six months': one length of time, one DURATION.

    TimeML marks a length of time as one TIMEX3 (TimeML 1.2.1, section 2.2.1.3), and its
    ISO 8601 value holds every unit (``PT1H20M``, ``P2Y6M``); the parts must run from
    larger to smaller units. Returns the new end and value, or the old ones.
    """
    if unit not in _COMPOUND_UNITS:
        return end, value
    parts = {unit: n}
    last = _COMPOUND_UNITS.index(unit)
    e = end
    while (m := _NEXT_PART.match(text, e)) is not None:
        u = _unit(m["u"])
        word = m["n"]
        k = int(word) if word.isdigit() else number_value(word.lower())
        if not isinstance(k, int) or k <= 0 or _COMPOUND_UNITS.index(u) <= last:
            break
        parts[u] = k
        last = _COMPOUND_UNITS.index(u)
        e = m.end()
    if len(parts) == 1:
        return end, value
    day_part = "".join(f"{parts[u]}{u[0].upper()}" for u in ("year", "month", "day") if u in parts)
    clock = "".join(f"{parts[u]}{u[0].upper()}" for u in ("hour", "minute", "second") if u in parts)
    return e, "P" + day_part + ("T" + clock if clock else "")


def range_start_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """'12' in 'between 12 and 18 months', 'two' in 'two to three weeks': P12M, P2W.

    TimeML marks each end of a range as its own TIMEX3 (TimeML 1.2.1, section 2.2.1:
    "from <Aug. 26> to <Oct. 20>"); the first end borrows the unit of the second, which
    the duration rule then tags ("18 months"). Ages ("aged 18 to 25 years") are not.
    """
    s, e = span(m, "durr")
    if word_before(ctx, s) in _AGE_WORDS:
        return None
    word = m["durr_n"].lower()
    n = number_value(word)
    if not isinstance(n, int) or n <= 0 or n >= 1000:
        return None
    return Found(s, e, "DURATION", _duration_value(n, _unit(m["durr_u"]), False))


def half_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """'half an hour', 'half a day', 'half a century' (DURATION PT30M, PT12H, P50Y)."""
    s, e = span(m, "half")
    letter, clock, mult = UNITS[_unit(m["half_u"])]
    if clock:
        value = f"PT{_HALF_OF_CLOCK[letter]}"
    elif letter == "W":
        value = "P3DT12H"
    elif mult > 1:
        value = f"P{mult // 2}{letter}"
    else:
        value = f"P{_HALF_OF[letter]}"
    return Found(s, e, "DURATION", value) if value not in ("PT", "P") else None


_AHEAD = re.compile(r"\s+ahead(?![\w-])(?!\s+of(?![\w-]))")  # not "ahead of the vote"
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
#: After "over the years" a phrase that names which years: "the years of war", "the
#: years 1990 to 1995", "the years since the war" are no idiom of an unknown length.
_NAMED_YEARS_AFTER = re.compile(
    r"\s+(?:\d|(?:of|since|after|before|between|from|when|in\s+which)(?![\w-]))"
)
_THE_UNITS_PRECEDERS = frozenset(NORMALIZER_WORDS.words("the_units_preceders"))


def _the_units_span(ctx: Context, s: int, e: int) -> tuple[int, int] | None:
    """The extent of "the weeks ahead" or "(over) the years", or None.

    "In the days ahead" is the unknown stretch to come, as "the coming days" is; "over
    the years", "through the decades" the unknown stretch behind: both are lengths of
    time of an unknown count (TimeML 1.2.1, section 2.2.1.3; TIMEX3 ``PXD``, ``PXY``),
    with the article and "ahead" in the extent (TimeBank wsj_0768 "the weeks ahead",
    VOA19980331.1700.1533 "over the years").
    """
    the = _THE_BEFORE.search(ctx.text, max(0, s - 5), s)
    if the is None:
        return None
    ahead = _AHEAD.match(ctx.text, e)
    if ahead is not None:
        return the.start(), ahead.end()
    if word_before(ctx, the.start()) in _THE_UNITS_PRECEDERS and not _NAMED_YEARS_AFTER.match(
        ctx.text, e
    ):
        return the.start(), e
    return None


def plural_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """'for years', 'the past weeks', 'decades-long', 'can take weeks', 'days before the
    vote' (an unknown count: PXY).

    Before "before" or "after" the plural measures the distance from an event, as
    "two days later" does: the DURATION, with the signal left out (TimeML 1.2.1,
    section 2.2.1); after "take" or "last" it is how long something takes.
    """
    s, e = span(m, "durp")
    if m["durp_one"]:
        # "a day-long meeting", "her week-long visit": the length of one unit, as
        # "two-day" is (TimeML 1.2.1, section 2.2.1.3: an adjectival duration is a TIMEX3)
        return Found(s, e, "DURATION", _duration_value(1, _unit(m["durp_one"]), False))
    unit = _unit(m["durp_u"])
    before = word_before(ctx, s)
    if before in _FOCUS_ADVERBS:  # "in just minutes", "for only weeks": the preposition counts
        before = word_before(ctx, ctx.text.lower().rfind(before, max(0, s - 30), s))
    if not m["durp_d"] and before == "the":
        the_units = _the_units_span(ctx, s, e)
        if the_units is not None:
            return Found(*the_units, "DURATION", _duration_value(None, unit, False))
    vague_context = (
        m["durp_d"]
        or before in _PLURAL_PRECEDERS
        or before in _LENGTH_VERBS
        or (before not in _NOT_BEFORE_SIGNAL and _SIGNAL_AFTER.match(ctx.text, e) is not None)
    )
    if not vague_context and not ctx.text[s:e].endswith("-long"):
        return None
    return Found(s, e, "DURATION", _duration_value(None, unit, False))


#: A capitalised word after a capitalised frequency adverb: a name ("Daily Mail").
_IN_A_NAME = re.compile(r" [A-Z][a-z]")


def sets(m: re.Match[str], ctx: Context) -> Found | None:
    """'annually', 'every year', 'each Monday', 'every morning', 'twice a year', 'each July'.

    A set of calendar periods named by their name ("each July", "every summer") has the
    name's value with the year unknown, as "every Monday" has ``XXXX-WXX-1`` (TimeML
    1.2.1, section 2.2.1.4, SETs).
    """
    s, e = span(m, "set")
    if (m["set_adv"] or m["set_u3"]) and after_count(ctx, s):
        return None  # "10,000 units annually", "instructions per second": a throughput
    if m["set_adv"]:
        if _IN_A_NAME.match(ctx.text, e) and ctx.text[s].isupper() and not ctx.text[s:e].isupper():
            # "the Daily News", "The Weekly Standard": a title, not a frequency (proper
            # names are not time expressions: TimeML 1.2.1, section 2.2; TIDES TIMEX2
            # 2005, "names")
            return None
        return Found(s, e, "SET", SET_ADVERBS[m["set_adv"].lower()])
    if m["set_p"]:  # "every morning": each day's morning, XXXX-XX-XXTMO
        return Found(s, e, "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m['set_p'].lower()]}")
    if m["set_m"]:
        name = m["set_m"].lower()
        if name in SEASONS:
            return Found(s, e, "SET", f"XXXX-{SEASONS[name]}")
        return Found(s, e, "SET", f"XXXX-{MONTHS[name]:02d}")
    if m["set_u"]:
        word = m["set_u"].lower()
        if word in WEEKDAYS:
            return Found(s, e, "SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}")
        count = m["set_n"]
        n = 2 if count and count.lower() == "other" else (number_value(count) if count else 1)
        return Found(s, e, "SET", _duration_value(n, _unit(word), False))
    unit = _unit(m["set_u2"] or m["set_u3"])
    return Found(s, e, "SET", _duration_value(1, unit, False))


#: "at the time" before these is the time of an event ("at the time of the crash"), not a
#: reference to the narrative's past.
_SOON_SIGNAL = re.compile(r"\s+(?:after|afterwards?|thereafter|as|before|enough)\b", re.I)
_TIME_OF = re.compile(r"\s+(?:of|when|being)\b", re.IGNORECASE)
#: A clause right after "At the time": its subject (a name, a pronoun, "the" and a
#: noun), its verb, and the comma that ends it within the sentence.
_CLAUSE_AFTER = re.compile(r"\s+([Tt]he\s+)?([A-Za-z]+)\s+([a-z]+)(?![\w-])[^,.;:!?\n]{0,80},")
#: What ends the sentence before a capitalised word that opens the next (or the text's start).
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?\"'\u201d\n])\s*$")
#: Subject pronouns (the list of "one day" subjects holds them, and "to").
_SUBJECT_PRONOUNS = _ONE_DAY_SUBJECTS - {"to"}
#: The past markers ("was", "were", "had" ...), which :func:`is_past_verb` does not read.
_PAST_CUES = frozenset(past_cues())


def _time_of_a_clause(ctx: Context, s: int, e: int) -> bool:
    """Whether "At the time" opens a subordinate clause ("At the time Howes was captured,
    the Khmer Rouge were ..."): "at the time when" with "when" left out, the time of an
    event the clause tells, as "at the time of the crash" is (:data:`_TIME_OF`), no
    reference to the narrative's past (TimeML 1.2.1, section 2.2; TimeBank leaves it
    out). Only where the phrase opens its sentence and the clause ends at a comma before
    the main clause: "saying at the time he was willing" and "At the time he was mayor."
    keep their ``PAST_REF``.
    """
    if (
        not ctx.text[s].isupper()
        or _SENTENCE_END_BEFORE.search(ctx.text[max(0, s - 4) : s]) is None
    ):
        return False
    clause = _CLAUSE_AFTER.match(ctx.text, e)
    if clause is None:
        return False
    article, subject, verb = clause.groups()
    if not (article or subject[0].isupper() or subject in _SUBJECT_PRONOUNS):
        return False
    return verb in _PAST_CUES or is_past_verb(verb)


_NEXT_WORD = re.compile(r"\s+(\d+|[A-Za-z]+(?:-[A-Za-z]+)?)(?![\w-])")
_COUNTS_AFTER_THE_PAST = frozenset(NORMALIZER_WORDS.words("counts_after_the_past"))


def _count_follows(text: str, end: int) -> bool:
    """Whether a count starts right after ``end``: "the past three summers", "the past
    several seasons" (a number of two or more, or a word of ``counts_after_the_past``)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m[1].lower()
    if word.isdigit() or word in _COUNTS_AFTER_THE_PAST:
        return True
    n = number_value(word)
    return isinstance(n, int) and n > 1


_NOT_TIMES_AFTER_CURRENT = frozenset(NORMALIZER_WORDS.words("not_times_after_current"))
#: "then" before "current" ("the then current market price", "the then-current chairman").
_THEN_BEFORE = re.compile(r"(?i:\bthen[\s-])$")


def _current(ctx: Context, s: int, e: int) -> Found | None:
    """The adjective "current": the present of the text, ``PRESENT_REF`` ("the current
    talks", "its current position", "current market conditions"), as "currently" is;
    after "then" the present of a past time, ``PAST_REF``, with "then" in the extent
    ("the then current market price", TimeBank wsj_0924). The TIDES 2005 TIMEX2
    standard (section 3.1, lexical triggers) counts "current" among the adjectives that
    make a time expression, and TimeML's TIMEX3 takes its markables (TimeML 1.2.1,
    section 2.2); the value is TimeML 1.2.1's, section 2.2.3 (``PRESENT_REF``). Not the
    noun ("the current is strong", "alternating current": nothing after it, or a verb or
    a preposition) nor a term of accounting ("the current account deficit", "current
    assets": ``not_times_after_current`` in ``data/normalizer_words.yaml``).
    """
    after = _NEXT_WORD.match(ctx.text, e)
    if after is None or after[1].lower() in _NOT_TIMES_AFTER_CURRENT:
        return None
    then = _THEN_BEFORE.search(ctx.text, max(0, s - 5), s)
    if then is not None:
        return Found(then.start(), e, "DATE", "PAST_REF")
    return Found(s, e, "DATE", "PRESENT_REF")


def reference(m: re.Match[str], ctx: Context) -> Found | None:
    """'now', 'recently', 'the future', 'at the time' -> PRESENT_REF, PAST_REF, FUTURE_REF.

    "At the time" is the past the narrative is in (PAST_REF); the preposition is not
    part of the extent (TimeML 1.2.1, section 2.2.1), so the span is "the time".
    """
    s, e = span(m, "ref")
    key = " ".join(ctx.text[s:e].lower().split())
    if key == "soon" and (
        word_before(ctx, s) in ("as", "how", "too") or _SOON_SIGNAL.match(ctx.text, e)
    ):
        return None  # "as soon as", "soon after the vote": a signal, not a time
    if key == "the past" and _count_follows(ctx.text, e):
        # "the past three summers": "past" is an adjective of a count, not the noun "the
        # past" (PAST_REF; TimeML 1.2.1, section 2.2.3); a count of units is a DURATION
        # ("the past six years", "dur"), of other nouns no time of its own
        return None
    if key == "current":
        return _current(ctx, s, e)
    if key == "at the time":
        if _TIME_OF.match(ctx.text, e) or _time_of_a_clause(ctx, s, e):
            return None
        after_at = ctx.text[s + 2 : e]
        s += 2 + len(after_at) - len(after_at.lstrip())
    return Found(s, e, "DATE", REFERENCE_WORDS[key])


def spoken_year(m: re.Match[str], ctx: Context) -> Found | None:
    """'nineteen ninety-six', 'the year two thousand' (years read out in transcripts)."""
    s, e = span(m, "wyr")
    if m["wyr_c"]:
        century = 1900 if m["wyr_c"].lower() == "nineteen" else 1800
        rest = " ".join(m["wyr_d"].lower().replace("-", " ").split())
        tail = number_value(rest.replace(" ", "-")) if " " in rest else number_value(rest)
        if tail is None:
            return None
        y = century + (0 if tail == 100 else tail)
    else:
        y = 2000 + (number_value(m["wyr_t"]) or 0 if m["wyr_t"] else 0)
    return Found(s, e, "DATE", str(y))


#: A capitalized word inside a sentence right before a number: "Orion 1980", "Windows 2000";
#: not the name of an event, whose year says when it is ("the Developers Conference 2010",
#: "Expo 2010", "the World Cup 2014": a DATE, TimeML 1.2.1, section 2.2).
_NAME_BEFORE = re.compile(
    r"(?<=[a-z,] )(?!(?:" + "|".join(sorted(EVENT_NOUNS)) + r")\s)[A-Z][a-z]+ $"
)


#: A lower-case plural noun right after a number: "1999 passengers", "2010 workers".
_PLURAL_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:was|has|this|his|its)\b)[a-z]{2,}s(?![\w'-])")
#: What may stand between a sentence's start and a year that frames it ("In 1998,").
_FRAMING_IN = re.compile(r"\s*(?:[Bb]ack\s+in|In)\s+")
#: Nothing but space or an opening quotation mark before a relative year that opens its
#: sentence ("Last year, ...", "Two years ago, ...").
_OPENS_SENTENCE = re.compile(r"[\s\"'`\u201c\u2018]*")


def frame_story_year(ctx: Context, s: int, e: int, value: str | None) -> None:
    """Make a relative year that opens its sentence the story's year, as "In 1998," is.

    "Last year, the bomb exploded on a Friday morning" and "Two years ago, the talks
    collapsed on Friday" in a report of 1998 tell of a year before the DCT's: the weekday
    and the clock times that follow are in a week of that year the text does not fix
    (TimeML 1.2.1, section 2.2.3: such parts are X), not in the week of publication, and
    its months are of that year, as after an explicit year (:func:`year`). Only a whole
    year before the DCT's, written first in the sentence and set off by a comma, a
    scene-setting adverbial: "sales fell last year" inside a clause frames nothing, nor
    does "Last year the plan was drafted, and on Monday it was sent in July's form"
    (its month is the neighbour of the day named between).
    """
    if (
        value is not None
        and len(value) == 4
        and value.isdigit()
        and ctx.dct is not None
        and int(value) < ctx.dct.year
        and ctx.text[e : e + 1] == ","
        and _OPENS_SENTENCE.fullmatch(ctx.text, ctx.sentence(s, e)[0], s)
    ):
        ctx.remember(int(value), None, e)


def _count_not_year(ctx: Context, start: int, end: int) -> bool:
    """Whether a year-like number counts things ("carried 1999 passengers").

    TimeML marks temporal expressions only (Guidelines 1.2.1, section 2.2: a TIMEX3
    is a date, time, duration or set), so a number that counts is no TIMEX3. It counts
    when a plural noun follows and a quantifier ("about", "some") or a past verb that
    does not report figures ("carried", "killed"; not "said 1990 sales") precedes it;
    after a preposition, a determiner or a possessive it stays a year ("in 1999
    passengers complained", "its 1990 sales").
    """
    if _PLURAL_NOUN_AFTER.match(ctx.text, end) is None:
        return False
    before = word_before(ctx, start)
    if before in COUNT_QUANTIFIERS:
        return True
    return is_past_verb(before) and before not in FIGURE_VERBS


#: Before "'82" these make it a year ("since '82", "in '98"); elsewhere an apostrophe and two
#: digits may close a quotation or be a score.
_SHORT_YEAR_PRECEDERS = frozenset(NORMALIZER_WORDS.words("short_year_preceders"))


def short_year(m: re.Match[str], ctx: Context) -> Found | None:
    """'since '82', 'in ’98': a year written with two digits (TimeML 1.2.1, section 2.2.1:
    the apostrophe is part of the expression). The century is the DCT's, or the one
    before when that would put the year more than ten years ahead of the DCT."""
    s, e = span(m, "ayr")
    if s < 1 or ctx.text[s - 1] not in "'’" or word_before(ctx, s - 1) not in _SHORT_YEAR_PRECEDERS:
        return None
    two = int(m["ayr_y"])
    base = ctx.dct.year if ctx.dct is not None else 2000
    y = base // 100 * 100 + two
    if y > base + 10:
        y -= 100
    return Found(s - 1, e, "DATE", str(y)) if in_calendar(y) else None


def year(m: re.Match[str], ctx: Context) -> Found | None:
    """'2024', 'mid-2023', 'early 2024', 'the end of 1989' (a year, never a day).

    A number right after a capitalized word inside a sentence is part of a name
    ("Orion 1980", "Agenda 2030"), not a date; a number that counts things ("carried
    1999 passengers") is not one either; month, season and holiday names before a
    year are matched as one expression before this rule is reached.
    """
    s, e = span(m, "yr")
    if not m["yr_mod"] and (
        _NAME_BEFORE.search(ctx.text, max(0, s - 30), s)
        or _count_not_year(ctx, s, e)
        or word_before(ctx, s) in LABEL_NOUNS
    ):
        return None
    if m["yr_mod"] and m["yr_mod"].lower() == "around" and _PLURAL_NOUN_AFTER.match(ctx.text, e):
        return None  # "around 1999 passengers": a count
    y = int(m["yr_y"])
    if m["yr_y2"]:
        # "2009-2010", "1957-58": TimeML writes each year as its own TIMEX3; our range
        # extension keeps them as one expression with an interval value (the bench splits it)
        last = int(m["yr_y2"]) if len(m["yr_y2"]) == 4 else y // 100 * 100 + int(m["yr_y2"])
        if not y < last <= y + 100:
            return None
        return Found(s, e, "DATE", f"{y}/{last}", date_mod(m["yr_mod"]))
    if (
        not m["yr_mod"]
        and ctx.dct is not None
        and y < ctx.dct.year
        and _FRAMING_IN.fullmatch(ctx.text, ctx.sentence(s, e)[0], s)
    ):
        # "In 1998, the envoy arrived on Tuesday" in a report of 2023: a year before the
        # DCT's that opens its sentence frames the story; its weekdays and clock times are
        # in a week of that year the text does not fix (TimeML 1.2.1, section 2.2.3: such
        # parts are X), and its months are of that year
        ctx.remember(y, None, e)
    return Found(s, e, "DATE", str(y), date_mod(m["yr_mod"]))
