"""The reviewed words of titles (``data/title_words.yaml``), read by the title modules
(:mod:`.statement_titles`, :mod:`.act_titles`, :mod:`.titles`) and by :mod:`.sayings`,
which reads a sayer past a sentence adverb ("Russia, however called for ..."): a module of
its own, so that :mod:`.sayings` reads the list without importing the titles, which import
it.
"""

from __future__ import annotations

import re

from ..temporal.word_lists import word_lists

__all__ = ["TITLE_WORDS", "word_alternatives"]

#: The reviewed title words (``data/title_words.yaml``).
TITLE_WORDS = word_lists(
    "title_words.yaml",
    {
        "sentence_adverbs": "words",
        "clause_openers": "words",
        "day_remnants": "words",
        "phrase_openers": "words",
        "auxiliaries": "words",
        "act_verbs": "values",
        "pair_phrases": "words",
        "pair_possessives": "words",
        "relations_nouns": "words",
    },
)


def word_alternatives(key: str) -> str:
    """The words of list ``key`` as a regex alternation, longest first, a space any run.

    >>> re.fullmatch(word_alternatives("sentence_adverbs"), "in  turn") is not None
    True
    """
    words = sorted(TITLE_WORDS.words(key), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
