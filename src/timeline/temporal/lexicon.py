"""Word lists of the temporal tagger and the regular-expression pieces built from them.

Everything here is data: month and weekday names, number words, time units
and their TIMEX3 duration letters (TimeML Annotation Guidelines 1.2.1,
section 2.2: ``P3Y``, ``P6M``, ``P2W``, ``PT5H``; ``X`` for an unknown
count), season codes (``SP``, ``SU``, ``FA``, ``WI``) and parts of the day
(``MO``, ``AF``, ``EV``, ``NI``). :mod:`timeline.temporal.patterns` turns
them into one compiled expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

_UNITS_0_19 = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_words() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_UNITS_0_19)}
    for i, tens in enumerate(_TENS):
        value = 20 + 10 * i
        words[tens] = value
        for j in range(1, 10):
            words[f"{tens}-{_UNITS_0_19[j]}"] = value + j
            words[f"{tens} {_UNITS_0_19[j]}"] = value + j
    words.update({"a": 1, "an": 1, "one hundred": 100, "a hundred": 100, "hundred": 100})
    words.update({"a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12})
    return words


#: Number words and their values ("twenty-five" -> 25, "a" -> 1).
NUMBER_WORDS: dict[str, int] = _number_words()
#: Vague quantities: the TIMEX3 value gets ``X`` for the count ("several years" -> PXY).
VAGUE_QUANTITIES = frozenset(
    {"several", "a few", "few", "many", "some", "the", "a number of", "dozens of", "hundreds of"}
)

#: Verbs before "the day" of a market report: "ended the day", "to finish the day".
DAY_CLOSERS = frozenset((
    "end", "ends", "ended", "ending", "finish", "finishes", "finished", "finishing",
    "close", "closes", "closed", "closing", "start", "started", "starting", "began", "begin",
))  # fmt: skip

#: Capitalized nouns that end the name of an event, whose year is a date ("Expo 2010").
EVENT_NOUNS = frozenset((
    "Conference", "Summit", "Games", "Olympics", "Expo", "Cup", "Championship",
    "Championships", "Forum", "Festival", "Awards", "Election", "Elections", "Congress",
    "Convention", "Meeting", "Session", "Show",
))  # fmt: skip

#: Ordinals of quarters and halves.
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
    "last": 4,
}

#: Time units -> (TIMEX3 duration letter, is a clock unit, multiplier).
#: A decade is ``P10Y`` and a century ``P100Y``: the TimeML guidelines allow
#: ``DE``/``CE`` letters, but plain years are what interval arithmetic and
#: most annotators use.
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1),
    "minute": ("M", True, 1),
    "hour": ("H", True, 1),
    "day": ("D", False, 1),
    "night": ("D", False, 1),
    "week": ("W", False, 1),
    "weekend": ("D", False, 2),
    "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "quarter": ("Q", False, 1),
    "year": ("Y", False, 1),
    "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second",
    "minutes": "minute",
    "hours": "hour",
    "days": "day",
    "nights": "night",
    "weeks": "week",
    "weekends": "weekend",
    "fortnights": "fortnight",
    "months": "month",
    "quarters": "quarter",
    "years": "year",
    "decades": "decade",
    "centuries": "century",
}

#: Frequency adverbs (TIMEX3 type SET).
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "biannually": "P6M",
}

#: Nouns after "today's" that make it the present in general, not the day of the article:
#: "today's world", "today's youth" are PRESENT_REF (TimeML 1.2.1, section 2.2.3, value;
#: the TIDES 2005 TIMEX2 guidelines on the generic "today" and "now"), while
#: "today's meeting", "today's vote" are the DCT.
GENERIC_TODAY_NOUNS = frozenset(
    {"world", "society", "youth", "generation", "children", "kids", "teenagers", "students"}
    | {"young", "women", "men", "families", "parents", "workers", "consumers", "voters"}
    | {"economy", "culture", "technology", "standards", "climate", "environment", "politics"}
    | {"media", "science", "medicine", "computers", "cars", "global", "modern"}
)

#: Words that are temporal references without a calendar value (TimeML ``*_REF``).
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "to date": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    # a degree adverb is part of the extent (TimeML 1.2.1, section 2.2.1)
    "more recently": "PAST_REF",
    "very recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "at the time": "PAST_REF",
    "the future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "very soon": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    # an indefinite stretch ahead (TimeBank marks "in the near term" as FUTURE_REF)
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the coming years": "FUTURE_REF",
    "the years to come": "FUTURE_REF",
    "the coming period": "FUTURE_REF",
    # a day the text does not fix, only its direction: a non-specific reference, whose
    # value is PAST_REF / FUTURE_REF (TimeML 1.2.1, section 2.2.3, value): "postponed to
    # a later date"
    "a later date": "FUTURE_REF",
    "a future date": "FUTURE_REF",
    "an earlier date": "PAST_REF",
}


#: Words after a number that make it a quantity, not a year ("2000 people").
QUANTITY_WORDS = (
    "percent",
    "per cent",
    "percentage",
    "million",
    "billion",
    "trillion",
    "thousand",
    "hundred",
    "tons",
    "tonnes",
    "barrels",
    "people",
    "persons",
    "troops",
    "soldiers",
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "meters",
    "metres",
    "feet",
    "dollars",
    "euros",
    "shares",
    "points",
    "units",
    "members",
    "companies",
    "deaths",
)


#: Before a number and a plural noun, these make it a count, not a year ("about 1999
#: passengers", "some 2000 protesters"); a year before a plural noun follows a preposition,
#: a determiner or a possessive ("in 1999 passengers complained", "its 1990 sales").
COUNT_QUANTIFIERS = frozenset(
    ("about", "around", "approximately", "nearly", "almost", "some", "roughly", "exactly", "least")
)
#: Past verbs that take a period's figures as their object ("said 1990 sales will fall",
#: "reported 1989 earnings"): the number after them stays a year.
FIGURE_VERBS = frozenset(
    (
        "said", "reported", "expected", "projected", "predicted", "forecast", "posted",
        "restated", "estimated", "raised", "lowered", "cut", "revised", "boosted",
    )
)  # fmt: skip


#: ``\w`` inside a character set: the ASCII letters, digits and "_" are in ``\w`` already, so
#: the set is the same; listed, they are found in the set's table, where ``\w`` alone asks
#: Unicode's tables (a function call or four) for every character tested.
WORD_CHARS = r"A-Za-z0-9_\w"


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


#: Letters from the most to the least frequent first letter of an English word: the
#: order in which a case-sensitive trie tries its branches (:func:`trie_pattern`).
_FIRST_LETTER_ORDER = "tasowicbphfmdrlenugyvjkqxz"


def _frequent_first(ch: str) -> tuple[int, int, str]:
    """Lower case before upper case, each by frequency; other characters after."""
    lower = ch.lower()
    if len(lower) == 1 and lower in _FIRST_LETTER_ORDER:
        return (0 if ch.islower() else 1, _FIRST_LETTER_ORDER.index(lower), ch)
    return (2, 0, ch)


def trie_pattern(
    words: Iterable[str], tails: dict[str, str] | None = None, *, frequent_first: bool = False
) -> str:
    """A regular expression matching exactly ``words``, factored as a trie.

    Factoring by first character lets the regex engine reject a position with a
    few character comparisons instead of trying every word. ``tails`` appends a
    pattern (typically a lookahead) after the given words.

    The engine tries a node's branches in order, one character comparison each, so
    ``frequent_first`` puts the frequent letters first (lower case before upper
    case): the same matches, fewer comparisons. Only for a case-sensitive pattern,
    where two branches of a node never start with the same character and so their
    order cannot change what matches (under IGNORECASE "A..." and "a..." can).
    """
    tails = tails or {}

    def order(item: tuple[str, Any]) -> tuple[int, int, str]:
        return _frequent_first(item[0]) if frequent_first else (0, 0, item[0])

    root: dict[str, Any] = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tails.get(word, "")

    def emit(node: dict[str, Any]) -> str:
        branches = [_char(ch) + emit(child) for ch, child in sorted(node.items(), key=order) if ch]
        if "" in node:
            tail = str(node[""])
            if not branches:
                return tail
            return "(?:" + "|".join(branches) + "|" + tail + ")"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` (longest first), factored as a trie.

    A space in a word matches any run of whitespace.
    """
    return trie_pattern(words)


def number_value(word: str) -> int | None:
    """The integer a number word or numeral stands for; ``None`` if it is vague."""
    w = " ".join(word.lower().replace("\u2010", "-").split())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


#: bytes.translate table of the skeleton (after ``str.encode("ascii", "replace")``).
_SKELETON = (
    bytes(
        byte if chr(byte).isalpha() else (0x30 if chr(byte).isalnum() or byte == 0x5F else 0x20)
        for byte in range(128)
    )
    + b" " * 128
)


def skeleton(text: str) -> str:
    """One ASCII character for each character of ``text``: letters, ``0`` for a digit or
    ``_``, a space for anything else.

    >>> skeleton("On May 3, 2022 — café’s 1st_")
    'On May 0  0000   caf  s 0st0'
    """
    return text.encode("ascii", "replace").translate(_SKELETON).decode("ascii")
