"""A conflict told as the topic of something else is no conflict of that day.

"Leaders agreed during a call on Tuesday to seek a ceasefire in the war", "The ministers met
in Prague today to discuss the crisis in the region", "The council adopted today, in view of
the war, new measures", "Monday is day 488 of the war": the war, the crisis are what the
call, the meeting, the measures or the page are about. The rules date a conflict by the
nearest date of its clause, which is then the day of another act or of the telling. A
conflict's own day is the day fighting starts, ends or is fought, and a sentence that gives
it says so ("war erupted on April 15", "Russia invaded Ukraine on February 24", "died in
clashes last weekend", "rebels seized the town", "a truce took effect"; the reviewed words
of ``data/fighting_words.yaml``); a conflict dated to a day by a sentence with no such word
is dropped. Years and months stay ("the 1998 border war", "the border conflict in July").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Event, EventKind, Precision
from ..temporal.lexicon import alternation
from ..word_lists import word_lists

__all__ = ["conflicts_as_topics", "no_unrest_after", "tells_a_strike", "tells_fighting"]

#: The reviewed words that tell fighting, its start or its end (``data/fighting_words.yaml``),
#: and the crowds whose clashes are civil unrest.
_FIGHTING_WORDS = word_lists(
    "fighting_words.yaml", {"fighting": "words", "strikes": "words", "unrest_sides": "words"}
)

#: A crowd named a side right after a conflict's noun (``unrest_sides``): "clashes between
#: demonstrators and police", "clashes between police and protesters".
_UNREST_AFTER = re.compile(
    r"\s+(?:between|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{alternation(_FIGHTING_WORDS.words('unrest_sides'))})\b",
    re.I,
)


def no_unrest_after(text: str, start: int, end: int) -> bool:
    """Whether the conflict's noun ``text[start:end]`` names no crowd as its side: clashes
    between demonstrators and police are civil unrest, no conflict between states or armed
    sides (seventy-first pass: "in clashes between demonstrators and police in Tallinn,
    Estonia" made a conflict of Estonia).

    >>> text = "One man was killed in clashes between demonstrators and police in Tallinn."
    >>> no_unrest_after(text, text.index("clashes"), text.index(" between"))
    False
    >>> text = "clashes between Kyrgyz and Tajik law enforcers in 2021"
    >>> no_unrest_after(text, 0, 7)
    True
    """
    return _UNREST_AFTER.match(text, end) is None


#: Fighting, its start or its end told in a sentence: its day may be the conflict's own.
_FIGHTING = re.compile(rf"\b(?:{alternation(_FIGHTING_WORDS.words('fighting'))})\b", re.I)


#: A strike of one side on another (``strikes``): a sentence that tells one tells no visit.
_STRIKE = re.compile(rf"\b(?:{alternation(_FIGHTING_WORDS.words('strikes'))})\b", re.I)


def tells_a_strike(sentence: str) -> bool:
    """True when the sentence tells a strike of one side on another (the reader's guard of
    the event detector's visits: "Israeli aircraft struck targets in southern Lebanon").

    >>> tells_a_strike("Israeli aircraft struck targets in southern Lebanon on Monday.")
    True
    >>> tells_a_strike("Erdogan arrived in Baku on Monday.")
    False
    """
    return _STRIKE.search(sentence) is not None


def tells_fighting(sentence: str) -> bool:
    """True when the sentence tells fighting, its start or its end.

    >>> tells_fighting("Renewed clashes erupted on Sunday along the border.")
    True
    >>> tells_fighting("Rebels seized the town on Monday in the war with the army.")
    True
    >>> tells_fighting("The ministers met today to discuss the war in the region.")
    False
    """
    return _FIGHTING.search(sentence) is not None


def conflicts_as_topics(events: Sequence[Event]) -> list[Event]:
    """``events`` without the conflicts dated to a day by a sentence that tells no fighting
    (:func:`tells_fighting`): the topic of another act of that day, not a conflict of it.

    >>> from timeline.model import EventDate, Source
    >>> def conflict(quote: str, value: str) -> Event:
    ...     return Event(id="c", kind="conflict", title="c", date=EventDate(value=value),
    ...         status="occurred",
    ...         participants=[{"id": "RU", "type": "country"}, {"id": "UA", "type": "country"}],
    ...         sources=[Source(document="d", start=0, end=len(quote), quote=quote)])
    >>> topic = "Putin and Trump agreed during a call on Tuesday to seek a pause in the war."
    >>> conflicts_as_topics([conflict(topic, "2025-03-18")])
    []
    >>> onset = "Russia invaded Ukraine on February 24, 2022."
    >>> len(conflicts_as_topics([conflict(onset, "2022-02-24")]))
    1
    >>> len(conflicts_as_topics([conflict("The 2014 war between them.", "2014")]))
    1
    """
    return [
        e
        for e in events
        if e.kind is not EventKind.conflict
        or e.date.precision is not Precision.day
        or not e.sources
        or tells_fighting(e.sources[0].quote)
    ]
