"""Ordinals ("the 30th", "the twenty-fifth", "the second") and the words naming an act of a
series ("the next", "the other two"), from data/anniversary_words.yaml: the anniversary rule
(:mod:`.anniversaries`) counts years with them, the dates of an act told again
(:mod:`.lists`) name its tellings with them ("the second — in November 2019 in Tashkent").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..temporal.lexicon import NUMBER_WORDS
from ..temporal.word_lists import WordLists, word_lists

__all__ = [
    "COUNT_REACH",
    "anniversary_words",
    "cardinal",
    "cardinal_value",
    "count_before",
    "ordinal_pattern",
    "ordinal_value",
    "series_pattern",
]


@cache
def anniversary_words() -> WordLists:
    """The word lists of data/anniversary_words.yaml (their one reader)."""
    return word_lists(
        "anniversary_words.yaml",
        {
            "ordinals": "numbers",
            "tens": "numbers",
            "relations": "words",
            "independence": "words",
            "agreements": "words",
            "founding": "words",
            "conflicts": "words",
            "series": "words",
        },
    )


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def ordinal_pattern() -> str:
    """An ordinal as a regular expression (to compile case-insensitive): digits with
    their suffix (group ``n``) or words of anniversary_words.yaml, a ten (``tens``) and
    its unit or an ordinal alone (``word``); :func:`ordinal_value` reads the groups.

    >>> m = re.match(ordinal_pattern(), "Twenty-fifth", re.IGNORECASE)
    >>> ordinal_value(m["n"], m["tens"], m["word"])
    25
    """
    w = anniversary_words()
    return (
        r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?:(?P<tens>"
        + _alternatives(list(w.numbers("tens")))
        + r")[\s-]+)?(?P<word>"
        + _alternatives(list(w.numbers("ordinals")))
        + r"))"
    )


def ordinal_value(n: str | None, tens: str | None, word: str | None) -> int | None:
    """The number an ordinal stands for.

    >>> ordinal_value("30", None, None), ordinal_value(None, "twenty", "fifth")
    (30, 25)
    >>> ordinal_value(None, None, "Fiftieth")
    50
    """
    if n:
        return int(n)
    if word is None:
        return None
    w = anniversary_words()
    value = w.numbers("ordinals").get(word.lower())
    if value is None:
        return None
    if tens:
        ten = w.numbers("tens").get(tens.lower())
        if ten is None or value >= 10:
            return None
        value += ten
    return value


@cache
def series_pattern() -> str:
    """One act of a series as a regular expression (lower case): an ordinal
    (:func:`ordinal_pattern`) or a word of anniversary_words.yaml's ``series``.

    >>> [bool(re.fullmatch(series_pattern(), w)) for w in ("second", "other two", "21st", "two")]
    [True, True, True, False]
    """
    series = sorted(anniversary_words().words("series"), key=len, reverse=True)
    words = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in series)
    return rf"(?:{ordinal_pattern()}|{words})"


def cardinal(group: str) -> str:
    """A cardinal of digits or words (``numbers`` and ``tens`` of temporal_words.yaml, "a"
    and "an" among them) as the group ``group``: what counts years, days or weeks ("30
    years", "twenty-five years after", "a week after")."""
    words = "|".join(re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True))
    return rf"(?P<{group}>\d{{1,3}}|(?:{words}))"


def cardinal_value(told: str) -> int | None:
    """The value of a :func:`cardinal`'s match.

    >>> cardinal_value("30"), cardinal_value("Twenty-five"), cardinal_value("a")
    (30, 25, 1)
    """
    return int(told) if told.isdigit() else NUMBER_WORDS.get(told.lower())


#: How far before a unit ("years after", "days before") its count is looked for: "twenty-five ".
COUNT_REACH = 16


@cache
def count_before() -> re.Pattern[str]:
    """A count ending where the search ends (group ``n``): what stands right before "years
    after", "days before", searched up to their start.

    >>> text = "met on Tuesday, a week after"
    >>> count_before().search(text, 0, text.index("week"))["n"]
    'a'
    """
    return re.compile(rf"\b{cardinal('n')}\s+\Z", re.IGNORECASE)
