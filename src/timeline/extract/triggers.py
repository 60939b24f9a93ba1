"""Finding the lexicon's triggers in a text, fast: each rule only around its keywords.

Every rule of :data:`~timeline.extract.lexicon.TRIGGERS` runs over the whole
body of every document, so this is the hottest loop of extraction. Each rule
runs only in windows around the occurrences of its keywords
(:attr:`~timeline.extract.lexicon.Trigger.needs`), over a same-length
lower-cased copy of the text (Python's ``re`` is about twice as fast
case-sensitive); ``find_triggers(..., windows=False)`` scans the whole span
the plain way, and the tests check both give the same matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from .lexicon import TRIGGERS, Trigger, fold

__all__ = ["find_triggers"]


#: How far before and after one of its keywords a rule's match may start and end
#: (the longest rule, an adoption with three words between verb and noun, spans
#: well under 200 characters).
_REACH_BEFORE = 120
_REACH_AFTER = 240


def _keyword_windows(
    haystack: str, needs: tuple[str, ...], start: int, end: int
) -> list[tuple[int, int]]:
    """Merged spans of ``haystack[start:end]`` around every occurrence of a keyword."""
    spots: list[int] = []
    for word in needs:
        at = haystack.find(word, start, end)
        while at != -1:
            spots.append(at)
            at = haystack.find(word, at + 1, end)
    spots.sort()
    windows: list[tuple[int, int]] = []
    for at in spots:
        lo, hi = max(start, at - _REACH_BEFORE), min(end, at + _REACH_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


@cache
def _rules() -> tuple[tuple[int, Trigger, re.Pattern[str] | None], ...]:
    """Each rule with its rank and its pattern for lower-cased text (:attr:`Trigger.folded`),
    read once: the property costs a flag test and a cache look-up per rule and document."""
    return tuple((rank, trig, trig.folded) for rank, trig in enumerate(TRIGGERS))


def find_triggers(
    text: str, start: int, end: int, *, windows: bool = True
) -> list[tuple[Trigger, int, int]]:
    """Trigger matches in ``text[start:end]``, earlier lexicon rules winning overlaps.

    Each rule runs only around the occurrences of its keywords
    (:attr:`~timeline.extract.lexicon.Trigger.needs`), over a same-length
    lower-cased copy of the text when there is one; ``windows=False`` scans
    the whole span instead, which the tests compare against.
    """
    found: list[tuple[int, int, int, Trigger]] = []
    low = fold(text)
    haystack = low if low is not None else text.lower()
    windowed = windows and len(haystack) == len(text)
    for rank, trig, folded in _rules():
        pattern, subject = (folded, low) if folded and low else (trig.pattern, text)
        spans = (
            _keyword_windows(haystack, trig.needs, start, end)
            if windowed and trig.needs
            else [(start, end)]
        )
        for lo, hi in spans:
            found.extend(
                (rank, m.start(), m.end(), trig) for m in pattern.finditer(subject, lo, hi)
            )
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
