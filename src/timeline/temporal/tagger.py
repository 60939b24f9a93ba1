"""The scan: run the master expression once over a text and normalize each match.

Matches are taken left to right; anchoring state (the narrative's reference
time) flows along the text in a :class:`~timeline.temporal.anchoring.Context`.
When a normalizer rejects a match ("may" as a verb, "the fall of the Soviet
Union"), the scan resumes one character later so a shorter expression inside
the rejected one can still be found.

:func:`~timeline.temporal.tag` is documented never to raise. The normalizers keep
that promise by construction (date arithmetic stays inside the calendar through
:func:`~timeline.temporal.calendar_values.shift_days` and
:func:`~timeline.temporal.calendar_values.in_calendar`; whitespace is any Unicode
whitespace); as a last guard, a normalizer that raises all the same drops its one
match and logs a warning on the ``timeline.temporal`` logger, naming the offset and
the words, so that the bug is seen and reported (the fuzz tests fail on any such
warning) without taking the article down with it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from datetime import date

from . import normalize as n
from . import quarters as q
from . import relative as r
from . import times_of_day as tod
from . import weekdays as w
from .anchoring import Context
from .normalize import Found
from .patterns import MASTER
from .trigger_classes import BY_NEXT_WORD, BY_TRIGGER, BY_WORD, PATTERNS, next_word
from .triggers import triggers

__all__ = ["scan", "scan_everywhere"]

_LOG = logging.getLogger("timeline.temporal")

#: The last character of the Basic Multilingual Plane, and a word character (``\w``).
LAST_BMP = "\uffff"
WORD_CHARACTER = re.compile(r"\w")

#: A digit the table does not list (not 0-9: another script's digit).
DIGIT = BY_TRIGGER["digit"]

Handler = Callable[[re.Match[str], Context], Found | None]
#: A compiled pattern's ``match`` method: ``(text, pos)`` to a match or ``None``.
Matcher = Callable[[str, int], "re.Match[str] | None"]

_HANDLERS: dict[str, Handler] = {
    "iso": n.iso_date,
    "num": n.numeric,
    "mdy": n.mdy,
    "dmy": n.dmy,
    "oday": n.ordinal_day,
    "my": n.my,
    "mon": n.mon,
    "dec": n.decade,
    "cen": n.century,
    "qtr": q.quarter,
    "qcode": q.quarter_code,
    "rq": q.relative_quarter,
    "per": q.reported_period,
    "fy": n.fiscal,
    "sea": n.season,
    "clk": tod.clock,
    "cdur": tod.clock_duration,
    "clk24": tod.clock24,
    "day": tod.deictic_day,
    "pod": tod.part_of_day,
    "ppod": tod.part_of_day_after_preposition,
    "wd": w.weekday,
    "wkof": n.week_of_month,
    "ago": r.ago,
    "yago": r.year_adjective,
    "set": r.sets,
    "ana": r.anaphoric,
    "rel": r.relative,
    "ye": r.year_end,
    "eiy": r.earlier_in,
    "tday": r.market_day,
    "dur": r.durations,
    "half": r.half_duration,
    "durr": r.range_start_duration,
    "ref": r.reference,
    "durp": r.plural_duration,
    "wyr": r.spoken_year,
    "hol": n.holiday,
    "ayr": r.short_year,
    "yr": r.year,
}


def _handle(m: re.Match[str], ctx: Context) -> Found | None:
    """Normalize one pattern match; "since <date>" also ends the reference time.

    "since 2019", "since March 2019", "since May 3": a span that runs to the
    present, so the narrative is back at the DCT and an earlier reference time
    ("Dec. 16, 1991") no longer dates what follows ("most recently ... on May 21").
    """
    name = m.lastgroup
    if name is None:
        return None
    try:
        found = _HANDLERS[name](m, ctx)
    except Exception as error:  # the last guard (module docstring): log, drop this match
        _LOG.warning(
            "temporal tagger: skipped %r at offset %d (DCT %s): %s: %s; please report this",
            m.group()[:80],
            m.start(),
            ctx.dct,
            type(error).__name__,
            error,
        )
        return None
    if found is not None and found.type in ("DATE", "TIME"):
        ctx.note(found.value, found.end, names_a_thing=n.names_a_thing(ctx, found))
    if (
        found is not None
        and "ince" in ctx.text[max(0, found.start - 8) : found.start]
        and found.type == "DATE"
        and n.word_before(ctx, found.start) == "since"
    ):
        ctx.forget()
    return found


class _Matchers(dict[str, "Matcher | None"]):
    """The ``match`` method of the narrowed pattern a trigger word starts, by the word as
    found (or by the next word's key, in a table of a word that names it), looked up and
    kept the first time: the scan asks once per trigger, and a dictionary hit is cheaper
    than the tables' tuple of names hashed into :data:`~timeline.temporal.trigger_classes.PATTERNS`
    each time. ``None`` where no alternative can start."""

    __slots__ = ("_names",)

    def __init__(self, names: Callable[[str], tuple[str, ...]]) -> None:
        super().__init__()
        self._names = names

    def __missing__(self, key: str) -> Matcher | None:
        names = self._names(key)
        matcher = self[key] = PATTERNS[names].match if names else None
        return matcher


def _by_next_word(word: str) -> _Matchers:
    table, fallback = BY_NEXT_WORD[word], BY_WORD[word]
    return _Matchers(lambda key: table.get(key, fallback))


#: For each trigger word as found, its matcher (``BY_WORD``; a digit the table does not
#: list gets the whole digit class); for a word that names its next word ("the", "a",
#: "an"), a table of matchers by that word's key (``BY_NEXT_WORD``).
_MATCHERS = _Matchers(lambda word: BY_WORD.get(word, DIGIT))
_NEXT_WORD_MATCHERS = {word: _by_next_word(word) for word in BY_NEXT_WORD}


def scan(text: str, dct: date | None) -> Iterator[Found]:
    """Every temporal expression of ``text``, left to right, without overlaps.

    :data:`~timeline.temporal.patterns.MASTER` is tried only where
    :data:`~timeline.temporal.trigger_classes.TRIGGER` says an expression can start
    (found by :func:`~timeline.temporal.triggers.triggers`); the result is the same as
    trying it at every position, only faster.
    """
    ctx = Context(text, dct)
    covered = 0
    matchers, next_word_matchers = _MATCHERS, _NEXT_WORD_MATCHERS
    for trigger in triggers(text):
        pos = trigger.start()  # the padding shifts the offsets by the one character consumed
        if pos < covered:
            continue
        if pos and text[pos - 1] > LAST_BMP and WORD_CHARACTER.match(text, pos - 1):
            continue  # a word character past the BMP before it (trigger_classes._before_trigger)
        word = trigger.group()[1:]
        by_next = next_word_matchers.get(word)
        if by_next is None:
            match = matchers[word]  # only the alternatives that can start so
        else:  # "the two": those that can start with both words
            match = by_next[next_word(text, pos + len(word)) or ""]
        if match is None:
            continue
        m = match(text, pos)
        if m is None:
            continue
        found = _handle(m, ctx)
        if found is None:
            continue
        yield found
        covered = found.end


def scan_everywhere(text: str, dct: date | None) -> Iterator[Found]:
    """:func:`scan` without the trigger shortcut: the reference the tests compare with."""
    ctx = Context(text, dct)
    search = MASTER.search
    pos = 0
    while pos < len(text):
        m = search(text, pos)
        if m is None:
            return
        found = _handle(m, ctx)
        if found is None:
            pos = m.start() + 1
            continue
        yield found
        pos = max(found.end, m.start() + 1)
