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
from .acting_sides import state_act_words

__all__ = [
    "ARMED_ATTACK",
    "CONFLICT_NOUNS",
    "a_crisis_between_sides",
    "conflicts_as_topics",
    "has_a_stance_on_war",
    "no_stance_before",
    "no_unrest_after",
    "opens_on_a_crowd",
    "tells_a_strike",
    "tells_fighting",
]

#: The reviewed words that tell fighting, its start or its end (``data/fighting_words.yaml``),
#: and the crowds whose clashes are civil unrest.
_FIGHTING_WORDS = word_lists(
    "fighting_words.yaml",
    {
        "fighting": "words",
        "strikes": "words",
        "unrest_sides": "words",
        "stance_before": "words",
        "armed_sides": "words",
        "attack_verbs": "words",
        "deaths_in_combat": "words",
    },
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


#: A stance taken on a war right before its noun (``stance_before``), a determiner and up to
#: two words between: "oppose the Iraq War", "limits on the war", "the legality of the
#: invasion". Searched in the 80 characters before the noun only.
_STANCE_BEFORE = re.compile(
    rf"\b(?:{alternation(_FIGHTING_WORDS.words('stance_before'))})\s+"
    r"(?:(?:the|a|an|this|that)\s+)?(?:[\w’'-]+\s+){0,2}?$",
    re.I,
)

#: The nouns of the rule ``conflict`` (:mod:`~timeline.extract.gathering_rules`): a war,
#: a conflict, clashes, a crisis, fighting, hostilities.
CONFLICT_NOUNS = r"\b(?:conflict|clashes|crisis|war|fighting|hostilities|border\s+clash)\b"

#: An armed side's attack or a soldier's death in combat (``armed_sides`` then
#: ``attack_verbs``, ``deaths_in_combat`` of ``data/fighting_words.yaml``): "rebels have
#: ambushed", "has been killed in action" (the rule ``armed-attack``).
ARMED_ATTACK = (
    rf"\b(?:{alternation(_FIGHTING_WORDS.words('armed_sides'))})\s+(?:ha(?:ve|s|d)\s+)?"
    rf"(?:{alternation(_FIGHTING_WORDS.words('attack_verbs'))})\b"
    rf"|\b(?:{alternation(_FIGHTING_WORDS.words('deaths_in_combat'))})\b"
)

#: A stance and the war it is taken on: a noun of :data:`CONFLICT_NOUNS` or an invasion's
#: word (``invasion_words`` of ``data/state_act_words.yaml``) after it, as
#: :data:`_STANCE_BEFORE` reads them.
_STANCE_ON_WAR = re.compile(
    rf"\b(?:{alternation(_FIGHTING_WORDS.words('stance_before'))})\s+"
    r"(?:(?:the|a|an|this|that)\s+)?(?:[\w’'-]+\s+){0,2}?"
    rf"(?:{CONFLICT_NOUNS[2:-2]}|{state_act_words('invasion_words')})\b",
    re.I,
)

#: How far before a conflict's noun its stance is looked for.
_STANCE_REACH = 80


def no_stance_before(text: str, start: int, end: int) -> bool:
    """Whether the conflict's word ``text[start:end]`` is told as no object of a stance
    taken on it: a war opposed, criticised, limited or doubted is an opinion on the war, and
    the sentence's date is the stance's ("Obama answered that deciding to oppose the Iraq War
    in 2002 was his toughest", "began the groundwork today in order to ... set limits on the
    war", "Last year, Professor Sands reported on doubts about the legality of the invasion
    in Iraq": seventy-third pass, each a spurious conflict of that year or day).

    >>> text = "deciding to oppose the Iraq War in 2002 was his toughest"
    >>> no_stance_before(text, text.index("War"), text.index(" in 2002"))
    False
    >>> text = "reported on doubts about the legality of the invasion in Iraq"
    >>> no_stance_before(text, text.index("invasion"), text.index(" in Iraq"))
    False
    >>> text = "Russia launched its invasion of Ukraine on February 24, 2022."
    >>> no_stance_before(text, text.index("invasion"), text.index(" of"))
    True
    """
    return _STANCE_BEFORE.search(text, max(0, start - _STANCE_REACH), start) is None


def has_a_stance_on_war(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` takes a stance on a war (:func:`no_stance_before`
    refuses its conflict): it tells an opinion, and the event detector proposes no act of
    another kind in it either ("Obama answered that deciding to oppose the Iraq War in 2002
    was his toughest" read as an act of 2002 once the conflict was refused).

    >>> has_a_stance_on_war("deciding to oppose the Iraq War in 2002", 0, 39)
    True
    >>> has_a_stance_on_war("Russia launched its invasion of Ukraine in 2022", 0, 47)
    False
    """
    return _STANCE_ON_WAR.search(text, start, end) is not None


#: A sentence that opens on a crowd (``unrest_sides``) as its subject: perhaps a time phrase
#: ("Earlier in December"), a quantity ("several", "thousands of") and up to two capitalised
#: words ("Dominican") before it. Case-sensitive but for the crowd's word, which may open the
#: sentence ("Protesters demonstrating against Japan broke windows").
_CROWD_OPENING = re.compile(
    r"(?:(?:Earlier|Later|On|In|Last|This|Overnight)(?:\s+(?:in|on|this|last|the|[A-Z0-9][\w-]*))"
    r"{0,3},?\s+)?(?:(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Hh]undreds\s+of|[Tt]housands\s+of|"
    r"[Dd]ozens\s+of)\s+)?(?:[A-Z][\w-]*\s+){0,2}?"
    rf"(?i:{alternation(_FIGHTING_WORDS.words('unrest_sides'))})\b"
)


def opens_on_a_crowd(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` opens on a crowd as its subject: what it tells
    is the crowd's act, no state's, and the event detector proposes none there (seventy-third
    pass: "Protesters demonstrating against Japan broke windows of the Japanese Ito-Yokado
    store on Saturday" was read as an act of Japan, "Earlier in December several Dominican
    villagers burned down settlements of Haitians" as one of the Dominican Republic).

    >>> text = "Earlier in December several Dominican villagers burned down settlements."
    >>> opens_on_a_crowd(text, 0, len(text))
    True
    >>> text = "In Paris police dispersed protesters on Monday."
    >>> opens_on_a_crowd(text, 0, len(text))
    False
    """
    while start < end and text[start].isspace():
        start += 1
    return _CROWD_OPENING.match(text, start, end) is not None


#: "between" right after a crisis: the crisis of two sides named ("the 2022 crisis between
#: Kyrgyzstan and Tajikistan").
_BETWEEN_AFTER = re.compile(r"\s+between\b", re.I)


def a_crisis_between_sides(text: str, start: int, end: int) -> bool:
    """Whether the conflict's noun ``text[start:end]``, when it is "crisis", names its sides
    right after it with "between": a crisis told otherwise is as often an economic, a
    political, a diplomatic or a humanitarian one as a war, and the gold lists a crisis as a
    conflict where two sides fight ("the 2022 crisis between Kyrgyzstan and Tajikistan"),
    not "the 2017 Gulf crisis", "the Ukraine-Russia crisis" among a country's economic
    problems, "civilian crisis situations", nor "when this crisis began" of inspectors forced
    to leave (seventy-third pass). Any other noun of the rule holds.

    >>> text = "the 2022 crisis between Kyrgyzstan and Tajikistan"
    >>> a_crisis_between_sides(text, 9, 15)
    True
    >>> text = "since the end of the 2017 Gulf crisis, marking a new chapter"
    >>> at = text.index("crisis")
    >>> a_crisis_between_sides(text, at, at + 6)
    False
    >>> a_crisis_between_sides("the war in Sudan", 4, 7)
    True
    """
    if text[start:end].lower() != "crisis":
        return True
    return _BETWEEN_AFTER.match(text, end) is not None


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
