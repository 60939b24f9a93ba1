"""The anchors a news article names as it goes: the narrative's reference time, the last
day, month or year named and the days of the story.

An anaphoric expression ("the next day", "that year", "the same day") points back into
the narrative rather than at the DCT (TimeML 1.2.1, section 2.2: the value is the time
referred to); a bare month after "On March 29-30, 2022 ..." takes the year of the
paragraph's reference time. :class:`StoryAnchors` remembers these as the text is tagged
left to right; :class:`~timeline.temporal.anchoring.Context` builds on it to decide the
day or year an expression lands on.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from .calendar_values import in_calendar
from .clause_tense import ClauseTense

__all__ = ["Reference", "StoryAnchors", "remembered_point"]

#: How far (characters) a fiscal quarter stays the one a report is about.
_QUARTER_REACH = 400
#: How far back a named day anchors "the next morning" across a paragraph break.
_DAY_REACH = 400

#: A day, month or year value (not a week, quarter, season or half).
_POINT = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d-]|-[WQHSFX])")


def _last_before(days: list[tuple[int, date]], start: int) -> date | None:
    """The last of ``days`` (in order of where they ended) that ended by ``start``."""
    at = bisect_right(days, start, key=itemgetter(0))
    return days[at - 1][1] if at else None


def remembered_point(last: tuple[str, int] | None) -> tuple[date, str, int] | None:
    """The day, month or year of a remembered value, its precision and where it ended."""
    if last is None:
        return None
    m = _POINT.match(last[0].rsplit("/", 1)[-1])
    if m is None:
        return None
    y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    if not (in_calendar(y) and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    precision = "day" if m[3] else ("month" if m[2] else "year")
    return date(y, mo, min(d, monthrange(y, mo)[1])), precision, last[1]


@dataclass(frozen=True, slots=True)
class Reference:
    """The narrative's reference time: the last explicit date, and where it ended."""

    year: int
    month: int | None
    end: int
    quarter: int | None = None


class StoryAnchors(ClauseTense):
    """The anchors the text has named so far, while one text is tagged, left to right."""

    __slots__ = (
        "_days_read",
        "_story_days",
        "_story_days_past",
        "days",
        "earlier",
        "quarter",
        "reference",
    )

    def __init__(self, text: str, dct: date | None) -> None:
        super().__init__(text, dct)
        self.reference: Reference | None = None
        self.quarter: Reference | None = None
        #: The value found before :attr:`last`: what a past clause points back to when the
        #: last one is a day after the DCT (a plan's).
        self.earlier: tuple[str, int] | None = None
        #: Every value found that names a day, and where it ended: what "the same day" far
        #: from any other date points back to (:meth:`last_day_named`).
        self.days: list[tuple[str, int]] = []
        #: Of :attr:`days`, read when first asked (:meth:`_read_days`), each once: where
        #: each day of the story's years ended and the day; and those not after the DCT.
        self._days_read = 0
        self._story_days: list[tuple[int, date]] = []
        self._story_days_past: list[tuple[int, date]] = []

    def remember(self, year: int, month: int | None, end: int) -> None:
        """Make an explicit date the narrative's reference time (if the calendar has it)."""
        if in_calendar(year):
            self.reference = Reference(year, month, end)

    def note(self, value: str, end: int, *, names_a_thing: bool = False) -> None:
        """Remember the last DATE or TIME value: "the next day", "that year" count from it.
        A day that names a thing after "the" ("the November 27 maritime agreement") is no
        day of the story: :meth:`last_day_named` passes over it.

        Parsed only when an anaphoric expression asks (:meth:`anchor`), which is rare.
        """
        self.earlier = self.last
        self.last = (value, end)
        if (
            not names_a_thing
            and value[8:10].isdigit()
            and value[:4].isdigit()
            and value[4:5] == value[7:8] == "-"
        ):
            self.days.append((value, end))

    def last_day_named(self, start: int, end: int) -> date | None:
        """The day the text named last before ``start``, however far back; in a clause
        told in the past, the last one not after the DCT (a plan's day ahead is not where a
        past act happened). What "the same day", "that day", "later that day" point back
        to when no day, month or reference time is within reach (:meth:`anchor`): a report
        names its day once, in its opening, and comes back to it paragraphs later
        ("... met on 25 November 2019. [paragraphs] The Secretary General received on the
        same day ..."; TimeML 1.2.1, section 2.2: the value is the day referred to).
        A day of a year before the DCT's last is background, not the report's ("He was
        born on 4 May 1950", "The war began on 24 February 2022" in a story of 2024): it
        is passed over, and the report's own day named before it is taken, if any.

        >>> ctx = StoryAnchors("", date(2019, 11, 28))
        >>> ctx.note("2019-11-25", 10); ctx.note("2020", 20); ctx.last_day_named(30, 35)
        datetime.date(2019, 11, 25)
        >>> ctx.note("1950-05-04", 40); ctx.last_day_named(50, 55)
        datetime.date(2019, 11, 25)
        >>> StoryAnchors("", date(2019, 11, 28)).last_day_named(30, 35) is None
        True
        """
        self._read_days()
        last = _last_before(self._story_days, start)
        if (
            last is not None
            and self.dct is not None
            and last > self.dct
            and self._told_in_past(start, end)
        ):
            return _last_before(self._story_days_past, start)
        return last

    def _read_days(self) -> None:
        """Sort the days noted since the last ask into :attr:`_story_days` (not of a year
        before the DCT's last) and :attr:`_story_days_past` (nor after the DCT): each day
        is parsed once, so asking after every day of a long text stays linear (a hostile
        text of thousands of days and of "the following day" a paragraph each; docs/
        reliability.md)."""
        for value, at in self.days[self._days_read :]:
            point = remembered_point((value, at))
            if point is None:
                continue
            day = point[0]
            if self.dct is not None and day.year < self.dct.year - 1:
                continue
            insort(self._story_days, (at, day), key=itemgetter(0))
            if self.dct is None or day <= self.dct:
                insort(self._story_days_past, (at, day), key=itemgetter(0))
        self._days_read = len(self.days)

    def anchor(self, start: int) -> tuple[date, str] | None:
        """What an anaphoric expression ("that year", "the next day") refers back to.

        The later of the reference time (same paragraph) and the last day,
        month or year named (same paragraph, or a few lines back), with its
        precision: ``"day"``, ``"month"`` or ``"year"``.
        """
        ref = self.current_reference(start)
        point = self._pastremembered_point(start, start)
        if (
            point is not None
            and start - point[2] > _DAY_REACH
            and "\n" in self.text[point[2] : start]
        ):
            point = None
        if point is not None and (ref is None or point[2] >= ref.end):
            return point[0], point[1]
        if ref is None:
            return None
        return date(ref.year, ref.month or 1, 1), "month" if ref.month else "year"

    def day_in_sentence(self, start: int) -> date | None:
        """The day named last before ``start`` in the same sentence, if any ("made its first
        flight Tuesday at 18:00": the clock time is on that Tuesday)."""
        point = remembered_point(self.last)
        if point is None or point[1] != "day":
            return None
        left, _right = self.sentence(start, start)
        return point[0] if point[2] >= left else None

    def day_named_before(self, start: int, end: int) -> date | None:
        """The day named last before ``start`` (a day, not a month or a year), within
        :data:`_DAY_REACH` characters or the same paragraph, when ``start:end`` is told in
        the past: the day a report's story is on ("The fire broke out on Sunday. ...
        Firefighters arrived at 6 a.m."; not "They end at 5 p.m.", the report's day)."""
        point = self._pastremembered_point(start, end)
        if point is None or point[1] != "day":
            return None
        if start - point[2] > _DAY_REACH and "\n" in self.text[point[2] : start]:
            return None
        if not self._told_in_past(start, end):
            return None
        return point[0]

    def _pastremembered_point(self, start: int, end: int) -> tuple[date, str, int] | None:
        """The last day, month or year named (:func:`remembered_point`), or the one before it when
        the last is a day after the DCT and ``start:end`` is told in the past: a past act
        is not on a day still ahead ("scheduled for Sept. 4 to 6. At 10 a.m., Xi met")."""
        point = remembered_point(self.last)
        if (
            point is None
            or point[1] != "day"
            or self.dct is None
            or point[0] <= self.dct
            or not self._told_in_past(start, end)
        ):
            return point
        earlier = remembered_point(self.earlier)
        return earlier if earlier is not None and earlier[0] <= self.dct else None

    def forget(self) -> None:
        """Drop the reference time: what follows is anchored to the DCT again."""
        self.reference = None

    def remember_quarter(self, year: int, quarter: int, end: int) -> None:
        """Remember a fiscal quarter: "a year earlier" after it means that quarter a year back."""
        if in_calendar(year):
            self.quarter = Reference(year, None, end, quarter)

    def recent_quarter(self, start: int) -> Reference | None:
        """The quarter mentioned within the last few hundred characters, if any."""
        q = self.quarter
        return q if q is not None and start - q.end < _QUARTER_REACH else None

    def current_reference(self, start: int) -> Reference | None:
        """The reference time if it was set earlier in the same paragraph."""
        ref = self.reference
        if ref is None or self.text.find("\n", ref.end, start) != -1:
            return None
        return ref

    def story_before_dct(self, start: int) -> bool:
        """Whether the paragraph tells of a year before the DCT's (its reference time).

        Then a weekday ("on Saturday", "Friday night") or a clock time is in the story's
        week, not in the week of publication, and the text does not say which week: the
        day stays unknown (``XXXX-WXX-6``, ``XXXX-WXX-5TNI``, ``XXXX-XX-XXT10:00``) rather
        than a wrong day (TimeML 1.2.1, section 2.2.3, value: parts the text does not fix
        are X). A bare weekday that is the DCT's own ("the ministry said Wednesday")
        dates the report, not the story: it stays the DCT.
        """
        ref = self.current_reference(start)
        return ref is not None and self.dct is not None and ref.year < self.dct.year
