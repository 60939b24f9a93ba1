"""Where a sentence or clause ends, for the tense look-up and the anchoring.

A clause's tense and a sentence's last named day are read within the sentence around an
expression; :func:`sentence_bounds` finds it, a few hundred characters each side at most.
"""

from __future__ import annotations

import re

from ..word_lists import word_lists

__all__ = ["sentence_bounds", "word_end"]

#: Where a sentence or clause can end: ". ", "? ", "! ", "; " or a line break.
_MARK = re.compile(r"[.?!;\n](?:(?<=\n)| )")  # a character set first: fast to search
#: Words a period follows without ending the sentence, lower-cased: the reviewed list of
#: ``data/abbreviations.yaml``, the one the corpus's sentence splitter reads too
#: (:data:`timeline.corpus.sentences.ABBREVIATIONS`).
_ABBREVIATIONS = frozenset(
    word.lower()
    for word in word_lists(
        "abbreviations.yaml", {"abbreviations": "names", "initialisms_that_end": "names"}
    ).words("abbreviations")
)


def word_end(text: str, at: int) -> int:
    """``at``, moved to the end of the word it falls in (a window must not cut a word)."""
    while at < len(text) and (text[at].isalpha() or text[at] == "'"):
        at += 1
    return at


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the mark at ``at`` (". ", "; ", "\\n" ...) ends a sentence.

    A period after an initial or an abbreviation does not ("Daniel P. Davison", "Feb.
    1"); after a number it does when a capital follows ("on April 13. This will be"):
    the day a sentence ends on is no abbreviation.

    >>> _ends_sentence("met on April 13. This will be", 15)
    True
    >>> _ends_sentence("Daniel P. Davison", 8)
    False
    """
    if text[at] != ".":
        return True
    begin = at
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:at].lower()
    if len(word) == 1 or word in _ABBREVIATIONS:
        return False
    after = text[at + 2 : at + 3]
    return not (after.islower() or after.isdigit())


def sentence_bounds(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The bounds of the sentence (or clause ended by ``;``) around ``start:end``.

    A period ends a sentence unless it ends an abbreviation or an initial
    ("Mr.", "Feb. 1", "Daniel P. Davison") or a lower-case word follows.
    """
    lo = max(0, start - reach)
    left = lo
    for at in reversed([mark.start() for mark in _MARK.finditer(text, lo, start)]):
        if _ends_sentence(text, at):
            left = at + 1
            break
    hi = min(len(text), end + reach)
    right = hi
    for mark in _MARK.finditer(text, end, hi):
        if _ends_sentence(text, mark.start()):
            right = mark.start() + 1
            break
    return left, right
