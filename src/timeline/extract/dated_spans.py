"""What extraction reads of a temporal expression, and a span of text that dates an event.

:class:`TimexLike` is the part of :class:`timeline.temporal.Timex` the extraction rules
use; :class:`DatedSpan` is a temporal expression (or a range of two) kept because it can
date an event: its character span, its text and its :class:`~timeline.model.EventDate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..model import EventDate

__all__ = [
    "DatedSpan",
    "TimexLike",
]


class TimexLike(Protocol):
    """What extraction needs from a temporal expression (:class:`timeline.temporal.Timex`)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def type(self) -> str: ...

    @property
    def value(self) -> str: ...

    def event_date(self) -> EventDate | None: ...


@dataclass(frozen=True, slots=True)
class DatedSpan:
    """A temporal expression that can date an event: its span and its
    :class:`~timeline.model.EventDate`."""

    start: int
    end: int
    text: str
    date: EventDate
