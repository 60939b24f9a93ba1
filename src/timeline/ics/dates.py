"""How an :class:`~timeline.model.EventDate` is placed on a calendar.

iCalendar has no notion of an imprecise date: an event is either at a time or
on whole days (RFC 5545 §3.6.1: an all-day event is ``DTSTART;VALUE=DATE``
with a ``DTEND`` that is *exclusive*, the day after the last day). News dates
are often imprecise ("in the end of May", "this fall", "in 2024"), so we
decide here, once, how each precision appears, so that nobody mistakes an
imprecise date for an exact one (docs/calendars.md explains the rules):

=====================================  ====================  =====================
precision (TIMEX3 value)               default feeds          SUMMARY
=====================================  ====================  =====================
day, exact (``2022-05-10``, ranges)    all-day over the days  the title
day with a mod ("around 10 May")       all-day over the days  ``[around 10 May 2022] title``
week (``2022-W19``)                    all-day over the week  ``[week of 9 May 2022] title``
month, season, quarter (with mod       all-day over the       ``[late May 2022] title``
narrowing: "late May" = 21-31 May)     interval
half, year, decade, century            left out (shown only   ``[2024] title``
                                       with include_imprecise)
=====================================  ====================  =====================

Every placement spans the whole interval the date denotes: "May 2022" is
1-31 May, never 1 May. DTEND is always emitted, one day past the interval's
last day (:attr:`EventDate.end_exclusive`).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from ..model import MONTH_NAMES, EventDate
from ..timex import DateMod, Precision

__all__ = ["DEFAULT_PRECISIONS", "Placement", "placement", "precision_note"]

#: Precisions shown in the default feeds. Coarser dates (half year, year,
#: decade, century) would become banners many months long that bury the exact
#: events; they are included only when asked for (``include_imprecise``).
DEFAULT_PRECISIONS: frozenset[Precision] = frozenset(
    {Precision.day, Precision.week, Precision.month, Precision.season, Precision.quarter}
)

_DAY_MOD_WORDS = {
    DateMod.approximate: "around",
    DateMod.start: "early",
    DateMod.mid: "mid",
    DateMod.end: "late",
}


class Placement(NamedTuple):
    """Where an event date goes on a calendar.

    ``start`` and ``end`` are DTSTART and the exclusive DTEND of an all-day
    event (RFC 5545 §3.6.1, §3.8.2.2, §3.8.2.4); ``marker`` is the bracketed
    date put in front of the SUMMARY when the date is not exact (``None``
    when it is); ``label`` is the date for people, as
    :meth:`EventDate.label` gives it; ``note`` the sentence of
    :func:`precision_note` (DESCRIPTION's "When:" line). A named tuple: one is made per event
    and feed build, and a tuple is several times cheaper to make than a
    frozen dataclass.
    """

    start: date
    end: date
    label: str
    marker: str | None
    in_default_feeds: bool
    note: str

    @property
    def exact(self) -> bool:
        """True when the date names its days exactly (day precision, no modifier)."""
        return self.marker is None


def placement(when: EventDate) -> Placement:
    """Place an event date on a calendar (see the table in this module's docstring).

    >>> from timeline import EventDate
    >>> p = placement(EventDate.from_value("2022-05", "end"))
    >>> p.start, p.end, p.marker
    (datetime.date(2022, 5, 21), datetime.date(2022, 6, 1), 'late May 2022')
    >>> placement(EventDate.from_value("2022-03-29/2022-03-30")).end
    datetime.date(2022, 3, 31)
    """
    # Many events of a timeline share a date: each distinct one is placed once.
    key = (when.value, when.mod, when.start, when.end, when.precision)
    found = _PLACED.get(key)
    if found is None:
        if len(_PLACED) >= _PLACED_MAX:
            _PLACED.clear()
        found = _PLACED[key] = _place(when)
    return found


#: Placements by everything a date is made of (a bounded cache: cleared when full).
_PLACED: dict[tuple[object, ...], Placement] = {}
_PLACED_MAX = 65_536


def _place(when: EventDate) -> Placement:
    label = when.label()
    if when.precision is Precision.day:
        marker = None if when.mod is None else f"{_DAY_MOD_WORDS[when.mod]} {label}"
        if marker is not None:
            label = marker
    else:
        marker = label
    return Placement(
        when.start,
        when.end_exclusive,
        label,
        marker,
        when.precision in DEFAULT_PRECISIONS,
        _note(when, label, marker is None),
    )


def precision_note(when: EventDate, where: Placement | None = None) -> str:
    """One sentence for DESCRIPTION saying how precise the date is and what is shown.

    ``where`` is ``placement(when)`` when the caller has it already (the
    sentence is made once per distinct date, with its placement).
    """
    return (where or placement(when)).note


def _note(when: EventDate, label: str, exact: bool) -> str:
    if exact:
        return f"When: {label}."
    shown = _span(when.start, when.end)
    unit = when.precision.value
    what = {
        DateMod.start: f"the start of the {unit}",
        DateMod.mid: f"the middle of the {unit}",
        DateMod.end: f"the end of the {unit}",
        DateMod.approximate: "an approximate date",
    }
    narrowed = f", {what[when.mod]}" if when.mod is not None else ""
    if when.precision is Precision.day:
        return f"When: {label} (an approximate date; shown on {shown})."
    return (
        f"When: {label} ({unit} precision{narrowed}; the source gives no exact day, "
        f"so the event is shown across {shown})."
    )


def _span(first: date, last: date) -> str:
    if first == last:
        return f"{first.day} {MONTH_NAMES[first.month]} {first.year}"
    return (
        f"{first.day} {MONTH_NAMES[first.month]} {first.year} – "
        f"{last.day} {MONTH_NAMES[last.month]} {last.year}"
    )
