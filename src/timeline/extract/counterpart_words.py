"""The reviewed word lists of ``data/counterpart_words.yaml``, read once: the split of
listed sides (:mod:`.counterparts`) and the host-and-guest constraint
(:mod:`.participant_constraints`) take their lists from :data:`WORDS`."""

from __future__ import annotations

from ..temporal.word_lists import word_lists

__all__ = ["WORDS"]

#: The reviewed lists of ``data/counterpart_words.yaml``.
WORDS = word_lists(
    "counterpart_words.yaml",
    {
        "phrase_breaks": "words",
        "separate_cues": "words",
        "together_cues": "words",
        "formats_of_three": "words",
    },
)
