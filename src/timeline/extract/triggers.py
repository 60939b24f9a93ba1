"""Finding the lexicon's triggers in a text, fast: each rule only around its keywords.

Every rule of :data:`~timeline.extract.lexicon.TRIGGERS` runs over the whole
body of every document, so this is the hottest loop of extraction. Each rule
runs only in windows around the occurrences of its keywords
(:attr:`~timeline.extract.trigger_rule.Trigger.needs`), over a same-length
lower-cased copy of the text (Python's ``re`` is about twice as fast
case-sensitive); ``find_triggers(..., windows=False)`` scans the whole span
the plain way, and the tests check both give the same matches. On an ASCII text
each rule runs as its ASCII twin (:mod:`timeline.ascii_regex`: the same matches, a table
look-up for each ``\\b`` and ``\\s`` test instead of Unicode's). The keywords of
every rule are found in one pass over the text, by an Aho-Corasick automaton
(pyahocorasick, in C), not by a ``str.find`` loop per keyword (121 scans of each
document).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

import ahocorasick

from ..ascii_regex import ascii_twin
from .lexicon import TRIGGERS
from .trigger_rule import Trigger, fold

__all__ = ["find_triggers"]


class _Rule(NamedTuple):
    rank: int
    trigger: Trigger
    folded: re.Pattern[str] | None
    plain_twin: re.Pattern[str] | None
    folded_twin: re.Pattern[str] | None


#: How far before and after one of its keywords a rule's match may start and end
#: (the longest rule, an adoption with three words between verb and noun, spans
#: well under 200 characters).
_REACH_BEFORE = 120
_REACH_AFTER = 240


@cache
def _keywords() -> ahocorasick.Automaton:
    """Every rule's keywords (:attr:`~timeline.extract.trigger_rule.Trigger.needs`), each
    key's value the key itself; built on first use."""
    automaton = ahocorasick.Automaton()
    for trig in TRIGGERS:
        for word in trig.needs or ():
            automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def keyword_spots(haystack: str, start: int, end: int) -> dict[str, list[int]]:
    """Where each keyword of the rules occurs in ``haystack[start:end]`` (every occurrence,
    overlapping ones too, as a ``str.find`` loop finds them), in order, in one pass.

    >>> keyword_spots("the summit heads signed", 0, 23)
    {'summit': [4], 'head': [11], 'heads': [11], 'sign': [17]}
    """
    start, end, _ = slice(start, end).indices(len(haystack))  # the bounds as str.find reads them
    spots: dict[str, list[int]] = {}
    if start >= end:
        return spots
    for last, word in _keywords().iter(haystack, start, end):
        spots.setdefault(word, []).append(last - len(word) + 1)
    return spots


def _keyword_windows(spots: Iterable[int], start: int, end: int) -> list[tuple[int, int]]:
    """Merged spans of ``[start, end)`` around every keyword occurrence of ``spots``."""
    windows: list[tuple[int, int]] = []
    for at in sorted(spots):
        lo, hi = max(start, at - _REACH_BEFORE), min(end, at + _REACH_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


@cache
def _rules() -> tuple[_Rule, ...]:
    """Each rule with its rank, its pattern for lower-cased text (:attr:`Trigger.folded`) and
    the ASCII twin (:func:`~timeline.ascii_regex.ascii_twin`) of the one an ASCII text is
    read with (the folded pattern, else its own: an ASCII text always folds), read once:
    the property costs a flag test and a cache look-up per rule and document."""
    rules = []
    for rank, trig in enumerate(TRIGGERS):
        folded = trig.folded
        rules.append(
            _Rule(
                rank,
                trig,
                folded,
                ascii_twin(trig.pattern) if folded is None else None,
                None if folded is None else ascii_twin(folded),
            )
        )
    return tuple(rules)


def _accepted(
    trig: Trigger, pattern: re.Pattern[str], subject: str, text: str, lo: int, hi: int
) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern``'s matches in ``subject[lo:hi]`` that ``trig.accept`` takes,
    as ``finditer`` gives them but for one thing: after a match the check refuses, the search
    goes on from the character after its start, as a regular expression goes on after a
    lookbehind that fails there (a match may start inside the refused one: "in a statement
    from the presidency", "in a statement" refused, "a statement from ..." read)."""
    accept = trig.accept
    assert accept is not None
    at = lo
    while (m := pattern.search(subject, at, hi)) is not None:
        start, end = m.span()
        if accept(text, start, end):
            yield start, end
            at = end if end > start else end + 1
        else:
            at = start + 1


def find_triggers(
    text: str, start: int, end: int, *, windows: bool = True
) -> list[tuple[Trigger, int, int]]:
    """Trigger matches in ``text[start:end]``, earlier lexicon rules winning overlaps.

    Each rule runs only around the occurrences of its keywords
    (:attr:`~timeline.extract.trigger_rule.Trigger.needs`), over a same-length
    lower-cased copy of the text when there is one; ``windows=False`` scans
    the whole span instead, which the tests compare against. A rule's
    :attr:`~timeline.extract.trigger_rule.Trigger.accept` check, if any, is asked of each
    match (in the original text) before overlaps are settled; after a refused one the search
    goes on from the character after its start (:func:`_accepted`).
    """
    found: list[tuple[int, int, int, Trigger]] = []
    low = fold(text)
    haystack = low if low is not None else text.lower()
    windowed = windows and len(haystack) == len(text)
    spots = keyword_spots(haystack, start, end) if windowed else {}
    for rank, trig, folded, plain_twin, folded_twin in _rules():
        spans = [(start, end)]
        if windowed and trig.needs:
            # most rules' keywords are not in a document: nothing to scan, nothing to choose
            near = [at for w in trig.needs if w in spots for at in spots[w]]
            if not near:
                continue
            spans = _keyword_windows(near, start, end)
        pattern, twin, subject = (
            (folded, folded_twin, low) if folded and low else (trig.pattern, plain_twin, text)
        )
        if twin is not None and subject.isascii():
            pattern = twin  # the same matches, ASCII's character tests (docstring)
        for lo, hi in spans:
            matches = (
                (m.span() for m in pattern.finditer(subject, lo, hi))
                if trig.accept is None
                else _accepted(trig, pattern, subject, text, lo, hi)
            )
            found.extend((rank, a, b, trig) for a, b in matches)
    found.sort(key=lambda f: (f[0], f[1]))
    # Kept matches never overlap, so sorted by start their ends are sorted too: a new
    # match can only overlap its neighbours in that order (log time per match).
    starts: list[int] = []
    kept: list[tuple[int, int, int, Trigger]] = []
    for f in found:
        at = bisect_left(starts, f[1])
        if at > 0 and kept[at - 1][2] > f[1]:
            continue
        if at < len(kept) and kept[at][1] < f[2]:
            continue
        starts.insert(at, f[1])
        kept.insert(at, f)
    return [(k[3], k[1], k[2]) for k in kept]
