"""Years that are part of a name: a text's, or a gathering's edition.

A year in a text's name ("the 1974 Land Boundary Agreement", "the 2015 nuclear deal")
dates the text's own signing and no act told beside it (:func:`names_a_text`,
:func:`name_years`); a year in a gathering's name ("the 2018 Beijing Summit", "BRICS
Summit 2018", "CHOGM 2022") names an edition and dates that gathering at most
(:func:`gathering_name`).
"""

from __future__ import annotations

import re

from ..temporal.lexicon import EVENT_NOUNS
from .dated_spans import DatedSpan, TimexLike
from .trigger_rule import DOCUMENT_WORDS

__all__ = [
    "gathering_name",
    "name_years",
    "names_a_horizon",
    "names_a_text",
]


#: A year in a document's name: "the 1974 Land Boundary Agreement", "its 2011 protocol",
#: "the 2015 nuclear deal" name a text, not the day of the act told about it.
_YEAR_OF_NAME_BEFORE = re.compile(r"\b(?:the|its|their|this|that|[\w-]+[’']s)\s+$", re.IGNORECASE)
_YEAR_OF_NAME_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:agreements?|treaty|treaties|declarations?|protocols?|"
    r"conventions?|accords?|charter|pact|memorandum|deal|constitution|roadmap)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\d{4}")


#: The noun of a gathering whose edition a year names: "the 2018 Beijing Summit", "the
#: 2019 Boao Forum", "BRICS Summit 2018". The temporal tagger's reviewed list
#: (``event_nouns`` of ``data/temporal_words.yaml``, whose year is a date: "Expo 2010"),
#: one copy for both; longest first, so that a plural is tried before its singular.
_GATHERING_NOUNS = "|".join(
    re.escape(noun) for noun in sorted(EVENT_NOUNS, key=lambda noun: (-len(noun), noun))
)
#: After the year: a few capitalized words of the name, then the noun ("the 2025 G7
#: Leaders' Summit", "the 2017 Fortune Most Powerful Women Summit", "the 2024 Summit").
_GATHERING_AFTER_YEAR = re.compile(
    r"(?:\s+[A-Z][\w’'.&/-]*){0,5}?\s+(?i:" + _GATHERING_NOUNS + r")\b"
)
#: Before the year: the noun, an acronym or a name joined by a hyphen ("BRICS Summit
#: 2018", "CHOGM 2022", "Zapad-2017").
_GATHERING_BEFORE_YEAR = re.compile(
    r"(?:\b(?:" + _GATHERING_NOUNS + r")\s|\b[A-Z]{3,}\s|\b[A-Z][a-z]+-)$"
)


def gathering_name(text: str, span: DatedSpan) -> tuple[int, int] | None:
    """The span of the gathering's name that a year is part of, or ``None``.

    A year in a gathering's name ("the 2018 Beijing Summit", "BRICS Summit 2018", "CHOGM
    2022") names an edition: it dates that gathering at most, and any other date its
    clause writes is finer ("attended the 2018 Beijing Summit ... on Sept 3-4"); it does
    not date another act told beside it ("met ... before the 2018 Beijing Summit").

    >>> from timeline.model import EventDate
    >>> def name_of(said: str, year: str) -> str | None:
    ...     at = said.index(year)
    ...     when = EventDate.from_value(year)
    ...     got = gathering_name(said, DatedSpan(at, at + len(year), year, when))
    ...     return None if got is None else said[got[0] : got[1]]
    >>> name_of("Xi met Sall before the 2018 Beijing Summit on China-Africa ties.", "2018")
    '2018 Beijing Summit'
    >>> name_of("Lee will attend the 2019 Boao Forum for Asia.", "2019")
    '2019 Boao Forum'
    >>> name_of("The second day of the BRICS Summit 2018 got off to a start.", "2018")
    'Summit 2018'
    >>> name_of("building on progress since CHOGM 2022 in Rwanda", "2022")
    'CHOGM 2022'
    >>> name_of("The two leaders met in Beijing in 2018 for talks.", "2018") is None
    True
    >>> name_of("the 2015 nuclear deal", "2015") is None
    True
    """
    if not _YEAR.fullmatch(span.text):
        return None
    before = text[max(0, span.start - 40) : span.start]
    if _YEAR_OF_NAME_BEFORE.search(before):
        after = _GATHERING_AFTER_YEAR.match(text, span.end, span.end + 80)
        if after is not None:
            return span.start, after.end()
    name = _GATHERING_BEFORE_YEAR.search(before)
    if name is not None:
        return span.start - len(before) + name.start(), span.end
    return None


def names_a_text(text: str, t: TimexLike, before: str, end: int) -> bool:
    """Whether the year ``t`` is part of a text's name ("the 1974 Land Boundary
    Agreement", "its 2011 protocol"), ``before`` the words before it."""
    return bool(
        _YEAR.fullmatch(t.text)
        and _YEAR_OF_NAME_BEFORE.search(before)
        and _YEAR_OF_NAME_AFTER.match(text, t.end, min(end, t.end + 60))
    )


#: A plan's noun, capitalised, right after its horizon year: "the 2030 Agenda", "the 2050
#: Strategy for the Blue Pacific Continent" (``horizon_nouns`` of data/document_words.yaml).
_HORIZON_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(re.escape(noun.capitalize()) for noun in DOCUMENT_WORDS.words("horizon_nouns"))
    + r")\b"
)


def names_a_horizon(text: str, t: TimexLike) -> bool:
    """Whether the year ``t`` is the horizon a plan is named by, written before its noun:
    it dates no act ("implementation of the 2030 Agenda for Sustainable Development").

    >>> from types import SimpleNamespace
    >>> text = "endorsed the Action Plan on Agenda 2063 and 2030 Agenda for Development"
    >>> at = text.index("2030")
    >>> names_a_horizon(text, SimpleNamespace(start=at, end=at + 4, text="2030"))
    True
    >>> text = "In 2030 agenda items will change"
    >>> names_a_horizon(text, SimpleNamespace(start=3, end=7, text="2030"))
    False
    """
    return bool(_YEAR.fullmatch(t.text) and _HORIZON_AFTER.match(text, t.end))


def name_years(text: str, timexes: list[TimexLike], start: int, end: int) -> list[DatedSpan]:
    """The years in ``text[start:end]`` that are part of a text's name: "the 1974 Land
    Boundary Agreement", "the 2015 nuclear deal".

    They date no event told beside the text (:func:`.usable_dates.usable_timexes` drops
    them), but they date the text's own signing (rule ``agreement-dated-before``).
    """
    found = []
    for t in timexes:
        if t.start < start or t.end > end:
            continue
        if names_a_text(text, t, text[max(start, t.start - 40) : t.start], end):
            event_date = t.event_date()
            if event_date is not None:
                found.append(DatedSpan(t.start, t.end, t.text, event_date))
    return found
