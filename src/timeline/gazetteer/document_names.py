"""Whether a name opens a document's name: "the Paris Agreement", "the Minsk agreements",
"the General Cooperation Agreement".

A city's name, a capital's or a person's name right before a document's word
(``document_words`` of ``data/aliases.yaml``, one reviewed list) names the document, not
the city, its state or a person: :mod:`timeline.gazetteer.actors` and
:mod:`timeline.gazetteer.places` read no place there, :mod:`timeline.gazetteer.personal_names`
no person ("General Cooperation" of "a General Cooperation Agreement" is no general).
"""

from __future__ import annotations

import re
from functools import cache

from .codes import read_data

__all__ = ["names_a_document"]


@cache
def _document_words() -> re.Pattern[str]:
    """The words after a name that make it a document's (``data/aliases.yaml``,
    ``document_words``), as a pattern matched right after the name."""
    words = read_data("aliases.yaml").get("document_words", {})
    after = "|".join(map(re.escape, words.get("after", ()))) or "(?!)"
    between = "|".join(map(re.escape, words.get("between", ()))) or "(?!)"
    return re.compile(rf"[ \t]+(?:(?:{between})[ \t]+)?(?:{after})(?![\w-])")


def names_a_document(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` opens a document's name: "the Paris Agreement",
    "the Minsk agreements", "the Oslo Accords" name neither the city nor its state.

    >>> [names_a_document(t, t.index(" ")) for t in (
    ...     "Paris Agreement on climate", "Minsk agreements", "Paris climate agreement",
    ...     "Paris on Monday", "Paris Conference", "Minsk Group")]
    [True, True, True, False, False, False]
    """
    return _document_words().match(text, end) is not None
