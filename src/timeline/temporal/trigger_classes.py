"""Where an expression of :data:`~timeline.temporal.patterns.MASTER` can start.

Every expression starts with a word of one of the trigger classes below (or a digit).
The tagger scans for triggers (:data:`TRIGGER`, a case-sensitive trie: a few character
comparisons per position) and tries only the alternatives that can start with the class
or word found (:data:`BY_TRIGGER`, :data:`BY_WORD`, :data:`BY_NEXT_WORD`, each a part of
MASTER compiled on first use in :data:`PATTERNS`), so most of a text costs almost
nothing. A test checks that this finds exactly what trying MASTER at every position finds.
Split out of :mod:`timeline.temporal.patterns` (the alternatives themselves) in the
sixty-fifth session, the code unchanged.
"""

from __future__ import annotations

import re
import sys
from array import array

from ..collector import cycle_collection_paused
from .dispatch import NEXT_WORD, WORD
from .holidays import NAMES as HOLIDAY_NAMES
from .lexicon import (
    DATE_MODIFIERS,
    DAY_ORDINALS,
    DECADE_NAMES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    QUANTITY_MODIFIERS,
    REFERENCE_WORDS,
    SEASONS,
    SET_ADVERBS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
    WORD_CHARS,
    alternation,
    trie_pattern,
)
from .patterns import (
    ALTERNATIVES,
    DAY_KIND_WORDS,
    IN_A_ROW_WORDS,
    MORE_WORDS,
    TENS_WORDS,
    UNIT,
    compile_alternatives,
)

__all__ = [
    "BY_NEXT_WORD",
    "BY_TRIGGER",
    "BY_WORD",
    "NEXT_WORD_STARTS",
    "PATTERNS",
    "TRIGGER",
    "TRIGGER_CLASS",
    "next_word",
]


def _title(phrase: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in phrase.split())


def _forms(words: set[str]) -> set[str]:
    return {f for w in words for f in (w, w.capitalize(), w.upper())}


_UNITS_ALL = set(UNITS) | set(UNIT_PLURALS)
_NUMBER_FIRST = {w.split()[0].split("-")[0] for w in NUMBER_WORDS} - {"a", "an"}
#: The first words of the vague quantities ("a" is a trigger of its own) and the words
#: after "a" of the number phrases ("a couple of", "a dozen", "a hundred").
_VAGUE_FIRST = {w.split()[0] for w in VAGUE_QUANTITIES} - {"a"}
_AFTER_ARTICLE = {
    w.split()[1]
    for w in [*VAGUE_QUANTITIES, *NUMBER_WORDS]
    if w.split()[0] in ("a", "an") and " " in w
}
#: The first words of the date modifiers ("early", "end", "first").
_MOD_FIRST = {w.split()[0] for w in DATE_MODIFIERS}
_THE_NEXT = (
    _MOD_FIRST - {"around"}
    | {"very", "third", "fourth", "final", "initial", "past", "last", "next", "coming", "previous"}
    | {"current", "following", "same", "latest", "most", "year-ago", "year-earlier", "recent"}
    | {"quarter", "weekend", "day", "fiscal", "future", "near", "present", "years"}
    | {"preceding", "prior", "comparable", "corresponding", "full", "short", "long", "latter"}
    | {"morning", "afternoon", "evening", "night", "early"}
    | set(DECADE_NAMES)
    | _UNITS_ALL
    | set(SEASONS)
    | _NUMBER_FIRST
    | _VAGUE_FIRST
)
#: ("more" and "very" are triggers of their own classes, which try "ref" too)
_REF_FIRST = {w.split()[0] for w in REFERENCE_WORDS} - {"the", "at", "to", "these", "current"}
_REF_FIRST -= {"more", "very"}
#: "a later date", "an earlier date": "a" and "an" are number triggers, narrowed by the next word.
_REF_AFTER_ARTICLE = {w.split()[1] for w in REFERENCE_WORDS if w.split()[0] in ("a", "an")}
_REF_FIRST -= {"a", "an"}
_NOT_LETTER = r"(?![A-Za-z])"


_ORDINAL_FIRST = {"first", "second", "third", "fourth", "final"}
#: An ordinal starts an expression (alone or after "the") only before a quarter, a half or
#: a week ("the third quarter", "first-half", "the first half of 2023", "second fiscal
#: quarter", "the last week of March") or a count ("the first nine months", "the final
#: two years", "the first few weeks"): in any casing, as the master expression reads them,
#: so no match is lost; the others ("the first time", "the second round": nine in ten in
#: news) are not tried.
_PERIOD_AHEAD = r"[\s-]+(?i:fiscal|quarter|half|week)(?![A-Za-z])"
_COUNT_AHEAD = (
    r"\s+(?:\d|(?i:" + alternation(_NUMBER_FIRST | _VAGUE_FIRST | {"a", "an"}) + r")(?![A-Za-z]))"
)
#: (only "first" and "final" start a count: "dur"; the count's words are long, so the
#: others do without them, and the trigger expression stays small to compile)
#: "the first of December", "the eighth of March": a day's ordinal word before "of" and
#: a month (DAY_WORD_BEFORE_MONTH)
_MONTH_OF_AHEAD = (
    r"\s+(?i:of)\s+(?i:" + alternation(set(MONTHS) | set(MONTH_ABBREVIATIONS)) + r")(?![A-Za-z])"
)
_AFTER_ORDINAL = {
    o: f"(?={_PERIOD_AHEAD}|{_COUNT_AHEAD}|{_MONTH_OF_AHEAD})"
    if o in ("first", "final")
    else f"(?={_PERIOD_AHEAD}|{_MONTH_OF_AHEAD})"
    for o in _ORDINAL_FIRST
}
#: The ordinal words of days that start no other expression after "the": only before "of"
#: and a month.
_DAY_WORD_FIRST = {w.split("-")[0] for w in DAY_ORDINALS} - _ORDINAL_FIRST - _NUMBER_FIRST
_AFTER_ORDINAL |= {w: f"(?={_MONTH_OF_AHEAD})" for w in _DAY_WORD_FIRST}


def _then(words: set[str], after: dict[str, str] | None = None) -> str:
    """A lookahead: whitespace, then one of ``words`` (any usual casing) or a digit;
    ``after``: what must follow some of the words (a lookahead too)."""
    forms, after = _forms(words), after or {}
    tails = {f: after[f.lower()] for f in forms if f.lower() in after}
    return (
        r"(?=\s+(?:\d|(?:"
        + trie_pattern(forms, tails, frequent_first=True)
        + ")"
        + _NOT_LETTER
        + "))"
    )


#: The words between a duration's "a" / "an" and its unit (the pattern "dur").
_COUNT_WORDS = {*MORE_WORDS, *IN_A_ROW_WORDS, *DAY_KIND_WORDS}
#: Trigger words that start an expression only before one of these words (or a digit):
#: the tagger then knows the next word, and tries only the alternatives that can
#: start with both (:data:`~timeline.temporal.dispatch.NEXT_WORD`).
_NEXT_WORDS: dict[str, set[str]] = {
    "the": _THE_NEXT | _DAY_WORD_FIRST,
    "a": _UNITS_ALL | _VAGUE_FIRST | _AFTER_ARTICLE | {"mere"} | _COUNT_WORDS | _REF_AFTER_ARTICLE,
    "an": _UNITS_ALL | _VAGUE_FIRST | _AFTER_ARTICLE | {"mere"} | _COUNT_WORDS | _REF_AFTER_ARTICLE,
}

#: Code points past the Basic Multilingual Plane (U+10000 and up).
_ASTRAL = "\\U00010000-\\U0010ffff"


def _before_trigger() -> str:
    """The character before a trigger: ``[^\\w]`` in the BMP, any character past it.

    The scan tests every character of the text against this class. ``[^\\w]`` asks
    Unicode's tables for every space and punctuation mark (four function calls); the
    same characters listed as ranges compile to one table of the BMP, a lookup for
    any character. The table ends at U+FFFF, so every character past it is taken as
    well, and :func:`~timeline.temporal.tagger.scan` drops the rare match whose
    character before is a word character there (a mathematical letter, a CJK
    ideograph of the supplementary planes). Built from ``re``'s own ``\\w``, so it
    follows the running Python's Unicode database.
    """
    codes = array("I", range(0x10000))  # every BMP code point, as UTF-32 in machine order
    bmp = codes.tobytes().decode(f"utf-32-{sys.byteorder[0]}e", "surrogatepass")
    runs = (m.span() for m in re.finditer(r"[^\w]+", bmp))
    return "[" + "".join(f"\\u{a:04x}-\\u{b - 1:04x}" for a, b in runs) + _ASTRAL + "]"


#: The quantity modifiers of one word but "some" (a vague quantity's first word, a trigger of
#: the number class); the first words of the others are triggers with their next words.
_APPROX_FIRST = {w for w in QUANTITY_MODIFIERS if " " not in w} - _VAGUE_FIRST
#: A number or an approximation starts an expression only if a time unit (or "times",
#: "a.m.", "p.m.") follows within a few words: "some 20 years", "twenty-five days".
_UNIT_AHEAD = (
    r"(?=(?:[\s-]+["
    + WORD_CHARS
    + r".:/]++){0,4}?[\s-]*(?:"
    + trie_pattern(
        _forms(_UNITS_ALL | {"times", "a.m", "p.m", "am", "pm", "morning", "afternoon", "evening"}),
        frequent_first=True,
    )
    + r")(?![A-Za-z]))"
)

_MONTH_FORMS = {f for w in set(MONTHS) | set(MONTH_ABBREVIATIONS) for f in (_title(w), w.upper())}
#: A number starts an expression only as a year (four digits), with a separator and
#: more digits (13.12.2022, 10:35, 3.5 years, 13-14 December), or before a month,
#: a time unit, "times" or a.m./p.m. within a few words. (What follows the first digit.)
_AFTER_FIRST_DIGIT = (
    r"(?=\d{3}(?!\d)|0['’]?s(?![A-Za-z0-9_])|\d*(?:[-/.:–]\d|\s*(?:-|–|—|to|and|through|until)\s*\d|\s+\d+/\d|½"
    r"|(?:st|nd|rd|th)?(?:[\s-]+["
    + WORD_CHARS
    + r"./]++){0,3}?[\s-]*(?:"
    + trie_pattern(
        _forms(_UNITS_ALL | {"times", "a.m", "p.m", "am", "pm", "morning", "afternoon", "evening"})
        | _MONTH_FORMS,
        frequent_first=True,
    )
    + r")(?![A-Za-z])))"
)


def _holiday_triggers() -> tuple[set[str], dict[str, str]]:
    """The first words of the holiday names; "New" only before "Year", "Good" before "Friday"."""
    seconds: dict[str, set[str]] = {}
    for name in HOLIDAY_NAMES:
        first, _, rest = name.partition(" ")
        seconds.setdefault(first, set()).add(rest.split(" ")[0] if rest else "")
    tails = {
        first: r"(?=\s+(?:" + alternation(nxt) + r")(?!\w))"
        for first, nxt in seconds.items()
        if "" not in nxt
    }
    return set(seconds), tails


#: A quarter's or a half-year's code ("Q3", "H2"), upper case only ("q3" is not written).
_QUARTER_CODES = {f"Q{n}" for n in range(1, 5)} | {"H1", "H2"}

#: Trigger class -> (words in their usual casings, lookahead after some of them).
_CLASSES: dict[str, tuple[set[str], dict[str, str]]] = {
    "month": (
        {f for w in set(MONTHS) | set(MONTH_ABBREVIATIONS) for f in (_title(w), w.upper())},
        {},
    ),
    "weekday": ({f for w in WEEKDAYS for f in (_title(w), w.upper(), _title(w) + "s")}, {}),
    "holiday": _holiday_triggers(),
    "the": (
        _forms({"the"}),
        {f: _then(_NEXT_WORDS["the"], _AFTER_ORDINAL) for f in _forms({"the"})},
    ),
    # "around" is an approximation's trigger, "first" and "second" ordinals
    "mod": (
        _forms(_MOD_FIRST - {"around", "first", "second"} | {"very"})
        | _forms({"midmorning", "midafternoon", "midevening"}),
        {},
    ),
    "ordinal": (
        _forms(_ORDINAL_FIRST),
        {f: _AFTER_ORDINAL[f.lower()] for f in _forms(_ORDINAL_FIRST)},
    ),
    "deictic": (
        _forms({"this", "last", "next", "past", "coming", "previous", "following", "current"})
        | _forms({"latest", "initial", "recent", "same"}),
        {},
    ),
    "earlier": (_forms({"earlier", "later"}), {}),
    "that": (
        _forms({"that"}),
        {
            f: r"(?=\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|week|month|year|"
            r"quarter|[MTWFS][a-z]+day)(?![\w-]))"
            for f in _forms({"that"})
        },
    ),
    "day": (_forms({"today", "yesterday", "tomorrow", "tonight"}), {}),
    "noon": (_forms({"noon", "midday", "midnight"}), {}),
    # "FY2023", "FY 2024": the fiscal year's code, in capitals, before its year
    "fiscal": (_forms({"fiscal"}) | {"FY"}, {"FY": r"(?=[\s-]?'?\d\d)"}),
    # "Q3 2019", "H2 of 2019", "Q4 this year": the code as written, before a year
    "code": (
        _QUARTER_CODES,
        {f: r"(?=\s+(?:of\s+)?(?:\d|this|last|next))" for f in _QUARTER_CODES},
    ),
    "approx": (
        _forms(_APPROX_FIRST) | _forms({"more", "less", "at", "up", "no"}),
        {f: _UNIT_AHEAD for f in _forms(_APPROX_FIRST - {"around"})}
        # "around" also modifies a date: "around Nov. 1", "around 1990", "around midday"
        | {
            f: "(?:"
            + _UNIT_AHEAD
            + r"|(?=\s+(?:(?-i:[A-Z0-9])|(?:the|this|last|next|mid)\b|year(?:\s+|-|'s\s+)end\b)))"
            for f in _forms({"around"})
        }
        | {f: r"(?=\s+than)" for f in _forms({"less"})}
        | {f: r"(?=\s+(?:than|recently))" for f in _forms({"more"})}
        | {f: r"(?=\s+(?:least|most|present|the\s+(?:moment|time)))" for f in _forms({"at"})}
        | {f: r"(?=\s+to)" for f in _forms({"up"})}
        | {f: r"(?=\s+(?:more|less))" for f in _forms({"no"})},
    ),
    "number": (
        _forms(_NUMBER_FIRST | _VAGUE_FIRST | {"a", "an"}),
        {f: _UNIT_AHEAD for f in _forms(_NUMBER_FIRST | _VAGUE_FIRST)}
        | {
            f: "(?:" + _UNIT_AHEAD + r"|(?=[\s-]+(?:" + TENS_WORDS + "|ten|eleven|twelve|"
            r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)(?![a-z])))"
            for f in _forms({"nineteen", "eighteen"})
        }
        | {f: "(?:" + _UNIT_AHEAD + r"|(?=\s+thousand\b))" for f in _forms({"two"})}
        | {f: _then(_NEXT_WORDS[f.lower()]) for f in _forms({"a", "an"})},
    ),
    "set": (_forms({"every", "each", "once", "twice", "thrice", "per"} | set(SET_ADVERBS)), {}),
    "half": (_forms({"half"}), {f: r"(?=[\s-]+an?[\s-])" for f in _forms({"half"})}),
    "unit": (
        _forms({"year", "month", "quarter", "week"} | set(UNIT_PLURALS))
        | _forms({"day", "hour", "minute", "decade", "century"}),
        {f: "(?=-)" for f in _forms({"month", "quarter", "week"})}
        # "a day-long meeting": one unit as an adjective
        | {f: r"(?=-long\b)" for f in _forms({"day", "hour", "minute", "decade", "century"})}
        # "year-end", "year end", "year's end"
        | {f: r"(?=-|(?:\s+|'s\s+)end\b)" for f in _forms({"year"})},
    ),
    "season": (_forms(set(SEASONS)), {}),
    "ref": (
        _forms(_REF_FIRST | {"to", "these"}),
        {f: r"(?=\s+date)" for f in _forms({"to"})}
        | {f: r"(?=\s+days)" for f in _forms({"these"})},
    ),
}

#: The alternatives each trigger class can start (the order of MASTER is kept).
_STARTS: dict[str, set[str]] = {
    "digit": {"iso", "num", "dmy", "dec", "cen", "qtr", "qcode", "clk", "cdur", "clk24", "ago"}
    | {"set"}
    | {"dur", "durr", "yr", "ayr"},
    "month": {"mdy", "my", "mon"},
    "weekday": {"mdy", "dmy", "wd"},
    "holiday": {"hol"},
    "the": {"mdy", "my", "mon", "dmy", "dec", "cen", "qtr", "rq", "per", "sea", "day", "rel"}
    | {"wkof"}
    | {"dur"}
    | {"ref", "durp", "ye", "yr", "yago", "wyr", "ana", "tday", "ppod", "oday"},
    "mod": {"mdy", "my", "mon", "dec", "cen", "sea", "day", "wd", "rel", "ye", "yr", "pod", "ref"},
    "ordinal": {"mdy", "my", "mon", "dec", "sea", "rel", "yr", "qtr", "dur"},
    "deictic": {"mdy", "mon", "qtr", "sea", "pod", "wd", "rel", "dur", "durp", "ref", "hol"},
    "earlier": {"day", "pod", "wd", "rel", "eiy", "ana"},
    "that": {"ana"},
    "day": {"day", "pod"},
    "noon": {"clk"},
    "fiscal": {"qtr", "fy"},
    "code": {"qcode"},
    "approx": {"clk", "ago", "dur", "ref", "ye"}
    | {"mdy", "my", "mon", "dec", "sea", "day", "wd", "rel", "yr", "pod"},
    "number": {"ago", "set", "dur", "durr", "wyr", "ref"},
    "set": {"set"},
    "half": {"half"},
    "unit": {"yago", "durp", "ye"},
    "season": {"sea"},
    "ref": {"ref"},
}


def _trigger() -> tuple[re.Pattern[str], dict[str, str]]:
    words: set[str] = set()
    tails: dict[str, str] = {}
    class_of: dict[str, str] = {}
    for name, (forms, after) in _CLASSES.items():
        for f in forms:
            if class_of.setdefault(f, name) != name:
                raise AssertionError(f"trigger word {f!r} is in two classes")
            tails[f] = _NOT_LETTER + after.get(f, "")
        words |= forms
    # The pattern starts by consuming the character before the trigger, a non-word
    # character, so that the regex engine can skip ahead to the next candidate with
    # its character-set prefix scan instead of trying every position (the scan pads
    # the text with a space); the digit conditions of patterns._START then follow the
    # consumed character.
    # A number's first digit is consumed before any other test, so that the engine
    # rejects a letter in one character-set test (the conditions of patterns._START, written
    # after that digit: not after "$" or "." ..., not money or a percentage), and it
    # comes before the trie, which no digit can start; then what follows it (a year, a
    # separator, a unit ahead) or an apostrophe before it ("since '82").
    # A count with thousands separators before a unit ("5,000 years") is a duration's
    # count, not money nor a quantity (patterns._START).
    grouped_count = r"\d{0,2}(?:,\d{3})+(?![\d.,]\d)[\s-]+(?i:" + UNIT + ")"
    digit = (
        rf"\d(?<![$€£#.,:/]\d)(?!(?!{grouped_count})\d*(?:,\d|(?:\.\d+)?\s*%))(?:"
        + _AFTER_FIRST_DIGIT
        + rf"|(?={grouped_count})"
        + r"|(?<=['’]\d)(?=\d(?![\w'’-])))"
    )
    # the trie tries the frequent letters first (in a case-sensitive pattern that
    # changes no match)
    trie = trie_pattern(words, tails, frequent_first=True)
    pattern = _before_trigger() + "(?:" + digit + "|" + trie + ")"
    return re.compile(pattern), class_of


#: For the trigger words that start an expression only before certain next words (their
#: look-ahead above: "the" before "two", "at" before "least", "that" before "day" or a
#: weekday), how those next words begin, in the casings the look-ahead takes (a digit
#: always, for "the", "a", "an"): :mod:`~timeline.temporal.triggers` looks for the word
#: and one of these after one space. A superset is safe; tests/temporal/test_triggers.py
#: checks that no word the look-ahead takes is missing.
NEXT_WORD_STARTS: dict[str, frozenset[str]] = {
    **{word: frozenset(_forms(_NEXT_WORDS[word])) for word in ("the", "a", "an")},
    "to": frozenset({"date"}),
    "these": frozenset({"days"}),
    "less": frozenset({"than"}),
    "more": frozenset({"than", "recently"}),
    "at": frozenset({"least", "most", "present", "the"}),
    "up": frozenset({"to"}),
    "no": frozenset({"more", "less"}),
    "that": frozenset({"same", "day", "morning", "afternoon", "evening", "night", "week"})
    | frozenset({"month", "year", "quarter", "M", "T", "W", "F", "S"}),
}

#: Where an expression can start, one character after the start of a match (the
#: non-word character before it): a lexicon word in its usual casings, or a digit.
#: Search ``" " + text``: a match's start is then the offset of the word in ``text``.
TRIGGER, TRIGGER_CLASS = _trigger()


class _Compiled(dict[tuple[str, ...], re.Pattern[str]]):
    """The part of MASTER made of some alternatives, compiled when first asked for.

    TRIGGER has already checked the conditions of patterns._START, so they are left out.
    """

    def __missing__(self, names: tuple[str, ...]) -> re.Pattern[str]:
        # Compiling makes many objects and no cycle: without the collector's full passes
        # over the heap meanwhile (timeline.collector), a first tagging pass is cheaper.
        with cycle_collection_paused():
            pattern = self[names] = compile_alternatives(set(names), "")
        return pattern


#: ``PATTERNS[names]``: the alternatives ``names`` of MASTER as one pattern, compiled
#: once, on first use (compiling them all would slow every import down).
PATTERNS = _Compiled()
_ORDER = [name for name, _ in ALTERNATIVES]
#: For each trigger class, the alternatives of MASTER that can start with it.
BY_TRIGGER: dict[str, tuple[str, ...]] = {
    c: tuple(n for n in _ORDER if n in names) for c, names in _STARTS.items()
}


def next_word_keys(trigger: str) -> list[str]:
    """The keys :data:`BY_NEXT_WORD` can be asked for after ``trigger``: see :func:`next_word`."""
    keys = {re.match(r"[a-z]+", w)[0] for w in _NEXT_WORDS[trigger]}  # type: ignore[index]
    return sorted(keys) + [str(d) for d in range(10)]


#: For each trigger word as found (and each digit 0-9), the alternatives of MASTER that
#: can start with it; none can start with some ("days" alone), and "third" only a
#: quarter. The table is generated (scripts/gen_trigger_dispatch.py); a word added
#: since gets all the alternatives of its class.
BY_WORD: dict[str, tuple[str, ...]] = {
    form: WORD.get(form.lower(), BY_TRIGGER[TRIGGER_CLASS.get(form, "digit")])
    for form in [*TRIGGER_CLASS, *map(str, range(10))]
}
#: Where a trigger word names its next word ("the" before "two"), the alternatives of
#: MASTER that can start with both, by trigger form and :func:`next_word` key.
BY_NEXT_WORD: dict[str, dict[str, tuple[str, ...]]] = {
    form: table for trigger, table in NEXT_WORD.items() for form in _forms({trigger})
}
_NEXT = re.compile(r"\s+([A-Za-z]+|\d)")


def next_word(text: str, end: int) -> str | None:
    """The key of the word after the trigger ending at ``end``: its letters, lower-cased,
    or its first digit; ``None`` if no word follows a run of whitespace."""
    m = _NEXT.match(text, end)
    return None if m is None else m[1].lower()
