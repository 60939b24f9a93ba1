"""A series' first or last act: the act before the news, not the news.

"His first trip to the country since 2011" tells the trip of 2011, and "the last IBSA
trilateral commission meeting was held in 2018" the meeting before this one: a later "the
visit" or "the meeting" does not refer back to them, and a "since" date of a series' first
act dates the act before, whose sides are the states, not the start of a state.
"""

from __future__ import annotations

import re

__all__ = [
    "FIRST_ACT_SINCE",
    "a_series_act_before",
    "the_act_before_a_first",
    "the_last_of_a_series",
]


#: "First" or "last" and up to four words before an act's word, and "since" after it in
#: the same clause: the parts :data:`FIRST_ACT_SINCE` and :func:`the_act_before_a_first` read.
_FIRST_OR_LAST = r"\b(?:first|last)\s+(?:[\w’'-]+\s+){0,4}?(?:to\s+)?"
_SINCE_LATER = r"[^.;,]{0,60}\bsince"

#: "The first" (or "last") then an act's noun, then "since" and its date: the series' act
#: before, which that date dates ("the first visit by an EU top diplomat since 2017", "the
#: first Australian leader to visit the country since 2018"; the gold of the fifty-nine lists
#: it), not the start of a state. Not "for the first time since 2015" (no act named).
FIRST_ACT_SINCE = re.compile(
    _FIRST_OR_LAST
    + r"(?:visits?|visited|summits?|meetings?|met|trips?|talks|calls?|state\s+visit)\b"
    + _SINCE_LATER
    + r"\s*$",
    re.IGNORECASE,
)


def the_act_before_a_first(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the act at ``trigger`` is the one before a first since a date ("his first trip
    to the country since 2011": the trip of 2011, not the visit the sentence tells), which
    "the visit" in a later sentence does not refer back to.

    >>> text = "Erdogan will visit Iraq on April 22, his first trip to the country since 2011."
    >>> the_act_before_a_first(text, (text.index("trip"), text.index("trip") + 4))
    True
    >>> the_act_before_a_first(text, (text.index("visit"), text.index("visit") + 5))
    False
    """
    start, end = trigger
    opening = _FIRST_BEFORE.search(text, max(0, start - 40), start)
    return opening is not None and _SINCE_AFTER.match(text, end) is not None


#: "The last" or "the previous" and up to four words before an act's word: the series' act
#: before the news (:func:`the_last_of_a_series`).
_LAST_OF_A_SERIES = re.compile(
    r"\b(?:last|previous|preceding)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE
)


def the_last_of_a_series(text: str, sentence_start: int, trigger: tuple[int, int]) -> bool:
    """Whether the act at ``trigger`` is told as the series' act before ("The last IBSA
    trilateral commission meeting was held in 2018"), which a later "the meeting" of the
    news does not refer back to when it is background (the caller checks its date).

    >>> text = "The last IBSA trilateral commission meeting was held in 2018 in New York."
    >>> the_last_of_a_series(text, 0, (text.index("meeting"), text.index("meeting") + 7))
    True
    >>> text = "The IBSA trilateral commission meeting was held on Wednesday."
    >>> the_last_of_a_series(text, 0, (text.index("meeting"), text.index("meeting") + 7))
    False
    """
    at = trigger[0]
    return _LAST_OF_A_SERIES.search(text, max(sentence_start, at - 50), at) is not None


#: The two ends of :data:`FIRST_ACT_SINCE` around a trigger (:func:`the_act_before_a_first`).
_FIRST_BEFORE = re.compile(_FIRST_OR_LAST + "$", re.IGNORECASE)
_SINCE_AFTER = re.compile(_SINCE_LATER + r"\b", re.IGNORECASE)


def a_series_act_before(text: str, clause: tuple[int, int], told: str) -> bool:
    """Whether the date ``told`` in ``clause`` is the "since" of a series' first or last act
    (:data:`FIRST_ACT_SINCE`): it dates the act before, whose sides are the states, not the
    people of the news ("the first Australian leader to visit the country since 2018" was
    no visit of this leader).

    >>> text = "Albanese is the first Australian leader to visit the country since 2018."
    >>> a_series_act_before(text, (0, len(text)), "2018")
    True
    >>> a_series_act_before(text, (0, len(text)), "2019")
    False
    """
    at = text.find("since " + told, clause[0], clause[1]) if told else -1
    return at >= 0 and bool(FIRST_ACT_SINCE.search(text, max(clause[0], at - 94), at + 6))
