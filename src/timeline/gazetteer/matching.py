"""Dictionary matching: many names, one compiled regular expression.

The names are compiled into a single pattern shaped like a trie
(``Kaz(?:akh(?:stan(?:i)?)?)``), so the regex engine follows one path per
position instead of trying thousands of alternatives, and longer names are
tried before their prefixes: the longest name wins at each position. A match
must stand as a whole word: no letter or digit may touch it on either side
(a hyphen may: ``Uzbek-Turkish`` holds two names).

The gazetteer's own tables (thousands of names, searched over every article) are
matchers (:class:`NameMatcher`): what the same pattern finds, read from one pass of an
Aho-Corasick automaton (pyahocorasick, in C) over the text, with no pattern compiled.

A handful of names found once (the officials one article introduces) are looked for
by :func:`find_names`, which finds the same matches with substring searches: compiling
a pattern costs about 0.3 ms, a per-article cost the tables compiled once do not pay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from itertools import product

import ahocorasick

__all__ = [
    "NameMatch",
    "NameMatcher",
    "ascii_fold",
    "compile_names",
    "find_names",
    "literal_alternation",
    "spellings",
    "transliterations",
]

#: Letters that Unicode does not decompose into an ASCII letter and a mark.
_FOLD = str.maketrans({"ı": "i", "İ": "I", "ə": "e", "Ə": "E", "ł": "l", "Ł": "L", "ø": "o"})


def ascii_fold(name: str) -> str:
    """``Erdoğan`` -> ``Erdogan``, ``Türkiye`` -> ``Turkiye``: the spelling without accents."""
    if name.isascii():  # most names: nothing to fold (NFKD leaves ASCII as it is)
        return name
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spellings(name: str) -> Iterator[str]:
    """``name`` and, if different, its ASCII spelling, each also with a typographic apostrophe.

    ``Côte d'Ivoire`` -> also ``Cote d'Ivoire``, ``Côte d’Ivoire``, ``Cote d’Ivoire``:
    news writes the apostrophe either way.
    """
    seen: set[str] = set()
    for form in (name, ascii_fold(name)):
        for spelling in (form, form.replace("'", "’")):
            if spelling not in seen:
                seen.add(spelling)
                yield spelling


def transliterations(name: str, groups: Iterable[Sequence[str]]) -> Iterator[str]:
    """``name`` and the names it gives with each word of a group of ``groups`` written as
    the group's other spellings (one group is one given name in several transliterations).

    >>> list(transliterations("Mahmoud Abbas", [["Mahmoud", "Mahmud"]]))
    ['Mahmoud Abbas', 'Mahmud Abbas']
    """
    spelled = {word: tuple(group) for group in groups for word in group}
    words = name.split(" ")
    choices = [spelled.get(word, (word,)) for word in words]
    yield name
    for combination in product(*choices):
        written = " ".join(combination)
        if written != name:
            yield written


def _trie(words: Iterable[str]) -> dict[str, dict]:  # type: ignore[type-arg]
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends_here = "" in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    # Greedy "?" tries the longer continuation first: the longest name wins.
    return group + "?" if ends_here else group


def literal_alternation(words: Iterable[str]) -> str:
    r"""A group matching any of ``words`` (none empty), shaped like a trie: what
    ``"(?:" + "|".join(map(re.escape, longest_first)) + ")"`` matches, in the same order
    of trial (at a place, the longest word that lets the rest of the pattern match), but
    ``re`` follows one path per place instead of trying every word in turn.

    >>> literal_alternation(["Prime Minister", "President", "Premier"])
    '(?:Pr(?:e(?:mier|sident)|ime\\ Minister))'
    >>> re.fullmatch(r"the\s+" + literal_alternation(["King", "King's"]) + "s", "the Kings")
    <re.Match object; span=(0, 9), match='the Kings'>
    """
    return "(?:" + _pattern(_trie(words)) + ")"


def compile_names(names: Iterable[str]) -> re.Pattern[str]:
    """One whole-word, case-sensitive pattern matching any of ``names``."""
    unique = sorted({n for n in names if n})
    if not unique:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![^\W_])" + _pattern(_trie(unique)) + r"(?![^\W_])")


class NameMatch:
    """A name :class:`NameMatcher` found: what a match of ``compile_names(names)`` there
    would answer (``group``, ``start``, ``end``, ``span``), without a pattern."""

    __slots__ = ("_end", "_name", "_start")

    def __init__(self, start: int, end: int, name: str) -> None:
        self._start = start
        self._end = end
        self._name = name

    def group(self) -> str:
        return self._name

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def __repr__(self) -> str:
        return f"<NameMatch span={self.span()}, match={self._name!r}>"


class NameMatcher:
    """Finds what ``compile_names(names).finditer`` finds, with one pass of an Aho-Corasick
    automaton (pyahocorasick, in C) over the span and no regular expression.

    Every occurrence of every name is one the automaton reports; at each place in order
    (going on after each match) the longest name that stands there as a whole word wins,
    as the trie pattern's greedy branches and look-arounds decide: the character before
    the place (even before ``start``) and the one after the name (unless it ends at
    ``stop``, which ``re`` reads as the end of the text) are no letter or digit, what
    ``re`` calls ``[^\\W_]`` and ``str.isalnum`` says of one character. The trie patterns
    of the gazetteer's two tables cost about 1 CPU s of each process's first pass to build
    and compile (2026-12-07, seventy-second session; docs/scale.md), and the pattern was
    only tried where the automaton had found a name beginning (0.60 against 0.40 CPU s
    for the 21,154 searches of a pass, sixty-sixth session): its answer is read from the
    automaton's instead.

    >>> matcher = NameMatcher(["Aliyev", "Ilham Aliyev", "Oman"])
    >>> [m.group() for m in matcher.finditer("Ilham Aliyev met a woman from Oman.")]
    ['Ilham Aliyev', 'Oman']
    """

    __slots__ = ("_automaton",)

    def __init__(self, names: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for name in {n for n in names if n}:
            self._automaton.add_word(name, len(name))
        self._automaton.make_automaton()

    def finditer(self, text: str, start: int = 0, stop: int | None = None) -> Iterator[NameMatch]:
        """The matches ``compile_names(names).finditer(text, start, stop)`` finds."""
        size = len(text)
        start = min(max(start, 0), size)
        stop = size if stop is None else min(max(stop, 0), size)
        if start >= stop or len(self._automaton) == 0:
            return
        # each occurrence as (its place, minus its length): in order, the longest name at a
        # place comes first
        occurrences = sorted(
            [(end - length + 1, -length) for end, length in self._automaton.iter(text, start, stop)]
        )
        after = start
        for at, minus_length in occurrences:
            if at < after or (at > 0 and text[at - 1].isalnum()):
                continue
            end = at - minus_length
            if end == stop or not text[end].isalnum():
                yield NameMatch(at, end, text[at:end])
                after = end


def find_names(
    names: Iterable[str], text: str, start: int = 0, stop: int | None = None
) -> list[tuple[int, int, str]]:
    """The matches ``compile_names(names).finditer(text, start, stop)`` finds, as (start,
    end, name), without compiling a pattern: for a few names searched once.

    At each place in turn the longest name that stands there as a whole word wins (the
    character before the place, even before ``start``, and the one after the name, before
    ``stop``, are no letter or digit: what ``re`` calls ``[^\\W_]``), and the search goes
    on after it, as the compiled pattern's does.

    >>> find_names(["Aliyev", "Ilham Aliyev"], "Ilham Aliyev met Aliyeva and Aliyev.")
    [(0, 12, 'Ilham Aliyev'), (29, 35, 'Aliyev')]
    """
    size = len(text)
    start = min(max(start, 0), size)
    stop = size if stop is None else min(max(stop, 0), size)
    longest: dict[int, str] = {}  # each place a name stands at: the longest one
    for name in {n for n in names if n}:
        at = text.find(name, start, stop)
        while at >= 0:
            end = at + len(name)
            if (
                (at == 0 or not text[at - 1].isalnum())
                and (end == stop or not text[end].isalnum())
                and len(name) > len(longest.get(at, ""))
            ):
                longest[at] = name
            at = text.find(name, at + 1, stop)
    found: list[tuple[int, int, str]] = []
    after = start
    for at in sorted(longest):
        if at >= after:
            name = longest[at]
            after = at + len(name)
            found.append((at, after, name))
    return found
