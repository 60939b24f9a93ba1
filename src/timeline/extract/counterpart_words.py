"""The reviewed word lists of ``data/counterpart_words.yaml``, read once: the split of
listed sides (:mod:`.counterparts`), the host-and-guest constraint
(:mod:`.participant_constraints`) and the sayers of a joint saying with the plural
references to them (:mod:`.sayers`) take their lists from :data:`WORDS`."""

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
        "joint_saying_verbs": "words",
        "side_numerals": "numbers",
        "side_determiners": "words",
        "side_nouns": "words",
    },
)
