"""Weekdays: "on Tuesday", "Friday morning", "on Mondays", "from Wednesday to Friday".

The weekday normalizer of :data:`~timeline.temporal.patterns.MASTER`'s ``wd``
alternative (see :mod:`timeline.temporal.normalize` for the other absolute forms). A
weekday without its own week is anchored to the DCT by the tense of its clause
(:meth:`~timeline.temporal.anchoring.Context.weekday`); a range or pair of weekdays runs
forward; a plural ("on Mondays", "Tuesday nights") is a SET (TimeML 1.2.1, section 2.2).
"""

from __future__ import annotations

import re
from datetime import date

from .anchoring import Context
from .anchoring_words import WORDS
from .bracketed import bracketed_day
from .calendar_values import shift_days
from .lexicon import DAY_PARTS, PARTS_OF_DAY, WEEKDAYS, alternation
from .normalize import Found, span
from .reference_time import remembered_point
from .tense_markers import timetable_cues

__all__ = ["weekday"]


#: "Monday and Tuesday nights": the plural part of the day belongs to both weekdays.
_SHARED_PLURAL_PART = re.compile(
    r"\s+(?:and|or)\s+(?-i:[MTWFS][a-z]+day)\s+(" + "|".join(DAY_PARTS) + r")s(?!\w)"
)


#: "from Wednesday to Friday", "on Tuesday and Wednesday": a weekday and the one that ends
#: its range or pair, after it (_PAIR_END) or before it (_PAIR_START); "and" joins a pair
#: only of consecutive days ("made Friday and Thursday" lists two days in any order).
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
_PAIR_END = re.compile(r"\s*(to|through|until|till|and|-|–)\s*(?i:(" + _WEEKDAY_NAMES + r"))\b")
_PAIR_START = re.compile(r"(?i:(" + _WEEKDAY_NAMES + r"))\s*(to|through|until|till|and|-|–)\s*\Z")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _planned(cue: str | None, before: str) -> bool:
    """Whether a future cue tells a plan ("will", "is to", "scheduled"), not the timetable's
    present a headline may use for what is going on ("Leaders meet in Brussels"), and
    stands ``before`` the expression, in its own clause: not the "will" of "who is paying a
    visit to Moscow from Thursday to Saturday, will also address"."""
    return cue is not None and cue not in _TIMETABLE and cue in before.lower()


_TIMETABLE = frozenset(timetable_cues())


def _in_weekday_pair(ctx: Context, day: date, s: int, e: int) -> date:
    """``day``, moved so that a range or pair of weekdays runs forward.

    Each weekday of "from Wednesday to Friday" is anchored on its own by the tense; when
    the second comes out before the first, the pair is read as one span (TimeML 1.2.1,
    section 2.2: a range's end is not before its start): the span that holds the DCT's
    weekday is the DCT's week ("meet in Brussels on Thursday and Friday", published on the
    Friday: the Thursday just gone), else the end is the first such day after the start
    ("will pay state visits ... from Monday through Saturday"). A span a plan's future
    ("will", not a timetable's present) sends ahead stays ahead though it holds the DCT's
    weekday: "will visit Ulaanbaatar from
    Monday to Wednesday", published on a Wednesday, is next week's (the tense of the
    expression's own clause, section 2.2).

    >>> from timeline.temporal import tag
    >>> [t.value for t in tag("Lee will visit Ulaanbaatar from Monday to Wednesday.",
    ...                       date(2019, 3, 20))]
    ['2019-03-25', '2019-03-27']
    """
    dct = ctx.dct
    if dct is None:
        return day
    after = _PAIR_END.match(ctx.text, e)
    if after is not None and not after[2].isascii():
        after = None  # "Wedneſday": ``re`` matched a letter ``str.lower`` does not make ASCII
    if after is not None:  # the first of the pair
        first, end = day.weekday(), WEEKDAYS[after[2].lower()]
        if after[1] == "and" and (end - first) % 7 != 1:
            return day
        last = ctx.weekday(end, after.start(2), after.end(2), None)
        if (
            last is not None
            and last < day
            and (dct.weekday() - first) % 7 <= (end - first) % 7
            and not (day > dct and _planned(ctx.future_cue(s, e), ctx.text[max(0, s - 120) : s]))
        ):
            return shift_days(dct, -((dct.weekday() - first) % 7)) or day
        return day
    return _end_of_pair(ctx, day, s)


def _end_of_pair(ctx: Context, day: date, s: int, *, after: bool = False) -> date:
    """``day``, the end of a range or pair of weekdays, moved to the first such day after
    its start when it comes out before it: "from Saturday to next Thursday" told on a
    Tuesday ends on the Thursday after the Saturday, not the one two days ahead. With
    ``after`` (an end told with "next" or "coming") also when it comes out on the start
    day itself: "from Monday to next Monday" ends a week after it begins (review33
    finding 8).

    >>> from timeline.temporal import tag
    >>> [t.value for t in tag("Wang will visit from Monday to next Monday.",
    ...                       date(2019, 3, 19))]
    ['2019-03-25', '2019-04-01']
    """
    before = _PAIR_START.search(ctx.text, max(0, s - 20), s)
    named = ctx.last
    if before is None or named is None or named[1] != before.end(1):
        return day
    if not _DAY_VALUE.fullmatch(named[0]):
        return day
    first_day = date.fromisoformat(named[0])
    if before[2] == "and" and (day.weekday() - first_day.weekday()) % 7 != 1:
        return day
    if day > first_day or (day == first_day and not after):
        return day
    ahead = (day.weekday() - first_day.weekday()) % 7
    return shift_days(first_day, ahead or (7 if after else 0)) or day


#: "last week, on Monday", "Next week on Friday": the week named right before a weekday
#: (searched in the :data:`_WEEK_REACH` characters before it).
_WEEK_BEFORE = re.compile(r"(?<!\w)(?P<rel>last|next)\s+week\s*,?\s+(?:on\s+)?\Z", re.IGNORECASE)
#: "Monday last week", "on Tuesday of next week": the week named right after a weekday.
_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(?P<rel>last|next)\s+week(?!\w)", re.IGNORECASE)
_WEEK_REACH = 24


def _in_named_week(ctx: Context, wd: int, s: int, e: int) -> date | None:
    """The weekday ``wd`` at ``s:e`` in the week the text names with it, "last week" or "next
    week" right before or after it, or None when it names none.

    The week is the DCT's week before or after (weeks run Monday to Sunday, ISO 8601, as
    the ``YYYY-Www`` values of "last week"); the weekday is that week's, whatever the
    tense: "Last week, on Monday, meetings were held" told on a Monday is the Monday a week
    back, not the DCT, and "will meet on Friday next week" is not this week's Friday
    (TimeML 1.2.1, section 2.2, ``value``: the expression's own words fix the week, the
    tense only picks among the weeks they leave open).

    >>> from timeline.temporal import tag
    >>> [t.value for t in tag("They met on Monday last week.", date(2015, 3, 23))]
    ['2015-03-16', '2015-W12']
    """
    dct = ctx.dct
    if dct is None:
        return None
    named = _WEEK_AFTER.match(ctx.text, e) or _WEEK_BEFORE.search(
        ctx.text[max(0, s - _WEEK_REACH) : s]
    )
    if named is None:
        return None
    weeks = -1 if named["rel"].lower() == "last" else 1
    return shift_days(dct, 7 * weeks + wd - dct.weekday())


#: A weekday name ending the expression before ("on Monday", "Monday afternoon").
_WEEKDAY_BEFORE = re.compile(
    r"\b(?i:" + _WEEKDAY_NAMES + r")(?:\s+(?i:" + "|".join(DAY_PARTS) + r"))?\Z"
)
#: A word between two weekdays that breaks a plan told in order (``plan_sequence_breaks``).
_SEQUENCE_BREAK = re.compile(
    r"\b(?:" + alternation(WORDS.words("plan_sequence_breaks")) + r")\b", re.IGNORECASE
)


def _after_the_plans_day(ctx: Context, day: date, wd: int, s: int, e: int) -> date:
    """``day``, moved to the first such weekday after the plan's weekday told before it in
    its sentence, when it comes out before that day though not in the past.

    A plan told in order names its days in order: "Biruta will come to Russia on Monday and
    meet with Lavrov on Tuesday, while Khalil Kaba was expected to arrive on Thursday and
    hold talks with Lavrov on Friday", told on a Thursday, puts Thursday and Friday in the
    week of that Monday, not on the DCT and the day after it (TimeML 1.2.1, section 2.2,
    ``value``: a relative expression is anchored to the time the text is talking about).
    Only when the weekday before is a day ahead of the DCT, this one is read as a day ahead
    too, or as the DCT's own weekday in a clause that looks ahead, a plan's marker last
    between them ("was expected to arrive on Thursday"; not "while the ministers met on
    Monday", told on the Monday), and no word of ``plan_sequence_breaks`` stands between
    them ("after" orders the acts otherwise, "the ministry said on Thursday" dates its
    saying) nor before the earlier one (:func:`_a_sayings_day`).

    >>> from timeline.temporal import tag
    >>> [t.value for t in tag("He will arrive on Monday and hold talks on Thursday.",
    ...                       date(2021, 9, 2))]
    ['2021-09-06', '2021-09-09']
    """
    dct = ctx.dct
    point = remembered_point(ctx.last)
    plans_day = ctx.day_in_sentence(s)
    if dct is None or point is None or plans_day is None:
        return day
    if not dct <= day < plans_day or plans_day <= dct:
        return day
    if day == dct and ctx.future_cue(s, e) is None:
        between = ctx.markers.find(point[2], s)
        if not between or between[-1].lastgroup not in ("future", "ll"):
            return day  # "while the ministers met on Monday": the DCT's own act
    if _WEEKDAY_BEFORE.search(ctx.text, max(0, point[2] - 24), point[2]) is None:
        return day
    if _SEQUENCE_BREAK.search(ctx.text, point[2], s) is not None:
        return day
    if _a_sayings_day(ctx, point[2]):
        return day
    return shift_days(plans_day, (wd - plans_day.weekday()) % 7 or 7) or day


#: How far before a weekday a word of ``plan_sequence_breaks`` makes it that word's day.
_BREAK_REACH = 80


def _a_sayings_day(ctx: Context, end: int) -> bool:
    """Whether the weekday ending at ``end`` dates a saying or an act ordered otherwise: a
    word of ``plan_sequence_breaks`` within :data:`_BREAK_REACH` characters before it in
    its sentence, no plan's marker between ("According to Kim Tae-hyo on Friday, Yoon will
    embark on the visit on Monday": Friday is the telling's day; not "Zakharova told
    reporters that Biruta will come on Monday")."""
    left, _right = ctx.sentence(end, end)
    breaks = list(_SEQUENCE_BREAK.finditer(ctx.text, max(left, end - _BREAK_REACH), end))
    if not breaks:
        return False
    last = breaks[-1]
    return not any(m.lastgroup in ("future", "ll") for m in ctx.markers.find(last.end(), end))


#: How far after the DCT a weekday told before may be for a later one of its name to take
#: its day (:func:`_the_storys_weekday`): this week's or the next one's; and how far
#: before it: the news's own last days, not a day of the past week a plan's tomorrow of
#: the same name is more likely than ("Friday's formal and fleeting 23-hour catch-up",
#: then "will hover over Friday's bilateral meeting", told on a Thursday).
_STORY_WEEKDAY_REACH = 13
_NEWS_DAYS_BACK = 3


def _the_storys_weekday(ctx: Context, day: date, wd: int, s: int, e: int) -> date:
    """``day``, moved to the day the story gave the same weekday name before it, when the
    two readings are a week apart: a story names one day by one weekday, and marks another
    week when it means one ("next Friday", "Monday last week": :func:`_in_named_week`).
    "Zelenskyy arrived in Paris on Friday ... is expected to sign bilateral security
    agreements ... on Friday", told on the Saturday, signs on the Friday of his arrival, not
    six days ahead; "will make an official visit to Ulaanbaatar from Monday to Wednesday
    ... From Wednesday to Thursday, Lee will attend the 2019 Boao Forum" is that Wednesday
    (TimeML 1.2.1, section 2.2, ``value``: a relative expression is anchored to the time
    the text is talking about). Not when this one is read back by a past marker in its own
    clause, an act of the past week after a plan's day ("will host her counterpart ...
    on Monday ... At her pre-confirmation presentation in parliament on Monday, Fajon
    described"); nor from a reading on the DCT (a saying's day, "his spokesperson said
    Thursday"), nor from the text's first line (a headline, whose tense is elided: "Kishida
    to pay working visit to S. Korea on Sunday").

    >>> from timeline.temporal import tag
    >>> [t.value for t in tag("He arrived in Paris on Friday. He is expected to sign "
    ...                       "an agreement on Friday.", date(2024, 2, 17))]
    ['2024-02-16', '2024-02-16']
    """
    dct = ctx.dct
    told = _weekday_told_before(ctx, wd, s)
    if dct is None or told is None or told == dct or abs((told - day).days) != 7:
        return day
    if (told - dct).days > _STORY_WEEKDAY_REACH or (dct - told).days > _NEWS_DAYS_BACK:
        return day
    if day < dct and not ctx._no_past_near(s, e):
        return day  # "On Monday, the foreign minister paid his respects": a past act
    return told


def _weekday_told_before(ctx: Context, wd: int, s: int) -> date | None:
    """The day of the last reading before ``s`` of the weekday ``wd`` by its name (its value
    a day, its text ending on the name), after the text's first line."""
    name = max((n for n, d in WEEKDAYS.items() if d == wd), key=len)
    headline_end = ctx.text.find("\n")
    for value, end in reversed(ctx.days):
        if end > s or end <= headline_end or len(value) != 10:
            continue
        if ctx.text[max(0, end - len(name)) : end].lower() == name:
            return date.fromisoformat(value)
    return None


#: How far from the DCT a bracketed day may be (half a year): a weekday the day does not
#: fall on that near is a slip, read by the tense as any weekday is.
_BRACKET_REACH = 183


def weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """A weekday: the day the tense and the DCT give, a TIME with a part of the day, or
    every such day (SET) for a plural; an unknown week in a story of an earlier year.

    >>> from timeline.temporal import tag
    >>> [(t.type, t.value) for t in tag("They met on Tuesday; talks resume Fridays.",
    ...                                 date(2024, 11, 6))]
    [('DATE', '2024-11-05'), ('SET', 'XXXX-WXX-5')]
    """
    s, e = span(m, "wd")
    wd = WEEKDAYS[m["wd_d"].lower()]
    shared = None if m["wd_p"] else _SHARED_PLURAL_PART.match(ctx.text, e)
    if m["wd_pl"] or m["wd_ppl"] or shared:  # "on Mondays", "Tuesday nights": every such day
        value = f"XXXX-WXX-{wd + 1}"
        part = m["wd_p"] or (shared[1] if shared else None)
        if part:
            value += f"T{PARTS_OF_DAY[part.lower()]}"
        return Found(s, e, "SET", value)
    in_week = None if m["wd_r"] else _in_named_week(ctx, wd, s, e)
    day = in_week or ctx.weekday(wd, s, e, m["wd_r"])
    bracketed = (
        None
        if ctx.dct is None
        else bracketed_day(ctx.text, e, near=ctx.dct, reach=_BRACKET_REACH, weekday=wd)
    )
    if bracketed is not None:
        day = bracketed  # "Saturday (Jan. 14th)": the writer's own day
    elif in_week is not None:
        pass  # "on Monday last week": the week is named, no pair or story moves it
    elif day is not None and not m["wd_p"]:
        if not m["wd_r"]:
            day = _in_weekday_pair(ctx, day, s, e)
            day = _after_the_plans_day(ctx, day, wd, s, e)
            day = _the_storys_weekday(ctx, day, wd, s, e)
        elif m["wd_r"].lower().split()[-1] in ("next", "coming"):
            day = _end_of_pair(ctx, day, s, after=True)  # "from Saturday to next Thursday"
    if (
        not m["wd_r"]
        and in_week is None
        and (m["wd_p"] or day != ctx.dct)
        and ctx.story_before_dct(s)
    ):
        day = None  # "on Saturday" in a story of an earlier year: an unknown week
    value = day.isoformat() if day else f"XXXX-WXX-{wd + 1}"
    if m["wd_p"]:
        return Found(s, e, "TIME", f"{value}T{PARTS_OF_DAY[m['wd_p'].lower()]}")
    return Found(s, e, "DATE", value)
