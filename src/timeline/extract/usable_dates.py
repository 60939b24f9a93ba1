"""The dates a sentence's temporal expressions give its events.

:func:`usable_timexes` keeps the expressions that can date an event told beside them
(not durations and sets, a statistic's year, a state's open end, a text's name, the day
of a report, a quoted "today"; a range written with words as one span). The others date
acts of their own: :func:`report_days` the days of the telling ("said on Tuesday"),
:func:`state_starts` the starts of states ("an EU member since 2007"), and
:func:`counted_days` the days counted from the story's last day ("Four days later").
"""

from __future__ import annotations

import re
from datetime import timedelta

from ..model import EventDate, Precision
from .cue_search import Cue
from .dated_spans import DatedSpan, TimexLike
from .named_years import names_a_horizon, names_a_text
from .series_acts import FIRST_ACT_SINCE
from .word_ranges import ranges_in_words

__all__ = [
    "counted_days",
    "report_days",
    "state_starts",
    "usable_timexes",
]


#: Preceding words that make a timex a statistic's year, not an event's date:
#: "from $3.6 billion in 2021", "reached 4.5 million tons in 2024".
_STATISTIC_BEFORE = re.compile(
    r"(?:[$€£%]|\b(?:billion|million|thousand|tons|tonnes|percent|per cent|USD|euros?|"
    r"dollars?|manat|tenge|lira|sums?|TL)\b)[^.;]{0,12}$",
    re.IGNORECASE,
)


#: Words before a timex that make it the start of a state, not the date of an event;
#: also a term's ("for the period 2020-2022": the term of a chairmanship handed over).
#: An act told with the day it starts from: "a three-day visit starting from Sunday",
#: "beginning from 5 March" (thirty-third pass).
#: A future act in the clause before "from <day>" ("will be recalled ... from October 5",
#: "will lose their accreditation from Nov. 1"): that day is when the act takes effect.
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to)\s+(?:be\s+)?\w+[^,;.]*$")


#: After "from <day>": the range's second end ("from Monday to Wednesday"), not a day alone.
_RANGE_AFTER = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)(?![\w])", re.IGNORECASE)
_STARTING_FROM = re.compile(r"\b(?:starting|beginning|commencing)\s+from\s*$", re.IGNORECASE)
_SPAN_BEFORE = re.compile(
    r"\b(since|until|till|through|by|over|(?<!set\s)(?<!scheduled\s)(?<!slated\s)"
    r"(?<!planned\s)(?<!due\s)for|from)"
    r"(?:\s+(?:the|a|its|their)\s+(?:period|term)(?:\s+of)?)?\s*$",
    re.IGNORECASE,
)


#: A verb of saying right before a timex: the date is the report's ("said on Monday").
_SAID_BEFORE = Cue(
    r"\b(?:said|stated|announced|noted|reported|told|added|declared|reports|says)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


#: Days told relative to the moment of speaking: inside a quotation they are the
#: speaker's, whose day the article may not be (a quote of yesterday's visit).
_DEICTIC = re.compile(
    r"(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))", re.IGNORECASE
)


class _Quotes:
    """Whether offsets of a sentence, asked in increasing order, lie inside a quotation.

    Counts the quotation marks since the last offset asked, so a sentence is
    read once however many dates it holds (hostile input stays linear).
    """

    def __init__(self, text: str, start: int) -> None:
        self.text, self.pos, self.open, self.straight = text, start, 0, 0

    def inside(self, at: int) -> bool:
        if at > self.pos:
            seen = self.text[self.pos : at]
            self.open += seen.count("“") - seen.count("”")
            self.straight += seen.count('"')
            self.pos = at
        return self.open > 0 or self.straight % 2 == 1


def usable_timexes(text: str, timexes: list[TimexLike], start: int, end: int) -> list[DatedSpan]:
    """The timexes in ``text[start:end]`` that can date an event, in text order.

    Dropped: durations and sets (TIMEX3 ``type`` DURATION and SET), expressions
    without an interval (PAST_REF, "recently"), the years of statistics ("$3.6
    billion in 2021"), the open ends of states ("since 1974", "by 2030"; but a future
    act "from" a day takes effect that day: "will be recalled from October 5"), the year
    in a document's name ("the 1974 Land Boundary Agreement"), the date of a report
    ("said on Tuesday") and a quoted "today" or "yesterday". A range written with words
    is one span (:func:`.word_ranges.ranges_in_words`).

    >>> from timeline.temporal import tag
    >>> text = "Relations were frozen from March to June 2003."
    >>> [(d.text, d.date.value) for d in usable_timexes(text, tag(text, None), 0, len(text))]
    [('March to June 2003', '2003-03/2003-06')]
    """
    found: list[DatedSpan] = []
    quotes = _Quotes(text, start)
    ordered = sorted(timexes, key=lambda t: t.start)
    ranges = ranges_in_words(text, ordered)
    second_ends = {second for _, second in ranges.values()}
    for at, t in enumerate(ordered):
        if t.start < start or t.end > end or t.type.upper() in ("DURATION", "SET"):
            continue
        if at in second_ends:
            continue  # the range's second end: its first tells the whole range
        event_date = t.event_date()
        if event_date is None:
            continue
        before = text[max(start, t.start - 40) : t.start]
        if _STATISTIC_BEFORE.search(before):
            continue
        if _SAID_BEFORE.search(before):
            continue  # "said on Tuesday": the date of the telling, not of an event
        if at in ranges and ordered[ranges[at][1]].end <= end:
            whole, second = ranges[at]
            close = ordered[second].end
            found.append(DatedSpan(t.start, close, text[t.start : close], whole))
            continue  # "from March to June 2003", "between May and July": one interval
        if names_a_text(text, t, before, end):
            continue  # "the 1974 Land Boundary Agreement": the name of a text
        if names_a_horizon(text, t):
            continue  # "the 2030 Agenda": a plan's horizon, no act's date
        if _DEICTIC.fullmatch(t.text) and quotes.inside(t.start):
            continue  # "my visit today", quoted: the speaker's today, not the article's
        own = text[t.start : t.end].lower()
        span_word = _SPAN_BEFORE.search(before)
        from_before = span_word is not None and span_word.group(1).lower() == "from"
        ranged = event_date.precision is Precision.day and event_date.end > event_date.start
        if ranged and (own.startswith("from") or from_before):
            pass  # "from February 10-11", "from 22 to 24 August": the event's own days
        elif from_before and _STARTING_FROM.search(before):
            pass  # "a three-day visit starting from Sunday": the act's first day
        elif (
            from_before
            and event_date.precision is Precision.day
            and _FUTURE_BEFORE.search(text, max(start, t.start - 120), t.start)
            and not _RANGE_AFTER.match(text, t.end)
        ):
            pass  # "will be recalled for consultations from October 5": the act's day
        elif (
            span_word
            and span_word.group(1).lower() == "since"
            and FIRST_ACT_SINCE.search(text, max(start, t.start - 100), t.start)
        ):
            pass  # "the first visit by an EU top diplomat since 2017": the visit before
        elif (span_word or own.startswith(("since", "until", "by ", "from"))) and (
            "when" not in text[t.end : t.end + 8]
        ):
            continue
        found.append(DatedSpan(t.start, t.end, t.text, event_date))
    found.sort(key=lambda d: d.start)
    return found


def report_days(text: str, timexes: list[TimexLike], start: int, end: int) -> list[DatedSpan]:
    """The days of the telling in ``text[start:end]``: "said on Tuesday", "announced Monday".

    They date no event of their own (:func:`usable_timexes` drops them), but what
    the speaker was doing then does: "said on Tuesday while addressing the forum".
    """
    found = []
    for t in timexes:
        if t.start < start or t.end > end or t.type.upper() != "DATE":
            continue
        event_date = t.event_date()
        if event_date is None or event_date.precision is not Precision.day:
            continue
        if _SAID_BEFORE.search(text[max(start, t.start - 40) : t.start]):
            found.append(DatedSpan(t.start, t.end, t.text, event_date))
    return found


#: "since" right before a timex, or opening it: the start of a state.
_SINCE_BEFORE = re.compile(r"\bsince\s*$", re.IGNORECASE)
#: Before "since": the first or last act of a series ("the first visit since 2019"), whose
#: "since" dates the act before, not a state's start.
_SERIES_BEFORE = re.compile(
    r"\b(?:first|last|latest|highest|longest|biggest|largest|worst)\b[^.;]{0,80}$",
    re.IGNORECASE,
)


def state_starts(text: str, timexes: list[TimexLike], start: int, end: int) -> list[DatedSpan]:
    """The starts of states in ``text[start:end]``: "an EU member since 2007", "in force
    since August 4", "has held the chairmanship since January 2021".

    :func:`usable_timexes` drops them (a state's open end dates no event told beside it),
    but a state's start is an act of its own: the joining, the taking over, the entry into
    force the sentence tells. Not the "since" of a series' first or last act ("the first
    visit since 2019": the act before).
    """
    found = []
    for t in timexes:
        if t.start < start or t.end > end or t.type.upper() != "DATE":
            continue
        before = text[max(start, t.start - 40) : t.start]
        if not (_SINCE_BEFORE.search(before) or t.text.lower().startswith("since")):
            continue
        if _SERIES_BEFORE.search(text, max(start, t.start - 100), t.start):
            continue
        event_date = t.event_date()
        if event_date is not None:
            found.append(DatedSpan(t.start, t.end, t.text, event_date))
    return found


#: A count of days or weeks (a TIMEX3 DURATION, "P4D", "P2W") then "later" or "earlier"
#: alone: a day counted from the story's last day ("Four days later, ... met").
_COUNTED_VALUE = re.compile(r"P(\d{1,3})([DW])")
_LATER_AFTER = re.compile(r"\s+(later|earlier)\b(?!\s+(?:than|in|on|at|that|this)\b)", re.I)


def counted_days(
    text: str, timexes: list[TimexLike], start: int, end: int, story_day: EventDate
) -> list[DatedSpan]:
    """The days that ``text[start:end]`` counts from the story's last day ``story_day``:
    "Four days later" is the fourth day after it, "a week earlier" the seventh before
    (TimeML tags the count as a DURATION and "later" as a SIGNAL, 1.2.1 section 2.2.1; the
    day it points to is the act's). The span holds "later" / "earlier".

    >>> from timeline.model import EventDate
    >>> from timeline.temporal import tag
    >>> text = "They met on 19 September. Four days later, they met again."
    >>> day = EventDate.from_value("2021-09-19")
    >>> [(d.text, d.date.value) for d in counted_days(text, tag(text, None), 26, 59, day)]
    [('Four days later', '2021-09-23')]
    """
    found: list[DatedSpan] = []
    for t in timexes:
        if t.start < start or t.end > end or t.type.upper() != "DURATION":
            continue
        count = _COUNTED_VALUE.fullmatch(t.value)
        signal = _LATER_AFTER.match(text, t.end, end)
        if count is None or signal is None:
            continue
        days = int(count.group(1)) * (7 if count.group(2) == "W" else 1)
        sign = 1 if signal.group(1).lower() == "later" else -1
        try:
            day = story_day.start + timedelta(days=sign * days)
        except OverflowError:
            continue  # a count past the calendar's ends ("999 weeks earlier" of year 1)
        found.append(
            DatedSpan(
                t.start,
                signal.end(),
                text[t.start : signal.end()],
                EventDate.from_value(day.isoformat()),
            )
        )
    return found
