"""The tense markers of a clause, and where they stand, found without running the
marker expression at every character.

:func:`cues` matches a clause's tense markers: future phrases ("will", "is expected",
"as soon as"), past ones ("was", "said", "ago") and past verbs (in *-ed*, or irregular:
"took"), the reviewed lists of ``data/tense_markers.yaml``;
:class:`~timeline.temporal.anchoring.Context` reads the markers in a window of text
around each expression it dates. Its pattern opens with a look-behind, so a search
with it enters the regex engine at every character of the window and tries three casings
of every marker at each word: that search was most of the tense look-up, a sixth of a
pass of the tagger (docs/history/temporal-log.md, thirteenth session).

Here an Aho-Corasick automaton (pyahocorasick, in C) finds in the window's *skeleton*
(:func:`~timeline.temporal.triggers.skeleton`: ASCII letters kept, digits and ``_`` as
``0``, anything else a space) the places where a marker can start, and :func:`cues` is
matched only there:

* a marker word after a space and before a space (the first word of a marker of several
  words: "going" of "going to", "won" of "won't");
* a word whose last letters are "ed" before a space (the *-ed* branch), from its first
  letter;
* a space (an apostrophe) before "ll" and a space ("we'll").

Every position where :func:`cues` matches in the whole text is found so (with more
besides), and :func:`cues` decides at each one, left to right, skipping those inside its
last match. A window that ends inside a word lets :func:`cues` match a cut word ("was"
of "wash"), as ``finditer`` with that end does: every position of the cut word's last
stretch is tried too. So the matches are ``cues().finditer(text, lo, hi)``'s, one for one
(tests/temporal/test_tense_markers.py).
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from ..word_lists import Kind, word_lists
from .lexicon import WORD_CHARS, skeleton, trie_pattern

__all__ = [
    "Markers",
    "ability_cues",
    "cues",
    "future_cues",
    "irregular_past",
    "past_cues",
    "timetable_cues",
]

#: The lists of ``data/tense_markers.yaml`` (lower case).
_LISTS: dict[str, Kind] = {
    "future": "words",
    "timetable": "words",
    "past": "words",
    "irregular_past": "words",
    "ability_modals": "words",
    "plannable_acts": "words",
    "plannable_states": "words",
}


def future_cues() -> tuple[str, ...]:
    """Future phrases: "will", "is expected", "as soon as", the timetable's present
    ("arrives", "meets": :func:`timetable_cues`) and a plan's ability ("can sign", "could
    be held": :func:`ability_cues`) (``data/tense_markers.yaml``)."""
    lists = word_lists("tense_markers.yaml", _LISTS)
    return lists.words("future") + lists.words("timetable") + ability_cues()


def ability_cues() -> tuple[str, ...]:
    """The modals "can" and "could" before an act that can be planned, maybe after "be":
    "can sign", "could be held", "can be ready"; not before a stative or generic verb
    ("can justify", "could be", "can say"), which is no plan (``data/tense_markers.yaml``)."""
    lists = word_lists("tense_markers.yaml", _LISTS)
    return tuple(
        f"{modal} {rest}"
        for modal in lists.words("ability_modals")
        for rest in (
            *lists.words("plannable_acts"),
            *(f"be {state}" for state in lists.words("plannable_states")),
        )
    )


def timetable_cues() -> tuple[str, ...]:
    """The timetable's present among the future cues: "arrives", "meets", "takes place"."""
    return word_lists("tense_markers.yaml", _LISTS).words("timetable")


def past_cues() -> tuple[str, ...]:
    """Past phrases: "was", "said", "ago" (``data/tense_markers.yaml``)."""
    return word_lists("tense_markers.yaml", _LISTS).words("past")


@cache
def irregular_past() -> frozenset[str]:
    """Irregular past forms and participles: "took", "held" (``data/tense_markers.yaml``)."""
    return frozenset(word_lists("tense_markers.yaml", _LISTS).words("irregular_past"))


def _casings(words: tuple[str, ...]) -> set[str]:
    return {f for w in words for f in (w, w.capitalize(), w.upper())}


def _cased_trie(words: tuple[str, ...]) -> str:
    # case-sensitive, so the frequent letters can go first (lexicon.trie_pattern)
    return trie_pattern(_casings(words), frequent_first=True)


@cache
def cues() -> re.Pattern[str]:
    """Tense markers of a clause: future phrases, then past ones and past participles
    ("-ed"); a case-sensitive trie over the usual casings, so it is fast. Built on first
    use."""
    return re.compile(
        r"(?<!["
        + WORD_CHARS
        + r"'])(?:(?P<future>"
        + _cased_trie(future_cues())
        + r")|(?P<past>"
        + _cased_trie(past_cues())
        + r")|(?P<ed>[A-Za-z]{2,}ed|"
        + _cased_trie(tuple(sorted(irregular_past())))
        + r"))(?!["
        + WORD_CHARS
        + r"'])|(?P<ll>'ll\b)"
    )


# What a key of the automaton stands for: where a marker can start, from the key's start.
_WORD = 1  # " word ": the word after the space
_APOSTROPHE = 0  # " ll ": the space (an apostrophe in the text)
_ED = -1  # "ed ": the word that ends so, from its first letter


@cache
def _automaton() -> ahocorasick.Automaton:
    """Built on first use (about 300 keys), so that importing the tagger stays fast."""
    automaton = ahocorasick.Automaton()
    for form in _casings(future_cues() + past_cues() + tuple(sorted(irregular_past()))):
        key = " " + skeleton(form).split(" ")[0] + " "
        automaton.add_word(key, (_WORD, len(key)))
    automaton.add_word(" ll ", (_APOSTROPHE, 4))
    automaton.add_word("ed ", (_ED, 3))
    automaton.make_automaton()
    return automaton


class Markers:
    """The tense markers of one text, found window by window (:meth:`find`)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def find(self, lo: int, hi: int) -> list[re.Match[str]]:
        """``list(cues().finditer(text, lo, hi))``: the same matches, found faster.

        >>> [m.group() for m in Markers("He said they will meet in May.").find(0, 30)]
        ['said', 'will', 'meet']
        >>> [m.group() for m in Markers("He washed").find(0, 6)]  # "was" of the cut "wash"
        ['was']
        """
        text = self.text
        hi = min(hi, len(text))
        lo = max(lo, 0)
        if lo >= hi:
            return []
        # the window's skeleton with the character each side (a space past the text's
        # ends): its offset k is the text's lo - 1 + k
        window = skeleton(text[max(lo - 1, 0) : hi + 1])
        if lo == 0:
            window = " " + window
        if hi == len(text):
            window += " "
        starts = set()
        for end, (kind, size) in _automaton().iter(window):
            # the key's start, plus kind; for "ed ", the first letter of its word
            at = lo + (window.rfind(" ", 0, end - 2) if kind == _ED else end - size + kind)
            if lo <= at < hi:
                starts.add(at)
        if hi < len(text) and (text[hi] == "'" or text[hi] == "_" or text[hi].isalnum()):
            # the window cuts a word: the end of the window lets cues() match its beginning
            starts.update(range(max(lo, lo - 1 + window.rfind(" ", 0, hi - lo + 1)), hi))
        match = cues().match
        found = []
        covered = lo
        for at in sorted(starts):
            if at < covered:
                continue
            m = match(text, at, hi)
            if m is not None:
                covered = m.end()
                found.append(m)
        return found
