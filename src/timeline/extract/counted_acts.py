"""An act told by a count of time from another: the time between it and its sentence's act
("met in Riyadh on Sunday, two days after the summit in Doha", "a day before a planned
visit": a relative act, dated from the sentence's act by :meth:`.dating.Dating.relative_date`),
and the act an anniversary counts ("the 10th anniversary of President Xi Jinping's state
visit": a visit ten years before the anniversary's year, :mod:`.anniversaries`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ..model import EventDate, Precision
from .ordinals import COUNT_REACH, cardinal_value, count_before
from .trigger_rule import Trigger

if TYPE_CHECKING:  # the anniversaries read the discourse's slugs: typed here only
    from .anniversaries import CountedDate

__all__ = [
    "RelativeAct",
    "anniversary_counting",
    "relative_act_date",
    "relative_acts",
]


#: What may stand between an anniversary's "of" and the act it counts (the act is the
#: counted phrase's head: "the 10th anniversary of President Xi Jinping's state visit",
#: "of the signing of the Treaty", "of the establishment ... and the signing"): words
#: and names, no setting ("of relations during his visit", "of ties at the summit"), no
#: verb of a clause after it.
_COUNTED_HEAD = re.compile(
    r"(?:(?!(?:during|at|in|on|amid|before|after|following|when|while|with|for|by|to|"
    r"is|are|was|were|will|has|have|had|and\s+(?!the\b|of\b|its\b|their\b|his\b|her\b|"
    r"(?-i:[A-Z])))\b)[\w’'.-]+\s+){0,8}",
    re.IGNORECASE,
)
#: An act told by the time between it and the sentence's act: "met in Riyadh on Sunday, two
#: days after the summit in Doha", "a week after the Bulgarian prime minister visited
#: Skopje", "a day before a planned visit": the count before it
#: (:func:`.ordinals.count_before`), its unit and its direction; the act is the head of the
#: phrase after it, up to a comma (:data:`_COUNTED_HEAD`).
_TIME_BETWEEN = re.compile(
    r"\b(?P<unit>days?|weeks?|months?)\s+(?P<after>after|before)\s+(?P<phrase>[^,;:.!?]{3,160})",
    re.IGNORECASE,
)


class RelativeAct(NamedTuple):
    """A trigger told by the time between it and its sentence's act (:data:`_TIME_BETWEEN`):
    where its phrase starts, the number of days, weeks or months, and their sign (+1 after
    the sentence's act: "a day before the summit" is -1 from the meeting it dates)."""

    phrase_start: int
    number: int
    unit: str
    sign: int


#: A finite verb right after a trigger: the noun is its clause's subject.
_VERB_AFTER = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would)\b", re.IGNORECASE)


def relative_acts(
    text: str, triggers: list[tuple[Trigger, int, int]], s_start: int
) -> dict[int, RelativeAct]:
    """The triggers of the sentence told by the time between them and its act
    (:data:`_TIME_BETWEEN`), by their start; a saying is dated by its own day."""
    if not triggers:
        return {}
    found: dict[int, RelativeAct] = {}
    end = max(te for _, _, te in triggers) + 160
    if text.find(" after ", s_start, end) < 0 and text.find(" before ", s_start, end) < 0:
        return found  # the cheap test: no count of time told
    for m in _TIME_BETWEEN.finditer(text, s_start, end):
        before = count_before().search(text, max(s_start, m.start() - COUNT_REACH), m.start())
        if before is None:
            continue
        count = cardinal_value(before["n"])
        if count is None or not 1 <= count <= 366:
            continue
        unit = m["unit"].lower().rstrip("s")
        for trig, ts, te in triggers:
            if (
                m.start("phrase") <= ts
                and te <= m.end("phrase")
                and not trig.page_day_unless_after
                and _COUNTED_HEAD.fullmatch(text, m.start("phrase"), ts) is not None
            ):
                sign = 1 if m["after"].lower() == "before" else -1
                found.setdefault(ts, RelativeAct(m.start("phrase"), count, unit, sign))
    return found


def relative_act_date(act: RelativeAct, anchor: EventDate) -> EventDate | None:
    """The date of a relative act counted from its sentence's act's ``anchor`` (its
    first day): a day for days, the week of the day for weeks (TimeML's week values),
    the month for months; None when the anchor is less precise than the unit.

    >>> sunday = EventDate.from_value("2024-06-30")
    >>> relative_act_date(RelativeAct(0, 2, "day", -1), sunday).value
    '2024-06-28'
    >>> relative_act_date(RelativeAct(0, 1, "week", -1), sunday).value
    '2024-W25'
    >>> relative_act_date(RelativeAct(0, 2, "month", 1), sunday).value
    '2024-08'
    """
    start: date = anchor.start
    if act.unit == "month":
        if anchor.precision not in (Precision.day, Precision.week, Precision.month):
            return None
        months = start.year * 12 + start.month - 1 + act.sign * act.number
        return EventDate.from_value(f"{months // 12:04d}-{months % 12 + 1:02d}")
    if anchor.precision is not Precision.day:
        return None
    days = act.number * (7 if act.unit == "week" else 1)
    when = start + timedelta(days=act.sign * days)
    if act.unit == "week":
        year, week, _ = when.isocalendar()
        return EventDate.from_value(f"{year:04d}-W{week:02d}")
    return EventDate.from_value(when.isoformat())


def anniversary_counting(
    text: str, near: Iterable[CountedDate], ts: int, te: int
) -> CountedDate | None:
    """Of the anniversaries ``near`` the trigger at ``ts:te``, the one whose counted phrase
    holds it, if the trigger is that phrase's head (:data:`_COUNTED_HEAD`), not a clause's
    subject: the act the anniversary counts."""
    for c in near:
        if c.phrase_start <= ts and te <= c.end:
            if _COUNTED_HEAD.fullmatch(text, c.phrase_start, ts) is None:
                return None
            if _VERB_AFTER.match(text, te) is not None:
                return None  # "... of FOCAC and the forum has become": a clause's subject
            return c
    return None
