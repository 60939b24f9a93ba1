"""Ranges written with words: "from March to June 2003", "between October and November".

TimeML tags each end of such a range as a TIMEX3 of its own (TimeML 1.2.1, section 2.2,
the signals "from", "to" outside them); the act told with the range spans both, as one
interval, which :func:`ranges_in_words` gives.
"""

from __future__ import annotations

import re

from ..model import EventDate, Precision
from .dated_spans import TimexLike

__all__ = [
    "ranges_in_words",
]


#: A range written with words: "from" or "between" before its first end, and the word
#: between its two ends. TimeML tags each end of "from March to June" as a TIMEX3 of its
#: own (1.2.1 section 2.2, the signals "from", "to" outside them); the act told with the
#: range spans both, as one interval.
_RANGE_OPENS = re.compile(r"\b(from|between)\s+$", re.IGNORECASE)
_RANGE_JOINS = {
    "from": re.compile(r"\s+(?:to|until|till|through)\s+", re.IGNORECASE),
    "between": re.compile(r"\s+and\s+", re.IGNORECASE),
}


def ranges_in_words(text: str, ordered: list[TimexLike]) -> dict[int, tuple[EventDate, int]]:
    """The ranges written with words among ``ordered`` (timexes in text order): for the
    index of each first end, the whole interval and the index of its second end. Both ends
    are days or months of one granularity with no modifier, the first before the second
    ("from Monday to Wednesday", "between October and November 2023"; not "from 2019 to
    early 2020", nor "between May and April"). Years are not joined: a range of years is
    mostly the time of a state whose two ends the gold tells as two acts ("The US had a
    consulate in Nuuk from 1940 to 1953"; measured on the fifty-nine tuning sets, joining
    them lost that match and gained none, forty-third pass).

    >>> from timeline.temporal import tag
    >>> text = "A war between 1998 and 2000; a term from May 2025 to May 2027."
    >>> found = ranges_in_words(text, tag(text, None))
    >>> [(at, d.value, second) for at, (d, second) in found.items()]
    [(2, '2025-05/2027-05', 3)]
    """
    found: dict[int, tuple[EventDate, int]] = {}
    for at in range(len(ordered) - 1):
        first, second = ordered[at], ordered[at + 1]
        opening = _RANGE_OPENS.search(text, max(0, first.start - 9), first.start)
        if opening is None or first.type.upper() != "DATE" or second.type.upper() != "DATE":
            continue
        join = _RANGE_JOINS[opening.group(1).lower()].fullmatch(text, first.end, second.start)
        one, two = first.event_date(), second.event_date()
        if join is None or one is None or two is None or one.mod or two.mod:
            continue
        if "/" in one.value or "/" in two.value or len(one.value) != len(two.value):
            continue  # a range or a part already, or two granularities
        if one.precision is Precision.year:
            continue  # a state's years: "had a consulate from 1940 to 1953" tells two acts
        if one.start < two.start and one.end < two.end:
            found[at] = (EventDate.from_value(f"{one.value}/{two.value}"), at + 1)
    return found
