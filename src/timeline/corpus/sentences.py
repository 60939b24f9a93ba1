"""Sentence splitting for news text, with offsets into the original string.

A rule-based splitter tuned to the way scraped news looks, not a general
tokenizer. A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing
quotes and brackets after it) when the next sentence visibly starts:

* after white space, with an upper-case letter, a digit, an opening quote or a
  dash (``"... in 2024. The ..."``, ``'... integrity." Mr. Erdogan ...'``);
* glued, with no space at all, when scraping lost it: ``heritage.Moreover``,
  ``China.One of``, ``them?Several`` (an upper-case word of three letters or
  more, or a two-letter sentence opener such as ``In``);
* glued with a list dash: ``cooperation.- In the context`` (the dash is not part
  of the next sentence).

It does not end after an abbreviation (``Mr.``, ``Dr.``, ``Gen.``, ``Nov.``,
``U.S.``), an initial (``R. T. Erdogan``, ``K.P. Sharma Oli``), a decimal point
(``$3.6 billion``) or a dot inside a name (``News.Az``), nor before a lower-case
word. Splitting never crosses the end of a block (a line of the article), so
a headline or an interview question is always its own sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..word_lists import word_lists

__all__ = ["ABBREVIATIONS", "split_block", "split_sentences"]

#: Words that end with a dot without ending the sentence, compared without the dot, as
#: written or lower-cased: titles, month and weekday abbreviations, company suffixes. The
#: reviewed list of ``data/abbreviations.yaml``, the one the tagger's sentence bounds read
#: too (:mod:`timeline.temporal.sentences`), through the neutral :mod:`timeline.word_lists`
#: (reading a corpus does not import the tagger).
_LISTS = word_lists(
    "abbreviations.yaml", {"abbreviations": "names", "initialisms_that_end": "names"}
)
ABBREVIATIONS = frozenset(_LISTS.words("abbreviations"))
#: Initials of several letters that name a place or a body and may close a sentence
#: ("Washington, D.C."); any other run of dotted capitals is a person's initials.
INITIALISMS_THAT_END = frozenset(_LISTS.words("initialisms_that_end"))
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,3}")

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
_DASHES = "-–—"
#: Two-letter words that may open a glued sentence ("...region.In 2024").
_SHORT_OPENERS = frozenset(
    ["In", "At", "On", "As", "It", "An", "If", "By", "To", "We", "He", "So", "No", "Or", "Of", "Is"]
)

_CANDIDATE = re.compile(r"[.!?…]+")
#: How far back to look for the word before a full stop.
_WINDOW = 40
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_GLUED_WORD = re.compile(r"[A-Z][a-z]+")
_LEADING = re.compile(r"[\s" + re.escape(_DASHES) + r"•·*]+")


def _ends_with_abbreviation(text: str, dot: int, block_start: int) -> bool:
    """True if the ``.`` at ``dot`` closes an abbreviation or an initial."""
    match = _WORD_BEFORE.search(text, max(block_start, dot - _WINDOW), dot)
    if match is None:
        return False
    word = match.group(1).strip(".")
    if not word:
        return False
    if word in ABBREVIATIONS or word.lower() in ABBREVIATIONS:
        return True
    # A single capital letter is an initial: "R. T. Erdogan", "Ilham H. Aliyev"; so is a
    # run of them: "K.P. Sharma Oli", "M.U.M. Ali Sabry" (but not "Washington, D.C.").
    if _INITIALS.fullmatch(word):
        return word not in INITIALISMS_THAT_END
    return len(word) == 1 and word.isupper()


def _next_start(text: str, pos: int, end: int) -> tuple[int, bool] | None:
    """Where the next sentence starts after the terminal run ending at ``pos``.

    Returns ``(start, glued)`` or ``None`` when no sentence starts there.
    """
    i = pos
    while i < end and text[i] in _CLOSERS:
        i += 1
    if i >= end:
        return None
    ch = text[i]
    if ch.isspace():
        j = i
        while j < end and text[j].isspace():
            j += 1
        if j >= end:
            return None
        nxt = text[j]
        if nxt.isupper() or nxt.isdigit() or nxt in _OPENERS:
            return j, False
        if nxt in _DASHES and j + 1 < end and text[j + 1].isspace():
            return j, False
        return None
    if ch in _DASHES:
        # "cooperation.- In the context"
        j = i + 1
        while j < end and text[j] == " ":
            j += 1
        if j > i + 1 and j < end and text[j].isupper():
            return i, True
        return None
    if ch in _OPENERS and ch not in "'(":
        return i, True
    match = _GLUED_WORD.match(text, i, end)
    if match is None:
        return None
    word = match.group()
    if len(word) >= 3 or word in _SHORT_OPENERS:
        return i, True
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space and leading list dashes or bullets from a span."""
    match = _LEADING.match(text, start, end)
    if match is not None:
        start = match.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence inside ``text[start:end]``."""
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        dot_run = match.group()
        if dot_run == "." and _ends_with_abbreviation(text, match.start(), sentence_start):
            # "Mr. Erdogan", "Nov. 27" and "U.S. officials" go on; a
            # glued full stop after an abbreviation is still a sentence end.
            continue
        if dot_run == "." and match.start() > start and text[match.start() - 1].isdigit():
            nxt = match.end()
            if nxt < end and text[nxt].isdigit():
                continue  # a decimal point: "$3.6 billion"
        found = _next_start(text, match.end(), end)
        if found is None:
            continue
        next_start, glued = found
        if glued and match.start() > start and not _glue_ok(text, match.start(), start):
            continue
        closing = match.end()
        while closing < end and text[closing] in _CLOSERS:
            closing += 1
        s, e = _trim(text, sentence_start, closing)
        if e > s:
            yield s, e
        sentence_start = next_start
    s, e = _trim(text, sentence_start, end)
    if e > s:
        yield s, e


def _glue_ok(text: str, dot: int, block_start: int) -> bool:
    """A glued boundary needs a real word before it, not ``News.Az`` or ``www.Site``."""
    match = _WORD_BEFORE.search(text, max(block_start, dot - _WINDOW), dot)
    if match is None:
        return True
    word = match.group(1)
    if "." in word:
        return False  # a dotted name or URL: "News.Az", "inosmi.ru"
    # "heritage.Moreover", "2030.The": a lower-case word or a number.
    return word[-1].islower() or word[-1].isdigit() or len(word) > 3


def split_sentences(text: str, blocks: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` inside each ``(start, end)`` block, in order."""
    spans: list[tuple[int, int]] = []
    for start, end in blocks:
        spans.extend(split_block(text, start, end))
    return spans
