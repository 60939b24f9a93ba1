"""Where :data:`~timeline.temporal.trigger_classes.TRIGGER` matches, found without running it at
every space.

TRIGGER starts by consuming the non-word character before a trigger word, so a search
with it enters the regex engine at every space and punctuation mark of a text (about
106,000 in the 0.53 MB of TempEval-3 text, for 4,347 triggers), and that search was a
third of a pass of the tagger. Here an Aho-Corasick automaton (pyahocorasick, in C)
finds, in one pass over the text's *skeleton*, every position where a trigger word
stands after a space, and TRIGGER is tried only there:

* the skeleton has one ASCII character for each character of the text: ASCII letters
  stay, ASCII digits and ``_`` become ``0``, every other character a space (non-ASCII
  letters too: a candidate is only a candidate);
* the keys are each trigger form's skeleton after a space and before a space or a
  ``0`` (TRIGGER wants no ASCII letter after it), a space and a ``0`` for a number,
  and for the words that start an expression only before certain next words ("the",
  "a", "an" before "two", "past" ...; "at" before "least", "up" before "to"), the form
  and the beginnings of those words, or two spaces (a longer run of whitespace).

Every position where TRIGGER can match is found so (with more besides), and TRIGGER
itself decides at each one, from left to right, skipping those inside its last match:
the matches are :meth:`re.Pattern.finditer`'s, one for one
(tests/temporal/test_triggers.py). The skeleton maps a digit of another script to a
space, so a text that has one is searched with TRIGGER as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import ahocorasick

from .lexicon import skeleton
from .trigger_classes import NEXT_WORD_STARTS, TRIGGER, TRIGGER_CLASS

__all__ = ["skeleton", "triggers"]

#: A decimal digit of another script ("٣", "३", "𝟑"): the search skips ASCII in its
#: character-set scan and tests ``\d`` only at the rare character beyond it.
_OTHER_DIGIT = re.compile(r"[\x80-\U0010ffff](?<=\d)")


def _keys() -> set[str]:
    keys = {" 0"}
    for form in TRIGGER_CLASS:
        word = skeleton(form)
        starts = NEXT_WORD_STARTS.get(form.lower())
        if starts is None:
            keys |= {f" {word} ", f" {word}0"}
        else:
            keys |= {f" {word} {skeleton(start)}" for start in starts}
            keys |= {f" {word} 0", f" {word}  "}
    return keys


@cache
def _automaton() -> ahocorasick.Automaton:
    """Built on first use (about 4,300 keys), so that importing the tagger stays fast."""
    automaton = ahocorasick.Automaton()
    for key in _keys():
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def triggers(text: str) -> Iterator[re.Match[str]]:
    """``TRIGGER.finditer(" " + text)``: the same matches, found faster."""
    padded = " " + text
    if not text.isascii() and _OTHER_DIGIT.search(text):
        yield from TRIGGER.finditer(padded)
        return
    found = {end - size + 1 for end, size in _automaton().iter(skeleton(padded) + " ")}
    match = TRIGGER.match
    covered = 0
    for at in sorted(found):
        if at < covered:
            continue
        m = match(padded, at)
        if m is not None:
            covered = m.end()
            yield m
