"""Times of the day and the days around the DCT: from a match to a TIMEX3 TIME or DATE.

The normalizers of :data:`~timeline.temporal.patterns.MASTER`'s clock times ("10:35
a.m.", "15:00 GMT Saturday", "midnight"), race times written as a clock ("2:08:30", a
DURATION), "today", "tonight", "yesterday" and "tomorrow" (with a part of the day:
"tomorrow morning"), and the parts of the day ("this morning", "last night", "in the
morning"), each as a TIME on the day the story is on or a DATE next to the DCT (TimeML
1.2.1, section 2.2). The other absolute forms are :mod:`timeline.temporal.normalize`'s,
whose :class:`~timeline.temporal.normalize.Found` and helpers this module uses.
"""

from __future__ import annotations

import re
from datetime import date

from ..timex import DateMod
from .anchoring import Context
from .bracketed import bracketed_day
from .calendar_values import shift_days
from .lexicon import GENERIC_TODAY_NOUNS, PARTS_OF_DAY, WEEKDAYS
from .normalize import (
    NORMALIZER_WORDS,
    Found,
    date_mod,
    day_of_month,
    month_number,
    span,
    word_before,
)
from .years import valid_day

__all__ = [
    "clock",
    "clock24",
    "clock_duration",
    "deictic_day",
    "part_of_day",
    "part_of_day_after_preposition",
]


#: "4 in the morning" is a clock time only after one of these.
_CLOCK_PRECEDERS = frozenset(NORMALIZER_WORDS.words("clock_preceders"))


def clock(m: re.Match[str], ctx: Context) -> Found | None:
    """'10:35 a.m.', '5 p.m. EST Nov. 9', '4 in the morning', 'noon Thursday', 'midnight'.

    The day is the DCT unless a weekday, "yesterday" or a date follows.
    Midnight is ``T24:00``, the end of its day (ISO 8601 section 4.2.3):
    "expires at midnight Friday" is the end of Friday.
    """
    s, e = span(m, "clk")
    if m["clk_nm"]:
        noon = m["clk_nm"].lower()
        if word_before(ctx, s) == "high":
            return None  # "High Noon", "high noon comes today": a figure of speech
        clock = "24:00" if noon == "midnight" else "12:00"
    else:
        if m["clk_pod"] and not m["clk_ap0"] and word_before(ctx, s) not in _CLOCK_PRECEDERS:
            return None  # "scored 2 in the evening": a count, not a clock time
        h = int(m["clk_h"]) % 12
        if (m["clk_ap"] or "").lower().startswith("p") or m["clk_pod"] in (
            "afternoon",
            "evening",
        ):
            h += 12
        mi = m["clk_mi"]
        clock = f"{h:02d}:{mi}" if mi else f"{h:02d}:00"
    if m["clk_m"]:
        mo, d = month_number(m["clk_m"]), day_of_month(m["clk_d"])
        y = ctx.day_year(mo, d, s, e)
        if y is None or not valid_day(y, mo, d):
            return None
        prefix = date(y, mo, d).isoformat()
    else:
        prefix = _clock_day(ctx, s, e, m["clk_wd"])
    mod = DateMod.approximate if m["clk_ap0"] else None
    return Found(s, e, "TIME", f"{prefix}T{clock}", mod)


def _clock_day(ctx: Context, s: int, e: int, day_word: str | None) -> str:
    """The day part of a clock time's value: the weekday or "yesterday" after it, else the
    day named before it in the same sentence ("flew Tuesday at 18:00"), else, in a clause
    told in the past, the day the story was last put on ("The fire broke out on Sunday.
    Crews arrived at 6 a.m."), else the DCT.

    A clock time alone is a time of the day the narrative is on, its temporal focus, which
    the last day named sets (TimeML 1.2.1, section 2.2.3: an underspecified value is
    completed from its anchor, and a report's anchor is the DCT only when the text names
    no day). In a story of an earlier year with no day named, the day (or the week of the
    weekday) stays unknown.
    """
    day: date | None = ctx.dct
    unknown = "XXXX-XX-XX"
    story = ctx.story_before_dct(s)  # a story of an earlier year: an unknown day (or week)
    if story:
        day = None
    if not day_word:
        day = ctx.day_in_sentence(s) or ctx.day_named_before(s, e) or day
    if day_word and ctx.dct is not None:
        key = day_word.lower()
        if key in WEEKDAYS and story:
            unknown = f"XXXX-WXX-{WEEKDAYS[key] + 1}"
        elif key in WEEKDAYS:
            day = ctx.weekday(WEEKDAYS[key], s, e, None)
        else:
            day = shift_days(ctx.dct, {"today": 0, "yesterday": -1, "tomorrow": 1}[key])
    return day.isoformat() if day else unknown


#: Before these, h:mm:ss is the time of day with its seconds ("at 10:35:20"), not a duration.
_CLOCK_WITH_SECONDS_PRECEDERS = frozenset(NORMALIZER_WORDS.words("clock_with_seconds_preceders"))


def clock_duration(m: re.Match[str], ctx: Context) -> Found | None:
    """'2:08:30', '3:43.13': hours, minutes and seconds written as a clock (a race time).

    A length of time is a DURATION whatever its notation (TimeML 1.2.1, section 2.2.1.3);
    its value is the ISO 8601 duration, ``PT2H8M30S``, ``PT3M43.13S``. After "at" the
    same notation is a time of day with seconds (TIME ``T10:35:20``).
    """
    s, e = span(m, "cdur")
    fraction = m["cdur_f"] or ""
    if m["cdur_h"]:
        h, mi, sec = int(m["cdur_h"]), int(m["cdur_hm"]), m["cdur_hs"]
        if word_before(ctx, s) in _CLOCK_WITH_SECONDS_PRECEDERS and h < 24 and not fraction:
            prefix = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
            return Found(s, e, "TIME", f"{prefix}T{h:02d}:{mi:02d}:{sec}")
    else:
        h, mi, sec = 0, int(m["cdur_m"]), m["cdur_s"]
    seconds = f"{int(sec)}{fraction}"
    parts = (f"{h}H" if h else "") + (f"{mi}M" if mi else "")
    parts += "" if seconds in ("0", "0.0") and parts else f"{seconds}S"
    return Found(s, e, "DURATION", f"PT{parts}")


def clock24(m: re.Match[str], ctx: Context) -> Found | None:
    """'15:00', '15:00 GMT Saturday': a 24-hour clock time, with its zone and day one TIME
    (TimeML 1.2.1, section 2.2.1: the zone and the day are part of the expression)."""
    s, e = span(m, "clk24")
    prefix = _clock_day(ctx, s, e, m["clk24_wd"])
    hour, minute = m["clk24_h"] or m["clk24_mh"], m["clk24_mi"] or m["clk24_mm"]
    return Found(s, e, "TIME", f"{prefix}T{int(hour):02d}:{minute}")


#: "today's" and the noun after it; "of today" at the end of a phrase.
_TODAYS_NOUN = re.compile(r"['’]s\s+(?:[a-z]+\s+)?([a-z]+)")
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def generic_today(ctx: Context, s: int, e: int) -> bool:
    """Whether "today" means the present in general: "today's world", "the youth of today"."""
    noun = _TODAYS_NOUN.match(ctx.text, e)
    if noun is not None:
        first = ctx.text[noun.start() + 2 : noun.end()].split()[0]
        return first in GENERIC_TODAY_NOUNS or noun.group(1) in GENERIC_TODAY_NOUNS
    return word_before(ctx, s) == "of" and _PHRASE_END.match(ctx.text, e) is not None


#: A capitalised word right before a capitalised "Today" ("USA Today", "VOA Today",
#: "NBC's Today show"), with no punctuation between: the two are a name.
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’.&-])[A-Z][\w'’.&-]*[\w'’][ \t]+$")
#: What follows a name in running text: a word in lower case, maybe after a comma ("USA
#: Today and CNN", "Egypt Today noted"), or the sentence's end ("This is VOA Today."); not
#: a headline's next capitalised word or its line end ("Heads Begin Meeting Today").
_RUNNING_TEXT_AFTER = re.compile(r"[ \t]*(?:[,;:]?[ \t]+[a-z]|[.!?](?:\s|$))")


def _in_a_name(ctx: Context, s: int, e: int) -> bool:
    """Whether a capitalised "Today" ends a name: "USA Today", "VOA Today", "USA TODAY".

    Proper names are not time expressions (TimeML 1.2.1, section 2.2; TIDES TIMEX2 2005,
    "names"), as "the Daily News" is no SET: only in running text, a word in lower case
    or the sentence's end after it, not in a headline's capitalised words ("Heads Begin
    Three-Day Meeting Today").
    """
    if ctx.text[s:e] not in ("Today", "TODAY") or not _RUNNING_TEXT_AFTER.match(ctx.text, e):
        return False
    return _CAPITALISED_WORD_BEFORE.search(ctx.text, max(0, s - 40), s) is not None


def deictic_day(m: re.Match[str], ctx: Context) -> Found | None:
    s, e = span(m, "day")
    w = m["day_w"].lower()
    bare = not m["day_pre"] and not m["day_p"] and not m["day_mod"]
    if w == "today" and bare and _in_a_name(ctx, s, e):
        return None
    if w == "today" and not m["day_pre"] and not m["day_p"] and generic_today(ctx, s, e):
        return Found(s, e, "DATE", "PRESENT_REF")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
    pre = (m["day_pre"] or "").lower()
    offset += -1 if "before" in pre else (1 if "after" in pre else 0)
    shifted = shift_days(ctx.dct, offset) if ctx.dct is not None else None
    if shifted is None:
        return Found(s, e, "DATE", "XXXX-XX-XX")
    shifted = (
        bracketed_day(ctx.text, e, near=shifted, reach=_RESTATED_REACH, apposed=True) or shifted
    )
    day = shifted.isoformat()
    if m["day_p"]:
        return Found(s, e, "TIME", f"{day}T{PARTS_OF_DAY[m['day_p'].lower()]}")
    if w == "tonight":
        return Found(s, e, "TIME", f"{day}TNI")
    return Found(s, e, "DATE", day, date_mod(m["day_mod"]))


#: How far the day in brackets after "today", "this morning" ... may be from the day the
#: DCT gives (a page dated a few days after its writing): "today (July 17)" on a page of
#: 19 July is 17 July.
_RESTATED_REACH = 3

#: Words before "last evening" that make it the last of several evenings, no day: "the
#: last evening of the festival", "on their last evening in Paris".
_LAST_OF_SEVERAL = frozenset(
    {"the", "a", "that", "this", "his", "her", "its", "their", "our", "my", "your", "whose"}
)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _last_part_of_day(part: str, ctx: Context, s: int, e: int) -> bool:
    """Whether "last <part of day>" is the day before's: "last night" always; "last
    evening", as "yesterday evening", when it is no last of several ("the last evening of
    the talks", "their last evening in Kyiv").

    >>> from timeline.temporal import tag
    >>> [(t.text, t.value) for t in tag("He arrived in Asmara last evening.", date(2020, 1, 27))]
    [('last evening', '2020-01-26TEV')]
    >>> tag("It was the last evening of the talks.", date(2020, 1, 27))
    []
    """
    if part == "night":
        return True
    if part != "evening":
        return False
    return word_before(ctx, s) not in _LAST_OF_SEVERAL and _OF_AFTER.match(ctx.text, e) is None


def part_of_day(m: re.Match[str], ctx: Context) -> Found | None:
    """'this morning', 'last night', 'yesterday afternoon', 'mid-afternoon (yesterday)'.

    "Mid-afternoon" is the part of the day with mod MID, on the DCT (or the day named
    after it); in a story of an earlier year the day is unknown.
    """
    s, e = span(m, "pod")
    if m["pod_mid"]:
        part = PARTS_OF_DAY[m["pod_mid"].lower()]
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[(m["pod_day"] or "today").lower()]
        day_of = shift_days(ctx.dct, shift) if ctx.dct is not None else None
        if day_of is None or (not m["pod_day"] and ctx.story_before_dct(s)):
            return Found(s, e, "TIME", f"XXXX-XX-XXT{part}", DateMod.mid)
        return Found(s, e, "TIME", f"{day_of.isoformat()}T{part}", DateMod.mid)
    r = m["pod_r"].lower()
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[r]
    if r == "last" and not _last_part_of_day(m["pod_p"].lower(), ctx, s, e):
        return None
    part = PARTS_OF_DAY[m["pod_p"].lower()]
    shifted = shift_days(ctx.dct, offset) if ctx.dct is not None else None
    if shifted is not None:
        shifted = (
            bracketed_day(ctx.text, e, near=shifted, reach=_RESTATED_REACH, apposed=True) or shifted
        )
    day = shifted.isoformat() if shifted is not None else "XXXX-XX-XX"
    return Found(s, e, "TIME", f"{day}T{part}")


#: The words before "the morning", "the night" ... that make it a time of the story's day.
_DAY_PART_PRECEDERS = frozenset(NORMALIZER_WORDS.words("day_part_preceders"))
#: What may follow such a part of the day: a punctuation mark, the end, a capitalised word
#: or one of ``day_part_followers`` (not a noun it modifies: "in the morning session").
_DAY_PART_END = re.compile(
    r"\s*(?:[,.;:!?)\"”'’]|$)|\s+(?-i:[A-Z])|\s+(?:"
    + "|".join(sorted(NORMALIZER_WORDS.words("day_part_followers"), key=len, reverse=True))
    + r")(?![\w-])"
)


def part_of_day_after_preposition(m: re.Match[str], ctx: Context) -> Found | None:
    """'in the morning', '(spent) the night', 'in the early hours of Monday': a TIME.

    A part of the day after a preposition (or "spend") is a time of the day the story is
    on (TimeML 1.2.1, section 2.2: a part of the day is a TIME, its unfixed parts taken
    from its anchor), found as a clock time's (:func:`_clock_day`): the weekday in it, the
    day named before it in its sentence or, in a past clause, the story's day, else the
    DCT; unknown in a story of an earlier year. "The early hours" are the morning's.
    """
    s, e = span(m, "ppod")
    if word_before(ctx, s) not in _DAY_PART_PRECEDERS:
        return None
    if m["ppod_p"]:
        if not m["ppod_p"].islower() or _DAY_PART_END.match(ctx.text, e) is None:
            return None  # "in the Evening Standard", "in the morning session"
        part = PARTS_OF_DAY[m["ppod_p"]]
    else:
        part = PARTS_OF_DAY[(m["ppod_wp"] or "morning").lower()]
    return Found(s, e, "TIME", f"{_clock_day(ctx, s, e, m['ppod_wd'])}T{part}")
