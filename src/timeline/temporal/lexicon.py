"""Word lists of the temporal tagger and the regular-expression pieces built from them.

The word lists are the reviewed ``data/temporal_words.yaml`` (read by
:mod:`timeline.word_lists`): month and weekday names, number words, season
codes (``SP``, ``SU``, ``FA``, ``WI``), parts of the day (``MO``, ``AF``, ``EV``, ``NI``),
reference words. The time units and their TIMEX3 duration letters (TimeML Annotation
Guidelines 1.2.1, section 2.2: ``P3Y``, ``P6M``, ``P2W``, ``PT5H``; ``X`` for an unknown
count) are a table here, with the code that reads it. :mod:`timeline.temporal.patterns` turns
them into one compiled expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..errors import DataError
from ..timex import DateMod
from ..word_lists import Kind, word_lists

#: The lists of ``data/temporal_words.yaml``, and what each holds.
_KINDS: dict[str, Kind] = {
    "months": "numbers",
    "month_abbreviations": "numbers",
    "weekdays": "numbers",
    "seasons": "values",
    "parts_of_day": "values",
    "numbers": "numbers",
    "tens": "numbers",
    "multipliers": "numbers",
    "number_phrases": "numbers",
    "vague_quantities": "words",
    "day_closers": "words",
    "event_nouns": "names",
    "series_nouns": "words",
    "ordinals": "numbers",
    "day_ordinals": "numbers",
    "unit_plurals": "values",
    "set_adverbs": "values",
    "generic_today_nouns": "words",
    "reference_words": "values",
    "quantity_words": "words",
    "count_quantifiers": "words",
    "figure_verbs": "words",
    "label_nouns": "words",
    "decade_names": "words",
    "time_zones": "names",
    "date_modifiers": "values",
    "quantity_modifiers": "words",
}
#: Read once, when the tagger is first imported (``timeline`` imports it on first use).
_LISTS = word_lists("temporal_words.yaml", _KINDS)

MONTHS: dict[str, int] = _LISTS.numbers("months")
MONTH_ABBREVIATIONS: dict[str, int] = _LISTS.numbers("month_abbreviations")
#: Monday is 0, as ``date.weekday()``.
WEEKDAYS: dict[str, int] = _LISTS.numbers("weekdays")
SEASONS: dict[str, str] = _LISTS.values("seasons")
PARTS_OF_DAY: dict[str, str] = _LISTS.values("parts_of_day")
#: The parts of the day read after a day or a reference word ("Monday night", "this
#: morning", "every evening"), in the file's order: all but the adverb "overnight".
DAY_PARTS: tuple[str, ...] = tuple(p for p in PARTS_OF_DAY if p != "overnight")


def _number_words() -> dict[str, int]:
    words = _LISTS.numbers("numbers")
    ones = [w for w, i in words.items() if 1 <= i <= 9]
    for tens, value in _LISTS.numbers("tens").items():
        words[tens] = value
        for one in ones:
            words[f"{tens}-{one}"] = value + words[one]
            words[f"{tens} {one}"] = value + words[one]
    for multiplier, value in _LISTS.numbers("multipliers").items():
        words[multiplier] = value
        for count, times in [("a", 1), *((one, words[one]) for one in ones)]:
            words[f"{count} {multiplier}"] = value * times
    words.update(_LISTS.numbers("number_phrases"))
    return words


#: Number words below twenty, and the tens, with their values, in the file's order.
NUMBERS_BELOW_TWENTY: dict[str, int] = _LISTS.numbers("numbers")
TENS: dict[str, int] = _LISTS.numbers("tens")
#: Decades in words ("the nineties"); time zones after a clock time ("EDT").
DECADE_NAMES = _LISTS.words("decade_names")
TIME_ZONES = _LISTS.words("time_zones")

#: Number words and their values ("twenty-five" -> 25, "a" -> 1).
NUMBER_WORDS: dict[str, int] = _number_words()
#: Vague quantities: the TIMEX3 value gets ``X`` for the count ("several years" -> PXY),
#: in the order the pattern tries them.
VAGUE_QUANTITIES: tuple[str, ...] = _LISTS.words("vague_quantities")

#: Verbs before "the day" of a market report: "ended the day", "to finish the day".
DAY_CLOSERS = frozenset(_LISTS.words("day_closers"))

#: Capitalized nouns that end the name of an event, whose year is a date ("Expo 2010").
EVENT_NOUNS = frozenset(_LISTS.words("event_nouns"))
#: The nouns of a gathering told by its rank ("the 7th summit"), singular, lower case.
SERIES_NOUNS: tuple[str, ...] = _LISTS.words("series_nouns")

#: Ordinals of quarters and halves.
ORDINALS: dict[str, int] = _LISTS.numbers("ordinals")
#: Days of the month as ordinal words ("eighth", "twenty-second"), hyphenated compounds.
DAY_ORDINALS: dict[str, int] = _LISTS.numbers("day_ordinals")

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
UNIT_PLURALS: dict[str, str] = _LISTS.values("unit_plurals")

#: Frequency adverbs (TIMEX3 type SET).
SET_ADVERBS: dict[str, str] = _LISTS.values("set_adverbs")

#: Nouns after "today's" that make it the present in general, not the day of the article
#: ("today's world" is PRESENT_REF, "today's meeting" the DCT; the file cites the guidelines).
GENERIC_TODAY_NOUNS = frozenset(_LISTS.words("generic_today_nouns"))

#: Words that are temporal references without a calendar value (TimeML ``*_REF``).
REFERENCE_WORDS: dict[str, str] = _LISTS.values("reference_words")

#: Words after a number that make it a quantity, not a year ("2000 people").
QUANTITY_WORDS = _LISTS.words("quantity_words")

#: Before a number and a plural noun, these make it a count, not a year ("about 1999
#: passengers", "some 2000 protesters"); a year before a plural noun follows a preposition,
#: a determiner or a possessive ("in 1999 passengers complained", "its 1990 sales").
COUNT_QUANTIFIERS = frozenset(_LISTS.words("count_quantifiers"))
#: Past verbs that take a period's figures as their object ("said 1990 sales will fall",
#: "reported 1989 earnings"): the number after them stays a year.
FIGURE_VERBS = frozenset(_LISTS.words("figure_verbs"))
#: Nouns a number labels ("resolution 1874", "Flight 1701", "Article 1805"): the number is a
#: name, not a year.
LABEL_NOUNS = frozenset(_LISTS.words("label_nouns"))


#: The shapes of the entries that patterns.py writes into an expression, and what they say.
_WORDS = (r"[a-z]+(?: [a-z]+)*", "lower-case words")
_WORDS_OPTIONAL_LETTERS = (
    r"[a-z]+\??(?: [a-z]+\??)*",
    "lower-case words, each letter followed by at most one '?'",
)


def _check(key: str, entries: Iterable[str], shape: str, what: str) -> None:
    """Refuse an entry of a list that patterns.py writes into an expression unless it has
    ``shape`` (a regular expression), naming the file and the entry."""
    for entry in entries:
        if not re.fullmatch(shape, entry):
            raise DataError(f"{entry!r} is not {what}", path=_LISTS.shown, field=f"{key}.{entry}")


def _date_modifiers() -> dict[str, DateMod]:
    words = _LISTS.values("date_modifiers")
    _check("date_modifiers", words, *_WORDS)
    mods: dict[str, DateMod] = {}
    for entry, timeml in words.items():
        mod = DateMod.from_timeml(timeml)
        if mod is None or timeml != timeml.upper():
            raise DataError(
                f"{timeml!r} is not START, MID, END nor APPROX",
                path=_LISTS.shown,
                field=f"date_modifiers.{entry}",
            )
        mods[entry] = mod
    return mods


#: A date's modifiers ("early", "end of") -> the TimeML ``mod`` each gives (START, MID, END,
#: APPROX), in the order the pattern tries them; a noun ends in " of" ("the end of May").
DATE_MODIFIERS: dict[str, DateMod] = _date_modifiers()
#: Quantity modifiers ("about", "more than", "an? mere"), in the order the pattern tries
#: them: a space is any run of whitespace, "?" makes the letter before it optional.
QUANTITY_MODIFIERS: tuple[str, ...] = _LISTS.words("quantity_modifiers")
_check("quantity_modifiers", QUANTITY_MODIFIERS, *_WORDS_OPTIONAL_LETTERS)


def phrase_pattern(words: str) -> str:
    """A lexicon's phrase as an expression: a space is any run of whitespace.

    >>> phrase_pattern("an? mere")
    'an?\\\\s+mere'
    """
    return words.replace(" ", r"\s+")


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


#: A numeral with thousands separators ("5,000", "12,500"), up to a trillion: a longer
#: one is an unknown count (its digits need not fit an int conversion).
_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:,\d{3}){1,4}")
#: The most digits a count is read from.
_LONGEST_COUNT = 15


def number_value(word: str) -> int | None:
    """The integer a number word or numeral stands for; ``None`` if it is vague."""
    w = " ".join(word.lower().replace("\u2010", "-").split())
    if w.isdigit():
        # more digits than any count of time: an unknown count (and no int conversion of
        # thousands of digits, which Python refuses)
        return int(w) if len(w) <= _LONGEST_COUNT else None
    if _GROUPED_DIGITS.fullmatch(w):  # "5,000": thousands separators
        return int(w.replace(",", ""))
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
