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

Where the text holds a required word, a pattern every match of which begins with one
of a few words (:func:`start_words`: ``\\b(?:will|shall|is\\s+to|...)``) is tried
only where one of them begins, by ``pattern.match`` at each such place in order, not
at every position of the text: ``re`` tries a case-blind alternation of thirty words
at each position, about 1 µs each (the planned cues, 85 µs a sentence, were the
dearest regex of the pass: docs/history/scale-log.md, "Extraction per core, seventeenth
session"). ``pattern.search(string, pos, endpos)`` is the match at the first place
from ``pos`` where ``pattern.match(string, place, endpos)`` matches (``\\b`` and
look-behinds see the text before the place either way), so the answer is the same.

The rules search one span with several cues in a row (a clause with the planned,
postponed, hedged, negated ... cues; a pass of the tuning sets makes 209,587 searches of
55,473 texts), so which required words a span holds is found once for every cue
(:class:`_SpanWords`: one Aho-Corasick pass of all the cues' words over the lower-cased
span) and kept for the next searches of that span: each cue then tests its own words
against that set, not by a substring scan of the text per word.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

__all__ = ["Cue", "required_words", "start_words"]

#: Characters ``re`` matches to an ASCII letter under IGNORECASE that ``str.lower``
#: does not lower to it (found by trying every code point; a test checks the list).
UNFOLDED = ("\u0130", "\u0131", "\u017f")

# ``_parser`` is the parser ``re.compile`` itself uses: its syntax tree is the pattern's
# meaning; the tests derive the words of every cue and compare the searches.
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
#: Items that match no character: a match begins where the item after them begins.
_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}


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


def _starts(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """ASCII words one of which every match of this sequence of parsed items begins
    with, or None."""
    k = 0
    while k < len(items) and items[k][0] in _ZERO_WIDTH:
        k += 1
    if k == len(items):
        return None
    op, av = items[k]
    if op is _constants.LITERAL and av < 128:
        run = ""
        while k < len(items) and items[k][0] is _constants.LITERAL and items[k][1] < 128:
            run += chr(items[k][1])
            k += 1
        # ``re`` parses "held|hosted" as "h" and the alternation "eld|osted": read on
        after = _starts(items[k:]) if k < len(items) else None
        return frozenset(run + w for w in after) if after else frozenset([run])
    if op is _constants.BRANCH:
        each = [_starts(branch) for branch in av[1]]
        if all(each):
            return frozenset().union(*(w for w in each if w))
        return None
    if op is _constants.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if not add_flags and not del_flags:  # a group that changes no flag
            return _starts(inner)
    return None


def start_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """ASCII words one of which every match of ``pattern`` begins with (lower-cased when
    it ignores case), the fewest its syntax allows; None when none is known.

    >>> start_words(re.compile(r"\\b(?:will|is\\s+to|plans?\\s+to|planned)\\b", re.I))
    ('is', 'plan', 'will')
    >>> start_words(re.compile(r"\\battended\\s+by\\b|\\b(?:Mr|the)\\s+day", re.I))
    ('attended', 'mr', 'the')
    >>> start_words(re.compile(r"\\w+\\s+said")) is None
    True
    """
    words = _starts(_parser.parse(pattern.pattern, pattern.flags))
    if not words:
        return None
    if pattern.flags & re.IGNORECASE:
        words = frozenset(w.lower() for w in words)
    # a word that begins with another begins wherever that one does: keep the shorter
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))


#: What a span holds: the text the cues compare their words with (lower-cased for cues
#: that ignore case), whether it is as long as the span, and the required words in it.
_Held = tuple[str, bool, frozenset[str]]
#: What :meth:`_SpanWords.held` finds for a span it has not kept (none is this object).
_UNSEEN: _Held = ("", True, frozenset())


class _SpanWords:
    """The required words of every :class:`Cue` that each recently searched span holds.

    A span is the text ``re`` reads (the part of the string between the search's
    bounds) and the case the cue reads it in. Its words are found by one pass of an
    automaton of every cue's words, so a cue asks whether the span holds one of its
    own words with a set test; up to ``size`` spans and ``chars`` characters of them
    are kept (a longer span alone), all forgotten when either is reached (the rules
    search a span with several cues in a row; a huge text is not held after it).

    >>> spans = _SpanWords(size=4)
    >>> spans.add(("said", "talks"))
    >>> spans.held("They SAID so.", folded=True)
    ('they said so.', True, frozenset({'said'}))
    >>> spans.held("They SAID so.", folded=False)[2]
    frozenset()
    """

    __slots__ = ("_automaton", "_chars", "_seen", "chars", "size", "words")

    def __init__(self, size: int, chars: int = 1 << 22) -> None:
        self.size = size
        self.chars = chars
        self._chars = 0
        self.words: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None
        self._seen: dict[tuple[str, bool], _Held | None] = {}

    def add(self, words: Iterable[str]) -> None:
        """Look for ``words`` too (the spans kept are forgotten: they lack them)."""
        new = set(words) - self.words
        if new:
            self.words |= new
            self._automaton = None
            self._seen.clear()
            self._chars = 0

    def held(self, part: str, *, folded: bool) -> _Held | None:
        """What the text ``part`` holds, lower-cased when ``folded``; None when it is
        folded and holds a letter ``str.lower`` does not lower as ``re`` reads it
        (:data:`UNFOLDED`): the pattern must search it."""
        key = (part, folded)
        seen = self._seen
        kept = seen.get(key, _UNSEEN)
        if kept is not _UNSEEN:
            return kept
        held: _Held | None = None
        if not folded:
            held = (part, True, self._found(part))
        elif part.isascii() or not any(map(part.__contains__, UNFOLDED)):
            low = part.lower()
            held = (low, len(low) == len(part), self._found(low))
        if len(seen) >= self.size or self._chars + len(part) > self.chars:
            seen.clear()
            self._chars = 0
        seen[key] = held
        self._chars += len(part)
        return held

    def _found(self, text: str) -> frozenset[str]:
        """The words found in ``text`` (every occurrence of each is one the automaton
        reports, overlapping ones too)."""
        automaton = self._automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for word in self.words:
                automaton.add_word(word, word)
            automaton.make_automaton()
            self._automaton = automaton
        if not self.words:
            return frozenset()
        return frozenset(map(itemgetter(1), automaton.iter(text)))


#: The spans searched last by any cue: of the 209,587 searches of a pass over the tuning
#: sets, 152,598 read a span the cache still held (53,202 spans in all; 64 kept:
#: 147,572; docs/history/scale-log.md, "Extraction per core, eighteenth session").
_SPANS = _SpanWords(size=256)


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

    __slots__ = ("_needed", "folded", "needs", "pattern", "starts")

    def __init__(self, regex: str, flags: int = 0) -> None:
        self.pattern = re.compile(regex, flags)
        self.needs = required_words(self.pattern)
        self._needed = frozenset(self.needs or ())
        _SPANS.add(self._needed)
        self.folded = bool(self.pattern.flags & re.IGNORECASE)
        #: The words every match begins with, found in one pass (None: no such words).
        self.starts: ahocorasick.Automaton | None = None
        words = start_words(self.pattern) if self.needs is not None else None
        if words is not None:
            self.starts = ahocorasick.Automaton()
            for word in words:
                self.starts.add_word(word, len(word))
            self.starts.make_automaton()

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``self.pattern.search(string, pos, endpos)``, skipped when it cannot match, and
        tried only where a match may begin when the pattern says where."""
        places = self._places(string, pos, endpos)
        if places is None:
            return self.pattern.search(string, pos, endpos)
        match = self.pattern.match
        for place in places:
            found = match(string, place, endpos)
            if found is not None:
                return found
        return None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(string, pos, endpos)``, none when it cannot match."""
        places = self._places(string, pos, endpos)
        if places is None:
            return self.pattern.finditer(string, pos, endpos)
        return self._matches(string, places, endpos)

    def _matches(self, string: str, places: list[int], endpos: int) -> Iterator[re.Match[str]]:
        """The matches ``re.finditer`` finds, tried at ``places``: each search goes on
        from the end of the match before (no match is empty: each holds a start word)."""
        match = self.pattern.match
        end = 0
        for place in places:
            if place >= end:
                found = match(string, place, endpos)
                if found is not None:
                    yield found
                    end = found.end()

    def _places(self, string: str, pos: int, endpos: int) -> list[int] | None:
        """Where in ``string`` a match may begin, in order (none when the span ``re``
        would search holds none of the required words), or None: the pattern must search."""
        if self.needs is None:
            return None
        # the text ``re`` searches (it reads a negative bound as 0); a span kept by
        # ``_SPANS`` is read here, without a call: most searches end at the test below
        start = pos if pos > 0 else 0
        stop = endpos if endpos > 0 else 0
        part = string[start:stop] if pos or endpos < len(string) else string
        held = _SPANS._seen.get((part, self.folded), _UNSEEN)
        if held is _UNSEEN:
            held = _SPANS.held(part, folded=self.folded)
        if held is None:
            return None
        low, same_length, words = held
        if self._needed.isdisjoint(words):
            return []
        if self.starts is None or not same_length:
            return None
        # each place a start word begins, in order (no two begin at one place: none
        # begins with another)
        places = [start + end - size + 1 for end, size in self.starts.iter(low)]
        places.sort()
        return places
