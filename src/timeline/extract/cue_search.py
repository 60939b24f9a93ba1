"""A cue pattern searched only in text that holds one of the words every match holds.

The rules search their cue patterns (future, hedged, negated, postponed, reported
speech) over every candidate's clause and sentence, tens of thousands of times per
corpus, and Python's ``re`` tries every position of the text: a pattern that opens
with ``\\b`` and an alternation of words has no prefix it could skip to. Most
searches find nothing. :class:`Cue` reads, once, from the pattern's own syntax tree
the words one of which every match must contain (:func:`required_words`), and
answers None without running the pattern when the text holds none of them: the
same answer, found with a few substring tests.

Every word is ASCII. Under ``IGNORECASE`` they are compared with the lower-cased
text: ``str.lower`` maps every character that ``re`` takes for an ASCII letter to
that letter, except three (Turkish ``İ`` and ``ı``, the long ``ſ``), so a text with
one of them is searched by the pattern alone.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Cue", "required_words"]

#: Characters ``re`` matches to an ASCII letter under IGNORECASE that ``str.lower``
#: does not lower to it (found by trying every code point; a test checks the list).
UNFOLDED = ("\u0130", "\u0131", "\u017f")

# ``_parser`` is the parser ``re.compile`` itself uses: its syntax tree is the pattern's
# meaning; the tests derive the words of every cue and compare the searches.
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}


def _better(a: frozenset[str], b: frozenset[str] | None) -> bool:
    """Whether words ``a`` filter better than ``b``: longer shortest word, then fewer."""
    if b is None:
        return True
    return (min(map(len, a)), -len(a)) > (min(map(len, b)), -len(b))


def _words(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """Words one of which every match of this sequence of parsed items holds, or None."""
    best: frozenset[str] | None = None
    run = ""

    def consider(words: frozenset[str] | None) -> None:
        nonlocal best
        if words and _better(words, best):
            best = words

    for op, av in items:
        if op is _constants.LITERAL and av < 128:
            run += chr(av)
            continue
        consider(frozenset([run]) if run else None)
        run = ""
        if op is _constants.BRANCH:
            each = [_words(branch) for branch in av[1]]
            if all(each):
                consider(frozenset().union(*(w for w in each if w)))
        elif op is _constants.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if not add_flags and not del_flags:  # a group that changes no flag
                consider(_words(inner))
        elif op in _REPEATS:
            least, _most, inner = av
            if least >= 1:
                consider(_words(inner))
        elif op is _constants.ATOMIC_GROUP:
            consider(_words(av))
    consider(frozenset([run]) if run else None)
    return best


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """ASCII words one of which every match of ``pattern`` contains (lower-cased when it
    ignores case), the fewest and longest its syntax allows; None when none is known.

    >>> required_words(re.compile(r"\\b(?:did\\s+not|never|failed\\s+to)\\s+$", re.I))
    ('did', 'failed', 'never')
    >>> required_words(re.compile(r"\\bmay\\s+(?!\\d)"))
    ('may',)
    >>> required_words(re.compile(r"\\w+")) is None
    True
    """
    words = _words(_parser.parse(pattern.pattern, pattern.flags))
    if not words:
        return None
    if pattern.flags & re.IGNORECASE:
        words = frozenset(w.lower() for w in words)
    # a word that holds another is found wherever that one is: keep the shorter
    kept = sorted(w for w in words if not any(o != w and o in w for o in words))
    return tuple(kept)


class Cue:
    """A compiled pattern whose :meth:`search` and :meth:`finditer` run only where a
    required word occurs.

    >>> cue = Cue(r"\\b(?:postponed|called\\s+off)\\b", re.IGNORECASE)
    >>> cue.needs
    ('called', 'postponed')
    >>> cue.search("The summit was held.") is None
    True
    >>> cue.search("The summit was POSTPONED.").group()
    'POSTPONED'
    """

    __slots__ = ("folded", "needs", "pattern")

    def __init__(self, regex: str, flags: int = 0) -> None:
        self.pattern = re.compile(regex, flags)
        self.needs = required_words(self.pattern)
        self.folded = bool(self.pattern.flags & re.IGNORECASE)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``self.pattern.search(string, pos, endpos)``, skipped when it cannot match."""
        if self.needs is not None and not self._may_match(string, pos, endpos):
            return None
        return self.pattern.search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(string, pos, endpos)``, none when it cannot match."""
        if self.needs is not None and not self._may_match(string, pos, endpos):
            return iter(())
        return self.pattern.finditer(string, pos, endpos)

    def _may_match(self, string: str, pos: int, endpos: int) -> bool:
        """False when the span ``re`` would search holds none of the required words."""
        assert self.needs is not None
        # the text ``re`` searches (it reads a negative bound as 0)
        part = string[max(pos, 0) : max(endpos, 0)] if pos or endpos < len(string) else string
        if self.folded:
            if not part.isascii() and any(map(part.__contains__, UNFOLDED)):
                return True
            part = part.lower()
        return any(map(part.__contains__, self.needs))
