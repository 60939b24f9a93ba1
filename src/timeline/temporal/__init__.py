"""The temporal tagger: every time expression of a news text, normalized to TIMEX3.

:func:`tag` finds dates, times, durations and sets in English news text and
gives each a TimeML 1.2.1 TIMEX3 ``type`` (DATE, TIME, DURATION, SET) and
``value`` (TimeML Annotation Guidelines 1.2.1, section 2.2; ISO-TimeML,
ISO 24617-1), anchored to the document creation time (the publication
date) and to the narrative's reference time, with the clause's tense
choosing between the past and the next occurrence::

    >>> from datetime import date
    >>> [(t.text, t.value) for t in tag("On March 29-30 he visited Tashkent.", date(2022, 6, 1))]
    [('March 29-30', '2022-03-29/2022-03-30')]
    >>> [(t.text, t.type, t.value) for t in tag("It may grow 23% in 2024.", date(2024, 11, 4))]
    [('2024', 'DATE', '2024')]

Offsets are character offsets into the text given (``text[t.start:t.end] ==
t.text``). See docs/temporal.md for what is covered and the measured
TempEval-3 figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from ..errors import TimexError
from ..files import read_text
from ..model import EventDate
from ..timex import DateMod, Interval, interval_for
from .tagger import scan

__all__ = ["Timex", "TimexType", "parse_dct", "tag", "tag_file"]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text (a TimeML TIMEX3).

    ``start``/``end`` are character offsets into the tagged text, ``text`` is
    ``text[start:end]``; ``type`` and ``value`` are the TIMEX3 attributes,
    ``mod`` TimeML's START/MID/END/APPROX. ``interval`` is the calendar
    interval of a DATE or TIME value that has one (``None`` for durations,
    sets, ``PRESENT_REF`` and values with unknown parts such as ``XXXX-03``).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: DateMod | None = None
    interval: Interval | None = field(default=None, compare=False)

    def event_date(self) -> EventDate | None:
        """This expression as an event date, or ``None`` when it has no calendar interval.

        >>> [t.event_date().label() for t in tag("in the end of May", date(2022, 6, 1))]
        ['late May 2022']
        """
        if self.interval is None:
            return None
        return EventDate.from_value(_date_value(self.value), self.mod, text=self.text)

    def as_json(self) -> dict[str, str | int]:
        """The five keys the ``timeline timex`` command prints: start, end, text, type, value."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }


def _date_value(value: str) -> str:
    """A DATE/TIME value without its time part ("2022-05-10T10:30" -> "2022-05-10")."""
    if "/" in value:
        return "/".join(_date_value(v) for v in value.split("/"))
    return value.split("T", 1)[0]


@lru_cache(maxsize=4096)
def _interval(kind: str, value: str, mod: DateMod | None) -> Interval | None:
    if kind not in ("DATE", "TIME") or "X" in value or value.endswith("_REF"):
        return None
    try:
        return interval_for(_date_value(value), mod)
    except (TimexError, OverflowError):
        # OverflowError: a value whose interval runs past 9999-12-31 ("9999-W52-WE",
        # the weekend of the calendar's last week) has no interval either
        return None


def tag(text: str, dct: date | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, sorted by start offset.

    ``dct`` is the document creation time (the publication date): it anchors
    "today", "last year", "on Tuesday", "in March". Without it, such
    expressions keep unknown parts (``XXXX-03``) and have no interval.
    Never raises on any text.
    """
    return [
        # positional: a frozen dataclass builds faster so, and this runs for every expression
        Timex(s, e, text[s:e], kind, value, mod, _interval(kind, value, mod))  # type: ignore[arg-type]
        for s, e, kind, value, mod in scan(text, dct)
    ]


def parse_dct(value: str) -> date:
    """A document creation time given as ``YYYY-MM-DD``; :class:`TimexError` otherwise."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise TimexError(
            f"document creation time {value!r} is not a date: give it as YYYY-MM-DD"
        ) from None


def tag_file(path: str | Path, dct: date | None) -> list[Timex]:
    """:func:`tag` over a UTF-8 text file; offsets index the decoded text.

    Raises :class:`~timeline.errors.CorpusError` when the file is missing,
    unreadable or not UTF-8. The text is read without newline translation, so
    offsets match the file's characters exactly (``\\r\\n`` stays two).
    """
    text = read_text(path)
    return tag(text, dct)
