"""Bounds that keep extraction linear on any input, and the warning when one is hit.

Real news sentences hold a few triggers and a few dozen names; hostile or
broken text (a 10 MB line, 100 KB of "visited ") can hold thousands in one
"sentence", and every rule that relates a trigger to the names of its
sentence would then cost the product of the two. Past these bounds the rest
of the sentence is not read for events, and :class:`InputCappedWarning` says
so (file and offset), so the run ends in time and nothing is silently lost.
"""

from __future__ import annotations

import warnings

__all__ = [
    "ATTENDANCE_SENTENCES",
    "DISCOURSE_MEMORY",
    "MAX_MENTIONS_PER_SENTENCE",
    "MAX_TRIGGERS_PER_SENTENCE",
    "InputCappedWarning",
    "warn_capped",
]

#: The most event triggers read in one sentence (the seed articles have at most 6).
MAX_TRIGGERS_PER_SENTENCE = 24
#: The most actor and place mentions read in one sentence (the seed articles: at most 17).
MAX_MENTIONS_PER_SENTENCE = 96
#: How many earlier event mentions anaphora and coreference look back over.
DISCOURSE_MEMORY = 64
#: The most sentences a sentence of attendance reads on, past a title or into the list
#: after its colon (the African Union's 55 members, one a line, and a few more).
ATTENDANCE_SENTENCES = 64


class InputCappedWarning(UserWarning):
    """Part of a sentence was not read because it exceeds a bound of this module."""


def warn_capped(document: str, offset: int, what: str, found: int, limit: int) -> None:
    """Warn that a sentence of ``document`` at ``offset`` had ``found`` ``what``, over ``limit``."""
    warnings.warn(
        f"{document}: the sentence at offset {offset} has {found} {what}; only the first "
        f"{limit} are read (is this a real article?)",
        InputCappedWarning,
        stacklevel=3,
    )


#: How far a rule's check reads around its match for the sentence's bounds: a "sentence"
#: longer than this on either side (a hostile run without a stop) is cut there, so each
#: check costs a bounded read and a document's checks stay linear (review33 finding 2).
SENTENCE_REACH = 1_000


#: The farthest an anniversary's or a count of years' counted phrase ends from where its
#: count is told (:func:`.anniversaries.counted_dates`): the count ("the 30th founding
#: anniversary next month of", "140 years since the establishment of the bilateral
#: relations") and a phrase of at most 160 characters. A trigger looks for the counts this
#: far back only, so that each costs a bounded read (fortieth pass).
COUNTED_REACH = 400
